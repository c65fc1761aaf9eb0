// The quotes stage: every direct quotation of a parsed release, with its parts, speaker and role.
import { announcedAsSubject } from './subject-lines.ts';
import type { ParsedRelease, Point, Quote, Speaker } from '../release.ts';
import type { QuoteMark } from '../parse/segments.ts';
import { quotedFullNames } from './quoted-names.ts';
import { namedAsLeader } from './led-bodies.ts';
import { withoutSection } from './sections.ts';
import { proseOf, paragraphAt, paragraphsApart, pointAt, endOffset, type Headline, type Prose } from './prose.ts';
import { scanMarks, type QuotedSpan } from './marks.ts';
import { findMentions, type Mention } from './mentions.ts';
import { DATE_STAMP } from './stamps.ts';
import { clauseSubject, closesOnClause, topicLabel } from './headline-clause.ts';
import { attributionAfter, spokenOf, attributionBefore, documentBody, documentIssuer, namesOffice, organisationAfter, organisationAfterVerb, headlineSpeaker, innerAttributions, laterSpeaker, namesAThing, nextSentenceSubject, openingVerbDescribed, partialQuoteSpeaker, sayingAt, sayings, opensTopic, sentenceAttribution, sentenceBefore, subjects, SIGNATURE, TITLED, VERDICT, type Attribution, type Range } from './attribution.ts';
import { literal, sentenceStarts, wordsOf } from './words.ts';
import { writtenAgainAsName } from './common-words.ts';
import { addressedSurname } from './addressed-surnames.ts';
import { genderOf, isFirstName, namesTogether } from './names.ts';
import { narrationOf } from './narration.ts';
import { readingTexts } from './per-text.ts';
import { countedBodies, countedOpening, countedSubject } from './counted-bodies.ts';
import { jointDocumentBodies } from './joint-documents.ts';
import { collectiveBody, COLLECTIVE_NOUNS, fullOrganisation, organisationEndingAt, organisationSubject } from './organisations.ts';
import { DETERMINERS, isPlural, READING, ROLE_GROUP, ROLE_PAIR_GROUP, SHORT_TITLES } from './lexicon.ts';
import { sayingLength } from './saying-verbs.ts';
import { descriptionAt, headNoun, pluralSubjectBefore, titleDescription, type Description } from './described.ts';
import { firstDesignation } from './first-designation.ts';
import { headlineLabel } from './headline-label.ts';
import { linkTeaserSpeaker } from './link-teasers.ts';
import { inDashAside } from './dash-aside.ts';
import { organisationReferredTo } from './organisation-speakers.ts';
import { qualifierAfter, qualifiersIn } from './title-qualifiers.ts';
import { bareLabel, isPageLabel } from './page-labels.ts';
import { organisationNounAt, organisationReferent } from './organisation-nouns.ts';
import { organisationSaying, ownedOrganisation } from './paragraph-organisations.ts';
import { documentOpening } from './document-speakers.ts';
import { composedGroup } from './composed-groups.ts';
import { bodySaidBefore } from './body-said-before.ts';
import { documentClauseIssuer, documentIssuerAfter, documentIssuerBefore, documentIssuerRightBefore, type Issuer } from './document-issuers.ts';
import { officeSubject } from './office-subject.ts';
import { rollAround } from './name-rolls.ts';
import { companionOf, jointSubject, listedSayers } from './joint-subject.ts';
import { organisationBeforeStop } from './headline-stop.ts';
import { colonlessFrame } from './colonless-frames.ts';
import { directObject } from './verb-objects.ts';
import { noteHeadingRole } from './note-headings.ts';
import { CLUB_BODIES, headlineClub } from './headline-clubs.ts';
import { titledPlace } from './titled-places.ts';
import { honoured } from './honoured.ts';
import { addressed as addressedBy } from './addressees.ts';
import { echoOf } from './echoes.ts';
import { HEADING_SPOKEN, leadOwner, ownerAfterTopic } from './colon-leads.ts';
import { bareGroupSubject } from './bare-groups.ts';
import { soleQuoted } from './headline-sole.ts';
import { bracketedHeadline } from './headline-brackets.ts';
import { labelsSpeaker, nameLine } from './name-labels.ts';
import { namedOfficers } from './member-names.ts';
import { cutByTeaser, headlineLabelOver, withoutCut } from './teaser-cuts.ts';
import { bylineOrganisation } from './press-offices.ts';
import { relativeSubject } from './relative-subjects.ts';
import { commonNounLabel } from './common-noun-labels.ts';
import { placeNamed } from './places.ts';
import { saintNamed } from './saints.ts';
import { bodyShortName } from './body-short-names.ts';
import { predicatedRole } from './predicated-roles.ts';
import { commonHead, peopleOfCommonHead } from './common-heads.ts';
import { purposedName } from './purposed-bodies.ts';
import { givenWords } from './given-words.ts';
import { signedBodies } from './signed-bodies.ts';
import { weDescribedBefore, wovenClause } from './woven-clauses.ts';
import { apposedPerson, chainedRoles } from './apposed-titles.ts';
import { nameKey, namedElsewhere } from './named-elsewhere.ts';
import { indefiniteAntecedent } from './indefinite-antecedents.ts';
import { roleHolder } from './role-holders.ts';
import { otherKind } from './mark-kinds.ts';
import { dialogueTurn as isDialogueTurn, type Beside } from './dialogue-turns.ts';
import { inAsideGerund } from './gerund-clauses.ts';
import { groupSubjectAfter } from './groups-after.ts';
import { DOCUMENTS } from './documents.ts';
import { readNoteIssuer } from './read-notes.ts';

export interface QuoteExtraction {
  quotes: Quote[];
  /** Source offsets of every quoted part (quote marks left out), for segmentation to mark with <q data-quote>. */
  marks: QuoteMark[];
  /** Quotation marks a reader should look at: publishing is still safe, so these are warnings. */
  problems: QuoteProblem[];
}

export interface QuoteProblem {
  rule: 'quote-unterminated' | 'quote-speaker' | 'quote-unbalanced';
  reason: string;
  /** The opening quotation mark (the closing one, for a mark that closes nothing). */
  position: Point;
}

interface Candidate {
  span: QuotedSpan;
  /** Content ranges with interrupting attributions cut out. */
  parts: Range[];
  inner: Attribution[];
  after?: Attribution;
  before?: Attribution;
  /** Where this quotation's sentence starts. */
  sentence: number;
  /** Lower-case words after a noun ("dal governo «per esporre …»"): a piece of a quotation only if one goes on into it. */
  piece?: boolean;
  /** Lower-case words, a clause long, after a noun: a partial quotation with no verb of saying of its own. */
  woven?: boolean;
  /** A woven clause in the first person plural, after the people its sentence describes: theirs. */
  we?: Description;
  /** Opened by a second verb with no subject of its own ("«…» e chiede «…»"): said by whoever said the quotation before. */
  coordinate?: boolean;
  /** A sentence closing a headline after its clause, with no colon ("…la giunta “Lo chiedono gli elettori”"). */
  closing?: boolean;
  /** A statement a listing's teaser cuts ("…, che dovrà..."): speech, whatever stands before it. */
  teaser?: boolean;
}

const TRIM_START = /^[\s.,;:\u2013\u2014-]+/u;
const TRIM_END = /[\s,;:\u2013\u2014-]+$/u;

function trimRange(text: string, range: Range): Range | undefined {
  const slice = text.slice(range.start, range.end);
  const lead = TRIM_START.exec(slice)?.[0].length ?? 0;
  const tail = TRIM_END.exec(slice.slice(lead))?.[0].length ?? 0;
  const start = range.start + lead;
  const end = range.end - tail;
  return end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? { start, end } : undefined;
}

/** `range` without the holes that fall inside it (a quotation's other pieces may have holes of their own). */
function cut(range: Range, holes: Range[]): Range[] {
  const out: Range[] = [];
  let at = range.start;
  for (const hole of holes.filter((other) => other.start < range.end && other.end > range.start).sort((a, b) => a.start - b.start)) {
    if (hole.start > at) out.push({ start: at, end: hole.start });
    at = Math.max(at, hole.end);
  }
  if (at < range.end) out.push({ start: at, end: range.end });
  return out;
}

function paragraphStartOf(prose: Prose, at: number): number {
  return prose.paragraphs[paragraphAt(prose, at)]!.start;
}

/** Who a mention names, given the people mentioned and quoted before it. */
class People {
  private readonly roles = new Map<string, string>();
  /** Who was quoted last, the paragraph and the offset their quotation ends at. */
  private last: { speaker: Speaker; paragraph: number; end: number } | undefined;

  /** Mentions inside another's role after the name ("Lucia Ferri, libero della Volley Mario Spada"). */
  private readonly inRoles = new Set<Mention>();

  /** Bare titles standing in apposition before a person's name, with that person. */
  private readonly apposed = new Map<Mention, Mention>();

  /** Every role, title and honorific a person is given anywhere in the text, by full name, in lower case. */
  private readonly described = new Map<string, string>();

  constructor(
    private readonly mentions: Mention[],
    private readonly prose: Prose,
    private readonly narration = prose.text,
  ) {
    // Mentions are sorted by start: those inside a role follow the mention holding it.
    for (let i = 0; i < mentions.length; i++) {
      const holder = mentions[i]!;
      if (holder.role === undefined || holder.kind === 'title') continue;
      for (let k = i + 1; k < mentions.length && mentions[k]!.start < holder.end; k++) if (mentions[k]!.start >= holder.nameEnd && mentions[k]!.end <= holder.end) this.inRoles.add(mentions[k]!);
    }
    for (const mention of mentions) {
      if (mention.kind === 'title') continue;
      const honorific = wordsOf(narration, Math.max(0, mention.nameStart - 20), mention.nameStart).at(-1);
      const words = [mention.role, mention.title, honorific && HONORIFIC_ROLES.get(honorific.key), predicatedRole(narration, mention.nameEnd), chainedRoles(narration, mention.end)].filter(Boolean).join(' ').toLowerCase();
      const name = mention.person ?? mention.name;
      if (words) this.described.set(name, `${this.described.get(name) ?? ''} ${abbreviated(words)}`);
    }
    // A title written before a name with a comma between ("l’assessore al turismo, X") is that person's too.
    for (const mention of mentions) {
      const person = apposedPerson(narration, mention, mentions);
      if (!person) continue;
      this.apposed.set(mention, person);
      this.described.set(person.name, `${this.described.get(person.name) ?? ''} ${abbreviated(narration.slice(mention.nameStart, person.nameStart).toLowerCase())}`);
    }
  }

  /** The mention of the same person that gives them the title itself, for the role as written there. */
  private carrier(holder: Mention, title: string, group: string | undefined): Mention | undefined {
    const own = (other: Mention) => `${other.role ?? ''} ${other.title ?? ''}`.toLowerCase();
    const same = this.mentions.filter((other) => other.kind !== 'title' && (other.person ?? other.name) === (holder.person ?? holder.name));
    if (own(holder).split(/[^\p{L}]+/u).some((word) => titleKey(word) === title)) return undefined;
    return same.find((other) => own(other).split(/[^\p{L}]+/u).some((word) => titleKey(word) === title)) ?? (sameGroup(own(holder), group) ? undefined : same.find((other) => sameGroup(own(other), group)));
  }

  /** What a mention's person is called anywhere in the text ("il professor X", later "X, ordinario di …"). */
  private readonly descriptions = new Map<Mention, string>();

  private description(mention: Mention): string {
    let description = this.descriptions.get(mention);
    if (description === undefined) {
      description = abbreviated(`${mention.role ?? ''} ${mention.title ?? ''} ${this.described.get(mention.person ?? mention.name) ?? ''}`.toLowerCase());
      this.descriptions.set(mention, description);
    }
    return description;
  }

  /** Does the text give this person, anywhere, the head noun of a description ("il presidente di Y" of "X, allevatore, presidente di Y")? */
  titled(speaker: Speaker, description: string): boolean {
    const title = titleKey(headNoun(description));
    return (this.described.get(speaker.name) ?? '').split(/[^\p{L}]+/u).some((word) => word !== '' && titleKey(word) === title);
  }

  private get lastSpeaker(): Speaker | undefined {
    return this.last?.speaker;
  }

  private roleOf(name: string, at: number): string | undefined {
    const quoted = this.roles.get(name);
    if (quoted) return quoted;
    const own = this.mentions.filter((mention) => (mention.person ?? mention.name) === name && mention.kind !== 'title');
    const near = [...own.filter((mention) => mention.start < at).reverse(), ...own.filter((mention) => mention.start >= at)];
    return near.find((mention) => mention.role)?.role ?? near.find((mention) => mention.title)?.title;
  }

  private collectiveFound: { body?: string } | undefined;

  /** The first group of bodies the text introduces as speaking together (`collectiveBody`), read once per text. */
  collective(): string | undefined {
    return (this.collectiveFound ??= { body: collectiveBody(this.narration) }).body;
  }

  /**
   * "spiegano le associazioni X e Y": X, read as the speaker where the text writes it, is only the first of the bodies
   * the text introduces together there; they speak as one.
   */
  private jointBodies(name: string, at: number): string | undefined {
    const together = this.collective();
    if (!together || !together.startsWith(`${name} `) || !this.narration.startsWith(together, at)) return undefined;
    // A name in marks is masked in the narration: read it in the text; the marks are the page's, not the name's.
    return this.prose.text.slice(at, at + together.length).replace(/["“”]/gu, '');
  }

  resolve(mention: Mention, at: number): Speaker | undefined {
    const joint = mention.kind === 'title' ? undefined : this.jointBodies(mention.name, mention.nameStart);
    if (joint) return officeSpeaker(joint);
    if (mention.kind === 'person') return { name: mention.name, role: mention.role ?? mention.title ?? this.roleOf(mention.name, at) };
    if (mention.kind === 'surname') return { name: mention.person!, role: mention.role ?? mention.title ?? this.roleOf(mention.person!, at) };
    const apposed = this.apposed.get(mention);
    if (apposed) return this.resolve(apposed, at);
    // A bare title: the last person before it with that very title ("il rettore", not the prorettore named after him),
    // else the last whose role is of the same kind, else whoever spoke last.
    // "Il primo cittadino", "la prima cittadina": the mayor, not a deputy mayor of the same kind of office.
    // "Il pastore della Chiesa cremasca", "il pastore della diocesi": the bishop, not a parish priest of the same kind.
    const shepherd = /^pastore$/iu.test(mention.name) && /^[ \t]+della[ \t]+(?:[Cc]hiesa|[Dd]iocesi)(?![\p{L}])/u.test(this.narration.slice(mention.nameEnd, mention.nameEnd + 20));
    const title = /^cittadin[oa]$/iu.test(mention.name) && mention.group === 'sindaco' ? 'sindac' : shepherd ? titleKey('vescovo') : titleKey(mention.name);
    // A person is matched by every title the text gives them, not only the one at this mention ("Secondo Bellandi" is the
    // professor named before; "Pellizzari" the minister).
    const exactly = (other: Mention) => this.description(other).split(/[^\p{L}]+/u).some((word) => titleKey(word) === title);
    // Someone named by first name alone (a vox pop: "Matteo, studente") holds only the title written for them, not
    // every title of that kind ("la preside" is no student); a surname alone after a rank ("il colonnello Marras")
    // holds its kind ("il comandante").
    const holds = (other: Mention) => exactly(other) || ((other.kind !== 'person' || other.name.includes(' ') || !isFirstName(other.name)) && sameGroup(this.description(other), mention.group));
    // "il direttore generale": whoever the text gives that very qualifier first, never one given another
    // ("la direttrice amministrativa").
    const qualifier = qualifierAfter(this.narration, mention.nameEnd);
    const qualifiers = (other: Mention) => qualifiersIn(this.description(other), (word) => titleKey(word) === title);
    const qualified = (other: Mention) => qualifier !== undefined && exactly(other) && qualifiers(other).has(qualifier);
    // "il presidente della Repubblica": never one the text makes president of another body ("presidente della Camera di commercio X").
    const body = bodyAfter(this.narration, mention.nameEnd);
    const unqualified = (other: Mention) => (qualifier === undefined || qualifiers(other).size === 0 || qualifiers(other).has(qualifier)) && (body === undefined || sameBody(this.description(other), body));
    const earlier = this.mentions.filter((other) => other.kind !== 'title' && other.start < mention.start && unqualified(other)).reverse();
    const holder = earlier.find(qualified) ?? earlier.find(exactly) ?? earlier.find(holds);
    // "«…». «…» – ha proseguito il presidente dell’Assemblea –": a verb of going on names the one just quoted by a
    // periphrasis of their title, not an earlier holder of the bare title.
    const goingOn = holder && !qualified(holder) ? this.goingOn(mention, title) : undefined;
    if (goingOn) return goingOn;
    if (holder) return this.resolve(this.carrier(holder, title, mention.group) ?? holder, at);
    // A headline or an opening ("Il presidente dell’Abi: «…»") names the person the text goes on to name with that role.
    const later = this.mentions.filter((other) => other.kind !== 'title' && other.start > mention.start && unqualified(other));
    const named = later.find(qualified) ?? later.find(exactly) ?? later.find(holds);
    if (named && !this.mentions.some((other) => other.kind !== 'title' && other.start < mention.start && placed(other))) return this.resolve(named, at);
    // A role the lexicon cannot place ("la neurologa X … ha spiegato la professoressa"): the person just named in the paragraph.
    const start = this.prose.paragraphs[paragraphAt(this.prose, mention.start)]!.start;
    const near = this.mentions.filter((other) => other.kind !== 'title' && other.start >= start && other.end <= mention.start).at(-1);
    // Not a title with an office of its own opening another sentence ("L’astronoma X …. Il direttore dell’Istituto di
    // virologia racconta …"): someone else, whom the text leaves unnamed. (In X's sentence it is X's: "X è la nuova
    // rettrice dell’Università".)
    const elsewhere = near !== undefined && sentenceBefore(this.narration, mention.start, start) > near.start && OWN_OFFICE.test(this.narration.slice(mention.nameEnd, mention.nameEnd + 40));
    if (near && !placed(near) && !elsewhere) return this.resolve(near, at);
    const role = this.lastSpeaker?.role?.toLowerCase();
    if (role !== undefined && sameGroup(role, mention.group)) return this.lastSpeaker;
    // A title nobody in the text holds, varying how the one just quoted is called ("sottolinea Carraro. … osserva la
    // ricercatrice"): that person, if quoted in this paragraph or the one before and of the title's gender.
    const paragraph = paragraphAt(this.prose, mention.start);
    // Someone unnamed just quoted by that very noun ("le parole della preside"): the text calls her so again, however
    // often the word occurs elsewhere (a headline, a crosshead); nobody named holds it, or `holder` took them above.
    // (Of one number: "il consigliere" is not "i consiglieri" just quoted.)
    const unnamed = this.last && isDescribed(this.last.speaker) ? headNoun(this.last.speaker.name) : undefined;
    if (unnamed && paragraph - this.last!.paragraph <= 1 && titleKey(unnamed) === title && unnamed.endsWith('i') === mention.name.toLowerCase().endsWith('i')) return this.last!.speaker;
    // Held by nobody: no person given it, and the word nowhere else, not even in quoted words ("il nuovo proprietario, X").
    const held = this.mentions.some((other) => other.kind !== 'title' && (exactly(other) || holds(other))) || wordsOf(this.prose.text).some((word) => word.start !== mention.nameStart && titleKey(word.text) === title);
    // A title with its own complement ("il fondatore dell’azienda") describes someone else.
    // A category of people is no such complement: "il responsabile degli albergatori" is the hoteliers' man just quoted.
    const complement = this.narration.slice(mention.nameEnd, mention.nameEnd + 40);
    // Nor is the place a holder holds ("la titolare del Viminale", "il leader del Carroccio"): a periphrasis for the one just quoted.
    const bare = !/^\s*(?:(?:di|del|dello|della|dei|degli|delle)(?![\p{L}])|dell[’'])/u.test(complement) || /^\s*(?:dei|degli|delle)\s+\p{Ll}+[ie](?=\s*[,:;.])/u.test(complement) || HOLDERS.test(mention.name.toLowerCase());
    if (!held && bare && this.last && paragraph - this.last.paragraph <= 1 && agrees(mention.name, this.last.speaker.name)) return this.last.speaker;
    // Nobody quoted yet: the person named last before it, in its paragraph or the one before ("Sarà X ad aprire …" ¶ "«…», ha raccontato la scrittrice").
    // Not for a public office ("ha detto il sindaco"): the text would name its one holder with it; whoever it named
    // last is no more the mayor than anyone else.
    if (!held && bare && !this.last && !PUBLIC_OFFICE.test(mention.name.toLowerCase())) {
      const floor = this.prose.paragraphs[Math.max(this.prose.headlines, paragraph - 1)]!.start;
      const named = this.mentions.filter((other) => other.kind !== 'title' && other.end <= mention.start && other.start >= floor).at(-1);
      if (named && agrees(mention.name, named.person ?? named.name)) return this.resolve(named, at);
    }
    return undefined;
  }

  /**
   * The one quoted just before, when `mention` (a title) follows a verb of going on ("ha proseguito il presidente") in
   * the same paragraph, nobody named since, and the text gives them that title.
   */
  private goingOn(mention: Mention, title: string): Speaker | undefined {
    const last = this.last;
    if (!last || last.end > mention.start || last.paragraph !== paragraphAt(this.prose, mention.start)) return undefined;
    if (!GOING_ON.test(this.narration.slice(Math.max(last.end, mention.nameStart - 30), mention.nameStart).toLowerCase())) return undefined;
    if (this.mentions.some((other) => other.kind !== 'title' && other.start >= last.end && other.end <= mention.start)) return undefined;
    const own = `${last.speaker.role ?? ''} ${this.described.get(last.speaker.name) ?? ''}`.toLowerCase();
    return own.split(/[^\p{L}]+/u).some((word) => word !== '' && titleKey(word) === title) ? last.speaker : undefined;
  }

  /** The speaker implied by the narration before `at` in its paragraph, else the one quoted in this or the last paragraph. */
  context(at: number, paragraph: number): Speaker | undefined {
    const latter = this.latter(at, paragraph);
    if (latter) return latter;
    // The subject a verb with none goes on from, not a complement ("ha scritto alla sindaca. «…», spiega").
    const last = this.lastMention(at, paragraph, true);
    if (last) return this.resolve(last, at);
    const going = this.recent(paragraph, at);
    if (going) return going;
    // A verb with no subject opening the quotes: the person the paragraph before was about ("A darne l’annuncio è il sindaco X"),
    // as a subject there, not one it names in a complement ("L’assessora … insieme al dirigente X." ¶ "Ha detto: «…»").
    return paragraph > 0 ? this.subject(this.prose.paragraphs[paragraph - 1]!.end, paragraph - 1, false) ?? this.named(this.prose.paragraphs[paragraph - 1]!.end, paragraph - 1) : undefined;
  }

  /** "Quest’ultimo ha …" opening a sentence of the paragraph before `at`: the last person named before it. */
  latter(at: number, paragraph: number): Speaker | undefined {
    const start = this.prose.paragraphs[paragraph]!.start;
    const ultimo = this.narration.indexOf('ultim', start);
    if (ultimo < 0 || ultimo >= at) return undefined;
    const pronoun = /(?:^|[.!?]\s+)(quest[’']ultim[oa])(?![\p{L}])/iu.exec(this.narration.slice(start, at));
    if (!pronoun || this.mentions.some((mention) => mention.kind !== 'title' && mention.start >= start + pronoun.index && mention.end <= at)) return undefined;
    const from = start + pronoun.index + pronoun[0].length - pronoun[1]!.length;
    const named = this.mentions.filter((mention) => mention.kind !== 'title' && mention.end <= from).at(-1);
    return named && this.resolve(named, from);
  }

  /** Whoever was quoted last, anywhere before. */
  lastQuoted(): Speaker | undefined {
    return this.last?.speaker;
  }

  /** The person last named before `at`, anywhere in the text. */
  lastNamed(at: number): Speaker | undefined {
    const last = this.mentions.filter((mention) => mention.kind !== 'title' && mention.end <= at).at(-1);
    return last && this.resolve(last, at);
  }

  /**
   * Whoever was quoted last, as a continuation: in this paragraph or the one before (a subheading between them aside), and nobody else named between
   * their words and `at` (as reporters write a speaker going on). Otherwise nobody: point 5 asks for no guess.
   */
  recent(paragraph: number, at: number): Speaker | undefined {
    const names = (start: number, end: number) => this.mentions.some((mention) => mention.kind !== 'title' && mention.start >= start && mention.end <= end);
    if (!this.last || paragraphsApart(this.prose, this.last.paragraph, paragraph, names) > 1) return undefined;
    const { speaker, end } = this.last;
    // One of people speaking together is none other ("X e Y").
    const together = / ed? /u.test(speaker.name) ? speaker.name.split(/, | ed? /u) : [speaker.name];
    const between = this.mentions.filter((mention) => mention.kind !== 'title' && mention.start >= end && mention.end <= at && !this.inRoles.has(mention) && !together.includes(mention.person ?? mention.name));
    // Someone in a complement ("… per la visita del premier X") is spoken of, not speaking: the speaker goes on.
    const other = subjects(this.narration, between).length > 0;
    return other ? undefined : speaker;
  }

  /** The person last named before `at` in its paragraph as a sentence's subject, not in a complement ("… dal presidente X"). */
  subject(at: number, paragraph: number, ownSentence = true): Speaker | undefined {
    const last = this.lastMention(at, paragraph, true, ownSentence);
    return last && this.resolve(last, at);
  }

  /** The person last named before `at` in its paragraph. */
  named(at: number, paragraph: number): Speaker | undefined {
    const last = this.lastMention(at, paragraph);
    return last && this.resolve(last, at);
  }

  /**
   * "Sulla stessa linea gli avvocati della difesa X e Y, che …": two people a plural title names as one, the last the
   * paragraph names; the words in the paragraph after it are theirs together, not the second one's.
   */
  pairEnding(paragraph: number): Speaker | undefined {
    const { start, end } = this.prose.paragraphs[paragraph]!;
    const people = this.mentions.filter((mention) => mention.kind !== 'title' && mention.end <= end && mention.start >= start && !this.inRoles.has(mention));
    const [first, second] = people.slice(-2);
    if (!first || !second || !/^[ \t]+(?:e|ed)[ \t]+$/u.test(this.narration.slice(first.nameEnd, second.start))) return undefined;
    // The plural title right before the first: "gli avvocati della difesa X".
    if (!/(?:^|\s)(?:i|gli|le)[ \t]+\p{Ll}+(?:[ \t]+[^\s,.;:!?«»“”"()]+){0,4}[ \t]+$/u.test(this.narration.slice(Math.max(start, first.nameStart - 60), first.nameStart))) return undefined;
    return this.together(first, second, end);
  }

  /** Two people speaking together, "X e Y" by their full names; nobody when both are one person. */
  together(first: Mention, second: Mention, at: number): Speaker | undefined {
    const [one, other] = [this.resolve(first, at)?.name, this.resolve(second, at)?.name];
    return one && other && one !== other ? { name: namesTogether([one, other]) } : undefined;
  }

  /**
   * The person a paragraph ends on as a sentence's subject, past those it names in a complement after them ("X … ha
   * rilasciato qualche dichiarazione sulla situazione legata a Y."): who speaks in the paragraph of quotation after it.
   */
  paragraphSubject(paragraph: number): Speaker | undefined {
    const { start, end } = this.prose.paragraphs[paragraph]!;
    // (Not someone named in an aside between dashes: spoken of.)
    const before = this.mentions.filter((mention) => mention.end <= end && mention.start >= start && !this.inRoles.has(mention) && !inDashAside(this.narration, mention.start, mention.end));
    const named = before.at(-1);
    // Only when a verb of saying stands between the subject and the complement: the subject said what follows.
    const subject = named && !subjects(this.narration, [named]).length ? subjects(this.narration, before).at(-1) : undefined;
    const last = subject && sayings(this.narration, subject.end, named!.start).length > 0 ? subject : named;
    // "La ministra X … ha lodato il sindaco Y." ¶ "«…»": the one praising goes on, not the one praised.
    const doer = last ? subjects(this.narration, before.filter((mention) => mention.start < last.start && mention.kind !== 'title')).find((mention) => directObject(this.narration, mention, last)) : undefined;
    const speaker = doer ?? last;
    return speaker && this.resolve(speaker, end);
  }

  private lastMention(at: number, paragraph: number, subject = false, ownSentence = true): Mention | undefined {
    const start = this.prose.paragraphs[paragraph]!.start;
    // A name inside another's role ("Lucia Ferri, libero della Volley Mario Spada") is no one of its own.
    const before = this.mentions.filter((mention) => mention.end <= at && mention.start >= start && !this.inRoles.has(mention));
    if (!subject) return before.at(-1);
    // In the quotation's own sentence anyone may introduce it ("Replica dell’assessore X: «…»"); in the sentences
    // before, the one a verb with no subject goes on from is a subject, not a complement.
    // Not someone only spoken of (in an aside between dashes, a gerund clause, as the one met: spokenOf).
    // Nor someone a thing is dedicated to ("Un’area intitolata a X: «…»").
    // Nor one the words or a deed are addressed to ("dedica la vittoria a coach X: «…»").
    const spoken = before.filter((mention) => !spokenOf(this.narration, mention.start, mention.end) && !honoured(this.narration, mention.start) && !addressedBy(this.narration, mention.start));
    const sentence = sentenceBefore(this.narration, at, start);
    const own = spoken.filter((mention) => mention.start >= sentence);
    if (own.length > 0 && ownSentence) return own.at(-1);
    return subjects(this.narration, before).at(-1) ?? spoken.at(-1);
  }

  spoke(speaker: Speaker, paragraph: number, end: number) {
    this.last = { speaker, paragraph, end };
    if (speaker.role && !this.roles.has(speaker.name)) this.roles.set(speaker.name, speaker.role);
  }
}

/** A title's complement naming an office by its proper name: "del Cnr", "dell’Istituto di …". */
const OWN_OFFICE = /^[ \t]+(?:(?:di|del|dello|della|dei|degli|delle)[ \t]+|dell[’'])\p{Lu}/u;

/** A verb of going on right before a title: "ha proseguito il", "aggiunge la", "ha concluso l’". */
const GOING_ON = /(?:^|[^\p{L}])(?:ha\s+)?(?:proseguit[oa]|prosegue|continuat[oa]|continua|aggiunt[oa]|aggiunge|conclus[oa]|conclude|incalzat[oa]|incalza)\s+(?:il|la|lo|l[’'])\s*$/u;

/** Titles that stand for whoever holds a place, named after them: "la titolare del Viminale", "il leader della Lega". */
const HOLDERS = /^(?:titolare|leader|numero uno|capo)$/u;

/** Offices of a town, a province, a region or the state, each held by one person the text would name with it. */
const PUBLIC_OFFICE = /^(?:sindac[oa]|vicesindac[oa]|prim[oa] cittadin[oa]|cittadin[oa]|prefetto|questore|governat(?:ore|rice)|ministr[oa]|viceministr[oa]|sottosegretari[oa]|assessor[ea])$/u;

/** Nouns that say only a person's sex or age: "aggiunge la donna", "dice il 31enne" goes on about whoever was quoted. */
const GENERIC_PEOPLE = /^(?:donna|uomo|signora|signore|ragazzo|ragazza|giovane|anziano|anziana|\d{1,3}enne)$/u;

/** Can a definite description ("la donna", "il conducente") be the one just quoted: by sex or age, or by that very noun? */
function refersTo(description: string, speaker: Speaker): boolean {
  const noun = headNoun(description);
  if (GENERIC_PEOPLE.test(noun)) return isDescribed(speaker) || agrees(noun, speaker.name);
  const stem = (word: string) => word.toLowerCase().replace(/trice$/u, 'tore').replace(/[oaie]$/u, '');
  // A role the press shortens or varies is the same ("il primo cittadino" after "il sindaco").
  const own = abbreviated((isDescribed(speaker) ? speaker.name : speaker.role ?? '').toLowerCase());
  const nouns = [noun, ...abbreviated(description.toLowerCase()).split(/\s+/u).filter((word) => !description.toLowerCase().split(/\s+/u).includes(word))];
  return own.split(/[^\p{L}\p{N}]+/u).some((word) => word !== '' && nouns.some((each) => stem(word) === stem(each)));
}

/** Does a description say more of the people another one described: "residenti di piazza Marconi" of "residenti"? */
function saysMoreOf(fuller: string, shorter: string): boolean {
  return fuller.toLowerCase().startsWith(`${shorter.toLowerCase()} `);
}

/** Feminine and masculine nouns that say only a person's sex ("la donna", "il ragazzo"), for the article that introduced them. */
const FEMININE_PEOPLE = /^(?:donna|signora|ragazza|anziana)$/u;

/**
 * The person "la donna", "il ragazzo" goes back to when nobody has been quoted yet: the last one the narration brought in
 * with an indefinite description of the same sex ("Da anni, denuncia una residente, …" ¶ "«…» – denuncia la donna –").
 */
function introducedBefore(narration: string, from: number, at: number, noun: string): Description | undefined {
  let found: Description | undefined;
  for (const article of narration.slice(from, at).matchAll(/(?<![\p{L}])(?:una|uno|un)(?=\s)/giu)) {
    const described = descriptionAt(narration, from + article.index, at);
    if (!described || described.plural || GENERIC_PEOPLE.test(headNoun(described.text))) continue;
    if ((article[0].toLowerCase() === 'una') !== FEMININE_PEOPLE.test(noun)) continue;
    found = described;
  }
  return found;
}

/** Nouns for what someone says, before whose it is: "La voce della figlia", "Il racconto di una residente". */
const VOICE = /^\s*(?:la\s+voce|le\s+parole|il\s+racconto|lo\s+sfogo|la\s+testimonianza|il\s+ricordo|la\s+rabbia|il\s+dolore)\s+(?:(di)\s+|(?:del|dello|della|dei|degli|delle)\s+)/iu;

/**
 * The one person a paragraph opens on, described and not named: "Un residente della zona è sceso …", "La voce della
 * figlia trema …". Singular only: many people do not say one quotation.
 */
function openingDescription(narration: string, from: number, to: number): Description | undefined {
  const voice = VOICE.exec(narration.slice(from, to));
  const described = voice ? descriptionAt(narration, from + voice[0].length - (voice[1] ? 0 : 1), to, !voice[1]) : descriptionAt(narration, from, to);
  return described && !described.plural ? described : undefined;
}

/**
 * Organisations opening a sentence of [from, to) as the subject of a plural verb: "Fiom, Fim e Uilm hanno proclamato …",
 * "Cgil e Uil chiedono …". The last such sentence before the quotation.
 */
function listSubjectBefore(text: string, from: number, to: number): string | undefined {
  const NAME = '\\p{Lu}[\\p{L}-]*(?:[ \\t]\\p{Lu}[\\p{L}-]*)*';
  const list = new RegExp(`^(${NAME}(?:,[ \\t]${NAME})*[ \\t]e[ \\t]${NAME})[ \\t]+(?:hanno|sono|\\p{Ll}+(?:ano|ono))(?![\\p{L}])`, 'u');
  for (const start of sentenceStarts(text, from, to).reverse()) {
    const found = list.exec(text.slice(start, to));
    if (found && namesOffice(found[1]!)) return found[1]!;
  }
  return undefined;
}

/** A speaker the text only describes ("residente", "opposizione"): carried as a description, never as a name. */
type DescribedSpeaker = Speaker & { described: true };

function describedSpeaker(description: Pick<Description, 'text'>): DescribedSpeaker {
  return { name: description.text, described: true };
}

/** An organisation speaking: "i consiglieri", "i sindacati" after it are its members, still speaking for it. */
type OfficeSpeaker = Speaker & { office: true };

function officeSpeaker(name: string): OfficeSpeaker {
  return { name, office: true };
}

function isOffice(speaker: Speaker | undefined): speaker is OfficeSpeaker {
  return (speaker as Partial<OfficeSpeaker> | undefined)?.office === true;
}

function isDescribed(speaker: Speaker): speaker is DescribedSpeaker {
  return (speaker as Partial<DescribedSpeaker>).described === true;
}

/** Roles the press shortens ("la pm" for "il pubblico ministero"): the short form is added to the long one's words. */
const ABBREVIATED_ROLES: [RegExp, string][] = [
  [/pubblic[oa] minister[oa]/gu, 'pm'],
  [/amministrat(?:ore|rice) delegat[oa]/gu, 'ad'],
  [/commissari[oa] tecnic[oa]/gu, 'ct'],
  [/diret(?:tore|trice) sportiv[oa]/gu, 'ds'],
  // "il primo cittadino, X" … "ha aggiunto il sindaco".
  [/prim[oa] cittadin[oa]/gu, 'sindaco'],
  // "l’allenatore della squadra, X" … "le parole del tecnico": sports pages call the coach both.
  [/allenat(?:ore|rice)/gu, 'tecnico'],
];

function abbreviated(role: string): string {
  return ABBREVIATED_ROLES.reduce((words, [long, short]) => words.replace(long, (match) => `${match} ${short}`), closedPrefixes(role));
}

/** "vice sindaco", "vice-presidente", "pro rettore": one title, the deputy's, as "vicesindaco" is; never the mayor's. */
function closedPrefixes(role: string): string {
  return role.replace(/(?<![\p{L}])(vice|pro)[ \t-]+(?=\p{L}{4,})/gu, '$1');
}

/** Honorifics before a name that also say a role: "il professor X" is a professor ("il docente" later). */
const HONORIFIC_ROLES = new Map([['prof', 'professore'], ['professor', 'professore'], ['professoressa', 'professoressa'], ['ing', 'ingegnere'], ['avv', 'avvocato'], ['arch', 'architetto'], ['sen', 'senatore'], ['on', 'onorevole'], ['mister', 'allenatore'], ['gen', 'generale'], ['col', 'colonnello'], ['cap', 'capitano'], ['ten', 'tenente'], ['mar', 'maresciallo'], ['don', 'parroco'], ['mons', 'vescovo'], ['monsignor', 'vescovo'], ['pres', 'presidente']]);

/** Words of a role that say which kind of person holds it ("ufficio studi": a researcher). */
const ROLE_HINTS = new Map([['studi', 'studioso'], ['ricerca', 'studioso'], ['ricerche', 'studioso'], ['squadra', 'allenatore'], ['tecnico', 'allenatore'],
  // A hospital unit's director is its primario: "direttore della Chirurgia generale" … "spiega il primario".
  ...['chirurgia', 'cardiologia', 'pediatria', 'oncologia', 'ortopedia', 'neurologia', 'ginecologia', 'urologia', 'reparto', 'rianimazione', 'anestesia', 'radiologia', 'ematologia', 'nefrologia', 'psichiatria', 'neonatologia', 'ostetricia', 'geriatria', 'pneumologia', 'gastroenterologia'].map((unit): [string, string] => [unit, 'sanitario'])]);

/** Does a title's grammatical gender (ricercatrice, sindaca; ricercatore, primario) match a first name's? Unknown agrees. */
function agrees(title: string, name: string): boolean {
  const word = title.toLowerCase();
  const feminine = /(?:trice|essa|[^e]a)$/u.test(word) ? true : /(?:ore|[^e]o)$/u.test(word) ? false : undefined;
  const gender = genderOf(name.split(/\s+/u)[0]!);
  return feminine === undefined || gender === undefined || feminine === (gender === 'female');
}

/** The body a bare title names right after it, by its capitalised name: "presidente della Repubblica" → "repubblica". */
function bodyAfter(narration: string, at: number): string | undefined {
  return /^\s*(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell[’']\s*)(\p{Lu}\p{L}+)/u.exec(narration.slice(at, at + 40))?.[1]!.toLowerCase();
}

/** Does a description (lower case) hold that body, or name no body of its own? */
function sameBody(description: string, body: string): boolean {
  return description.includes(body) || !/(?:^|\s)(?:di|del|della|dello|dei|degli|delle|dell[’'])\s*\p{L}/u.test(description);
}

/** Does a mention's role hold a word the lexicon can group? */
function placed(mention: Mention): boolean {
  return `${mention.role ?? ''} ${mention.title ?? ''}`.toLowerCase().split(/[^\p{L}]+/u).some((word) => ROLE_GROUP.has(word) || ROLE_HINTS.has(word));
}

/** A role word without its gender and number: "consiglier" for consiglieri, consigliere and consigliera. */
function roleStem(word: string): string {
  return word.toLowerCase().replace(/tric[ei]$/u, 'tor').replace(/ess[ae]$/u, '').replace(/h?[oaie]$/u, '');
}

/** The lexicon's group of a plural role noun ("consiglieri", "sindaci", "assessori"), by its singular forms. */
function pluralRoleGroup(noun: string): string | undefined {
  const singulars = [noun, noun.replace(/i$/u, 'e'), noun.replace(/i$/u, 'o'), noun.replace(/e$/u, 'a'), noun.replace(/h?i$/u, 'o')];
  return singulars.map((form) => ROLE_GROUP.get(form)).find((group) => group !== undefined);
}

/** A title whatever its gender: rettrice and rettore, sindaca and sindaco, professoressa and professore. */
function titleKey(word: string): string {
  return word.toLowerCase().replace(/trice$/u, 'tore').replace(/essa$/u, 'e').replace(/[oae]$/u, '');
}

/** Role words of a second group: the defender in court is a lawyer ("il suo difensore, X" … "ha detto il legale"). */
const SECOND_GROUPS = new Map([['difensore', 'avvocato'], ['difensora', 'avvocato']]);

/** First words of the two-word roles: only after one is a pair looked up (sameGroup runs for every mention). */
const PAIR_HEADS = new Set([...ROLE_PAIR_GROUP.keys()].map((pair) => pair.split(' ')[0]!));

function sameGroup(role: string, group: string | undefined): boolean {
  if (group === undefined) return false;
  const words = role.split(/[^\p{L}]+/u);
  // "dirigente scolastico" is of the school, though "dirigente" alone is a manager's word.
  return words.some((word, i) => (ROLE_GROUP.get(word) ?? ROLE_HINTS.get(word)) === group || SECOND_GROUPS.get(word) === group || (i > 0 && PAIR_HEADS.has(words[i - 1]!) && ROLE_PAIR_GROUP.get(`${words[i - 1]} ${word}`) === group));
}

/** Honorifics written short before a name: "dott.ssa Carla Rossi", "Mons. Aldo Neri", "S.E. Mons." (not a date's "3 gen."). */
const ABBREVIATED_HONORIFICS = new Set([...SHORT_TITLES, 'e']);

/** Ranks written short before initials and a name: "Gen. C.A. Corrado Rossi" (corpo d’armata), "Gen. D. Paolo Neri". */
const RANKS = ['Gen.', 'gen.', 'Amm.', 'amm.', 'Col.', 'col.', 'Magg.', 'magg.', 'Ten.', 'ten.', 'Cap.', 'cap.'];
const INITIALS = /\s*(?:\p{Lu}\.){1,3}(?=[ \t]+\p{Lu}\p{Ll})/uy;

/** The narration with those full stops blanked, so they end no sentence or clause: the name goes on with its title. */
function withoutHonorificStops(narration: string): string {
  let chars: string[] | undefined;
  for (let dot = narration.indexOf('.'); dot >= 0; dot = narration.indexOf('.', dot + 1)) {
    // The abbreviations are at most five letters long: look no further back.
    let start = dot;
    while (start > 0 && dot - start <= 5 && /\p{L}/u.test(narration[start - 1]!)) start--;
    if (dot - start > 5 || start === dot) continue;
    const word = narration.slice(start, dot).toLowerCase();
    if (!ABBREVIATED_HONORIFICS.has(word) && word !== 's') continue;
    // "S.E.": the E only after "S.".
    if ((word === 'e' && narration.slice(start - 2, start) !== 's.' && narration.slice(start - 2, start) !== 'S.') || (word === 's' && !/^[Ee]\./u.test(narration.slice(dot + 1, dot + 3)))) continue;
    if (start > 0 && /\p{L}/u.test(narration[start - 1]!)) continue;
    if (/\d\s$/u.test(narration.slice(Math.max(0, start - 2), start))) continue;
    const after = /^(?:(?:ssa|ra)\.?)?(?=\s+\p{Lu}|[Ee]\.)/u.exec(narration.slice(dot + 1, dot + 6));
    if (!after) continue;
    chars ??= narration.split('');
    chars[dot] = ' ';
    if (narration[dot + 1 + after[0].length - 1] === '.' && after[0].length > 0) chars[dot + after[0].length] = ' ';
  }
  // Ranks written as initials before a name: "Gen. C.A. Corrado Rossi" (corpo d’armata), "Gen. D. Paolo Neri".
  // Found from the rank with indexOf: a scan of the whole text with a Unicode regex costs a fifth of the extraction.
  for (const rank of RANKS) {
    for (let from = narration.indexOf(rank); from >= 0; from = narration.indexOf(rank, from + rank.length)) {
      if (from > 0 && /\p{L}/u.test(narration[from - 1]!)) continue;
      INITIALS.lastIndex = from + rank.length;
      const initials = INITIALS.exec(narration);
      if (!initials) continue;
      chars ??= narration.split('');
      for (let at = from + rank.length; at < INITIALS.lastIndex; at++) if (chars[at] === '.') chars[at] = ' ';
    }
  }
  return chars ? chars.join('') : narration;
}

/** What the quotes stage reads: the body, and the title and subtitle when there are any. */
export type QuotesInput = Pick<ParsedRelease, 'body'> & { meta?: { title?: string; subtitle?: string }; fieldPositions?: ParsedRelease['fieldPositions'] };

function headlinesOf(input: QuotesInput): Headline[] {
  const headlines: Headline[] = [];
  if (input.meta?.title) headlines.push({ block: 'title', text: input.meta.title, at: input.fieldPositions?.title });
  if (input.meta?.subtitle) headlines.push({ block: 'subtitle', text: input.meta.subtitle, at: input.fieldPositions?.subtitle });
  return headlines;
}

/** The quotations of a release (title, subtitle and body), numbered q1, q2, … in order of appearance. */
export function extractQuotes(parsed: QuotesInput, excerpts = true): QuoteExtraction {
  return readingTexts(() => quotationsOf(parsed, excerpts));
}

function quotationsOf(parsed: QuotesInput, excerpts: boolean): QuoteExtraction {
  const prose = proseOf(parsed.body, headlinesOf(parsed));
  const { text } = prose;
  const strays: number[] = [];
  const spans = scanMarks(prose, strays);

  // Narration: the prose with quoted words blanked out, so names inside quotations are nobody's mention.
  const innerBySpan = spans.map((span) => span.pieces.flatMap((piece) => innerAttributions(text, piece)));
  // People named only inside quotations ("la lista di Sara Costantino") give a later surname its full name.
  const blanked = narrationOf(text, spans, innerBySpan);
  const { quoted } = blanked;
  const narration = withoutHonorificStops(blanked.narration);
  const quotedPeople = spans.length > 0 ? findMentions(quoted).filter((mention) => mention.kind === 'person') : [];
  const first = findMentions(narration, quotedPeople);
  // A surname the narration uses alone, named in full only in quoted words with a first name the list lacks: read again.
  const completed = spans.length > 0 ? quotedFullNames(quoted, first) : [];
  const found = completed.length > 0 ? findMentions(narration, [...quotedPeople, ...completed]) : first;
  // A name inside the role written after another's ("X, presidente della cooperativa Monte Amiata, spiega") is part of
  // that role: the role's holder is the one who speaks.
  // A name after a comma there, or with a role of its own, is another person listed ("X, presidente di Y, Z, responsabile …").
  const mentions = found.filter((mention, i) => mention.role !== undefined || !found.some((holder, k) => k < i && holder.kind === 'person' && holder.role !== undefined && mention.start >= holder.nameEnd && mention.end <= holder.end && !/,\s*$/u.test(narration.slice(holder.nameEnd, mention.nameStart))));
  // "Ferrandi: «…»" over a body calling him only "il tecnico": the headline's label is that person.
  // The headline and subheadline, or the first line of a text with none; never a line of the body under them.
  const label = prose.paragraphs.slice(0, prose.headlines > 0 ? prose.headlines : Math.min(1, prose.paragraphs.length - 1)).map((paragraph) => headlineLabel(narration, paragraph, mentions, text)).find((mention) => mention !== undefined);
  if (label) mentions.splice(mentions.findIndex((mention) => mention.start > label.start) >>> 0, 0, label);

  /** What `find` reads of the narration before `open`: in its paragraph, else in the one before when the marks open theirs. */
  const readBefore = <T>(open: number, find: (from: number, to: number) => T | undefined): T | undefined => {
    const paragraphStart = paragraphStartOf(prose, open);
    const previous = prose.paragraphs[paragraphAt(prose, open) - 1];
    return find(paragraphStart, open) ?? (previous && !previous.block && narration.slice(paragraphStart, open).trim() === '' ? find(previous.start, previous.end) : undefined);
  };
  /** The issuer of a document the narration introduces before `open`. */
  const issuedBefore = (open: number): Issuer | undefined => readBefore(open, (from, to) => documentIssuerBefore(narration, mentions, from, to));

  const candidates: Candidate[] = [];
  /** The words of every pair read as a name, and the lead before each candidate's marks, for namedElsewhere. */
  const names = new Set<string>();
  const leads = new Map<Candidate, { quoted: string; lead: string }>();
  spans.forEach((span, index) => {
    const paragraphStart = paragraphStartOf(prose, span.open);
    const sentence = sentenceBefore(narration, span.open, paragraphStart);
    // The charges someone faces ("con l’accusa di «…»") or what a question is about ("un’interrogazione riguardante
    // «…»") are quoted from a document, not said by anyone.
    if (innerBySpan[index]!.length === 0 && span.open - sentence > 6 && CHARGED.test(narration.slice(Math.max(sentence, span.open - 40), span.open))) return;
    const quotedWords = span.pieces.reduce((count, piece) => count + wordsOf(text, piece.start, piece.end).length, 0);
    const firstWord = wordsOf(text, span.pieces[0]!.start, span.pieces[0]!.end)[0]?.text;
    let before = attributionBefore(narration, mentions, span.open, sentence, quotedWords, firstWord);
    // A frame left without its colon ("X esprime soddisfazione «…»"): a statement, never the title of a thing.
    // (In the body: headlines have their own frames.)
    const colonless = !before && span.close !== undefined && innerBySpan[index]!.length === 0 && prose.paragraphs[paragraphAt(prose, span.open)]!.block === undefined ? colonlessFrame(narration, mentions, span.open, sentence, span.close, span.pieces.map((piece) => text.slice(piece.start, piece.end)).join(' '), quotedWords, firstWord) : undefined;
    // (Read so only where it names who speaks: a heading the import joined to its paragraph, "Le dichiarazioni post
    // gara «…»", names nobody.)
    if (colonless?.speaker || colonless?.organisation || colonless?.described) before ??= colonless;
    // "un fenomeno che, si legge nella nota, «…»": read in a document before the marks as after them.
    if (!before?.speaker && !before?.organisation && READ_BEFORE.test(narration.slice(sentence, span.open))) before = { kind: 'before', start: sentence, end: span.open, document: true };
    // "Si legge in una nota della Coldiretti: «…»": the issuer the frame names.
    const readIn = !before?.speaker && !before?.organisation ? readBefore(span.open, (from, to) => readNoteIssuer(narration, mentions, from, to)) : undefined;
    if (readIn) before = { kind: 'before', start: sentence, end: span.open, document: true, ...readIn };
    const last = span.pieces.at(-1)!;
    const paragraphEnd = prose.paragraphs[paragraphAt(prose, last.end)]!.end;
    let after = span.close !== undefined ? attributionAfter(narration, mentions, span.close, paragraphEnd) : undefined;
    // A note's signature in a bracketed paragraph of its own, right after the words: "«…»." ¶ "(Dichiarazione di X)".
    // Not a name alone in brackets ("(Marta Rossi)"), the reporter's byline.
    const signature = prose.paragraphs[paragraphAt(prose, last.end) + 1];
    if (!after && span.close !== undefined && signature && /^[\s.]*$/u.test(narration.slice(span.close + 1, paragraphEnd)) && SIGNATURE.test(narration.slice(signature.start, signature.end))) {
      const signed = attributionAfter(narration, mentions, signature.start - 1, signature.end);
      if (signed?.speaker) after = { ...signed, start: span.close + 1 };
    }
    // The writer's words may finish the sentence before the next one attributes it: "«…» spendere i fondi. Lo ha detto X".
    if (!after && span.close !== undefined) {
      const rest = /^[^.!?:;«»“”"_]{1,120}?[.!?]\s+/u.exec(narration.slice(span.close + 1, paragraphEnd));
      if (rest && wordsOf(rest[0]).length <= 12 && sayings(narration, span.close + 1, span.close + 1 + rest[0].length).length === 0 && !mentions.some((mention) => mention.start > span.close! && mention.start < span.close! + 1 + rest[0].length)) {
        after = sentenceAttribution(narration, mentions, span.close + 1, span.close + 1 + rest[0].length, paragraphEnd);
      }
    }
    // "«…», si legge nella nota": the office the sentences before it make the subject ("La Fp Cgil chiede …").
    if ((after?.document && !after.organisation) || (!after && before?.document && !readIn)) {
      // The document the frame itself names with its issuer ("», si legge nell’ordinanza con la quale il sindaco X ha …")
      // first; else one introduced with its issuer before ("una nota firmata da X", "il dossier che X ha presentato"); else
      // in its paragraph, or the last sentence of the one before ("Il Centro funzionale ha emesso un avviso." ¶ "«…», si legge nell’avviso").
      const issued = (after?.document && span.close !== undefined ? documentIssuerAfter(narration, mentions, span.close + 1, paragraphEnd) : undefined) ?? issuedBefore(span.open);
      const issuer = issued ? undefined : readBefore(span.open, (from, to) => issuerBefore(narration, mentions, from, to));
      if (issued && after) after = { ...after, ...issued };
      else if (issued) before = { ...before!, ...issued };
      else if (issuer && after) after = { ...after, organisation: issuer };
      else if (issuer) before = { ...before!, organisation: issuer };
    }
    // So does a line of plain text shaped as a headline ("Chiusura punto nascite: Giulia Ferretti (FdI-An) "…""):
    // short, no sentence's stop before the marks, nothing after them; the bracket is the name's party or club.
    if (!before?.speaker && (prose.paragraphs[paragraphAt(prose, span.open)]!.block || bracketedHeadline(narration, span, paragraphStart, paragraphEnd, paragraphAt(prose, span.open) === prose.headlines))) {
      const named = headlineSpeaker(narration, mentions, span.open, sentence);
      if (named) before = { kind: 'before', start: sentence, end: span.open, speaker: named };
    }
    // "Legambiente boccia il piano. «Una scelta miope»": in a headline (or a line shaped as one, ending on the marks
    // with no stop) the stop stands for a colon.
    const headlineShaped = prose.paragraphs[paragraphAt(prose, span.open)]!.block || (span.close !== undefined && narration.slice(span.close + 1, paragraphEnd).trim() === '');
    if (headlineShaped && !before?.speaker && !before?.organisation && !after?.speaker && !after?.organisation) {
      const organisation = organisationBeforeStop(narration, mentions, span.open, paragraphStart, quotedWords, firstWord);
      if (organisation) before = { kind: 'before', start: paragraphStart, end: span.open, organisation };
    }
    // "Ufficio Stampa X ¶ 14/02/2025 - Sindacato ¶ «…»": the organisation whose press office signs the listing's item.
    if (!before?.speaker && !before?.organisation && !after?.speaker && !after?.organisation) {
      const organisation = bylineOrganisation(narration.slice(paragraphStart, span.open));
      if (organisation) before = { kind: 'before', start: paragraphStart, end: span.open, organisation };
    }
    // "Con questo Patto il «…»", "Nel Patto si individuano «…»": the document says it.
    if (!before?.speaker && !before?.organisation && !after?.speaker && !after?.organisation && innerBySpan[index]!.every((range) => !mentions.some((mention) => mention.kind !== 'title' && mention.start >= range.start && mention.start < range.end))) {
      const document = documentOpening(narration, sentence, span.open);
      if (document) before = { kind: 'before', start: sentence, end: span.open, organisation: document };
    }
    // (Before a person the sentence names: the words are given to the organisation, not to whoever it quoted.)
    // "Secondo la Confcoltivatori, «…»", "Per Legambiente «…»": the organisation the words are given to.
    if (!before?.speaker && !before?.organisation && !after?.speaker && !after?.organisation) {
      const organisation = organisationAccording(narration, sentence, span.open) ?? organisationReferredTo(narration, mentions, paragraphStart, sentence, span.open);
      if (organisation) before = { kind: 'before', start: sentence, end: span.open, organisation };
    }
    if (!before?.speaker && !after?.speaker) {
      // "li ha invitati a «non lasciare …»": a negated infinitive reads as the infinitive.
      const words = firstWord === 'non' ? wordsOf(text, span.pieces[0]!.start, Math.min(span.pieces[0]!.end, span.pieces[0]!.start + 40)) : [];
      const holder = partialQuoteSpeaker(narration, mentions, span.open, sentence, words[1]?.text ?? firstWord, quotedWords, paragraphStart);
      if (holder) before = { kind: 'before', start: sentence, end: span.open, speaker: holder };
    }
    // "X, che la Cgil giudica «…»": the relative clause's subject, not its antecedent the words above fell back on.
    const judging = relativeSubject(narration, sentence, span.open);
    if (judging) before = { kind: 'before', start: sentence, end: span.open, organisation: judging };
    // "Il gruppo consiliare di X, composto da A, B e C, ha definito il post «…»": the group's words, not a member's.
    if (!before?.organisation && !after?.speaker && !after?.organisation && (!before?.speaker || before.speaker.start >= sentence)) {
      const group = composedGroup(narration, mentions, sentence, span.open);
      if (group) before = { kind: 'before', start: sentence, end: span.open, organisation: group };
    }
    // "X ha diffuso una nota. «…»": words with nothing of their own right after the sentence introducing a document
    // with its issuer are read in it.
    if (!before?.speaker && !before?.organisation && !after && innerBySpan[index]!.length === 0) {
      // (Marks opening their paragraph leave nothing before them in it: the sentence is the last of the one before.)
      const issued = readBefore(span.open, (from, to) => documentIssuerRightBefore(narration, mentions, from, to));
      if (issued) before = { kind: 'before', start: sentence, end: span.open, ...issued };
    }
    // "La Cisl ha poi spiegato le ragioni della raccolta. «…»": a whole statement standing alone after a sentence a body
    // speaks in, in the same paragraph, is that body's (a new paragraph may open another voice or a document).
    if (!before?.speaker && !before?.organisation && !after && innerBySpan[index]!.length === 0 && quotedWords >= 6 && firstWord !== undefined && /^\p{Lu}/u.test(firstWord)) {
      const body = bodySaidBefore(narration, mentions, paragraphStart, span.open);
      if (body) before = { kind: 'before', start: sentence, end: span.open, organisation: body };
    }
    // "X ha diffuso una lettera in cui preannuncia la protesta contro «…»": read in the document the sentence introduces.
    if (!before?.speaker && !before?.organisation && !after?.speaker && !after?.organisation && innerBySpan[index]!.length === 0) {
      const issued = documentClauseIssuer(narration, mentions, sentence, span.open);
      if (issued) before = { kind: 'before', start: sentence, end: span.open, ...issued };
    }
    // An organisation saying it when no person does: "Confartigianato, che in una nota definisce il bando «…»".
    // Partial quotations only, or words right after the verb: a title is no organisation's speech ("l’iniziativa «Vendemmia aperta»").
    if (!before?.speaker && !after?.speaker && !after?.organisation && quotedWords >= 3 && firstWord !== undefined && /^\p{Ll}/u.test(firstWord)) {
      const organisation = organisationSubject(narration, mentions, sentence, span.open);
      if (organisation) before = { kind: 'before', start: sentence, end: span.open, organisation };
    }
    // "21:17 – Bonetti: «…» Mainardi risponde che …": a person set before the colon says the words; someone else
    // named after them opens a report of their own. Not a verb of saying glued to the marks by a comma or dash
    // ("…per X e Y: «…», dicono Z e W"): that attributes the words, and the names before the colon are what they speak of.
    const glued = span.close !== undefined && /^[ \t]*[,\u2013\u2014-][ \t]*/u.exec(narration.slice(span.close + 1, span.close + 8));
    // Nor a noun for the words glued to them ("«…» è il commento che arriva dal consigliere X").
    const saidRightAfter = (glued && sayingAt(narration, span.close! + 1 + glued[0].length) !== undefined) || after?.pointed;
    if (!saidRightAfter && before?.speaker && before.speaker.kind !== 'title' && after?.speaker && after.speaker.kind !== 'title' && /:\s*$/u.test(narration.slice(before.speaker.end, span.open)) && (after.speaker.person ?? after.speaker.name) !== (before.speaker.person ?? before.speaker.name)) after = undefined;
    const hasNamedBefore = before?.speaker !== undefined || before?.organisation !== undefined;
    // Words named after a noun are a title, unless someone is named as saying them ("«…», analizza Castelli").
    const namedAfter = Boolean(after?.speaker) && quotedWords >= 3;
    // Marks reopened right after the attribution of the pair before ("“…”, commenta il presidente X “…”"): its name
    // before them is the speaker's, not a thing's.
    const previousClose = candidates.at(-1)?.span.close;
    const verbAfter = previousClose === undefined ? undefined : /^[ \t]*,[ \t]*/u.exec(narration.slice(previousClose + 1, span.open));
    const said = verbAfter ? sayingAt(narration, previousClose! + 1 + verbAfter[0].length) : undefined;
    const resumed = said !== undefined && /^[^.;:!?«»“”"_\n]{1,80}\p{Lu}[\p{L}’'-]*[ \t]+$/u.test(narration.slice(said, span.open));
    let thing = !hasNamedBefore && !before?.phrase && !namedAfter && !resumed && innerBySpan[index]!.length === 0 && namesAThing(narration, span.open, paragraphStart) && !DATE_STAMP.test(narration.slice(paragraphStart, span.open));
    // Words running over a sentence's end into another ("«Un gesto inutile. Anzi, ora faremo prima»") are no title or
    // scare quote, wherever they stand: someone's speech.
    // Only where nothing else makes it speech (not a sentence standing alone); capitalised after a noun, as titles are
    // ("«Oro e ombra. I mosaici …»"), only with a speaker's first or second person in it.
    const lead = narration.slice(sentence, span.open);
    const quotedText = span.pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ');
    const speech = !before && !after && quotedWords >= 8 && !/^[\s\-\u2013\u2014•*]*$/u.test(lead) && !DATELINE.test(lead) && /[\p{L}\p{N}][.!?…]+\s+\p{Lu}/u.test(quotedText) && (/^\p{Ll}/u.test(firstWord ?? '') || FIRST_PERSON.test(quotedText));
    if (speech) thing = false;
    // Or a headline's line in the body, as pages copied as text keep them: short, one sentence, after a noun or a colon
    // ("Allevatori di vongole sul lastrico: «Guadagniamo meno di …»").
    const ownParagraph = prose.paragraphs[paragraphAt(prose, span.open)]!;
    const headlineLine = ownParagraph.block !== undefined ? thing : (thing || /:\s*$/u.test(lead)) && paragraphAt(prose, span.open) >= prose.headlines && wordsOf(narration, paragraphStart, span.open).length <= 25 && !/\.\s/u.test(narration.slice(paragraphStart, span.open));
    // (A body's line with a full stop after the marks is a sentence: "…, con lo slogan «Pulito è un diritto».")
    const closing = headlineLine && span.close !== undefined && span.pieces.length === 1 && closesOnClause(quotedText, narration.slice(span.close + 1, paragraphEnd)) && (ownParagraph.block !== undefined || /^\s*$/u.test(narration.slice(span.close + 1, paragraphEnd)));
    if (closing) thing = false;
    // A statement a listing's teaser cuts ("…, che dovrà...", never closed) is no title, whatever noun stands before it.
    const teaser = cutByTeaser(text, span);
    if (teaser) thing = false;
    // Unattributed words that name a thing: a document's subject line ("con oggetto: ¶ “Approvazione …”"), whatever
    // stands before the colon; a campaign's or event's title opening on a hashtag ("“#150º Valperga: …” è l’appuntamento").
    if (!thing && !before?.speaker && !after?.speaker && innerBySpan[index]!.length === 0 && (announcedAsSubject(narration, span.open) || /^\s*#/u.test(quotedText))) thing = true;
    if (thing && !(quotedWords >= 3 && firstWord !== undefined && /^\p{Ll}/u.test(firstWord))) {
      names.add(nameKey(quotedText));
      return;
    }
    // In a headline, lower-case words after a noun are what the noun says: "influenza, pediatri 'vaccinare bimbi …'".
    if (thing && quotedWords >= 4 && prose.paragraphs[paragraphAt(prose, span.open)]!.block) thing = false;
    // Seven lower-case words or more after a noun are no title but someone's words woven into the sentence ("ha parlato
    // di un «lavoro corale che ha coinvolto parrocchie, diocesi e famiglie»"): said by whom the sentence is about.
    // So are they after a comma in a sentence a verb of saying opens ("La Filcams ricorda che la clausola …, «ma …»").
    const lower = firstWord !== undefined && /^\p{Ll}/u.test(firstWord);
    // So is a clause in the speaker's first person inside a sentence of the writer's, whatever word comes before it.
    // (Not after a colon, which introduces words rather than weaving them in.)
    const clause = /[\p{L}\p{N}]/u.test(lead) && !/:\s*$/u.test(lead) && !DATELINE.test(lead) && wovenClause(quotedText, quotedWords, firstWord);
    const phrase = speech || (thing && quotedWords >= 7) || (!thing && !before && !after && lower && quotedWords >= 7 && /,\s*$/u.test(narration.slice(sentence, span.open)) && sayings(narration, sentence, span.open).length > 0);
    const woven = phrase || (!before && !after && clause);
    if (woven) thing = false;
    // Such a clause in the first person plural is the people the sentence describes before it, when it describes some.
    const we = !phrase && !before && !after && clause ? weDescribedBefore(narration, sentence, span.open, quotedText) : undefined;
    // A paragraph ending with the quotation may be attributed by the next one: "Così il presidente X commenta …",
    // when nothing in it attributes it: no verb of saying, no colon, nobody named (the writer's own words may be there).
    const next = prose.paragraphs[paragraphAt(prose, last.end) + 1];
    const own = narration.slice(paragraphStart, paragraphEnd);
    const unattributed = !/:/u.test(own) && sayings(narration, paragraphStart, paragraphEnd).length === 0 && !mentions.some((mention) => mention.start >= paragraphStart && mention.start < paragraphEnd);
    // Narration before the marks that attributes nothing ("Decisiva la segnalazione della vicina. «…»") leaves it open too.
    const alone = (unattributed || !before) && /^[\s.,;!?]*$/u.test(narration.slice((span.close ?? paragraphEnd) + 1, paragraphEnd));
    if (!after && !hasNamedBefore && span.close !== undefined && next && alone) {
      after = sentenceAttribution(narration, mentions, span.close + 1, next.start, next.end) ?? openingVerbDescribed(narration, span.close + 1, next.start, next.end) ?? givenWords(narration, mentions, span.close + 1, next.start, next.end);
      // Lower-case words after a noun, given to someone by the next paragraph ("Parole del …"): a partial quotation.
      if (after?.speaker && quotedWords >= 3) thing = false;
    }
    const inner = innerBySpan[index]!.map((range): Attribution => {
      // "– dice la società –", "– spiega l’associazione guidata da X –": the organisation, not the person beside it.
      const said = sayings(narration, range.start, range.end)[0];
      const body = said && organisationNounAt(narration, said[1], range.end);
      if (body) {
        const organisation = organisationReferent(narration, mentions, body.noun, range.start);
        return { kind: 'inner', ...range, ...(organisation ? { organisation } : { body: true }) };
      }
      // "– si legge nel volantino firmato da X (Fiom), Y (Fim) e Z (Uilm) –": the bodies the officials sign for.
      const bodies = signedBodies(narration, range.start, range.end);
      if (bodies) return { kind: 'inner', ...range, officers: bodies };
      // (Not one named among the group speaking: "– tuonano i genitori, tra cui X –".)
      // (Nor one the words are sent to: "– ha detto mandando un messaggio a X –".)
      // (Nor one named as leading the body that speaks: "– scrive la Camera penale presieduta da X –".)
      const speaker = innerSpeaker(narration, mentions.filter((mention) => mention.start >= range.start && mention.start < range.end && !AMONG.test(narration.slice(range.start, mention.start)) && !namedAsLeader(narration, mention.start) && !inAsideGerund(narration, mention.start, mention.end)));
      // "– dice il 31enne –", "- spiega una residente -": someone described, not named.
      const verb = speaker?.kind === 'person' || speaker?.kind === 'surname' ? undefined : said;
      // "– precisa la Confagricoltura –": an organisation speaking, when nobody is named.
      // "– è detto in una nota del Comando provinciale –", "– si legge nella nota diffusa dalla X –": the office issuing it.
      const office = !speaker ? ((verb ? organisationAfterVerb(narration, verb[1], range.end, isPlural(narration.slice(verb[0], verb[1]))) : undefined) ?? documentIssuer(narration, range.start, range.end)) : undefined;
      // "– si legge in una nota della società –": the organisation the text calls so, if it makes plain which.
      const issuing = !speaker && !office ? documentBody(narration, range.start, range.end) : undefined;
      if (issuing) {
        const organisation = organisationReferent(narration, mentions, issuing.noun, range.start) ?? (CLUB_BODIES.test(issuing.noun) ? headlineClub(narration, prose.paragraphs.slice(0, prose.headlines)) : undefined);
        return { kind: 'inner', ...range, ...(organisation ? { organisation } : { body: true }) };
      }
      // (Past the document they say it in: "– sottolineano nel documento le otto sigle –".)
      const described = verb && !office && descriptionAt(narration, verb[1] + (SAID_IN.exec(narration.slice(verb[1], range.end))?.[0].length ?? 0), range.end);
      const plural = verb !== undefined && !speaker && isPlural(narration.slice(verb[0], verb[1]));
      // "– si legge in una nota –" naming no issuer: a document, never the person named before, who wrote no note.
      const document = !speaker && !office && !verb && READ_INSIDE.test(narration.slice(range.start, range.end));
      // "– si legge nel documento –" after "Una nota porta la firma della lista X": the issuer named before.
      const issued = document ? issuedBefore(span.open) : undefined;
      if (issued) return { kind: 'inner', ...range, ...issued };
      // "– dichiarano i segretari di Fim, Fiom e Uilm, Rossi, Bianchi e Verdi –": the officers named, not their bodies.
      const officers = office && verb ? namedOfficers(narration, verb[1], narration.indexOf(office, verb[1]), range.end) : undefined;
      return { kind: 'inner', ...range, speaker, ...(office ? { organisation: office } : {}), ...(officers ? { officers } : {}), ...(described ? { described } : {}), ...(plural ? { plural } : {}), ...(document ? { document } : {}) };
    });
    const holes = innerBySpan[index]!;
    const parts = (teaser ? withoutCut(text, span.pieces) : span.pieces).flatMap((piece) => cut(piece, holes)).map((range) => trimRange(text, range)).filter((range): range is Range => range !== undefined);
    if (parts.length === 0) return;
    const candidate: Candidate = { span, parts, inner, after, before, sentence, ...(we ? { we } : {}), ...(thing ? { piece: true } : {}), ...(woven ? { woven: true } : {}), ...(closing ? { closing: true } : {}), ...(teaser ? { teaser: true } : {}) };
    candidates.push(candidate);
    if (inner.length === 0 && !after?.speaker) leads.set(candidate, { quoted: quotedText, lead });
  });
  // A pair whose words the text quotes elsewhere as a name is that name (a headline's "ha chiuso «Borgo in Festa»").
  for (const [candidate, { quoted, lead }] of leads) if (namedElsewhere(names, quoted, lead)) candidates.splice(candidates.indexOf(candidate), 1);

  const people = new People(mentions, prose, narration);
  /** Does the attribution's verb say a document speaks ("– prosegue la nota –", "recita il volantino unitario")? */
  const citesDocument = (attribution: Attribution) => {
    const verb = sayings(narration, attribution.start, Math.max(attribution.end, attribution.start + 1)).at(-1);
    return verb !== undefined && CITED_DOCUMENT.test(narration.slice(verb[1], verb[1] + 30));
  };
  const fullNames = new Map<string, string>();
  const fullName = (name: string) => {
    let full = fullNames.get(name);
    if (full === undefined) {
      full = fullOrganisation(narration, name, mentions);
      // "il Comitato" for "il Comitato promotore per il referendum “…”", the title in marks read in the text.
      if (full === name) full = purposedName(text, name) ?? name;
      fullNames.set(name, full);
    }
    return full;
  };
  const speakerOf = (attribution: Attribution | undefined, at: number): Speaker | undefined => {
    if (!attribution) return undefined;
    if (attribution.speaker) return jointSpeaker(attribution, at) ?? people.resolve(attribution.speaker, at);
    if (attribution.officers) return attribution.officers;
    // "Il Vertice del Corpo ha ribadito": the head of a body is a person, the one the text named last, under another office.
    if (attribution.organisation && /^vertice$/iu.test(wordsOf(attribution.organisation)[0]?.key ?? '')) return people.lastNamed(at) ?? officeSpeaker(fullName(attribution.organisation));
    if (attribution.organisation) return officeSpeaker(fullName(attribution.organisation));
    return undefined;
  };

  /**
   * People named together as one speaker: "Lo hanno detto X e Y", "Così i segretari …, X e Y, che aggiungono",
   * "concludono X, Y e Z", "X e Y: «…»". Their names joined as the text lists them ("X, Y e Z"), each in full, in the
   * order the text first names them; not when a verb in the singular says the words ("ha detto X con Y e Z").
   */
  const jointSpeaker = (attribution: Attribution, at: number): Speaker | undefined => {
    const lead = attribution.speaker!;
    if (lead.kind === 'title') return titlesTogether(lead, at);
    // "… dei consiglieri: Rossi Anna (Pd), Bianchi Luca (M5S), …": the whole roll the name stands in.
    const roll = rollAround(narration, lead.nameStart);
    if (roll) return { name: namesTogether(roll) };
    const people_ = mentions.filter((mention) => mention.kind !== 'title');
    const index = people_.findIndex((mention) => mention.nameStart === lead.nameStart);
    if (index < 0) return undefined;
    // "Lo afferma X insieme a Y": a statement the two make together.
    const companion = attribution.kind !== 'before' ? companionOf(narration, people_, lead) : undefined;
    if (companion) return people.together(lead, companion, at);
    // What joins two of them, past the first one's role and before the second one's title: "X, presidente di …, Y",
    // "X e dal parlamentare Y". The connector, a comma or "e"; none where a clause stands between ("X, che ha sentito Y").
    const connector = (left: Mention, right: Mention): string | undefined => {
      const gap = narration.slice(left.nameEnd, right.nameStart);
      if (/(?:^|\s)(?:che|cui|ha|hanno|è|sono|era|erano|aveva|avevano|mentre|dopo|prima|con|contro|verso|insieme)(?=\s|$)/u.test(gap)) return undefined;
      // "X, segretario di A, e Y, dirigente di B": a comma may close the first one's role before "e".
      // And the second one's title may stand in apposition too: "X, sindaca di A, e l’assessore alla Sicurezza, Y".
      if (/^(?:\s*,[^,.;:!?«»“”"_\n()]{1,80}?)?(?:\s*,)?\s+(?:e|ed)\s+(?:[^,.;:!?«»“”"_\n()]{1,60},?\s)?$/u.test(gap)) return 'e';
      return /^(?:\s*,[^,.;:!?«»“”"_\n()]{1,80}?)??\s*,\s+(?:[^,.;:!?«»“”"_\n()]{1,60}\s)?$/u.test(gap) ? ',' : undefined;
    };
    const joined = (left: Mention, right: Mention) => connector(left, right) !== undefined;
    let first = index;
    let last = index;
    while (first > 0 && joined(people_[first - 1]!, people_[first]!)) first--;
    while (last + 1 < people_.length && joined(people_[last]!, people_[last + 1]!)) last++;
    if (last === first) return undefined;
    const group = people_.slice(first, last + 1);
    // The list ends with "e": "X, Y e Z", never a comma alone ("X, Y" is a name and an apposition).
    const and = /^(?:e|ed)$/u.test(connector(group.at(-2)!, group.at(-1)!) ?? '');
    if (!and) return undefined;
    // Said by them together: a plural verb of saying, a plural verb after them ("…, X e Y, che aggiungono"), a plural
    // title before them ("i consiglieri X e Y"), or a label's colon ("X e Y (Uil): «…»"). A list after a singular
    // title ("Così il capo dell’opposizione X, i capigruppo Y e Z") is the first one's, with others beside him.
    const verbs = sayings(narration, attribution.start, attribution.end);
    const firstOne = group[0]!;
    const lastOne = group.at(-1)!;
    // "Lo dichiarano (congiuntamente) X e Y": the plural verb after the pronoun pointing back at the words.
    const pointedPlural = POINTED_PLURAL.test(narration.slice(attribution.start, firstOne.start));
    const together = pointedPlural || verbs.some(([start, end]) => isPlural(narration.slice(start, end))) || /^\s*,?\s*(?:che\s+)?(?:hanno|sono|\p{Ll}{2,}(?:ano|ono))(?![\p{L}])/u.test(narration.slice(lastOne.end, lastOne.end + 40)) || /(?:^|\s)(?:i|gli|le)\s+$/iu.test(narration.slice(Math.max(0, firstOne.start - 5), firstOne.start)) || /^\s*(?:\([^()]{1,60}\))?\s*:/u.test(narration.slice(lastOne.end, lastOne.end + 70));
    if (!(together || attribution.described?.plural) || (verbs.length > 0 && verbs.every(([start, end]) => !isPlural(narration.slice(start, end))))) return undefined;
    const names = [...new Set(group.map((mention) => people.resolve(mention, at)?.name).filter((name): name is string => name !== undefined))];
    if (names.length < 2) return undefined;
    const firstNamed = (name: string) => mentions.findIndex((mention) => mention.kind !== 'title' && (mention.person ?? mention.name) === name);
    names.sort((a, b) => firstNamed(a) - firstNamed(b));
    return { name: namesTogether(names) };
  };

  /**
   * Two titles joined as the subject of a plural verb, each calling back the one person the text gave it:
   * "la sindaca e l’assessore richiamano …" after "la sindaca X e l’assessore Y". Either unresolved, nobody.
   */
  const titlesTogether = (lead: Mention, at: number): Speaker | undefined => {
    const index = mentions.indexOf(lead);
    const pairs: [Mention | undefined, Mention | undefined][] = [[mentions[index - 1], lead], [lead, mentions[index + 1]]];
    for (const [left, right] of pairs) {
      if (left?.kind !== 'title' || right?.kind !== 'title') continue;
      // Nothing between them but "e" and an article, and the plural verb right after the second.
      if (!/^\s+(?:e|ed)\s+(?:(?:il|lo|la|i|gli|le)\s+|l[’']\s*)?$/u.test(narration.slice(left.end, right.nameStart))) continue;
      if (!/^\s+(?:hanno|sono|\p{Ll}{3,}(?:ano|ono))(?![\p{L}])/u.test(narration.slice(right.end, right.end + 30))) continue;
      const names = [people.resolve(left, at)?.name, people.resolve(right, at)?.name];
      if (names.some((name) => name === undefined) || names[0] === names[1]) return undefined;
      return { name: namesTogether(names as string[]) };
    }
    return undefined;
  };

  /** "i due esponenti", "i tre consiglieri": the people the paragraph names before `to`, joined, if exactly that many. */
  const numberedSpeakers = (description: string, to: number): Speaker | undefined => {
    const count = COUNTS.get(description.split(/\s+/u)[0]!.toLowerCase());
    if (count === undefined || COLLECTIVE_NOUNS.test(headNoun(description))) return undefined;
    const from = paragraphStartOf(prose, to);
    const named = mentions.filter((mention) => mention.kind !== 'title' && mention.start >= from && mention.end <= to);
    // Only those the noun can describe: anyone whose role is of another kind ("il sindaco X" beside the councillors) is
    // not one of them; whoever has no role the lexicon places may be.
    const noun = headNoun(description);
    const kind = pluralRoleGroup(noun);
    const fits = (speaker: Speaker) => {
      const words = (speaker.role ?? '').toLowerCase().split(/[^\p{L}]+/u);
      if (words.some((word) => word.length > 2 && roleStem(word) === roleStem(noun))) return true;
      const placedWords = words.filter((word) => ROLE_GROUP.has(word));
      return placedWords.length === 0 || (kind !== undefined && placedWords.some((word) => ROLE_GROUP.get(word) === kind));
    };
    const speakers = named.map((mention) => people.resolve(mention, to)).filter((speaker): speaker is Speaker => speaker !== undefined && fits(speaker));
    const names = [...new Set(speakers.map((speaker) => speaker.name))];
    if (names.length !== count) return undefined;
    return { name: namesTogether(names) };
  };

  /** The two people named in the sentence before `at` (in its paragraph), joined, if it names exactly two. */
  const bothSpeakers = (at: number): Speaker | undefined => {
    const floor = paragraphStartOf(prose, at);
    // From the first word: an attribution may start on the space after the full stop, which would find that stop
    // no sentence end and read from the sentence before.
    const word = at + (/^\s*/u.exec(narration.slice(at, at + 20))?.[0].length ?? 0);
    const own = sentenceBefore(narration, word, floor);
    if (own <= floor) return undefined;
    const from = sentenceBefore(narration, own - 1, floor);
    const names = [...new Set(mentions.filter((mention) => mention.kind !== 'title' && mention.start >= from && mention.end <= own).map((mention) => people.resolve(mention, at)?.name).filter((name): name is string => name !== undefined))];
    return names.length === 2 ? { name: namesTogether(names) } : undefined;
  };

  const quotes: Quote[] = [];
  const marks: QuoteMark[] = [];
  /** Quotations nothing attributes, with their warnings: the sole person a text names may have said them. */
  const unattributed = new Map<Quote, { problem: QuoteProblem; at: number }>();
  /** Quotations given a role only ("ha detto il tecnico"), with their warnings: the role may be a named person's. */
  const roleOnly = new Map<Quote, QuoteProblem>();
  const problems: QuoteProblem[] = spans
    .filter((span) => span.close === undefined || span.inferred)
    .map((span) => ({
      rule: 'quote-unterminated',
      reason: span.inferred
        ? `the quotation opened with ${text[span.open]} is never closed; close it where the quoted words end, as they are read now`
        : `the quotation opened with ${text[span.open]} is never closed; close it, or the quoted words run to the end of the paragraph`,
      position: pointAt(prose, span.open),
    }));
  for (const at of strays) {
    problems.push({
      rule: 'quote-unbalanced',
      reason: `this ${text[at]} closes a quotation that was never opened (or opened with a mark of another kind); open it, or make the marks match («…», “…”)`,
      position: pointAt(prose, at),
    });
  }
  /**
   * The speaker of a group of spans; `quote` false when nothing makes it speech (a title, a scare quote), and a
   * reason when it is speech but the text does not say who said it.
   */
  let bodyQuotes: Quote[] | undefined;
  /** A headline quoting words the body quotes ("''POCHI SEGNALI POSITIVI''"): said by whoever says them there. */
  const excerptSpeaker = (group: Candidate[]): Speaker | undefined => {
    bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
    const words = group.flatMap((candidate) => candidate.parts.flatMap((part) => wordsOf(text, part.start, part.end).map((word) => word.key)));
    const source = bodyQuotes.find((quote) => {
      const said = new Set(wordsOf(quote.text).map((word) => word.key));
      return (quote.speaker !== null || quote.speakerDescription !== undefined) && words.filter((word) => said.has(word)).length >= Math.max(2, Math.ceil(words.length * 0.8));
    });
    if (source?.speakerDescription) return describedSpeaker({ text: source.speakerDescription });
    return source?.speaker ?? undefined;
  };
  const speakerOfGroup = (group: Candidate[]): { quote: boolean; speaker?: Speaker; reason?: string } => {
    const asked = group.length === 1 ? askedAbout(group[0]!) : undefined;
    const found = asked === undefined ? groupSpeaker(group) : asked;
    if (group.length === 1 && group[0]!.closing && !prose.paragraphs[paragraphAt(prose, group[0]!.span.open)]!.block && (!found.quote || !found.speaker)) return closingSpeaker(group[0]!);
    // A headline naming no person ("L’opposizione: «…»", "La squadra vince: «…»") quotes whoever says those words in the body.
    const paragraph = paragraphAt(prose, group[0]!.span.open);
    // Plain text sets a subheadline as the body's first paragraph: a quotation alone there is a headline too.
    const own = prose.paragraphs[paragraph]!;
    const lead = paragraph < prose.headlines + 2 && !/[\p{L}\p{N}]/u.test(narration.slice(own.start, own.end)) && !people.named(group[0]!.span.open, paragraph);
    // Or a short line framing it, as headlines do ("Presidente Regione, “…”"): no sentence, the quotation last.
    const framing = prose.headlines > 0 && paragraph === prose.headlines && !own.block && group.at(-1)!.span.close !== undefined && /^[\s.!?]*$/u.test(narration.slice(group.at(-1)!.span.close! + 1, own.end)) && !/[.!?]\s/u.test(narration.slice(own.start, group[0]!.span.open)) && wordsOf(narration, own.start, group[0]!.span.open).length <= 8;
    // A headline's description ("Il gestore: «…»") yields to whoever the body has say those very words.
    const named = found.speaker !== undefined && !isDescribed(found.speaker);
    if (!named && excerpts && framing) {
      const framed = excerptSpeaker(group) ?? (found.speaker ? undefined : headlineFrame(group));
      if (framed) return { quote: true, speaker: framed };
    }
    // Any quotation on that line, when it is short as subheadlines are ("Il rapporto presentato oggi. “…”",
    // "“…”: presentato il cartellone"): said by whoever says those words in the body.
    const subheadline = prose.headlines > 0 && paragraph === prose.headlines && !own.block && paragraph + 1 < prose.paragraphs.length && wordsOf(text, own.start, own.end).length <= 25;
    if (!named && excerpts && subheadline) {
      const excerpt = excerptSpeaker(group);
      if (excerpt) return { quote: true, speaker: excerpt };
    }
    if (named || !excerpts || (!prose.paragraphs[paragraph]!.block && !lead)) return found;
    const excerpt = excerptSpeaker(group);
    if (excerpt) return { quote: true, speaker: excerpt };
    if (found.speaker) return { quote: true, speaker: describedInBody(found.speaker) ?? found.speaker };
    const framed = headlineFrame(group);
    if (framed) return { quote: true, speaker: framed };
    // A headline's clause, a colon and a short sentence in marks closing it ("L’Italvolley incontra il Settecolli:
    // «Insegnateci a vincere»"): headlines quote that way, whoever the clause names.
    if (!found.quote && colonKicker(group)) {
      // The organisation the clause opens on ("Codacons sfida l’Abc:"), else the body's first speaker.
      const clause = Math.max(own.start, ...[',', '.', ';'].map((stop) => narration.lastIndexOf(stop, group[0]!.span.open) + 1));
      const subject = /^\s*(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/u.exec(narration.slice(clause, group[0]!.span.open));
      // (Not a column's heading: "Il Punto: «…»".)
      const organisation = subject && !isPageLabel(subject[0]) ? organisationEndingAt(narration, clause, clause + subject[0].length, mentions) : undefined;
      if (organisation) return { quote: true, speaker: officeSpeaker(fullName(organisation)) };
      bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
      // Headlines inflect the body's words anew ("«Ascoltiamo tutti»" over "pronti ad ascoltare tutti"): whoever says
      // every one of its longer words, by their first five letters.
      const stems = (words: string) => new Set(wordsOf(words).filter((word) => word.key.length >= 4).map((word) => word.key.slice(0, 5)));
      const kicker = stems(text.slice(group[0]!.parts[0]!.start, group[0]!.parts[0]!.end));
      const echo = kicker.size >= 2 ? bodyQuotes.find((quote) => (quote.speaker !== null || quote.speakerDescription !== undefined) && [...kicker].every((stem) => stems(quote.text).has(stem))) : undefined;
      if (echo) return { quote: true, speaker: echo.speaker ?? describedSpeaker({ text: echo.speakerDescription! }) };
      const first = bodyQuotes.find((quote) => quote.speaker !== null)?.speaker;
      return first ? { quote: true, speaker: first } : { quote: true, reason: NOBODY };
    }
    // A kicker alone on its line under the headlines ("“…”" ¶ "“…”. Lo afferma X"): the body's first speaker's words.
    if (lead && found.quote && !found.speaker) {
      bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
      // The quotation right after it, only: a later one may be a reply by someone else.
      const own = group.map((candidate) => candidate.parts.map((part) => text.slice(part.start, part.end)).join(' ')).join(' ');
      const index = bodyQuotes.findIndex((quote) => quote.text === own);
      const next = index >= 0 ? bodyQuotes[index + 1] : undefined;
      if (next?.speaker) return { quote: true, speaker: next.speaker };
    }
    if (!found.quote && group.length === 1 && group[0]!.closing) return closingSpeaker(group[0]!);
    return found;
  };
  /** A sentence closing a headline after its clause: the person the clause names, else the body's first speaker. */
  const closingSpeaker = (candidate: Candidate): { quote: boolean; speaker?: Speaker; reason?: string } => {
    const own = prose.paragraphs[paragraphAt(prose, candidate.span.open)]!;
    const clause = mentions.find((mention) => mention.kind !== 'title' && mention.start >= own.start && mention.end <= candidate.span.open);
    const speaker = clause ? people.resolve(clause, clause.start) : undefined;
    if (speaker) return { quote: true, speaker };
    // "Ferretti su Okafor: «…»": the name the label opens on, before its topic.
    // "1° Locatelli (Villa d’Almè) e la matematica impazzita: «…»": the surname before its club, as roundups label them.
    const label = topicLabel(narration.slice(own.start, candidate.span.open)) ?? clubLabel(narration.slice(own.start, candidate.span.open));
    if (label) return { quote: true, speaker: { name: label } };
    // "Ecco i sindaci anti spopolamento «…»": the people the clause ends on.
    const people_ = clauseSubject(narration.slice(own.start, candidate.span.open));
    if (people_) return { quote: true, speaker: describedSpeaker({ text: people_ }) };
    // (Not in the body read alone for a headline's excerpt, which would read itself again.)
    if (!excerpts) return { quote: true, reason: NOBODY };
    bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
    const first = bodyQuotes.find((quote) => quote.speaker !== null)?.speaker;
    return first ? { quote: true, speaker: first } : { quote: true, reason: NOBODY };
  };
  /** A headline ending with a colon and two to five words in marks, capitalised: "…, il centrodestra critica: «Serviva una gara»". */
  const colonKicker = (group: Candidate[]): boolean => {
    const first = group[0]!;
    const close = group.at(-1)!.span.close;
    const own = prose.paragraphs[paragraphAt(prose, first.span.open)]!;
    if (!own.block || close === undefined || group.length > 1 || first.parts.length > 1) return false;
    const said = text.slice(first.parts[0]!.start, first.parts[0]!.end);
    const words = wordsOf(said).length;
    return words >= 2 && words <= 5 && /^\p{Lu}/u.test(said) && /:\s*$/u.test(narration.slice(own.start, first.span.open)) && /^[\s.!?]*$/u.test(narration.slice(close + 1, own.end));
  };
  /** The body's first speaker that is bodies speaking together ("Cgil, Cisl e Uil"): no role, no member a first name. */
  const jointBodiesInBody = (): Speaker | undefined => {
    bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
    const bodies = (name: string) => {
      const members = name.split(/,\s*|\s+e\s+/u);
      return members.length >= 2 && members.every((member) => !isFirstName(member.split(' ')[0]!));
    };
    return bodyQuotes.find((quote) => quote.speaker && !quote.speaker.role && bodies(quote.speaker.name))?.speaker ?? undefined;
  };
  /** "Gli allevatori: «…»" over a body quoting one: the body's first speaker whose role is the headline's noun. */
  const describedInBody = (described: Speaker): Speaker | undefined => {
    const stem = (word: string) => word.toLowerCase().replace(/trice$/u, 'tore').replace(/trici$/u, 'tori').replace(/[oaie]$/u, '');
    const head = headNoun(described.name);
    const noun = stem(head);
    bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
    // "I residenti: «…»" over a body that says which residents: its fuller description.
    const fuller = bodyQuotes.find((quote) => quote.speakerDescription !== undefined && saysMoreOf(quote.speakerDescription, described.name))?.speakerDescription;
    if (fuller) return describedSpeaker({ text: fuller });
    const holder = bodyQuotes.find((quote) => quote.speaker?.role?.toLowerCase().split(/[^\p{L}]+/u).some((word) => stem(word) === noun))?.speaker;
    if (holder) return holder;
    // A title ("La preside: «…»"), not a category of people ("I residenti"), is the body's first speaker's, as headlines
    // shorten a role ("la dirigente scolastica X").
    const group = ROLE_GROUP.get(head);
    return group !== undefined && group !== 'lavoro' ? (bodyQuotes.find((quote) => quote.speaker !== null)?.speaker ?? undefined) : undefined;
  };
  /** People a headline only describes ("Ambulanti: «…»"), as the body describes or names them more fully. */
  const describedHeadline = (description: string): Speaker => {
    const described = describedSpeaker({ text: description });
    return describedInBody(described) ?? described;
  };
  /**
   * A headline's quotation the body does not repeat word for word ("Confindustria Veneto Est, 'bollette frenano …'",
   * "pediatri 'vaccinare bimbi …'"), framed as speech (after a comma or colon, or in lower case), at least four words:
   * said by the organisation it names, or the person whose role names it, else by the body's first speaker.
   */
  const headlineFrame = (group: Candidate[]): Speaker | undefined => {
    const first = group[0]!;
    const words = group.reduce((sum, candidate) => sum + candidate.parts.reduce((count, part) => count + wordsOf(text, part.start, part.end).length, 0), 0);
    const own = prose.paragraphs[paragraphAt(prose, first.span.open)]!;
    const lead = narration.slice(own.start, first.span.open);
    const lower = /^\p{Ll}/u.test(text.slice(first.parts[0]!.start, first.parts[0]!.end));
    // A name opening its clause before a colon frames even two words as said ("Ciclovia, Pd: «Imbarazzante impreparazione»").
    const short = words < 4;
    if ((short && (words < 2 || !/:\s*$/u.test(lead))) || !(/[,:]\s*$/u.test(lead) || (lower && /\p{L}\s+$/u.test(lead)))) return undefined;
    const named = own.start + lead.replace(/[\s,:]+$/u, '').length;
    // The frame may come before a colon that other words follow: "Natale, Confesercenti: spesa in calo, «…»".
    const colon = lead.lastIndexOf(':');
    const framing = colon > 0 ? organisationEndingAt(narration, own.start, own.start + colon, mentions) : undefined;
    // (Not the kicker itself: "Manovra: Anci, '…'" names Anci, not Manovra.)
    // Not a column's heading framing it ("Il Punto: «…»", "Ultime Notizie: «…»").
    const heading = isPageLabel(narration.slice(own.start, named).split(/[,:.;!?\u2013\u2014]/u).at(-1)!);
    const framer = heading ? undefined : (organisationEndingAt(narration, own.start, named, mentions) ?? (framing && narration.indexOf(framing, own.start) > own.start ? framing : undefined));
    // Not a place the text names as one ("la protesta delle Vettovaglie:" under "Piazza delle Vettovaglie"), nor what
    // happened, a common noun the headline's first capital dresses as a name ("Presidio in Provincia dei pendolari:").
    // (A label of one word is left to commonNounLabel below: "Ambulanti:" describes the vendors.)
    const common = framer !== undefined && /\s/u.test(framer) && commonHead(narration, framer);
    // (Nor a kicker naming a thing, not a body: "Programma: «…»", "Mostra: «…»".)
    const thing = framer !== undefined && TITLED.has(framer.toLowerCase());
    const organisation = framer && !placeNamed(narration, framer) && !common && !thing ? framer : undefined;
    // (The people it names the deed of speak: "Presidio in Provincia dei pendolari:" is the commuters'.)
    const deedOf = common ? peopleOfCommonHead(framer) : undefined;
    if (deedOf) return describedHeadline(deedOf);
    // Not the object of a verb ("Codacons sfida l’Abc: «…»"): only the organisation the clause opens on.
    if (short && (!organisation || !/(?:^|[,:])\s*$/u.test(narration.slice(own.start, narration.lastIndexOf(organisation, named))))) return undefined;
    // A title with its office, as headlines shorten them ("Presidente Regione, “…”"): the person holding it.
    // So is a title with the place it is held in before it ("sindaco di Lauria: «…»"): the place is no speaker.
    const titled = organisation ? titledPlace(narration, own.start, narration.lastIndexOf(organisation, named), organisation) : undefined;
    const [rank, ...office] = titled ?? wordsOf(organisation ?? '');
    if (rank && ROLE_GROUP.has(rank.key)) {
      const holder = mentions.find((mention) => mention.kind === 'person' && `${mention.title ?? ''} ${mention.role ?? ''}`.toLowerCase().split(/[^\p{L}]+/u).some((word) => titleKey(word) === titleKey(rank.key)) && office.every((word) => `${mention.title ?? ''} ${mention.role ?? ''}`.toLowerCase().includes(word.key)));
      if (holder) return people.resolve(holder, holder.start);
      // Held by nobody the text names, the title is still a person's, not an office's name ("Riferisce il Comandante:").
      return undefined;
    }
    // "Confesercenti: «…»" quotes the organisation, as the headline says, not its president: the sets' annotations
    // disagreed (dev5 and untuned2 gave some to the president, dev5, dev6 and untuned3 to the organisation); the one
    // rule is the headline's own words, and the body's speaker only where the body says those very words (excerpts).
    // "Ambulanti: «…»" over a body about "gli ambulanti": a common noun set with a capital, people described, not named.
    const noun = organisation ? commonNounLabel(narration, organisation) : undefined;
    if (noun) return describedHeadline(noun);
    if (organisation) return officeSpeaker(fullName(organisation));
    bodyQuotes ??= extractQuotes({ body: parsed.body }, false).quotes;
    return bodyQuotes.find((quote) => quote.speaker !== null)?.speaker ?? undefined;
  };
  const groupSpeaker = (group: Candidate[]): { quote: boolean; speaker?: Speaker; reason?: string } => {
    const first = group[0]!;
    const at = first.span.open;
    const words = group.reduce((sum, candidate) => sum + candidate.parts.reduce((count, part) => count + wordsOf(text, part.start, part.end).length, 0), 0);
    // One quoted word is how someone felt ("si è detto «fiducioso»"), not a quotation.
    // A turn of a dialogue ("«Vieni con noi». «Dove?». «In carcere»") is speech however short, by someone unnamed.
    const turn = dialogueTurn(group);
    if (turn) return { quote: true, reason: 'a turn of a dialogue the text does not give to anyone by name' };
    if (words < 2) return { quote: false };
    // A link to another article ("LEGGI ANCHE: X al Senato: «…»"): the label of its headline speaks, or nobody.
    const linked = first.after || first.inner.length > 0 ? undefined : linkTeaserSpeaker(narration.slice(narration.lastIndexOf('\n', at - 1) + 1, at));
    if (linked !== undefined) return linked ? { quote: true, speaker: { name: linked } } : { quote: true, reason: LINKED };
    // An article and capitalised words ("l’Ingegnere", «il Geometra»): what someone is called, not what they said.
    if (words <= 3 && group.length === 1 && first.parts.length === 1 && /^(?:il|lo|la|l[’']|i|gli|le)\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.test(text.slice(first.parts[0]!.start, first.parts[0]!.end).trim())) return { quote: false };
    // An answer in an interview ("• Cosa pensa di X? «…»" after "• Sindaco, …? «…»"; "Che cosa ti ha insegnato? «…»" ¶
    // "Dove vedrai la finale? «…»"): the one interviewed, who answered the question before, else the one a headline
    // opens on; never a person the question names or makes its subject (see askedAbout).
    const paragraph = paragraphAt(prose, at);
    const index = candidates.findIndex((candidate) => candidate.span === first.span);
    if (group.every((candidate) => !candidate.after && candidate.inner.length === 0) && interviewRun(index) && !addressee(questionStart(index), at)) {
      const interviewee = (answered(index - 1) && people.lastQuoted()) || openingPerson();
      if (interviewee) return { quote: true, speaker: interviewee };
    }
    const attribution = groupAttribution(group);
    if (first.coordinate && !attribution?.speaker && !attribution?.organisation) {
      const subject = people.lastQuoted();
      if (subject) return { quote: true, speaker: subject };
    }
    const attributed = attribution !== undefined || group.some((candidate) => candidate.after || candidate.inner.length > 0);
    // A title the lexicon knows ("Una farmacista del centro, interpellata, racconta:") is described too.
    const described = attribution?.described ?? (attribution?.speaker?.kind === 'title' ? titleDescription(narration, attribution.speaker.start, attribution.end) : undefined);
    // "», spiega una residente": an indefinite description brings in someone new, whoever was named before.
    if (described?.indefinite && attribution?.speaker?.kind !== 'person' && attribution?.speaker?.kind !== 'surname') return { quote: true, speaker: describedSpeaker(described) };
    // "«…». È quanto si legge nella nota unitaria dei sindacati": the bodies the text lists, when it lists one group.
    // (After any of its marks: "«…», – si legge nel comunicato sindacale –. «…»".)
    // (Asked mark by mark, stopping at the first that answers.)
    let joint: string | undefined;
    if (!attribution?.speaker && !attribution?.organisation) for (const { span } of group) if (span.close !== undefined && (joint = jointDocumentBodies(narration, span.close))) break;
    if (joint) return { quote: true, speaker: officeSpeaker(joint) };
    // "…, le quattro sigle mandano un segnale: «…»": counted bodies as the clause's subject, not a person named before.
    const counted = !attribution?.speaker && !attribution?.organisation && attribution?.kind === 'before' ? countedSubject(narration, first.sentence, at) : undefined;
    if (counted) return { quote: true, speaker: officeSpeaker(counted) };
    const speaker = speakerOf(attribution, at);
    if (speaker) return { quote: true, speaker };
    // "I sindacati hanno chiesto «…»", "Le organizzazioni chiedono …, «…»": the bodies the text introduced together,
    // when the quotation's own sentence opens on them.
    if (!attribution?.speaker && !attribution?.organisation && (!described || described.plural)) {
      const opener = described ?? pluralSubjectBefore(narration, first.sentence, at);
      // Else, "Otto sigle chiedono …": the eight bodies the text lists.
      const collectiveOpener = opener?.plural && !opener.indefinite && COLLECTIVE_NOUNS.test(headNoun(opener.text));
      const body = collectiveOpener ? (people.collective() ?? countedBodies(narration, opener!.text)) : !opener ? countedOpening(narration, first.sentence, at) : undefined;
      if (body) return { quote: true, speaker: officeSpeaker(body) };
      // "Sindacati: «…»" heading a text whose body quotes the unions together: those bodies, as the body names them.
      const bodies = excerpts && collectiveOpener && paragraphAt(prose, at) < prose.headlines + 2 ? jointBodiesInBody() : undefined;
      if (bodies) return { quote: true, speaker: bodies };
    }
    if (described && !attribution?.organisation) {
      // "spiegano i tre consiglieri": the people its paragraph names before it, when they are exactly that many.
      const counted = described.plural && !described.indefinite ? numberedSpeakers(described.text, Math.max(at, attribution?.start ?? at)) : undefined;
      if (counted) return { quote: true, speaker: counted };
      // "«…» concludono i consiglieri", "sostengono i sindacati": the members of the organisation just quoted, or of
      // the one (or the list) the paragraph opened on as the subject of a plural verb.
      if (described.plural && !described.indefinite) {
        const recent = people.recent(paragraphAt(prose, at), at);
        if (isOffice(recent)) return { quote: true, speaker: recent };
        const opening = listSubjectBefore(narration, paragraphStartOf(prose, at), at);
        if (opening) return { quote: true, speaker: officeSpeaker(fullName(opening)) };
        // "X, insieme a Y, attaccano …", then "– spiegano gli esponenti Pd –": the pair the paragraph before opened on.
        const paragraph = paragraphAt(prose, at);
        const before = paragraph - 1 >= prose.headlines ? prose.paragraphs[paragraph - 1]! : undefined;
        // (People, not bodies: "i sindacati" are left to the bodies' rules.)
        const peopleBefore = before && !COLLECTIVE_NOUNS.test(headNoun(described.text)) ? before : undefined;
        const pair = peopleBefore ? jointSubject(narration, mentions, peopleBefore.start, peopleBefore.end) : undefined;
        const together = pair && people.together(pair[0], pair[1], at);
        if (together) return { quote: true, speaker: together };
        // "– spiegano X, Y e Z –", then "– spiegano i sindacalisti –": the people a plural verb of saying listed there.
        const listed = peopleBefore ? listedSayers(narration, mentions, peopleBefore.start, at) : undefined;
        if (listed) return { quote: true, speaker: { name: namesTogether(listed) } };
      }
      // "», aggiunge la donna", "– dice il 31enne –": the one just quoted or spoken of, if the noun fits them, else
      // someone the text only describes.
      // "Il primo cittadino ha poi aggiunto" after "– esordisce il sindaco –": the same unnamed mayor.
      const recent = described.plural || described.indefinite ? undefined : people.recent(paragraphAt(prose, at), at);
      // (Unless the text now says more of them: "i residenti" before, "i residenti di piazza Marconi" here.)
      if (recent && isDescribed(recent) && refersTo(described.text, recent)) return { quote: true, speaker: saysMoreOf(described.text, recent.name) ? describedSpeaker(described) : recent };
      const context = attribution?.speaker || described.plural || attribution?.plural ? undefined : people.context(at, paragraphAt(prose, at));
      if (context && (refersTo(described.text, context) || people.titled(context, described.text))) return { quote: true, speaker: context };
      const noun = headNoun(described.text);
      const paragraph = paragraphAt(prose, at);
      const introduced = !context && !described.indefinite && GENERIC_PEOPLE.test(noun) && !/\d/u.test(noun) ? introducedBefore(narration, prose.paragraphs[Math.max(prose.headlines, paragraph - 1)]!.start, at, noun) : undefined;
      if (introduced) return { quote: true, speaker: describedSpeaker(introduced) };
      // "il sindaco" after "l’attuale sindaco di Chioggia", nobody named holding it: the designation the text first gave.
      const first = !context && !described.indefinite ? firstDesignation(narration, 0, at, described) : undefined;
      // "la madre dello studente" after "la madre di uno studente": the one the text brought in so.
      const antecedent = !first && !context && !described.indefinite && !described.plural ? indefiniteAntecedent(narration, described.start, described.text) : undefined;
      return { quote: true, speaker: describedSpeaker(first ?? (antecedent ? { text: antecedent } : described)) };
    }
    // "– spiega la nota congiunta –", "recita il volantino": the office quoted just before, else the bodies the text
    // introduced as speaking together; never the person last named, who wrote no note.
    if (attribution && !attribution.speaker && !attribution.organisation && (attribution.document || citesDocument(attribution))) {
      const recent = people.recent(paragraphAt(prose, at), at);
      if (isOffice(recent)) return { quote: true, speaker: recent };
      const body = people.collective();
      if (body) return { quote: true, speaker: officeSpeaker(body) };
    }
    // "I genitori hanno scritto", "il fondatore dell’azienda": someone we cannot name is not the last speaker.
    if (attribution?.plural) {
      // "Entrambi ricordano che «…»": the two people the sentence before names, if it names exactly two.
      const both = BOTH.test(narration.slice(attribution.start, attribution.end)) ? bothSpeakers(attribution.start) : undefined;
      if (both) return { quote: true, speaker: both };
      // "«…», denunciano X e Y. «… – spiegano – …»": the people or the office just quoted together go on.
      const together = people.recent(paragraphAt(prose, at), at);
      if (together && (isOffice(together) || / ed? /u.test(together.name))) return { quote: true, speaker: together };
      // "I residenti denunciano …. «…», raccontano": the group the paragraph opened on.
      // (Else the group a headline makes its subject, "… e gli studenti restano fuori": whom the piece is about.)
      const group = pluralSubjectBefore(narration, paragraphStartOf(prose, at), at) ?? (at >= bodyStart ? headlineGroup() : undefined);
      if (group) return { quote: true, speaker: describedSpeaker(group) };
      return { quote: true, reason: 'the attribution names a group of people (a plural verb), not one speaker' };
    }
    if (attribution?.speaker) return { quote: true, reason: `the attribution names “${attribution.speaker.name}”, whom the text never names in full` };
    if (attribution?.document) return { quote: true, reason: 'it is read in a document whose issuer the text does not name' };
    // "», dice la società": the organisation quoted just before, else nobody; never the person last named.
    if (attribution?.body) {
      const recent = people.recent(paragraphAt(prose, at), at);
      return isOffice(recent) ? { quote: true, speaker: recent } : { quote: true, reason: 'the attribution calls an organisation by a common noun, and the text does not say which' };
    }
    // "Sul rientro di X: «…»": an answer, by the one interviewed (quoted last), not by X.
    if (attribution?.topic) {
      // "Sull’accaduto il commento del presidente …, X: «…»": the lead goes on to say whose the words are.
      const owner = ownerAfterTopic(narration, mentions, attribution.start, attribution.end);
      const resolved = owner ? people.resolve(owner, at) : undefined;
      if (resolved) return { quote: true, speaker: resolved };
      const interviewee = people.lastQuoted();
      if (interviewee) return { quote: true, speaker: interviewee };
    }
    // A paragraph opening with names and a colon ("Bartoli e Neri (Pd): “…”", "Urbanistica, Lista Civica: “…”"), as
    // listings of releases print each headline: the names, whoever the listing quoted before.
    const bare = !group.some((candidate) => candidate.after || candidate.inner.length > 0);
    if (attribution?.onlyIfNamed && bare && words >= 4 && attribution.start === paragraphStartOf(prose, at) && !prose.paragraphs[paragraphAt(prose, at)]!.block && /^\p{Lu}/u.test(text.slice(first.parts[0]!.start, first.parts[0]!.end))) {
      const names = namesLabel(narration.slice(attribution.start, attribution.end), text);
      if (names) return { quote: true, speaker: { name: names } };
    }
    // Sports roundups label each voice with a surname and its club in brackets ("2° La delusione di Santini (Real
    // Fiano): «…»"): the surname's words, whoever spoke before.
    const club = attribution?.onlyIfNamed && bare && words >= 6 && paragraph > prose.headlines && !prose.paragraphs[paragraph]!.block && /^\p{Lu}/u.test(text.slice(first.parts[0]!.start, first.parts[0]!.end)) ? clubLabel(narration.slice(attribution.start, attribution.end)) : undefined;
    if (club) return { quote: true, speaker: { name: club } };
    // "La replica della Cgil: «…»", "Ecco l’appello dei residenti: «…»": a noun of speech and its owner before the colon
    // say whose the sentence is, whoever spoke before.
    const colonLead = attribution?.kind === 'before' && !attribution.speaker && !attribution.organisation && !attribution.described && !attribution.topic && !attribution.document && /:\s*$/u.test(narration.slice(attribution.start, attribution.end));
    const owner = colonLead && bare && words >= 4 ? leadOwner(narration, mentions, attribution.start, attribution.end) : undefined;
    if (owner) {
      // (People described more fully as the subject before: "I residenti della zona protestano … l’appello dei residenti:".)
      const fuller = 'described' in owner ? pluralSubjectBefore(narration, paragraphStartOf(prose, at), attribution!.start) : undefined;
      const described = 'described' in owner ? (fuller && saysMoreOf(fuller.text, owner.described.text) ? fuller : owner.described) : undefined;
      // ("Le parole del tecnico dopo il successo:" after a paragraph on "l’allenatore X": the one it names, by that role.)
      const context = described ? people.context(at, paragraphAt(prose, at)) : undefined;
      const known = described && context && !isDescribed(context) && !isOffice(context) && refersTo(described.text, context) ? context : undefined;
      const speaker = 'mention' in owner ? people.resolve(owner.mention, at) : 'organisation' in owner ? officeSpeaker(fullName(owner.organisation)) : known ?? describedSpeaker(described!);
      if (speaker) return { quote: true, speaker };
    }
    if (attributed) {
      const context = people.context(at, paragraphAt(prose, at));
      // A headline's "L’opposizione: «…»" is speech by someone unnamed; the body's "Programma: «…»" is no speech.
      const headline = prose.paragraphs[paragraphAt(prose, at)]!.block !== undefined;
      if (!context && !headline && attribution?.onlyIfNamed && !first.closing && !group.some((candidate) => candidate.after || candidate.inner.length > 0)) {
        // A name the text gives nobody else, set before the colon as a label ("Ambiente Futuro: “…”", "RAVERA: «…»"):
        // its words, when they are a sentence. A single word in title case ("Programma: «…»") is no name.
        const label = nameLabel(narration, attribution, text);
        const sentence = words >= 6 && /^\p{Lu}/u.test(text.slice(first.parts[0]!.start, first.parts[0]!.end));
        // A column's heading ("Ultime Notizie: «…»") quotes someone it does not name.
        if (sentence && isPageLabel(narration.slice(attribution.start, attribution.end))) return { quote: true, reason: NOBODY };
        if (label && sentence) return { quote: true, speaker: { name: label } };
        // "Ma studenti e famiglie non arretrano: «…»": the groups the lead opens on as its subject say it, described.
        const groups = sentence ? bareGroupSubject(narration, attribution.start, attribution.end) : undefined;
        if (groups) return { quote: true, speaker: describedSpeaker({ text: groups }) };
        // "… dedica la vittoria a coach X: «…»": words someone says to or of the one addressed, a speaker the text
        // does not name as one.
        const addressee = mentions.some((mention) => mention.kind !== 'title' && mention.start >= attribution.start && mention.end <= attribution.end && addressedBy(narration, mention.start));
        if (addressee && sentence) return { quote: true, reason: NO_SUBJECT };
        // "… c’è il concorso per il primario di Cardiologia: «…»": a post the lead names in a complement, held by
        // nobody it names, blocks no one (a label is a few words; this lead is a sentence of narration): the one the
        // paragraph was about before it goes on, as after a lead naming nobody.
        const post = sentence ? mentions.find((mention) => mention.kind === 'title' && mention.start >= attribution.start && mention.end <= attribution.end) : undefined;
        const complement = post !== undefined && !people.resolve(post, at) && POST_FOR.test(wordsOf(narration, attribution.start, post.start).at(-1)?.key ?? '');
        const before = complement ? people.context(attribution.start, paragraphAt(prose, at)) : undefined;
        return before ? { quote: true, speaker: before } : { quote: false };
      }
      return context ? { quote: true, speaker: context } : { quote: true, reason: NO_SUBJECT };
    }
    // With no attribution at all, only a full sentence standing on its own is speech, said by whom the paragraph names.
    // A dash or bullet may open it, as answers in press-conference copy do ("- «…»").
    const lead = narration.slice(first.sentence, first.span.open);
    // Or right after another quotation with nothing between, as a listing's teaser line follows its headline's; or a
    // dash only, after one of the other kind ("X: ‘…’ – “…”"), as live blogs set an item's title before its statement.
    const pairBefore = candidates[candidates.findIndex((candidate) => candidate.span === first.span) - 1]?.span;
    const previousClose = pairBefore?.close;
    const afterPair = previousClose !== undefined && previousClose >= first.sentence && previousClose < at && (/^\s+$/u.test(narration.slice(previousClose + 1, at)) || (/^\s+[\u2013\u2014-]\s+$/u.test(narration.slice(previousClose + 1, at)) && otherKind(text, pairBefore!.open, at)));
    const standalone = first.teaser || /^[\s\-\u2013\u2014•*]*$/u.test(lead) || DATELINE.test(lead) || afterPair;
    if (first.woven && group.length === 1) {
      if (first.we) return { quote: true, speaker: describedSpeaker(first.we) };
      // The organisation opening the sentence as the subject of its first verb ("CNA Veneto chiede …, «che …»").
      const verb = sayings(narration, first.sentence, at)[0];
      const organisation = verb && !mentions.some((mention) => mention.kind !== 'title' && mention.start >= first.sentence && mention.start < verb[0]) ? organisationSubject(narration, mentions, first.sentence, verb[1]) : undefined;
      if (organisation) return { quote: true, speaker: officeSpeaker(fullName(organisation)) };
      // An office opening the sentence with a verb of its own ("La Prefettura ha presentato una bozza che prevede «…»").
      const office = officeSubject(narration, mentions, first.sentence, at);
      if (office) return { quote: true, speaker: officeSpeaker(fullName(office)) };
      const context = people.context(at, paragraphAt(prose, at));
      return context ? { quote: true, speaker: context } : { quote: true, reason: WOVEN };
    }
    // A short kicker the paragraph goes on to quote in full ("“SCELTA ORMAI FATTA”. … “… la scelta è ormai fatta …”"): its
    // speaker's words, however short.
    if (standalone && words >= 2 && words < 6 && group.at(-1)!.span.close !== undefined) {
      const echo = echoSpeaker(group, paragraphAt(prose, at));
      if (echo) return { quote: true, speaker: echo };
    }
    if (!standalone || words < 6) return { quote: false };
    const unnamed = { quote: true, reason: NOBODY };
    // Nobody named before it in its paragraph: whoever a verb of saying later in the paragraph names
    // ("«…». Un progetto di cui ha scritto sui social il sindaco X").
    const later = people.named(at, paragraph) === undefined && first.span.close !== undefined ? laterSpeaker(narration, mentions, group.at(-1)!.span.close ?? at, prose.paragraphs[paragraph]!.end) : undefined;
    // The sentence right after it may open with its speaker ("«…». Il prefetto ha voluto chiarire …").
    const close = group.at(-1)!.span.close;
    // A kicker quoting words the paragraph goes on to quote in full ("“TUTTI I PRESUPPOSTI …”. … X: “Ci sono tutti i presupposti …”").
    const echoed = close !== undefined ? echoSpeaker(group, paragraph) : undefined;
    if (echoed) return { quote: true, speaker: echoed };
    const subject = people.named(at, paragraph) === undefined && close !== undefined ? nextSentenceSubject(narration, mentions, close, prose.paragraphs[paragraph]!.end) : undefined;
    // An answer under a question that addresses someone ("Sindaco, quando riapre la scuola?\n«…»"): said by them.
    const own = prose.paragraphs[paragraph]!;
    // An agency's or source's tag closing it ("(ANSA)", "(difesa.it)") is no narration.
    const alone = !/[\p{L}\p{N}]/u.test(narration.slice(own.start, own.end).replace(SOURCE_TAG, ''));
    const addressed = addressee(own.start, first.span.open) ?? (alone && paragraph > prose.headlines ? addressee(prose.paragraphs[paragraph - 1]!.start, prose.paragraphs[paragraph - 1]!.end) : undefined);
    if (addressed) return { quote: true, speaker: addressed };
    // Or the first person named after it, when the subject of a verb ("«…». In una lunga conferenza il sindaco, X, ha tracciato …").
    const opener = people.named(at, paragraph) === undefined && close !== undefined && !subject && !later ? subjectAfter(narration, mentions, close, prose.paragraphs[paragraph]!.end) : undefined;
    // "«…». A X i gruppi di opposizione chiedono … al sindaco Y": the group, not the person its sentence goes on to name.
    const groupAfter = !subject && close !== undefined && people.named(at, paragraph) === undefined && !people.subject(at, paragraph) ? groupSubjectAfter(narration, close!, prose.paragraphs[paragraph]!.end) : undefined;
    if (groupAfter) {
      const bodies = COLLECTIVE_NOUNS.test(groupAfter.noun) ? people.collective() : undefined;
      return { quote: true, speaker: bodies ? officeSpeaker(bodies) : describedSpeaker(groupAfter) };
    }
    // A name alone on the line above ("Lujan" ¶ "“…”"), as transcribed interviews label each voice.
    const previousLine = paragraph > prose.headlines ? prose.paragraphs[paragraph - 1]! : undefined;
    const label = alone && previousLine ? nameLine(narration.slice(previousLine.start, previousLine.end)) : undefined;
    if (label) {
      // (The label itself read as a mention: "Ferlito" the text named before; its person, resolved.)
      const itself = mentions.find((mention) => mention.kind !== 'title' && mention.start >= previousLine!.start && mention.end <= previousLine!.end);
      const above = prose.paragraphs[paragraph - 2];
      const introduced = above !== undefined && /:\s*$/u.test(narration.slice(above.start, above.end));
      const fuller = mentions.find((mention) => mention.kind === 'person' && (mention.name === label || mention.name.endsWith(` ${label}`)));
      const named = itself !== undefined || fuller !== undefined;
      const holder = itself ?? fuller;
      if (labelsSpeaker(nameLabels(), introduced, named)) return { quote: true, speaker: holder ? people.resolve(holder, at) ?? { name: holder.person ?? holder.name } : { name: label } };
    }
    const named = people.subject(at, paragraph) ?? (subject && (jointSpeaker({ kind: 'after', start: close!, end: subject.end, speaker: subject }, at) ?? people.resolve(subject, at))) ?? (later && people.resolve(later, at)) ?? (opener && people.resolve(opener, at)) ?? people.recent(paragraph, at);
    if (named) return { quote: true, speaker: named };
    // Words opening a piece on their own, their speaker brought in by the next paragraph as its subject ("«…»" ¶ "Il
    // sindaco di Vercelli X, reduce dall’incontro, traccia …"): that person, if the text named nobody else before.
    const introducer = alone && close !== undefined ? nextParagraphSubject(paragraph, at) : undefined;
    if (introducer) return { quote: true, speaker: introducer };
    if (paragraph === 0) return unnamed;
    // A paragraph that is nothing but the quotation (sports copy) is said by whom the paragraph before named last.
    const previous = prose.paragraphs[paragraph - 1]!;
    // A heading calling the words by a noun of speech and naming its owner ("Le dichiarazioni del presidente X dopo la
    // conferenza stampa di Y"): that owner, not the one the heading names last.
    // (A person named in full only: an organisation or a group there may be the topic, "Critiche del Pd dopo il consiglio".)
    const headed = alone ? leadOwner(narration, mentions, previous.start, previous.end, HEADING_SPOKEN) : undefined;
    const headedBy = headed && 'mention' in headed && headed.mention.kind === 'person' ? people.resolve(headed.mention, at) : undefined;
    if (headedBy) return { quote: true, speaker: headedBy };
    // A heading naming the speaker in capitals ("Conferenza stampa DE ROSA Bari-Catanzaro"), as sports pages print them.
    const heading = alone ? HEADING_NAME.exec(narration.slice(Math.max(previous.start, previous.end - 120), previous.end)) : null;
    if (heading) return { quote: true, speaker: { name: heading[1]! } };
    // Or in ordinary case, closing the line: "Altamura – Sora, conferenza stampa post partita di Loiacono".
    const press = alone ? PRESS_HEADING.exec(narration.slice(Math.max(previous.start, previous.end - 120), previous.end)) : null;
    if (press) return { quote: true, speaker: { name: press[1]! } };
    // "Nota stampa Direttore Generale 10.03.2025" ¶ "«…»": the office-holder the heading names by the role alone.
    const office = alone && !mentions.some((mention) => mention.kind !== 'title' && mention.start >= previous.start && mention.start < previous.end) ? noteHeadingRole(narration.slice(previous.start, previous.end)) : undefined;
    if (office) return { quote: true, speaker: describedSpeaker({ text: office }) };
    // A paragraph introducing it with a topic and a colon ("Sulla classifica, dopo tre vittorie:", "Infine, su X:"): the
    // one interviewed, not a person the topic names.
    if (alone && opensTopic(narration, previous.start, previous.end, mentions) && /:\s*$/u.test(narration.slice(previous.start, previous.end))) {
      const interviewee = people.lastQuoted();
      if (interviewee) return { quote: true, speaker: interviewee };
    }
    // "La denuncia arriva dal movimento X di Y." ¶ "«…»": the organisation, not the person whose it is; so "Il
    // Consiglio comunale, con il presidente X, esprime il suo cordoglio." ¶ "«…»".
    const owned = alone ? ownedOrganisation(narration, mentions, previous.start, previous.end) ?? organisationSaying(narration, mentions, previous.start, previous.end) : undefined;
    if (owned) return { quote: true, speaker: officeSpeaker(fullName(owned)) };
    // A listing's headline "Il Polo Civico: …" over the teaser it heads: the one it sets before the colon.
    // (Plain text joins the headline to its teaser's line.)
    const headline = narration.slice(own.start, first.span.open).trim() === '' ? previous : { start: own.start, end: first.span.open };
    const labelled = first.teaser && !mentions.some((mention) => mention.kind !== 'title' && mention.start >= headline.start && mention.start < headline.end) ? headlineLabelOver(narration, headline) : undefined;
    if (labelled) return { quote: true, speaker: officeSpeaker(fullName(labelled)) };
    const before = alone && !bylineOf(narration, previous) ? people.pairEnding(paragraph - 1) ?? people.paragraphSubject(paragraph - 1) : undefined;
    if (before) return { quote: true, speaker: before };
    // An answer after an interviewer's question ("Mister, cosa è mancato?"): said by the one interviewed, whoever was
    // quoted last, else the last person the text named before the questions began.
    // The question on the line above the answer, in the same paragraph ("Giada, com’è stato il ritorno?\n«…»", "– E la Fiera?\n«…»").
    // Plain text joins the two lines: the question is all the paragraph holds before the answer, naming nobody.
    const prompt = narration.slice(own.start, first.span.open);
    const asked = /^\s*(?:[-\u2013\u2014]\s*[^\n_]+[.?!…]|[^\n_]+[?…])\s*$/u.test(prompt) && wordsOf(prompt).length <= 30 && sayings(narration, own.start, first.span.open).length === 0 && !mentions.some((mention) => mention.kind !== 'title' && mention.start >= own.start && mention.start < first.span.open);
    if (asked) {
      const interviewee = people.lastQuoted() ?? people.lastNamed(own.start);
      if (interviewee) return { quote: true, speaker: interviewee };
    }
    if (alone && prompts(paragraph - 1)) {
      let opening = paragraph - 1;
      while (opening > 0 && (prompts(opening - 1) || quotationOnly(opening - 1))) opening--;
      const interviewee = people.lastQuoted() ?? people.lastNamed(prose.paragraphs[opening]!.start);
      if (interviewee) return { quote: true, speaker: interviewee };
    }
    // "La voce della figlia trema ancora. …" ¶ "«…»": the one person the paragraph before opens on, naming nobody.
    const introduced = alone && paragraph - 1 >= prose.headlines && !mentions.some((mention) => mention.kind !== 'title' && mention.start >= previous.start && mention.start < previous.end) ? openingDescription(narration, previous.start, previous.end) : undefined;
    if (introduced) return { quote: true, speaker: describedSpeaker(introduced) };
    // "«…» – protestano i residenti –" ¶ "… le richieste avanzate dai residenti." ¶ "«…»": the group quoted last, only
    // described, goes on when the paragraph between speaks of them again and names nobody.
    const goingOn = alone ? people.lastQuoted() : undefined;
    if (goingOn && isDescribed(goingOn) && speaksOf(previous, headNoun(goingOn.name))) return { quote: true, speaker: goingOn };
    return unnamed;
  };
  /**
   * The person the paragraph after `paragraph` opens on, as the subject of its first verb (a role and asides between),
   * when the text names nobody else before `at` and quotes nobody in that sentence: who the words before it were said by.
   */
  const nextParagraphSubject = (paragraph: number, at: number): Speaker | undefined => {
    const next = prose.paragraphs[paragraph + 1];
    if (!next || next.block) return undefined;
    const first = mentions.find((mention) => mention.start >= next.start && mention.kind !== 'title');
    // The mention (its title first) opens the paragraph: "Il sindaco di Vercelli X".
    if (!first || first.end > next.end || !/^\s*(?:(?:il|lo|la|l[’'])\s*)?$/iu.test(narration.slice(next.start, first.start))) return undefined;
    const speaker = people.resolve(first, first.start);
    if (!speaker) return undefined;
    const earlier = mentions.filter((mention) => mention.kind !== 'title' && mention.end <= at);
    if (earlier.some((mention) => people.resolve(mention, at)?.name !== speaker.name)) return undefined;
    // Its verb: past the role and an aside between commas, a finite verb in the present or the perfect.
    const stop = /[.;:!?«“"]/u.exec(narration.slice(first.end, next.end));
    const sentence = narration.slice(first.end, stop ? first.end + stop.index : next.end);
    const verb = /^(?:\s*,[^.;:!?]{1,240}?[,)])?\s+(?!(?:che|come|dove|quando|mentre|se|ne|le|la|una|alla|nella|della|sulla|dalla|questa|quella)(?![\p{L}]))(?:ha\s+)?\p{Ll}+(?:a|e|ato|uto|ito)(?![\p{L}])/u.exec(sentence);
    if (!verb || candidates.some((candidate) => !candidate.piece && candidate.span.open > first.start && candidate.span.open < first.end + sentence.length)) return undefined;
    return speaker;
  };
  /** The named speaker of a later quotation in `paragraph` that holds at least four fifths of the group's words. */
  const echoSpeaker = (group: Candidate[], paragraph: number): Speaker | undefined => {
    const close = group.at(-1)!.span.close!;
    // A kicker that is a line of its own (a listing's heading "• «Ancora luce!»") heads the paragraph under it too.
    const end = prose.paragraphs[quotationOnly(paragraph) && paragraph + 1 < prose.paragraphs.length ? paragraph + 1 : paragraph]!.end;
    const later = candidates.filter((candidate) => candidate.span.open > close && candidate.span.open < end);
    if (later.length === 0) return undefined;
    const words = group.flatMap((candidate) => candidate.parts.flatMap((part) => wordsOf(text, part.start, part.end).map((word) => word.key)));
    for (const candidate of later) {
      const spoken = candidate.parts.flatMap((part) => wordsOf(text, part.start, part.end).map((word) => word.key));
      const said = new Set(spoken);
      // Or fewer words, when the quotation opens with those very words ("«Ancora luce!»" over "«Ancora luce! Dalla …»").
      const opens = words.length >= 2 && words.every((word, i) => spoken[i] === word);
      if (!opens && words.filter((word) => said.has(word)).length < Math.max(3, Math.ceil(words.length * 0.8))) continue;
      const attribution = groupAttribution([candidate]);
      return attribution?.speaker ? speakerOf(attribution, candidate.span.open) : undefined;
    }
    return undefined;
  };
  /** Is a group one turn of a dialogue (see dialogue-turns.ts), beside the bare quotations before and after it? */
  const dialogueTurn = (group: Candidate[]) => {
    if (group.length !== 1) return false;
    const index = candidates.findIndex((candidate) => candidate.span === group[0]!.span);
    const said = (candidate: Candidate) => text.slice(candidate.parts[0]!.start, candidate.parts.at(-1)!.end);
    const bare = (candidate: Candidate | undefined): candidate is Candidate => candidate !== undefined && !candidate.after && !candidate.before && candidate.inner.length === 0 && candidate.span.close !== undefined;
    const own = candidates[index];
    if (!bare(own)) return false;
    const previous = candidates[index - 1];
    const next = candidates[index + 1];
    const beside: Beside[] = [];
    if (bare(previous)) beside.push({ said: said(previous), between: narration.slice(previous.span.close! + 1, own.span.open) });
    if (bare(next)) beside.push({ said: said(next), between: narration.slice(own.span.close! + 1, next.span.open) });
    return isDialogueTurn(said(own), beside);
  };
  /** Where the narration before candidate `index` starts: its paragraph, or the close of the quotation before in it. */
  const questionStart = (index: number) => {
    const { span } = candidates[index]!;
    const previous = candidates[index - 1]?.span.close;
    const from = Math.max(paragraphStartOf(prose, span.open), previous !== undefined && previous < span.open ? previous + 1 : 0);
    return from + /^[\s.,;]*/u.exec(narration.slice(from, span.open))![0].length;
  };
  /**
   * Is candidate `index` an answer as interviews print them: unattributed, after a question (or a prompt left on
   * suspension points) that is all the narration since its paragraph or the quotation before?
   */
  const answerMemo = new Map<number, boolean>();
  const answered = (index: number): boolean => {
    let known = answerMemo.get(index);
    if (known === undefined) answerMemo.set(index, (known = isAnswer(index)));
    return known;
  };
  const isAnswer = (index: number): boolean => {
    const candidate = candidates[index];
    if (!candidate || candidate.after || candidate.inner.length > 0 || candidate.span.close === undefined) return false;
    const asked = narration.slice(questionStart(index), candidate.span.open);
    // (A question after the last line break or blanked title, found without a regex scanning from every letter.)
    const trimmed = asked.trimEnd();
    const question = trimmed.slice(Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('_')) + 1);
    return /[?…]$/u.test(question) && /\p{L}/u.test(question) && wordsOf(asked).length <= 60;
  };
  /** Is candidate `index` such an answer with another in its paragraph or the next: an interview, not a rhetorical question? */
  const interviewRun = (index: number): boolean => {
    if (index < 0 || !answered(index)) return false;
    const paragraph = paragraphAt(prose, candidates[index]!.span.open);
    const near = (other: number) => candidates[other] !== undefined && Math.abs(paragraphAt(prose, candidates[other]!.span.open) - paragraph) <= 1 && answered(other);
    return near(index - 1) || near(index + 1);
  };
  /** An interview's answer the rules would give to a person its question names ("Come ti sembra X? «…»"): nobody's. */
  const askedAbout = (candidate: Candidate): { quote: boolean; speaker?: Speaker; reason?: string } | undefined => {
    const index = candidates.indexOf(candidate);
    if (!interviewRun(index)) return undefined;
    const found = groupSpeaker([candidate]);
    if (!found.speaker) return found;
    // (Any question of the run so far: an answer given to the one asked about goes on as the last quoted.)
    let first = index;
    while (first > 0 && answered(first - 1) && paragraphAt(prose, candidates[first]!.span.open) - paragraphAt(prose, candidates[first - 1]!.span.open) <= 1) first--;
    // (The question's own sentence: one before it may name who the interview is with. Not one a question addresses:
    // "Ingegner Zilio, è sicura?" asks him.) Each question found once, not once per mention.
    const questions = candidates.slice(first, index + 1).flatMap((answer, k) => {
      const start = questionStart(first + k);
      if (addressee(start, answer.span.open)) return [];
      const before = narration.slice(start, answer.span.open);
      return [{ start: start + Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')) + 1, end: answer.span.open }];
    });
    const named = mentions.some((mention) => mention.kind !== 'title' && (mention.person ?? mention.name) === found.speaker!.name && questions.some((question) => mention.start >= question.start && mention.start < question.end));
    return named ? { quote: true, reason: 'an interview’s answer, the one interviewed not named' } : found;
  };
  /** The group of people a headline makes the subject of a plural verb ("Aule gelide e gli studenti restano fuori"). */
  const headlineGroup = (): Description | undefined => {
    for (let paragraph = 0; paragraph < Math.max(prose.headlines, 1); paragraph++) {
      const head = prose.paragraphs[paragraph]!;
      const group = pluralSubjectBefore(narration, head.start, head.end);
      if (group) return group;
    }
    return undefined;
  };
  /** The person a headline (else the text's first line) opens on ("X a Radio Y: …"), as interviews are headed. */
  const openingPerson = (): Speaker | undefined => {
    for (let paragraph = 0; paragraph < Math.max(prose.headlines, 1); paragraph++) {
      const head = prose.paragraphs[paragraph];
      const opening = head && mentions.find((mention) => mention.kind === 'person' && mention.start >= head.start && mention.start < head.end);
      if (!opening || /[\p{L}\p{N}]/u.test(narration.slice(head.start, opening.start)) || candidates.some((candidate) => candidate.span.open >= head.start && candidate.span.open < head.end)) continue;
      return people.resolve(opening, opening.start);
    }
    return undefined;
  };
  /** Who a question opening [start, end) addresses: "Presidente, quando …?", "Ingegner Zilio, il ponte è sicuro?". */
  const addressee = (start: number, end: number): Speaker | undefined => {
    const question = /^\s*(?:[-\u2013\u2014•*·]\s*)?(\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,2})\s*,[^\n_]*\?\s*$/u.exec(narration.slice(start, end));
    if (!question || wordsOf(narration, start, end).length > 30 || sayings(narration, start, end).length > 0) return undefined;
    const vocativeEnd = start + question.index + question[0].indexOf(',');
    const named = mentions.find((mention) => mention.kind !== 'title' && mention.nameStart >= start && mention.nameStart < vocativeEnd);
    if (named) return people.resolve(named, named.start);
    const vocative = wordsOf(narration, start, vocativeEnd);
    const [word] = vocative;
    const group = word && ROLE_GROUP.get(word.key);
    // A surname alone, the first name left to the intro or an earlier page ("Ravagnani, che cosa …?").
    // (Or a first name, "Giada, …?": the person the text names in full with it.)
    if (word && !group && vocative.length === 1 && addressedSurname(narration, word)) {
      const full = mentions.find((mention) => mention.kind === 'person' && mention.name.split(' ').includes(word.text));
      return (full && people.resolve(full, full.start)) ?? { name: word.text };
    }
    if (!word || !group) return undefined;
    // A title nobody in the text is given ("Sindaco, …?" to a mayor never named): the one it describes.
    return people.resolve({ kind: 'title', start: word.start, end: word.end, nameStart: word.start, nameEnd: word.end, name: word.text, group }, word.start) ?? describedSpeaker({ text: word.key });
  };
  /** A paragraph of narration ending with a question mark: an interviewer's question. */
  const asks = (paragraph: number) => {
    const { start, end, block } = prose.paragraphs[paragraph]!;
    // A question, or a prompt left hanging on suspension points, as interviews print them ("Un successo che serviva…").
    return !block && /[?…]\s*$/u.test(narration.slice(start, end)) && !narration.slice(start, end).includes('_');
  };
  /**
   * An interviewer's prompt: a question, or in an interview (a question answered by a paragraph of quotation before)
   * a short remark naming nobody and quoting nothing ("Il pubblico vi ha seguito anche in trasferta.").
   */
  const prompts = (paragraph: number): boolean => {
    if (asks(paragraph)) return true;
    const { start, end, block } = prose.paragraphs[paragraph]!;
    if (block || narration.slice(start, end).includes('_') || wordsOf(narration, start, end).length > 25 || mentions.some((mention) => mention.start >= start && mention.start < end)) return false;
    for (let p = paragraph - 1; p > prose.headlines; p--) if (asks(p - 1) && quotationOnly(p)) return true;
    return false;
  };
  const quotationOnly = (paragraph: number) => {
    const { start, end } = prose.paragraphs[paragraph]!;
    return !/[\p{L}\p{N}]/u.test(narration.slice(start, end));
  };
  /** How many paragraphs of the body are a name alone over a quotation alone: a page labelling its voices. */
  let labelCount: number | undefined;
  const nameLabels = () => (labelCount ??= prose.paragraphs.filter((paragraph, p) => p >= prose.headlines && p + 1 < prose.paragraphs.length && nameLine(narration.slice(paragraph.start, paragraph.end)) !== undefined && quotationOnly(p + 1)).length);
  /** Does a paragraph of narration naming nobody speak of people by `noun` ("… avanzate dai residenti")? */
  const speaksOf = (paragraph: { start: number; end: number; block?: unknown }, noun: string): boolean => {
    if (paragraph.block || mentions.some((mention) => mention.kind !== 'title' && mention.start >= paragraph.start && mention.start < paragraph.end)) return false;
    return wordsOf(narration, paragraph.start, paragraph.end).some((word) => word.key === noun);
  };
  // Where the body starts, past the headlines (else past the first line): quotes before it are headline quotes. A
  // text of headlines only has no body: it starts at the end.
  const bodyStart = prose.headlines > 0 ? prose.paragraphs[prose.headlines]?.start ?? narration.length : prose.paragraphs[1]?.start ?? 0;
  const finish = (group: Candidate[]) => {
    const { quote, speaker, reason } = speakerOfGroup(group);
    if (!quote) return;
    const at = group[0]!.span.open;
    const id = `q${quotes.length + 1}`;
    const parts = group.flatMap((candidate) => candidate.parts);
    const paragraph = prose.paragraphs[paragraphAt(prose, at)]!;
    for (const part of parts) marks.push({ id, start: prose.offsets[part.start]!, end: endOffset(prose, part.end), ...(paragraph.block ? { block: paragraph.block } : {}) });
    const partTexts = parts.map((part) => text.slice(part.start, part.end).replace(/\s+/gu, ' '));
    const position = pointAt(prose, parts[0]!.start);
    // "il Calasanzio" after "san Giuseppe Calasanzio" (read as a person or as a body): the saint, by the whole name the
    // text gives him.
    const saint = speaker && !isDescribed(speaker) ? saintNamed(narration, speaker.name) : undefined;
    // A headline's label the body writes only inside a body's name ("Dora Baltea" of "Consorzio Irriguo Dora Baltea").
    const body = speaker && !saint && !isDescribed(speaker) && !isOffice(speaker) && at < bodyStart ? bodyShortName(narration, speaker.name, bodyStart) : undefined;
    const named = saint ? { name: saint, ...(speaker!.role ? { role: speaker!.role } : {}) } : body ? { name: body } : speaker && !isDescribed(speaker) ? speaker : undefined;
    // Why nobody is named: said on the quote and in the warning alike.
    const why = named ? undefined : speaker ? `the text describes the speaker as “${speaker.name}” but never names them` : reason;
    quotes.push({
      id,
      text: partTexts.join(' '),
      parts: partTexts,
      speaker: named ? (named.role ? { name: named.name, role: named.role } : { name: named.name }) : null,
      ...(named ? {} : { speakerReason: why }),
      ...(speaker && !named ? { speakerDescription: speaker.name } : {}),
      paragraph: paragraph.block ? 0 : paragraphAt(prose, at) - prose.headlines + 1,
      ...(paragraph.block ? { block: paragraph.block } : {}),
      position,
    });
    if (!named) {
      const problem: QuoteProblem = {
        rule: 'quote-speaker',
        reason: `nobody can be named as the speaker of quotation ${id}: ${why}; name them («…», ha detto Nome Cognome)`,
        position: pointAt(prose, at),
      };
      problems.push(problem);
      if (!speaker && reason !== undefined && UNATTRIBUTED.has(reason)) unattributed.set(quotes.at(-1)!, { problem, at });
      if (speaker) roleOnly.set(quotes.at(-1)!, problem);
    }
    // Someone described goes on speaking too ("», spiega una residente. «…»"): the next words are theirs.
    if (!speaker) return;
    const end = group.at(-1)!.span.close ?? group.at(-1)!.span.open;
    people.spoke(speaker, paragraphAt(prose, end), end);
  };

  // Spans that form one quotation are grouped: one reopened after its attribution ("«…», ha detto X. «…»") goes on.
  let group: Candidate[] = [];
  for (const candidate of candidates) {
    if (group.length > 0 && inPieces(narration, text, mentions, group, candidate)) {
      group.push(candidate);
      continue;
    }
    const previous = group.at(-1);
    // "parla di «…» e chiede «…»", "giudica il piano «…», ma chiede di «…»": a pair introduced by its own verb is a
    // quotation of its own, by the subject of the first.
    if (previous && !previous.piece && secondVerb(narration, previous, candidate)) {
      finish(group);
      group = [{ ...candidate, piece: false, coordinate: true }];
      continue;
    }
    if (previous && !previous.piece && coordinated(narration, text, mentions, previous, candidate)) {
      group.push(candidate);
      continue;
    }
    if (previous && !previous.piece && sameSentence(narration, text, mentions, previous, candidate)) {
      group.push(candidate);
      continue;
    }
    if (previous && !candidate.piece && (commaPair(narration, prose, previous, candidate) || colonPair(narration, text, previous, candidate))) {
      group.push(candidate);
      continue;
    }
    if (previous && !candidate.piece && continues(narration, text, prose, mentions, previous, candidate)) {
      if (!ownAttribution(candidate)) {
        group.push(candidate);
        continue;
      }
    }
    if (group.length > 0) finish(group);
    group = candidate.piece ? [] : [candidate];
  }
  if (group.length > 0) finish(group);
  // A text that names one person only and has nobody else speak (a press room written up, an interview): the words it
  // leaves unattributed after naming them are that person's, as a reader takes them.
  // Not in the body read alone for a headline's excerpt: the headline may name whoever speaks ("Ciabatti (FI): …").
  // (Not someone named only in an aside between dashes, who is spoken of, nor the reporter a byline names.)
  const bylines = prose.paragraphs.filter((paragraph, index) => index >= prose.headlines && bylineOf(narration, paragraph));
  const speaking = mentions.filter((mention) => !inDashAside(narration, mention.start, mention.end) && !bylines.some((byline) => mention.start >= byline.start && mention.end <= byline.end));
  const sole = excerpts ? soleSpeaker(speaking, quotes) : undefined;
  if (sole) {
    // (A speaker the headline labels and the body never names is there from the start.)
    const introduced = mentions.find((mention) => mention.kind !== 'title')?.start ?? 0;
    for (const [quote, { problem, at }] of unattributed) {
      // Before the text brings them in, words may be another's: a body's, a group's the lead describes.
      if (at < introduced) continue;
      attributeLeft(quote, sole.role ? { name: sole.name, role: sole.role } : { name: sole.name }, problem, problems);
    }
  }
  // A headline or kicker nothing attributes, whose words a later quotation says again: that quotation's speaker's.
  for (const [quote, { problem }] of unattributed) {
    if (quote.speaker !== null) continue;
    const echo = echoOf(quotes, quotes.indexOf(quote));
    if (echo) attributeLeft(quote, { ...echo.speaker! }, problem, problems);
  }
  // A role the text writes beside one name, though that name was never read as a person's ("Ferrandi, tecnico del …").
  if (roleOnly.size > 0) {
    const names = new Set([...quotes.map((quote) => quote.speaker?.name), ...mentions.map((mention) => (mention.kind === 'title' ? undefined : mention.person ?? mention.name))].filter((name): name is string => name !== undefined));
    for (const [quote, problem] of roleOnly) {
      const role = quote.speakerDescription!;
      const holder = roleHolder(narration, role, headNoun(role), names);
      if (holder === undefined) continue;
      delete quote.speakerDescription;
      attributeLeft(quote, { name: holder, role }, problem, problems);
    }
  }
  headlineOfSoleSpeaker(prose, text, mentions, quotes, unattributed, problems);
  problems.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  return { quotes, marks, problems };
}

/** Words a line of the headlines runs to at most, a quotation opening it and what follows. */
const HEADLINE_WORDS = 30;

/**
 * A headline, subheadline or kicker quoting words nobody is given, when the body quotes one named person alone: theirs
 * (headline-sole.ts). A headline is a title block, or a short line opening on the quotation with only short lines
 * before it (a web page's headline kept in the body); the headlines must name nobody else.
 */
function headlineOfSoleSpeaker(prose: Prose, text: string, mentions: Mention[], quotes: Quote[], unattributed: Map<Quote, { problem: QuoteProblem; at: number }>, problems: QuoteProblem[]): void {
  // How far down the text every line is short, found once when first asked: each quotation nobody is given asks.
  let shortTo: number | undefined;
  const shortUpTo = () => {
    if (shortTo !== undefined) return shortTo;
    shortTo = 0;
    for (const paragraph of prose.paragraphs) {
      if (paragraph.block === undefined && wordsOf(text, paragraph.start, paragraph.end).length > HEADLINE_WORDS) break;
      shortTo++;
    }
    return shortTo;
  };
  const headline = (at: number) => {
    const index = paragraphAt(prose, at);
    const paragraph = prose.paragraphs[index]!;
    if (paragraph.block !== undefined) return true;
    return /^[\s\p{Pd}]*$/u.test(text.slice(paragraph.start, at)) && index < shortUpTo();
  };
  const heads = [...unattributed].filter(([quote, { at }]) => quote.speaker === null && headline(at));
  if (heads.length === 0) return;
  const speaker = soleQuoted(quotes.filter((quote) => !heads.some(([head]) => head === quote)));
  if (!speaker) return;
  // Nobody else named in the headlines, the lines down to the last quotation given.
  const last = Math.max(...heads.map(([, { at }]) => paragraphAt(prose, at)));
  const end = prose.paragraphs[last]!.end;
  if (mentions.some((mention) => mention.start < end && (mention.person ?? mention.name) !== speaker.name && !speaker.name.endsWith(` ${mention.name}`))) return;
  for (const [quote, { problem }] of heads) attributeLeft(quote, { ...speaker }, problem, problems);
}

/** A quotation left to nobody given `speaker` after all: its reason and its warning go. */
function attributeLeft(quote: Quote, speaker: Speaker, problem: QuoteProblem, problems: QuoteProblem[]): void {
  quote.speaker = speaker;
  delete quote.speakerReason;
  problems.splice(problems.indexOf(problem), 1);
}

/** "Lo dichiarano", "L’hanno detto": a verb in the plural after the pronoun for the words just quoted. */
const POINTED_PLURAL = /(?<![\p{L}])[Ll](?:o[ \t]+|[’'][ \t]*)(?:hanno[ \t]+\p{Ll}+|\p{Ll}{3,}(?:ano|ono))(?![\p{L}])/u;

/** "Entrambi", "entrambe", "tutti e due" as the subject of a verb of saying. */
const BOTH = /^\s*(?:entramb[ie]|tutt[ie]\s+e\s+due)\s/iu;

/** Numerals that open a description of people speaking together: "i due esponenti", "i tre consiglieri". */
const COUNTS = new Map([['due', 2], ['tre', 3], ['quattro', 4], ['cinque', 5]]);

/** The document a verb of saying says the words in, before its subject: " nel documento", " in una nota congiunta". */
const SAID_IN = new RegExp(`^\\s+(?:in|nel|nella|nell[’'])\\s*(?:(?:una|un)\\s+)?(?:${DOCUMENTS})(?:\\s+(?:congiunt|unitari)[oa])?(?=\\s)`, 'iu');

/** A document read right before the marks, its issuer unnamed: "un fenomeno che, si legge nella nota, «…»". */
const READ_BEFORE = new RegExp(`(?:^|[\\s,])${READING}(?:\\s+(?:in|nel|nella|nell[’'])\\s*(?:una\\s+|un\\s+)?(?:${DOCUMENTS}))?\\s*,?\\s*$`, 'iu');
/** A document read inside a quotation, between dashes: "– si legge in una nota –", "- come si legge nel documento -". */
const READ_INSIDE = new RegExp(`^[\\s\\u2013\\u2014-]*${READING}`, 'iu');

/** Prepositions setting a title as a complement ("il bando per il primario", "la lettera al sindaco"), not as the words' owner ("di"). */
const POST_FOR = /^(?:per|a|al|allo|alla|all|ai|agli|alle|con|col|tra|fra|verso|contro)$/u;
const NO_SUBJECT = 'the verb of saying has no subject, and nobody is named or quoted just before';
const WOVEN = 'no verb of saying or name attributes these words woven into the sentence';
const NOBODY = 'no verb of saying or name attributes it, and its paragraph names nobody';
/**
 * Reasons for a null speaker that say nothing attributes the words: no group, no document, no description. Words woven
 * into a sentence are not among them: the sentence has a subject, often a body ("La ditta ha imposto «…»").
 */
const UNATTRIBUTED = new Set([NO_SUBJECT, NOBODY]);
/** Words a link prints from another article's headline, naming nobody: no speaker of this text's is theirs. */
const LINKED = 'a link to another article quotes it, and its headline names nobody';

/**
 * The one person a text names outside quoted words, when every quotation it attributes is theirs (a post-match
 * press room, a statement written up): nobody else speaks, so the words it leaves unattributed are theirs too.
 * A text whose narration names nobody at all has the one its headline quotes by name ("Rossi: «…»" over an
 * interview's answers, the questions naming nobody).
 */
function soleSpeaker(mentions: Mention[], quotes: Quote[]): Speaker | undefined {
  let name: string | undefined;
  for (const mention of mentions) {
    if (mention.kind === 'title') continue;
    const person = mention.person ?? mention.name;
    if (name !== undefined && person !== name) return undefined;
    name = person;
  }
  name ??= quotes.find((quote) => quote.block !== undefined && quote.speaker !== null)?.speaker!.name;
  if (name === undefined) return undefined;
  let speaker: Speaker | undefined;
  for (const quote of quotes) {
    if (quote.speakerDescription !== undefined) return undefined;
    if (quote.speaker === null) continue;
    if (quote.speaker.name !== name) return undefined;
    speaker ??= quote.speaker;
  }
  return speaker ?? { name };
}

/** Frames that quote a charge or a document's subject: "con le accuse di", "per il reato di", "riguardante", "circa". */
const CHARGED = /(?:(?:accus[ae]|accusat[oaie]|imputazion[ei]|reat[oi]|ipotesi\s+di\s+reato)\s+(?:di|per)|indagat[oaie]\s+per|riguardante|riguardanti|circa|avente\s+(?:ad|per)\s+oggetto)\s*$/iu;

/** A document right after a verb of saying: "prosegue la nota", "recita il volantino", "spiega il comunicato". */
const CITED_DOCUMENT = new RegExp(`^\\s*(?:la|il|l[’'])\\s*(?:${DOCUMENTS})(?![\\p{L}])`, 'iu');

/** A name in a label: one to three capitalised words ("Gori", "Firenze Possibile", "Lista Civica Nuova"). */
const LABEL_NAME = /^\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,2}$/u;

/**
 * The names a label before a colon gives, brackets left out: "Gori e Sarr (SPC)" -> "Gori e Sarr", "Passerella sul
 * Terzolle, Ciampi, Berti e Scarselli (FdI)" -> "Ciampi, Berti e Scarselli" (a list ends with "e"; a kicker before it
 * has words in lower case), "Urbanistica, Lista Civica" -> "Lista Civica", "Baldini (Gruppo Misto)" -> "Baldini".
 */
function namesLabel(label: string, text: string): string | undefined {
  if (isPageLabel(label)) return undefined;
  // "Bortolato e Scarpa (VP) presentano risoluzione:": names and their group, then what they do together, a plural verb.
  label = label.replace(/\)[ \t]+\p{Ll}{3,}(?:ano|ono|anno)(?:[ \t]+\p{Ll}+){0,3}[ \t]*(:?)[ \t]*$/u, ')$1');
  const bracketed = /\)\s*:?\s*$/u.test(label);
  // A section printed before the headline ("Politica Rossi (Pd):") is no part of the name.
  const segments = withoutSection(bareLabel(label.replace(/\([^()]{1,60}\)/gu, ' ')).replace(/\s+/gu, ' ')).split(/ ?, /u).map((segment) => segment.trim());
  const names = (segment: string) => segment.split(/ (?:e|ed) /u);
  const last = segments.at(-1)!;
  if (!names(last).every((name) => LABEL_NAME.test(name)) || last === last.toUpperCase()) return undefined;
  const listed = names(last).length > 1;
  let first = segments.length - 1;
  // (Not a one-word kicker the text writes in lower case elsewhere: "Lavoro, Rossi e Bianchi" over "il lavoro".)
  const kicker = (segment: string) => !segment.includes(' ') && new RegExp(`(?<![\\p{L}])${literal(segment.toLowerCase())}(?![\\p{L}])`, 'u').test(text);
  if (listed) while (first > 0 && LABEL_NAME.test(segments[first - 1]!) && !kicker(segments[first - 1]!)) first--;
  // A single name is a label only with its group in brackets, or two words at least ("Lista Civica"), not "Programma";
  // or set after a topic and a comma, as news listings title each item ("Patto civico, Ruggeri: «…»"): a capital
  // there, mid-line, is a name's.
  const kicked = first > 0 && /^\p{Lu}\p{Ll}[\p{L}’'-]{2,}$/u.test(last) && segments.slice(0, first).join(' ').length > 0;
  if (!listed && first === segments.length - 1 && !bracketed && !last.includes(' ') && !kicked) return undefined;
  // A kicker before the names is a topic in the lower case of a sentence, or a one-word topic ("Urbanistica, …").
  if (first > 0 && listed && !/\p{Ll}/u.test(segments.slice(0, first).join(' ').replace(/(?:^|\s)\p{Lu}\S*/gu, '')) && !(first === 1 && kicker(segments[0]!))) return undefined;
  return segments.slice(first).join(', ');
}

/** The surname set before a club's name in brackets, last before the colon: "Ferraro (Lido Ostia) e il pareggio:". */
function clubLabel(lead: string): string | undefined {
  const labels = [...lead.matchAll(/(?<![\p{L}’'])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*\((\p{Lu}[^()]{1,40})\)/gu)];
  const label = labels.at(-1);
  // Not a province or party code ("Lucca (LU)", "Rossi (FdI)"): a club is named in words.
  if (labels.length !== 1 || !label || !/\p{Lu}\p{Ll}{2,}/u.test(label[2]!) || /^\p{Lu}{2,4}$/u.test(label[2]!)) return undefined;
  return /^[^.;!?]*$/u.test(lead.slice(label.index + label[0].length)) ? label[1] : undefined;
}

/**
 * The words before a label's colon when they read as a name: two to four capitalised words (past an adjective of mood
 * opening them: "Soddisfatta Moretti"), one word of four capitals or more, or one word the text writes again, always
 * with its capital.
 */
function nameLabel(narration: string, attribution: Attribution, text: string): string | undefined {
  const label = bareLabel(narration.slice(attribution.start, attribution.end));
  if (isPageLabel(label)) return undefined;
  const words = label.split(/\s+/u);
  if (words.length > 4 || !words.every((word) => /^\p{Lu}[\p{L}’'.-]*$/u.test(word))) return undefined;
  // "Soddisfatta Moretti: «…»": an adjective of mood opens the sentence; the name is what follows it.
  if (words.length >= 2 && VERDICT.test(words[0]!.toLowerCase())) return words.slice(1).join(' ');
  if (words.length >= 2 || /^\p{Lu}{4,}$/u.test(label)) return label;
  // One word the text writes again, and never in lower case ("Codacons: «…»" and "del Codacons"), is a name; "Programma" is not.
  return writtenAgainAsName(text, label) ? label : undefined;
}

/** The organisation after "secondo" (anywhere) or "per" (opening the sentence) right before the marks at `open`. */
function organisationAccording(narration: string, from: number, open: number): string | undefined {
  const lead = narration.slice(from, open);
  const according = /(?:^\s*(?:secondo|per)|[\s,(]secondo)\s+(?:(?:il|lo|la|i|gli|le)\s+|l[’'])?(?=\p{Lu})/giu;
  let last: RegExpExecArray | undefined;
  for (let match = according.exec(lead); match; match = according.exec(lead)) last = match;
  if (!last) return undefined;
  const at = from + last.index + last[0].length;
  const organisation = organisationAfter(narration, at);
  if (!organisation || !namesOffice(organisation)) return undefined;
  return /^\s*,?\s*$/u.test(narration.slice(at + organisation.length, open)) ? organisation : undefined;
}

/** The organisation opening a sentence of the paragraph before `open`, the nearest first, where no person is named. */
function issuerBefore(narration: string, mentions: Mention[], from: number, open: number): string | undefined {
  const starts = [from];
  // Sentences, and what follows a dash ("Ore 7.10 – La Protezione civile conferma …").
  for (const stop of narration.slice(from, open).matchAll(/(?:[.!?…]|\s[-\u2013\u2014])\s+(?=\p{Lu})/gu)) starts.push(from + stop.index + stop[0].length);
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? open;
    if (mentions.some((mention) => mention.kind !== 'title' && mention.start >= start && mention.start < end)) continue;
    // "L’associazione segnala …": the organisation the text calls so.
    const noun = organisationNounAt(narration, start, end);
    const referent = noun && /^\s+\p{Ll}/u.test(narration.slice(noun.end, end)) ? organisationReferent(narration, mentions, noun.noun, start) : undefined;
    if (referent) return referent;
    const organisation = organisationAfter(narration, start);
    // "Nella nota il gruppo …", "Ore 7", "È il dato …": a preposition, a time or a verb opening the sentence names no office.
    // It is the subject of the sentence's verb, not a dateline ("TRENTO. …", "ROMA (ANSA) –"): a lower-case word follows.
    const subject = organisation !== undefined && /^\s+(?:,[^,.;:]{1,40},\s*)?\p{Ll}/u.test(narration.slice(narration.indexOf(organisation, start) + organisation.length));
    if (organisation && subject && namesOffice(organisation) && !/\p{N}/u.test(organisation) && organisation.length < end - start) return organisation;
  }
  return undefined;
}

/**
 * Does a candidate name its own speaker, inside its marks or right after them? A bare verb ("», aggiunge.") goes on
 * with the quotation before; a named one ("», ha precisato Bernini", "– ha proseguito la rettrice –") is a new one.
 */
function ownAttribution(candidate: Candidate): boolean {
  return candidate.inner.some((attribution) => attribution.speaker || attribution.organisation) || Boolean(candidate.after?.speaker || candidate.after?.organisation);
}

/** A clause naming some of a group: "i genitori, tra cui X", "i residenti, fra i quali X". */
const AMONG = /,\s*(?:tra|fra)\s+(?:cui|i\s+quali|le\s+quali|questi|loro)\s/iu;

/** A gerund's clause after a title: ", portando il saluto della collega, X" names whom the gerund is about. */
const GERUND_CLAUSE = /,\s*\p{Ll}+(?:ando|endo)(?:[lmst]i|[lc]e|ne|l[oa]|gli)?\s/u;

/**
 * The speaker an inner attribution names: the person after a title ("– spiega il segretario generale …, Paolo Castelli –"),
 * not one named in a gerund's clause after it ("– ha esordito l’assessore, portando il saluto della collega, X –").
 */
function innerSpeaker(text: string, inRange: Mention[]): Mention | undefined {
  const [first] = inRange;
  if (first?.kind !== 'title') return first;
  return inRange.find((mention) => mention.kind !== 'title' && !GERUND_CLAUSE.test(text.slice(first.end, mention.start))) ?? first;
}

/** The attribution that names the speaker of a group: inside the quotation first, then after, then before. */
function groupAttribution(group: Candidate[]): Attribution | undefined {
  const inner = group.flatMap((candidate) => candidate.inner.filter((attribution) => attribution.speaker || attribution.organisation));
  // One quotation has one speaker: "– ha detto il presidente – … – ha concluso Bellini –" names the one the title means.
  if (inner[0]?.speaker?.kind === 'title') return inner.find((attribution) => attribution.speaker?.kind === 'person' || attribution.speaker?.kind === 'surname') ?? inner[0];
  if (inner[0]) return inner[0];
  for (const candidate of group) if (candidate.after?.speaker || candidate.after?.organisation) return candidate.after;
  for (const candidate of group) if (candidate.before?.speaker || candidate.before?.organisation) return candidate.before;
  // Then someone only described: "– dice il 31enne –", "», spiega una residente", "L’opposizione: «…»".
  for (const candidate of group) {
    const described = candidate.inner.find((attribution) => attribution.described) ?? (candidate.after?.described ? candidate.after : undefined) ?? (candidate.before?.described ? candidate.before : undefined);
    if (described) return described;
  }
  return group.map((candidate) => candidate.after ?? candidate.inner[0] ?? candidate.before).find(Boolean);
}

/** A speaker's first or second person: "abbiamo", "faremo", "ci", "nostro", "vi chiedo". */
const FIRST_PERSON = /(?<![\p{L}])(?:io|noi|voi|mi|ci|vi|ho|sono|siamo|abbiamo|avete|siete|nostr[oaie]|vostr[oaie]|mio|mia|miei|mie|\p{L}+(?:iamo|[ae]remo))(?![\p{L}])/iu;

/**
 * The end of a heading that names, in capitals, the one who speaks below it: "Conferenza stampa DE ROSA Bari-Catanzaro",
 * "Intervista a DELL’ORTO:", "Le parole di FERRETTI"; the team or fixture after the name, if any, in ordinary case.
 */
const HEADING_NAME = /(?:^|[\s)])(?:[Cc]onferenza\s+stampa|[Ii]ntervista(?:\s+a)?|[Pp]arla|[Pp]arole\s+di|[Dd]ichiarazioni\s+di|[Ii]l\s+commento\s+di)\s+(\p{Lu}{2,}(?:[’']\p{Lu}{2,}|\s\p{Lu}{2,}){0,2})(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)?\s*[:.\-\u2013\u2014]?\s*$/u;

/** A heading line ending on whose press conference or interview follows: "conferenza stampa post partita di Loiacono". */
const PRESS_HEADING = /(?:^|[\s,)])(?:[Cc]onferenza\s+stampa|[Ii]ntervista)(?:\s+(?:post|pre)[\s-]?(?:partita|gara))?\s+(?:di|a|con)\s+(?:(?:mister|coach)\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[:.]?\s*$/u;

/** The first person named in [close, limit), if the subject of a verb: an auxiliary or a verb of saying right after the name and role. */
function subjectAfter(narration: string, mentions: Mention[], close: number, limit: number): Mention | undefined {
  const first = mentions.find((mention) => mention.start > close && mention.kind !== 'title');
  if (!first || first.end > limit || subjects(narration, [first]).length === 0) return undefined;
  const gap = /^\s*,?\s*/u.exec(narration.slice(first.end, limit))![0].length;
  return /^(?:ha|hanno|aveva|è|era|si)\s/u.test(narration.slice(first.end + gap, first.end + gap + 8)) || sayingAt(narration, first.end + gap) !== undefined ? first : undefined;
}

/**
 * A byline or a masthead: a paragraph with no sentence in it holding a name in capitals ("CHIARA BALDELLI", "Cronaca
 * MARIO ROSSI"), as pages print their reporter's name above the piece, or the editor the law makes them print
 * ("Mario Rossi Direttore Responsabile"). A heading naming a speaker puts a title or a verb with it ("LA DIRETTRICE").
 */
function bylineOf(narration: string, paragraph: { start: number; end: number }): boolean {
  const line = narration.slice(paragraph.start, paragraph.end);
  if (/[.!?:;…]\s*$/u.test(line) || sayings(narration, paragraph.start, paragraph.end).length > 0) return false;
  const capitals = /(?<![\p{L}])(\p{Lu}{2,})[ \t]+\p{Lu}{2,}(?![\p{L}])/u.exec(line);
  return (capitals !== null && isFirstName(capitals[1]!)) || /(?<![\p{L}])direttore[ \t]+responsabile(?![\p{L}])/iu.test(line);
}

/** A source's tag ending a paragraph: "(ANSA).", "(difesa.it)", "(Ren)". */
const SOURCE_TAG = /\([^()\s]{1,20}(?:\s[^()\s]{1,20})?\)[\s.]*$/u;

/** A dateline before the first words: "ROMA (ANSA) – ", "Milano, 1 ott - ". */
const DATELINE = new RegExp(`^[^.!?:;]{0,60}[-\\u2013\\u2014]\\s*$|${DATE_STAMP.source}`, 'u');

/**
 * One quotation in pieces with the writer's words between, attributed, if at all, only after its last piece:
 * "ROMA – «Abbiamo un programma» per i fondi europei «e ora aspettiamo» il governo. Così X". The quotation opens its
 * sentence (a dateline may come first), no earlier piece is attributed, and the words between name nobody and say nothing.
 */
function inPieces(narration: string, text: string, mentions: Mention[], group: Candidate[], next: Candidate): boolean {
  const previous = group.at(-1)!;
  const first = group[0]!;
  if (previous.span.close === undefined || next.inner.length > 0 || next.before) return false;
  if (group.some((candidate) => candidate.after || candidate.before || candidate.inner.length > 0)) return false;
  if (next.after && !next.after.following) return false;
  const lead = narration.slice(first.sentence, first.span.open);
  if (!/^\s*$/u.test(lead) && !DATELINE.test(lead)) return false;
  const between = narration.slice(previous.span.close + 1, next.span.open);
  const words = wordsOf(between);
  if (/[:;\n]/u.test(between) || words.length > 15 || words.length === 0) return false;
  // A question ends what was said: "«Ma come in carcere?». Hanno pianto perché «…»" is no sentence in pieces.
  if (/[?!]\s*$/u.test(text.slice(previous.parts.at(-1)!.start, previous.parts.at(-1)!.end))) return false;
  // So does a question between them, an interviewer's: the pair after it answers ("«…». Fin dove arriverai? «…»"). A
  // word alone ("«…». Contraccolpi? «…»") is the writer's cue within one statement.
  if (/\?\s*$/u.test(between) && words.length >= 2) return false;
  // "«…» e «…»": two quotations listed, not one in pieces; unless the second goes on with the sentence in lower case,
  // a clause long, and the next sentence gives both to someone ("«Un risultato …» e «una donna alla guida …». Così X").
  const said = text.slice(next.parts[0]!.start, next.parts.at(-1)!.end);
  const clause = next.after?.following === true && /^\p{Ll}/u.test(said) && wordsOf(said).length >= 4;
  if (words.length === 1 && /^(?:e|ed|o|oppure)$/u.test(words[0]!.key) && !clause) return false;
  if (sayings(narration, previous.span.close + 1, next.span.open).length > 0) return false;
  return !mentions.some((mention) => mention.start > previous.span.close! && mention.start < next.span.open);
}

/**
 * Partial quotations woven into one sentence with only the writer's words between, no verb of saying, name or full
 * stop: "ha detto che «la struttura avrà 300 letti» e accoglierà i reparti chiusi, «ma anche quelli che …»", "un atto
 * «doveroso», in segno di «cordoglio …»". One speaker's words, as one quotation in parts.
 */
function sameSentence(narration: string, text: string, mentions: Mention[], previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined || previous.after || previous.inner.length > 0 || next.inner.length > 0) return false;
  // The next sentence may attribute the last fragment, and so all of them ("«…», con «…». Lo rileva X"); a verb before
  // them may frame each ("ha firmato l’ordinanza sull’onda «…»: un atto «…»"), the same attribution for both.
  // Only nouns and prepositions between them then: a clause of its own ("», perché «…»", "», precisando che «…»") opens
  // a quotation of its own.
  if (next.after && !next.after.following) return false;
  if (next.before) {
    const sameFrame = previous.before !== undefined && next.before.start === previous.before.start && next.before.speaker?.nameStart === previous.before.speaker?.nameStart && next.before.organisation === previous.before.organisation;
    if (!sameFrame) return false;
    const gap = wordsOf(narration, previous.span.close + 1, next.span.open);
    if (gap.length > 12 || gap.some((word) => /^(?:perché|poiché|mentre|ma|però|quando|se)$/u.test(word.key) || /\p{L}{2,}(?:ando|endo)$/u.test(word.key))) return false;
  }
  const lower = (candidate: Candidate) => /^\p{Ll}/u.test(text.slice(candidate.parts[0]!.start, candidate.parts[0]!.end));
  if (!lower(previous) || !lower(next)) return false;
  const between = narration.slice(previous.span.close + 1, next.span.open);
  if (/[.!?;«»“”"_\n]|\s[-\u2013\u2014]\s/u.test(between) || wordsOf(between).length > 25) return false;
  // "«…» e «…»": two quotations listed.
  if (/^\s*(?:e|ed|o|oppure)\s*$/u.test(between)) return false;
  // Someone or something named between, outside brackets, may be whose words the next ones are ("la prolusione di X, sul «…»").
  if (wordsOf(between.replace(/\([^()]*\)/gu, (aside) => ' '.repeat(aside.length))).some((word) => word.capital)) return false;
  if (sayings(narration, previous.span.close + 1, next.span.open).length > 0) return false;
  return !mentions.some((mention) => mention.kind !== 'title' && mention.start > previous.span.close! && mention.start < next.span.open);
}

/**
 * Words woven into the sentence and a colon opening the statement they sum up ("definisce il quadro «ormai
 * preoccupante»: «I ritardi …»"): one quotation in two parts, nothing of the writer's between them.
 */
function colonPair(narration: string, text: string, previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined || previous.after || previous.inner.length > 0 || !/^\p{Ll}/u.test(text.slice(previous.parts[0]!.start, previous.parts[0]!.end))) return false;
  return /^[ \t]*:[ \t]*$/u.test(narration.slice(previous.span.close + 1, next.span.open));
}

const LISTED_PAIR = /^[ \t]*,[ \t]*(?:e[ \t]+(?:ancora|poi|infine)[ \t]*,?[ \t]*)?$/u;

/** Only a comma between two pairs: one statement, attributed after both ("«…», «…». Lo ha dichiarato X"). */
function commaPair(narration: string, prose: Prose, previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined || previous.after || next.inner.length > 0 || (next.after && !next.after.following)) return false;
  // A list of messages may go on with "e ancora", "e poi" ("«…», «…», e ancora «…»"): the same list.
  return LISTED_PAIR.test(narration.slice(previous.span.close + 1, next.span.open)) && paragraphAt(prose, previous.span.close) === paragraphAt(prose, next.span.open);
}


/** "E ancora:", "Poi, su un secondo foglio:", "E sul futuro:": a new topic with no verb of its own (see continues). */
const TOPIC_OPENER = '[\\s.,]*(?:[EeOo]|[Pp]oi|[Ii]nfine)\\s+';
const AGAIN = '(?:ancora|poi|infine|inoltre|anche)(?:\\s*,[^.;:!?_]{1,50})?';
const ON = 'su|sul|sullo|sulla|sull[’\']|sui|sugli|sulle';
const AS_TO = 'quanto\\s+a[il]?[^\\s]*|riguardo\\s+a[il]?[^\\s]*|in\\s+merito\\s+a[il]?[^\\s]*';
const RESUMED = new RegExp(`^${TOPIC_OPENER}(?:${AGAIN}|(?:${ON}|${AS_TO})[^.;:!?_]{0,50})\\s*:\\s*$`, 'u');
/** Only going on, with no topic of its own: "E ancora:", "E poi:". */
const RESUMED_AGAIN = new RegExp(`^${TOPIC_OPENER}${AGAIN}\\s*:\\s*$`, 'u');
/** The same after the first pair's own attribution ("«…», racconta. E sul futuro: «…»"): no "quanto a" there. */
const RESUMED_AFTER = new RegExp(`^${TOPIC_OPENER}(?:${AGAIN}|(?:${ON})[^.;:!?_]{0,50})\\s*:\\s*$`, 'u');
/**
 * Does `next` go on with the quotation `previous` belongs to? Only marks reopened with nothing but punctuation
 * between, in the same paragraph ("«…». «…»"); reopened after an attribution ("“…”, ha detto X. “…”") they open a
 * quotation of their own, as agencies count them. A quotation running into the next paragraph is one span already.
 */
function continues(narration: string, text: string, prose: Prose, mentions: Mention[], previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined) return false;
  // "‘…’ – “…”": a title in single marks, then the statement in double ones; a statement reopens its own kind.
  if (otherKind(text, previous.span.open, next.span.open)) return false;
  const between = narration.slice(previous.span.close + 1, next.span.open);
  // A quotation never closed, cut right where marks of its kind open again, is no first part of theirs: they open anew.
  if (previous.span.inferred && /^\s*$/u.test(between)) return false;
  // "«…». E ancora: «…»", "E sulla classifica: «…»": a new topic with no verb of its own, the same speaker's words.
  // Circumstances may follow "ancora" ("«…» e ancora, su un secondo foglio: «…»").
  const resumed = RESUMED.exec(between);
  // Also after the first pair's own attribution: "«…», racconta. E sul futuro: «…»".
  const from = previous.after && previous.after.end > previous.span.close && previous.after.end <= next.span.open ? previous.after.end : previous.span.close + 1;
  const resumedAfter = from > previous.span.close + 1 && /^[\s.,]*(?:[EeOo]|[Pp]oi|[Ii]nfine)\s/u.test(narration.slice(from, next.span.open)) ? RESUMED_AFTER.exec(narration.slice(from, next.span.open)) : null;
  // "E ancora:" may start the next paragraph, the pair before closing its own ("…: «…». ¶ E ancora: «…»"): a paragraph
  // break is no new frame. (A new topic there, "¶ Poi sul caso X: «…»", opens a quotation of its own.)
  const paragraphs = paragraphAt(prose, next.span.open) - paragraphAt(prose, previous.span.close);
  if ((resumed || resumedAfter) && !next.after && next.inner.length === 0 && (paragraphs === 0 || (paragraphs === 1 && RESUMED_AGAIN.test(between))) && sayings(narration, from, next.span.open).length === 0 && !mentions.some((mention) => mention.start >= from && mention.start < next.span.open)) return true;
  // "«…» commenta X: «…»": the attribution between the pairs, a bare colon after it, attributes both; one statement,
  // as the agencies count a verb standing between two pairs. ("», aggiunge X e conclude: «…»" has a verb of its own;
  // "«…». Così X: «…»", a sentence of its own, introduces new words.)
  if (previous.after?.speaker && !previous.after.following && from > previous.span.close + 1 && /^[\s,]*$/u.test(narration.slice(previous.span.close + 1, previous.after.start)) && !/[:;.!?\n]/u.test(narration.slice(previous.span.close + 1, from)) && /^\s*:\s*$/u.test(narration.slice(from, next.span.open)) && !next.after && next.inner.length === 0 && paragraphAt(prose, previous.span.close) === paragraphAt(prose, next.span.open)) return true;
  if (between.includes(':')) return false;
  // A tail we cannot read as an attribution ("», amava ripetere il fondatore") may name someone else.
  if (next.span.close !== undefined && !next.after && /^[ \t]*(?:,|[\u2013\u2014]|-\s)\s*\p{L}/u.test(narration.slice(next.span.close + 1, next.span.close + 8))) return false;
  // Marks with an attribution of their own, even a bare verb ("“…”. “… – ha aggiunto – …”"), are a new quotation.
  if (next.inner.length > 0 || next.after) return false;
  if (paragraphAt(prose, previous.span.close) !== paragraphAt(prose, next.span.open)) return false;
  // A pair attributed inside ends its statement at a full stop: marks reopened after it are a new quotation (agency count).
  // A question and its answer, short as turns of a dialogue are ("«Vieni con noi». «Dove?». «In carcere»"): two speakers.
  const said = (candidate: Candidate) => text.slice(candidate.parts[0]!.start, candidate.parts.at(-1)!.end);
  if (/^[\s.]+$/u.test(between) && [previous, next].some((candidate) => /\?\s*$/u.test(said(candidate))) && [previous, next].every((candidate) => wordsOf(said(candidate)).length <= 8)) return false;
  // Pairs with nothing at all between them, not even a full stop, are lines a listing page set apart (a headline and
  // its teaser, joined when the page was copied as text): quotations of their own.
  if (/^\s+$/u.test(between) && /^["“«]/u.test(narration.slice(next.span.open, next.span.open + 1)) && !/[.!?…]$/u.test(narration.slice(previous.span.close - 1, previous.span.close).trim())) return false;
  if (!/[\p{L}\p{N}]/u.test(between)) return previous.inner.length === 0 || !/^\s*\.\s*$/u.test(between);
  // Reopened after its attribution with no verb of its own ("«…», spiega X. «…»"): the same speaker goes on.
  // Circumstances may follow the attribution ("», ha detto X a fine partita. «…»"), but no other verb of saying or person.
  // The attribution between may read as the second piece's own ("», aggiunge Valdrighi, «perché …»"): the same words.
  // A bare verb between them ("«…», racconta, «…»") reads as the second piece's own too: still the same words.
  // A bare verb between them hands the second piece back to whoever was named before the first ("X: «…», spiega, «…»").
  // "«…», scrive X che prosegue, «…»": a relative verb of saying, the same speaker going on.
  // (After a frame with no verb, "«…», le parole di X, che aggiunge, «…»", the relative verb is the second pair's own:
  // a quotation of its own.)
  if (previous.after?.speaker && previous.after.end <= next.span.open && sayings(narration, previous.span.close + 1, previous.after.end).length > 0) {
    const relative = /^\s*,?\s*che\s+/u.exec(narration.slice(previous.after.end, next.span.open));
    const verb = relative ? sayingAt(narration, previous.after.end + relative[0].length) : undefined;
    if (verb !== undefined && !isPlural(narration.slice(previous.after.end + relative![0].length, verb)) && /^\s*,\s*$/u.test(narration.slice(verb, next.span.open))) return true;
  }
  const handedBack = !previous.after?.speaker && next.before?.speaker !== undefined && next.before.speaker.end <= previous.span.open;
  if (previous.after && (!next.before || handedBack || next.before.speaker?.nameStart === previous.after.speaker?.nameStart)) {
    const rest = narration.slice(previous.after.end, next.span.open);
    // "«…». A dirlo sono X, ancora in attesa di Y. «…»": an attribution in a sentence of its own that goes on about its
    // speakers is narration, and marks opened after narration open a quotation of their own. (Not a role in apposition:
    // "«…». Così il consigliere X, primo firmatario. «…»" goes on with the same statement.)
    if (previous.after.following && wordsOf(rest).length >= 5) return false;
    // A gerund clause goes on with the attribution's circumstances ("», ha spiegato X, ricordando che …. «…»").
    // Or with no comma: "», ha detto il sindaco X ricordando la vecchia sede …. «…»".
    const limit = /^\s*,?\s*\p{Ll}+(?:ando|endo)(?![\p{L}])/u.test(rest) ? 25 : 12;
    // "», dice X, secondo cui «…»": a relative frame opens a quotation of its own.
    if (next.before && /(?:^|\s)secondo\s/iu.test(rest)) return false;
    // People in the circumstances' complements are no new speaker ("», ha detto la pm rivolgendosi al giudice X. «…»").
    const named = mentions.filter((mention) => mention.start >= previous.after!.end && mention.start < next.span.open);
    return !/[:;]/u.test(rest) && sayings(narration, previous.after.end, next.span.open).length === 0 && subjects(narration, named).length === 0 && wordsOf(rest).length <= limit;
  }
  return false;
}

/** Is `word` a gerund of a verb of saying: "sottolineando", "aggiungendo", "ribadendo"? */
function sayingGerund(word: string): boolean {
  const stem = /^(\p{Ll}{3,})(ando|endo)$/u.exec(word);
  // "citando «…»" quotes someone else.
  if (!stem || /^cit/u.test(word)) return false;
  const forms = stem[2] === 'ando' ? [`${stem[1]}a`] : [`${stem[1]}e`, `${stem[1]}isce`];
  return forms.some((form) => sayingLength(form, 0) === form.length);
}

/**
 * "«…» e chiede «…»", "«…», ma chiede di «…»": a verb of saying, singular and with no subject, opens the next pair.
 * So do a relative with a verb of its own ("contro «…» e che respinge «…»") and a gerund of saying after the first
 * pair's attribution ("«…», ha aggiunto X, ricordando «…»"): the same speaker's words, a quotation of their own.
 */
function secondVerb(narration: string, previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined || next.inner.length > 0 || next.after?.speaker || next.after?.organisation) return false;
  const between = narration.slice(previous.span.close + 1, next.span.open);
  if (/[.!?;:_\n«»“”"]/u.test(between)) return false;
  if (/^\s*,?\s*(?:e|ed|ma)\s+che\s+(?:non\s+|ne\s+|si\s+|poi\s+|anche\s+)*\p{Ll}+(?:\s+(?:di|a))?\s*$/u.test(between)) return true;
  // The gerund ends the words between; before it only the first pair's attribution, the speaker and a complement
  // ("», ha aggiunto la titolare del Viminale, sottolineando «…»"). A dash may close that attribution ("” – ha detto X,
  // proseguendo – “…”"): the gerund still says the words after it, as "E ha aggiunto: “…”" would.
  const attributed = previous.after && previous.after.end > previous.span.close && previous.after.end <= next.span.open;
  const from = attributed ? previous.after!.end : previous.span.close + 1;
  const gerund = /(?:^|,)\s*(\p{Ll}+)\s+(?:(?:che|di|come|a)\s+|[-\u2013\u2014]\s*)?$/u.exec(narration.slice(from, next.span.open));
  const rest = gerund ? narration.slice(from, from + gerund.index) : '';
  if (gerund && (gerund.index === 0 || (attributed && wordsOf(rest).length <= 6)) && sayingGerund(gerund[1]!)) return true;
  const verb = /^\s*,?\s*(?:e|ed|ma)\s+/iu.exec(between);
  if (!verb) return false;
  const end = sayingAt(narration, previous.span.close + 1 + verb[0].length);
  return end !== undefined && !isPlural(narration.slice(previous.span.close + 1 + verb[0].length, end)) && /^\s*(?:(?:di|a)\s*)?$/u.test(narration.slice(end, next.span.open));
}

/**
 * Two partial quotations joined in one sentence by a conjunction, with no verb, name or clause between them:
 * "quaranta milioni «sono briciole» e il piano «non dice una parola …»", "parlano di «…» e di un settore «…»".
 * One speaker's words, as one quotation in two parts. A bare "e" between lists two quotations ("«…» e «…»").
 */
function coordinated(narration: string, text: string, mentions: Mention[], previous: Candidate, next: Candidate): boolean {
  if (previous.span.close === undefined || next.inner.length > 0 || next.after?.speaker || next.after?.organisation) return false;
  if (!/^\p{Ll}/u.test(text.slice(next.parts[0]!.start, next.parts[0]!.end)) || !/^\p{Ll}/u.test(text.slice(previous.parts[0]!.start, previous.parts[0]!.end))) return false;
  const between = narration.slice(previous.span.close + 1, next.span.open);
  // "è «una buona notizia», ma «…»": an adversative goes on with the same words.
  if (/^\s*,?\s*(?:ma|però|mentre)\s*$/iu.test(between)) return true;
  if (/[.!?;:,_\n«»“”"]/u.test(between)) return false;
  const words = wordsOf(between);
  if (words.length < 2 || words.length > 6 || !/^(?:e|ed)$/u.test(words[0]!.key)) return false;
  if (sayings(narration, previous.span.close + 1, next.span.open).length > 0) return false;
  return !mentions.some((mention) => mention.start > previous.span.close! && mention.start < next.span.open);
}
