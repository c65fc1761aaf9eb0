// Attributions: the words that say who speaks, inside an interrupted quotation, after it or before it.
import { CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, HONORIFICS, isNewspaper, isPlural, NAMING, PREPOSITIONS, READING, ROLE_GROUP, SHORT_TITLES } from './lexicon.ts';
import { subordinateSubject } from './subordinate-subjects.ts';
import { nextSaying, sayingLength } from './saying-verbs.ts';
import type { Mention } from './mentions.ts';
import type { Speaker } from '../release.ts';
import { describedSubject, descriptionAt, describesPerson, relativeDescribed, type Description } from './described.ts';
import { DOCUMENTS } from './documents.ts';
import { organisationList, organisationsOpening } from './organisation-lists.ts';
import { memberBodies } from './member-bodies.ts';
import { organisationNounAt, organisationReferent } from './organisation-nouns.ts';
import { organisationAfterColonVerb } from './organisation-speakers.ts';
import { apposedTopic } from './apposed-topic.ts';
import { inDashAside } from './dash-aside.ts';
import { agentAsides } from './agent-asides.ts';
import { legalFormEnd } from './legal-forms.ts';
import { spokenThrough } from './press-offices.ts';
import { talkedOf } from './talked-of.ts';
import { characterisedAs } from './characterised.ts';
import { asideDescribed, asideNamed } from './aside-speaker.ts';
import { wordsOf, type Word } from './words.ts';
import { givenTheTurn } from './speaking-turns.ts';
import { beside } from './beside.ts';
import { inGerundClause } from './gerund-clauses.ts';
import { metBy, onlyMet } from './met-people.ts';
import { passiveAgent } from './passive-agents.ts';
import { isVerbForm } from './verb-forms.ts';
import { commonHead } from './common-heads.ts';
import { bareGroupLabel } from './bare-groups.ts';

export interface Range {
  start: number;
  end: number;
}

/** How a quotation is attributed: the speaker's mention if named, and where the attribution ends. */
export interface Attribution {
  kind: 'inner' | 'after' | 'before';
  start: number;
  end: number;
  /** The mention naming the speaker; absent for "ha aggiunto." or "E ancora:". */
  speaker?: Mention;
  /** An organisation named after a verb of saying: "spiega Coldiretti Puglia". */
  organisation?: string;
  /** People named after the bodies they serve, speaking together ("i segretari di Fim e Fiom, Rossi e Bianchi"). */
  officers?: Speaker;
  /** The verb is plural ("hanno scritto"): with no name, the speaker is not the last person quoted. */
  plural?: boolean;
  /** A colon with no verb ("Programma: «…»"): speech only if the text around names someone to say it. */
  onlyIfNamed?: boolean;
  /** A topic before a colon ("Sul rientro di X: «…»"): an interview's answer, by whoever answers there, not by X. */
  topic?: boolean;
  /** Read in a document that names nobody ("», si legge nella nota"): said by the office issuing it, never by a person. */
  document?: boolean;
  /** Found in the sentence or paragraph after the marks ("». Così X", "». Lo ha detto X"), not glued to them. */
  following?: boolean;
  /** Glued to the marks by a noun for the words ("» è il commento del consigliere X"): as plain as a verb of saying. */
  pointed?: boolean;
  /** The speaker only described, by a common noun after the verb ("», spiega una residente", "– dice il 31enne –"). */
  described?: Description;
  /** An organisation called by a common noun the text never ties to a name ("», dice la società"): nobody's, not a person's. */
  body?: boolean;
  /** The words are a phrase the verb says was used ("parla di «disastro annunciato»"): speech however short, no label. */
  phrase?: boolean;
}

/**
 * After "lo", a form the article cannot stand before is the pronoun's verb: "Lo dice la Coldiretti:", "Lo afferma X".
 * The article "lo" goes only before s and a consonant, z, gn, ps, x (and "lo scritto" is a noun): there, a form ending
 * in o or i is read as the noun it may be.
 */
export function pointedVerb(word: string): boolean {
  return !/^(?:s[^aeiouàèéìòù]|z|gn|ps|x|y)/u.test(word) || !/[oi]$/u.test(word);
}

/** A verb of saying starting exactly at `at` (not a noun like "la nota", "una conferma"). */
export function sayingAt(text: string, at: number): number | undefined {
  const length = sayingLength(text, at);
  if (length < 0) return undefined;
  // A one-word form after an article is a noun ("la nota", "una conferma"); "lo ha detto" is a pronoun and a verb.
  const before = wordsOf(text, Math.max(0, at - 20), at).at(-1);
  if (!/\s/u.test(text.slice(at, at + length)) && before && before.end >= at - 1 && DETERMINERS.has(before.key) && !(before.key === 'lo' && pointedVerb(text.slice(at, at + length).toLowerCase()))) return undefined;
  return at + length;
}

/** Every verb of saying in [from, to), as [start, end]. */
export function sayings(text: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let match = nextSaying(text, from, to); match; match = nextSaying(text, match[0] + match[1], to)) {
    const end = sayingAt(text, match[0]);
    if (end !== undefined && end <= to) found.push([match[0], end]);
  }
  return found;
}

/** What an office speaks through: "– prosegue la nota –", "aggiunge il comunicato". */
const DOCUMENT_WORDS = new Set(DOCUMENTS.split('|'));

/** Does a speaker follow a verb: a capitalised name or a title ("il presidente"), after at most three words? */
function speakerFollows(text: string, at: number, to: number): boolean {
  const words = wordsOf(text, at, Math.min(to, at + 200));
  // "ci dice che la Fiera …": a verb with a clause of its own is the quotation's words; no subject comes after "che".
  if (words[0]?.key === 'che' && !/[,.;:!?\u2013\u2014«»“”"]/u.test(text.slice(at, words[0].start))) return false;
  for (let i = 0; i < Math.min(words.length, 5); i++) {
    const word = words[i]!;
    const gap = text.slice(i === 0 ? at : words[i - 1]!.end, word.start);
    if (/[,.;:!?\u2013\u2014«»“”"]/u.test(gap) && !(/^\.\s+$/u.test(gap) && i > 0 && SHORT_TITLE.test(words[i - 1]!.text))) return false;
    if (word.capital && !DETERMINERS.has(word.key)) return true;
    // An honorific after its article too, however short: "la dott.ssa X", "il prof. X".
    if ((ROLE_GROUP.has(word.key) || HONORIFICS.has(word.key)) && i > 0 && DETERMINERS.has(words[i - 1]!.key)) return true;
    // A document right after the verb ("prosegue la nota") or as where the words are ("scrive l’associazione in un
    // comunicato"); elsewhere it is the verb's object ("domandava dove fosse quel documento").
    if (DOCUMENT_WORDS.has(word.key) && i > 0 && DETERMINERS.has(words[i - 1]!.key) && (i === 1 || /^(?:in|con)$/u.test(words[i - 2]!.key))) return true;
    // "il primo cittadino", "la prima cittadina": the mayor.
    if (/^cittadin[oa]$/u.test(word.key) && i > 1 && /^prim[oa]$/u.test(words[i - 1]!.key) && DETERMINERS.has(words[i - 2]!.key)) return true;
    // "il numero uno della società", "la numero due del club": its head, or second in command.
    if (word.key === 'numero' && i > 0 && DETERMINERS.has(words[i - 1]!.key) && /^(?:uno|due)$/u.test(words[i + 1]?.key ?? '')) return true;
    if (i >= 3 && !DETERMINERS.has(word.key)) return false;
  }
  return false;
}

/** An article or a name, not a word in capitals ("dice NO al piano"), opening the subject after a verb of saying. */
const SUBJECT_OPENING = /^[ \t]+(?:(?:il|lo|la|i|gli|le)[ \t]|l[’']|\p{Lu}\p{Ll})/u;

/** Titles written short before a name, ending the text before their full stop. */
const SHORT_TITLE = new RegExp(`(?:^|[\\s’'])(?:${[...SHORT_TITLES, 'dott\\.ssa'].join('|')})$`, 'iu');

/** A short capitalised name in marks of its own (forty characters at most): “Mani Tese”, "Zampe Amiche". */
const NAME_IN_MARKS = /^(?:“\p{Lu}[^“”«»"\n]{0,40}”|"\p{Lu}[^“”«»"\n]{0,40}"|‘\p{Lu}[^‘’“”«»"\n]{0,40}’)(?=[\s,.\u2013\u2014-])/u;

/** A name of two to four capitalised words. */
const FULL_NAME = String.raw`\p{Lu}[\p{L}’']+(?:[ \t]+\p{Lu}[\p{L}’']+){1,3}`;

/**
 * After a dashed verb of saying: an article, a description with no stop, and the name closing the aside, after a
 * comma or straight after the description; several names, listed, for a plural verb ("– sostengono i componenti della
 * delegazione Roberto Scarpa, Giulia Tonetto ed Enrico Dal Bo –").
 */
const DESCRIBED_THEN_NAMED = new RegExp(
  String.raw`^[ \t]+(?:il|lo|la|l[’']|i|gli|le)[ \t]*[^\u2013\u2014«»“”"_.;:!?\n]{1,160}?(?:,[ \t]+${FULL_NAME}|[ \t]+${FULL_NAME}(?:,[ \t]+${FULL_NAME})*[ \t]+(?:e|ed)[ \t]+${FULL_NAME})[ \t]*(?:[\u2013\u2014]|-(?=[\s.,]|$))[.,]?`,
  'u',
);

/** How far a role-sized attribution may run; one between dashes, to its closing dash, twice as far. */
const ATTRIBUTION_REACH = 240;

/**
 * Where a role-sized attribution ends: a closing dash, a full stop before a new sentence, or the end of the piece.
 * One that opened with a dash may say at length where and when the words were said ("– dichiara X, presidente di Y,
 * nel corso della conferenza stampa (promossa da …) che si è svolta oggi alla presenza di … –"), as releases do: past
 * the usual reach only its closing dash ends it.
 */
function attributionEnd(text: string, at: number, to: number, glued = false, dashed = false): { end: number; by: 'dash' | 'sentence' | 'piece' } | undefined {
  for (let i = at; i < to; i++) {
    const far = i - at > ATTRIBUTION_REACH;
    if (far && !(dashed && i - at <= 2 * ATTRIBUTION_REACH)) return undefined;
    const char = text[i]!;
    // Hyphens glued to the attribution's words ("grave -prosegue la nota- far") close it when it opened so.
    // A comma may follow the closing hyphen ("- ha rimarcato Zanin -, in modo da").
    // So does a hyphen glued to the name, before the quotation goes on in lower case ("– ha spiegato il sindaco X- in modo da"),
    // or with a sentence of its own when a dash opened the aside ("– rileva il sindaco X- E' un record").
    if (/[\u2013\u2014]/u.test(char) || (char === '-' && (glued || /\s/u.test(text[i - 1] ?? '') || ((dashed ? /^\s[\p{Ll}\p{Lu}]/u : /^\s\p{Ll}/u).test(text.slice(i + 1, i + 3)) && wordsOf(text, at, i).length <= 8)) && /^(?:\s|[,;]\s)/u.test(text.slice(i + 1, i + 3)))) {
      let end = i + 1;
      while (end < to && /[.,]/u.test(text[end]!)) end++;
      return { end, by: 'dash' };
    }
    // Not the full stop of a title written short before the name ("– ha spiegato l’ing. Paolo Zubani, progettista –").
    if (/[.!?…]/u.test(char) && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4)) && !(char === '.' && SHORT_TITLE.test(text.slice(Math.max(at, i - 8), i)))) return far ? undefined : { end: i + 1, by: 'sentence' };
    // A name in marks inside it is part of it: "– afferma X, presidente dell’associazione “Mani Tese” –".
    const named = i > at ? NAME_IN_MARKS.exec(text.slice(i, i + 48)) : null;
    if (named) {
      i += named[0].length - 1;
      continue;
    }
    if (/[;:«»“”"]/u.test(char)) return undefined;
  }
  return to - at > ATTRIBUTION_REACH ? undefined : { end: to, by: 'piece' };
}

/** A speaker named after a dashed verb (a title first, or none) and the quotation going on in lower case. */
const NAMED_UNCLOSED = /^[ \t]+(?:(?:il|la|lo|l[’'])[ \t]*\p{Ll}+[ \t]+)?(?:\p{Lu}[\p{Ll}’']+[ \t]+){2,3}(?=\p{Ll}{2,}[ \t])/u;

/**
 * Attributions that interrupt a quotation without closing its marks: "… – dichiara X, ruolo – …",
 * "… – dichiara X, ruolo. …", and the dash-less "… aggiunge Tronzano – …".
 */
export function innerAttributions(text: string, piece: Range): Range[] {
  // "– come ricordato da X –": a participle's agent, not found among the verbs of saying.
  const agents = agentAsides(text, piece);
  const found: Range[] = [...agents];
  for (const [verbStart, verbEnd] of sayings(text, piece.start, piece.end)) {
    if (found.some((range) => verbStart < range.end && (!agents.includes(range) || verbEnd > range.start))) continue;
    const before = text.slice(piece.start, verbStart);
    // A hyphen may be glued to the word before it: "anzi- ha evidenziato Tassinari- abbiamo".
    // An impersonal "si" may stand before the verb of a document: "– si conclude la nota –"; and a reporter's "ci", "mi"
    // before anyone's: "– ci racconta una vicina –", "– mi dice X –"; and whom the words answer: "– gli fa eco X –".
    // Or to the stop ending the words before it, left out with the dash: "accaduto .- dice X -".
    const dash = /(?:[\u2013\u2014]|\s-|(?<=[\p{L}\p{N}])-(?=[ \t])|[.,]-(?=[ \t]))[ \t]*(?:(?:poi|ancora|anche|infine|quindi|invece|così)\s+)?(?:(?:si|ci|mi|gli|le|ce\s+lo|me\s+lo)\s+)?$/u.exec(before);
    const afterVerb = text.slice(verbEnd, piece.end);
    // Opened by a dash, the verb may have the closing hyphen glued to the words going on: "–ha detto-vogliono".
    const gluedClose = dash !== null && /[\u2013\u2014]/u.test(dash[0]) && /^-\p{Ll}/u.test(afterVerb);
    if (dash && (gluedClose || /^\s*(?:[\u2013\u2014]|-(?=[\s.,]|$))/u.test(afterVerb))) {
      // "– ha precisato –": no name, the speaker is the quotation's.
      const close = verbEnd + /^\s*(?:[\u2013\u2014]|-)[.,]?/u.exec(afterVerb)![0].length;
      found.push({ start: verbStart - dash[0].length, end: close });
      continue;
    }
    // "– ha dichiarato all’uscita dall’aula –": circumstances and no name, the speaker is the quotation's; after a
    // comma too ("– ha detto, dandogli il benvenuto –").
    const circumstances = dash ? /^\s*,?\s+([^\u2013\u2014«»“”"_.;:!?-]{1,140}?)\s*(?:[\u2013\u2014]|-(?=[\s.,]|$))[.,]?/u.exec(afterVerb) : null;
    // Or someone described, with a clause about them: "- aggiunge la donna, che per paura preferisce restare anonima -.",
    // "– hanno detto i lavoratori, alla presenza anche dei delegati -.".
    const described = circumstances !== null && /^(?:il|lo|la|l[’']|i|gli|le|un|uno|una)\s*\p{Ll}+\s*,/u.test(circumstances[1]!);
    // (The clause about them may name a place or an office: "– tuonano i genitori, tra cui il vice presidente del Municipio II –".)
    const plain = described ? circumstances[1]!.slice(0, circumstances[1]!.indexOf(',')) : circumstances?.[1] ?? '';
    // A gerund's clause names whom the speaker addresses, not the speaker: "– ha detto rivolgendosi a Rossi –".
    const gerund = circumstances !== null && /^\p{Ll}+(?:ando|endo)(?:[lmst]i|[lc]e|ne|l[oa])?\s/u.test(circumstances[1]!);
    // Where and how it was said may take a few words more: "- racconta in un video pubblicato sui suoi profili social -".
    const where = circumstances !== null && /^(?:in|nel|nella|nei|nelle|durante|davanti|su|sul|sulla|sui|con)\s/u.test(circumstances[1]!);
    if (circumstances && wordsOf(circumstances[1]!).length <= (described ? 16 : where ? 10 : 7) && (gerund || !wordsOf(plain).some((word) => word.capital)) && !speakerFollows(text, verbEnd, piece.end)) {
      found.push({ start: verbStart - dash![0].length, end: verbEnd + circumstances[0].length });
      continue;
    }
    // Someone described at length, named last before the closing dash: "– ha dichiarato la capitana della squadra di
    // casa, Anna Neri –." The description's words are not a speaker's yet; the name closing the aside is.
    const namedLast = dash ? DESCRIBED_THEN_NAMED.exec(afterVerb) : null;
    if (namedLast) {
      found.push({ start: verbStart - dash![0].length, end: verbEnd + namedLast[0].length });
      continue;
    }
    if (!speakerFollows(text, verbEnd, piece.end)) continue;
    // Between commas, the quotation going on in lower case: "«… è giusta, ha commentato l’assessora X, ma che …»".
    // Early in the quotation, as attributions are; deep in a long one it reports what someone else said.
    if (!dash && /\p{L}[ \t]*,[ \t]*$/u.test(before) && wordsOf(before).length <= 25) {
      const comma = /^[^;:.!?«»“”"_\u2013\u2014]{1,120}?,(?=[ \t]*(\p{Ll}+))/u.exec(text.slice(verbEnd, piece.end));
      // Not a role in apposition after the name ("…, X, presidente di Y, …"): that comma ends no attribution.
      if (comma && !ROLE_GROUP.has(comma[1]!) && wordsOf(comma[0]).length <= 12) {
        found.push({ start: verbStart, end: verbEnd + comma[0].length });
        continue;
      }
      // Or ending its sentence, the quotation going on with the next: "«… dell’incendio, afferma la vicesindaca X che ha
      // seguito la situazione. Vigili del fuoco …»".
      const stop = /^[^;:.!?«»“”"_\u2013\u2014]{1,160}?\.(?=[ \t]+\p{Lu})/u.exec(text.slice(verbEnd, piece.end));
      if (!comma && stop && wordsOf(stop[0]).length <= 14 && !SHORT_TITLE.test(stop[0].slice(0, -1)) && SUBJECT_OPENING.test(stop[0])) {
        found.push({ start: verbStart, end: verbEnd + stop[0].length });
        continue;
      }
    }
    const end = attributionEnd(text, verbEnd, piece.end, dash !== null && dash[0].includes('-'), dash !== null);
    // Its closing dash lost, the aside ends with the name, the words going on in lower case: "accaduto .- dice il
    // capogruppo X Y non è che …".
    const named = (!end || end.by === 'piece') && dash ? NAMED_UNCLOSED.exec(afterVerb) : null;
    if (named) {
      found.push({ start: verbStart - dash![0].length, end: verbEnd + named[0].length });
      continue;
    }
    if (!end) continue;
    if (dash) {
      found.push({ start: verbStart - dash[0].length, end: end.end });
    } else if (end.by === 'dash' && before.trim() !== '' && /\p{L}\s+$/u.test(before)) {
      // The opening dash is missing: "La missione in Giappone aggiunge Tronzano – conferma …".
      found.push({ start: verbStart, end: end.end });
    }
  }
  // "– le parole del presidente X –", "– è il commento finale di X –", "– sono ancora le parole del consigliere X –":
  // a frame with no verb of saying, between dashes, naming who speaks.
  for (const frame of text.slice(piece.start, piece.end).matchAll(NOMINAL_FRAME)) {
    const start = piece.start + frame.index;
    const end = start + frame[0].length;
    if (!found.some((range) => start < range.end && end > range.start) && speakerFollows(text, start + frame[0].indexOf(frame[1]!) + frame[1]!.length, end)) found.push({ start, end });
  }
  // "– si legge nella nota della X –", "- come si legge in una nota sindacale-", "– si continua a leggere nella lettera –":
  // the document the words are read in, between dashes, with no verb of saying.
  const words = text.slice(piece.start, piece.end);
  // Only pieces that read something are scanned ("legge", "leggere"): most quote no document.
  if (words.includes('legg')) for (const frame of words.matchAll(DOCUMENT_FRAME)) {
    const start = piece.start + frame.index;
    const end = start + frame[0].length;
    if (!found.some((range) => start < range.end && end > range.start)) found.push({ start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A dashed frame reading the words in a document: "– si legge nella nota –", "- come si legge in una nota sindacale-".
 * Within one sentence: a full stop before a capital ends it, unless it shortens a title ("del dott. Rossi").
 */
const DOCUMENT_FRAME = new RegExp(`(?:[\\u2013\\u2014]|(?<=\\s)-|(?<=[\\p{L}\\p{N}])-(?=[ \\t]))[ \\t]*${READING}(?:\\s+ancora(?![\\p{L}]))?(?:[^\\u2013\\u2014«»“”"_;:!?.\\n]|\\.(?!\\s+[\\p{Lu}\\p{N}])|(?<=(?<![\\p{L}])(?:${SHORT_TITLES.join('|')}|ssa))\\.){0,160}?(?:[ \\t]*[\\u2013\\u2014]|[ \\t]-(?=[\\s.,])|(?<=[\\p{L}\\p{N}.])-(?=[ \\t]))[.,]?`, 'gu');

/** A document and the preposition before whoever issued it: "nella nota diffusa dalla ", "in una nota del ". */
const DOCUMENT_OF = new RegExp(`(?:${DOCUMENTS}|comunicazione)(?:\\s+\\p{Ll}+)?(?:\\s+(?:diffus|firmat|pubblicat|inviat|redatt|sottoscritt)[oaie])?\\s+(?:(?:dalla|dallo|dagli|dai|dal|da|della|dello|degli|dei|del|delle|di)(?![\\p{L}])|dall[’']|dell[’'])\\s*`, 'iu');

/** Only the document a body speaks in between the body and the colon: " in una nota:", " con un comunicato diffuso ieri:". */
const OFFICE_DOCUMENT = new RegExp(`^\\s+(?:in|con)\\s+(?:una|un)\\s+(?:${DOCUMENTS})(?:\\s+\\p{Ll}+){0,2}\\s*:$`, 'u');

/** A document after a verb of saying, then its issuer: "conclude la nota della ASL", "si legge nel bollettino diffuso dall’". */
const DOCUMENT_AFTER_VERB = new RegExp(`^\\s*(?:(?:la|il|nel|nella|in\\s+una|in\\s+un)\\s+)(?:${DOCUMENTS})(?:\\s+(?:diffus|firmat|pubblicat|inviat)[oa])?\\s+(?:(?:della|dello|del|di|dalla|dallo|dal|da)(?![\\p{L}])|dell[’']|dall[’'])\\s*`, 'iu');

/** Where the issuer of a document named in [from, to) starts: right after DOCUMENT_OF. */
function documentIssuerAt(text: string, from: number, to: number): number | undefined {
  const document = DOCUMENT_OF.exec(text.slice(from, to));
  return document ? from + document.index + document[0].length : undefined;
}

/** The office a document frame names as issuing it: "nella nota diffusa dalla Guardia di finanza", "in una nota del Comando provinciale". */
export function documentIssuer(text: string, from: number, to: number): string | undefined {
  const at = documentIssuerAt(text, from, to);
  if (at === undefined) return undefined;
  const organisation = organisationAfter(text, at);
  return organisation && namesOffice(organisation) && at + organisation.length <= to ? organisation : undefined;
}

/** The common noun of the body a document frame names as issuing it: "in una nota della società" -> "società". */
export function documentBody(text: string, from: number, to: number): { noun: string; end: number } | undefined {
  const at = documentIssuerAt(text, from, to);
  return at === undefined ? undefined : organisationNounAt(text, at, to, true);
}

/** A dashed frame naming the speaker with a noun for what is said: its words up to the speaker's complement, then the rest to the closing dash. */
const NOMINAL_FRAME = /(?:[\u2013\u2014]|(?<=\s)-)[ \t]*(?:(?:è|sono|queste|questo|questa|ecco)\s+)?(?:(?:ancora|poi|infine|invece)\s+)?((?:le\s+parole|il\s+commento|il\s+pensiero|la\s+riflessione|l[’']analisi|l[’']appello|il\s+monito|l[’']auspicio)(?:\s+\p{Ll}+)?)(?=\s+(?:(?:di|del|dello|della|dei|degli|delle)(?![\p{L}])|dell[’']))[^\u2013\u2014«»“”"_.;:!?]{1,140}?[ \t](?:[\u2013\u2014]|-(?=[\s.,]))[.,]?/gu;

/** The first mention after `at` that a verb of saying introduces, within a few words and the same clause. */
export function mentionAfterVerb(text: string, mentions: Mention[], at: number, limit: number): Mention | undefined {
  // (A name in marks inside it does not end it: "è la coordinatrice del tavolo “Montagna e Sport”, X".)
  const clause = /[.;:!?«»“”"\n]|[\u2013\u2014]/u.exec(text.slice(at, limit).replace(MARKED_NAME, (name) => ' '.repeat(name.length)));
  const clauseEnd = clause ? at + clause.index : limit;
  const verbEnd = at;
  for (const mention of mentions) {
    // Past someone addressed, the next mention's title may have been read back over them: it starts where they end.
    if (mention.start < at && !(at > verbEnd && mention.start >= verbEnd && mention.nameStart >= at)) continue;
    if (mention.start >= clauseEnd) break;
    const between = text.slice(at, Math.max(at, mention.start));
    // "chiede al sindaco X il presidente Y": X is whom the words are addressed to; the speaker, if named, comes after.
    // (A whole word: callers may start inside one, as "d|al presidente" after a passive's agent.)
    if (/^\s*(?:(?:a|ad|al|allo|alla|ai|agli|alle)\s+|all[’']\s*)$/iu.test(between) && (/^\s/u.test(between) || !/\p{L}/u.test(text[at - 1] ?? ''))) {
      at = mention.end;
      continue;
    }
    // "ha dichiarato il funzionario di guardia dei vigili del fuoco, Simone Gribaudo": a role phrase in apposition.
    if (between.includes(',') && mention.kind !== 'title') {
      // Circumstances may come first ("ha detto in aula la relatrice …, X", "all’uscita dall’aula il fratello …, X"),
      // and the title may be written with capitals ("il Chief Financial Officer, X").
      const apposed = /^(\s*(?:(?:(?:in|a|al|allo|alla|ai|agli|alle|da|dal|dalla|nel|nella|durante|dopo|prima)(?![\p{L}])|all[’']|dall[’']|nell[’'])[^,;:.!?«»“”"_]{0,40}?\s)?)(?:il|lo|la|l[’']|i|gli|le)\s*\p{L}[^,;:.!?]{0,80},\s*$/u.exec(between);
      // (Plural too: "Con queste parole i capigruppo di maggioranza di Sacile, X, Y e Z", joined as one speaker later.)
      if (apposed && wordsOf(between).length <= 16 && sayings(text, at, mention.start).length === 0) {
        const role = between.slice(apposed[1]!.length).replace(/^\s*(?:il|lo|la|l[’']|i|gli|le)\s*/u, '').replace(/,\s*$/u, '').replace(/\s+/gu, ' ');
        return mention.role || mention.title ? mention : { ...mention, title: role };
      }
    }
    // Circumstances between commas before the speaker: "Lo ha detto, all’agenzia Dire, il direttore generale …, X".
    const aside = /^\s*,\s*(?:(?:in|a|al|alla|ai|da|dal|dalla|nel|nella|durante|dopo|prima|davanti|ospite)(?![\p{L}])|all[’']|dall[’']|nell[’'])[^,;:.!?«»“”"_]{1,40},\s*(?:(?:il|lo|la|l[’'])\s*)?$/iu.exec(between);
    if (aside && mention.kind !== 'title' && sayings(text, at, mention.start).length === 0) return mention;
    // A comma alone between the verb and a full name: "Lo ha detto, X, presidente di …".
    if (/^\s*,\s*$/u.test(between) && mention.kind === 'person') return mention;
    // Whom or where it was said to, then a comma and a full name: "ha detto all’Ansa, X, presidente di …". A name, not a
    // title ("ha scritto al sindaco, X" names the one written to).
    if (mention.kind === 'person' && addressedName(between) && sayings(text, at, mention.start).length === 0) return mention;
    // Two titles joined, the second before the name: "ha detto in aula la relatrice della legge e presidente della commissione, X".
    if (mention.kind !== 'title' && mention.title && !between.includes(',') && wordsOf(between).length <= 14 && /^(?:\s*(?:(?:in|a|al|alla|da|dal|dalla|nel|nella|durante|dopo)(?![\p{L}])|all[’']|dall[’']|nell[’'])[^,;:.!?«»“”"_]{0,40}?\s)?(?:il|lo|la|l[’'])\s*\p{Ll}[^,;:.!?«»“”"_]{0,60}\s(?:e|ed)\s*$/u.test(between) && sayings(text, at, mention.start).length === 0) return mention;
    if (between.includes(',') || wordsOf(text, at, mention.start).length > 6) return undefined;
    // Its title then runs from there: "il presidente dell’Anci", not the addressee's words before it.
    if (mention.start < at && mention.title) return { ...mention, start: at, title: text.slice(at, mention.nameStart).trim().replace(/^(?:il|lo|la|l[’'])\s*/iu, '').replace(/\s+/gu, ' ') };
    return mention.kind === 'title' ? (appositionOf(text, mentions, mention, clauseEnd) ?? titledPerson(text, mentions, mention, clauseEnd) ?? mention) : mention;
  }
  return undefined;
}

/** " all’Ansa, ", " a Roma, ": a preposition and capitalised words only, then the comma before the speaker's name. */
function addressedName(between: string): boolean {
  const found = /^\s*(?:(?:a|ad|al|allo|alla|ai|agli|alle)\s+|all[’']\s*)([^,;:.!?«»“”"_()]{1,40}),\s*$/u.exec(between);
  return found !== null && wordsOf(found[1]!).every((word) => word.capital && !ROLE_GROUP.has(word.key));
}

/** A portfolio after a title: " con delega allo sport ", " alle politiche sociali ". */
const PORTFOLIO = /^[ \t]+(?:con[ \t]+(?:la[ \t]+)?deleg[ae][ \t]+)?(?:(?:a|ai|al|allo|alla|agli|alle)[ \t]+|all[’'])\p{Ll}+(?:[ \t]+(?:e[ \t]+)?\p{Ll}+){0,3}[ \t]+$/u;

/** The person a run of titles leads to: "ha commentato la Ceo e cofondatrice Sara Lambertini". */
function titledPerson(text: string, mentions: Mention[], title: Mention, limit: number): Mention | undefined {
  const next = mentions.find((mention) => mention.start >= title.end && mention.kind !== 'title');
  if (!next || next.start >= limit || /[,;:.!?()]/u.test(text.slice(title.end, next.nameStart))) return undefined;
  const between = wordsOf(text, title.end, next.nameStart);
  // Adjectives of the titles count too: "il deputato e medico anconetano X", "la sindaca e consigliera regionale X".
  const adjective = (word: Word) => !word.capital && /\p{L}{3,}(?:ano|ana|ese|ale|ino|ina|ense)$/u.test(word.key);
  // Or the portfolio it is held for, in lower case: "ha spiegato l’assessore con delega allo sport X".
  if (PORTFOLIO.test(text.slice(title.end, next.nameStart)) && between.length <= 6 && between.every((word) => !word.capital)) return next.title || next.role ? next : { ...next, title: text.slice(title.nameStart, next.nameStart).replace(/\s+/gu, ' ').trim() };
  return between.length <= 5 && between.every((word) => ROLE_GROUP.has(word.key) || DETERMINERS.has(word.key) || word.key === 'e' || word.key === 'ed' || adjective(word)) && (!between.some(adjective) || between.some((word) => ROLE_GROUP.has(word.key))) ? next : undefined;
}

/**
 * A short capitalised name in marks naming a thing, right before the comma of an apposition: “Montagna e Sport”, X
 * (in the narration it may be blanked as quoted words).
 */
const MARKED_NAME = /(?:“(?:\p{Lu}[^“”«»\n]{0,40}|_{1,41})”|«(?:\p{Lu}[^«»“”\n]{0,40}|_{1,41})»)(?=\s*,\s*\p{Lu})/gu;

/** The person a bare title is in apposition with: "ha aggiunto il comandante provinciale, il generale Antonino Raimondo". */
function appositionOf(text: string, mentions: Mention[], title: Mention, limit: number): Mention | undefined {
  const next = mentions.find((mention) => mention.start >= title.end && mention.kind !== 'title');
  if (!next || next.start >= limit) return undefined;
  // A name in marks inside the title counts as one word: "la coordinatrice del tavolo “Montagna e Sport”, X".
  const between = text.slice(title.end, next.start).replace(MARKED_NAME, '“”');
  if ((between.match(/,/gu) ?? []).length !== 1 || /[;:.!?]/u.test(between) || wordsOf(between).length > 8) return undefined;
  // The apposition names the person: nothing after the comma but an article and titles ("il generale").
  const afterComma = wordsOf(text, next.start - (between.length - between.indexOf(',') - 1), next.start);
  // Ranks and their initials too: "…, Gen. C.A. Corrado Rossi".
  if (!afterComma.every((word) => DETERMINERS.has(word.key) || ROLE_GROUP.has(word.key) || HONORIFICS.has(word.key) || /^\p{Lu}$/u.test(word.text))) return undefined;
  // The title phrase before the comma is the role as written, unless one follows the name.
  const role = text.slice(title.nameStart, title.end + between.indexOf(',')).replace(/\s+/gu, ' ').trim();
  return next.role ? next : { ...next, role };
}

/** Lower-case words inside the name of an office: "Ufficio stampa", "Protezione civile regionale". */
export const OFFICE_WORDS = new Set(['consiliare', 'consiliari', 'stampa', 'comunicazione', 'comunicazioni', 'sociali', 'relazioni', 'esterne', 'regionale', 'provinciale', 'comunale', 'nazionale', 'territoriale', 'sanitaria', 'sanitario', 'ospedaliera', 'universitaria', 'civile', 'generale', 'pubblica', 'locale', 'metropolitana']);
/** Nouns of the public bodies and offices that issue papers and speak through them. */
export const PUBLIC_BODIES = new Set(['ministero', 'regione', 'comune', 'provincia', 'assessorato', 'dipartimento', 'azienda', 'agenzia', 'ufficio', 'prefettura', 'questura', 'procura', 'università', 'ateneo', 'consiglio', 'giunta', 'camera', 'segreteria', 'direzione', 'presidenza', 'direttivo']);
/** Bodies written in lower case after a preposition: "del ministero dell’Istruzione", "della giunta regionale". */
export const BODIES = new Set(['fuoco', 'famiglia', 'associazione', 'comitato', ...PUBLIC_BODIES, 'città']);
export const LINKS = new Set(['di', 'd', 'del', 'della', 'dello', 'dell', 'dei', 'degli', 'delle', 'per', 'e', 'in']);

/**
 * The organisation an inner attribution names after its verb: "– precisa la Confagricoltura –", "– hanno fatto sapere
 * dall’Usb –", "-ricordano gli esponenti politici di FI-" (members speaking for it).
 */
export function organisationAfterVerb(text: string, verbEnd: number, end: number, plural: boolean): string | undefined {
  const via = /^\s*(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)(?![\p{L}])|dall[’'])\s*/iu.exec(text.slice(verbEnd, end));
  const members = plural ? /^\s*(?:i|gli|le)\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:(?:del|dello|della|dei|degli|delle|di)\s+|dell[’']\s*)/u.exec(text.slice(verbEnd, end)) : null;
  const through = via ? organisationAfter(text, verbEnd + via[0].length) : undefined;
  const named = organisationAfter(text, verbEnd) ?? (through && spokenThrough(through)) ?? (members ? organisationAfter(text, verbEnd + members[0].length) : undefined);
  const organisation = named && plural ? organisationList(text, text.indexOf(named, verbEnd), named, end) : named;
  if (!organisation || !namesOffice(organisation)) return undefined;
  // "– ha evidenziato il Magnifico Rettore –", "il Primo Cittadino": a title written with capitals is a person.
  if (wordsOf(organisation).slice(0, 2).some((word) => ROLE_GROUP.has(word.key) || /^cittadin[oa]$/u.test(word.key))) return undefined;
  return text.indexOf(organisation, verbEnd) + organisation.length <= end ? organisation : undefined;
}

/** An organisation named right after a verb of saying: "spiega Coldiretti Puglia in una nota", "l’Ufficio stampa della Regione". */
export function organisationAfter(text: string, at: number): string | undefined {
  const words = wordsOf(text, at, Math.min(text.length, at + 160));
  let first = 0;
  if (words[0] && /^(?:il|lo|la|l|i|gli|le)$/u.test(words[0].key)) first = 1;
  const head = words[first];
  // A body in lower case heads the name when a capitalised word follows: "l’ufficio stampa di Aeroporti di Puglia", "la famiglia Pintus";
  // in the same phrase, not past a stop or a mark ("scrive l’azienda. «Siamo …»" names no firm).
  const body = head !== undefined && BODIES.has(head.key) && words.slice(first + 1, first + 7).some((word) => word.capital && !/[.!?;:«»“”"(]/u.test(text.slice(head.end, word.start)));
  // Within the paragraph: past a break, a capital opens the next line ("concludono" with no stop, then a caption).
  if (!(head?.capital || body) || !/^[^\S\n]*$/u.test(text.slice(at, words[0]!.start)) || (first === 1 && !/^\s*$/u.test(text.slice(words[0]!.end, head!.start)))) return undefined;
  let end = first;
  for (let k = first + 1; k < words.length && k - first < 9; k++) {
    const word = words[k]!;
    if (!/^[ \t]*$/u.test(text.slice(words[k - 1]!.end, word.start))) break;
    const linked = LINKS.has(words[k - 1]!.key);
    // Adjectives of an office right after its noun: "Corpo forestale", "Centro funzionale regionale".
    const adjective = !linked && k === end + 1 && /\p{L}(?:ale|ali|ile|ili)$/u.test(word.key);
    // A body named by what it gathers: "il comitato pendolari della Roma-Viterbo".
    const gathers = body && k === first + 1 && !LINKS.has(word.key) && !DETERMINERS.has(word.key);
    // A noun in lower case between two links, a capitalised word after: "Guardia di finanza di Rieti", "Camera di commercio di Pisa".
    const inner = linked && k === end + 2 && LINKS.has(words[k + 1]?.key ?? '') && words[k + 2]?.capital === true && /^[ \t]*$/u.test(text.slice(word.end, words[k + 2]!.start).replace(words[k + 1]!.text, ''));
    // The same with the noun's adjective: "Autorità di sistema portuale del Mar Tirreno".
    const qualified = linked && k === end + 2 && /\p{L}(?:ale|ali|ile|ili)$/u.test(words[k + 1]?.key ?? '') && LINKS.has(words[k + 2]?.key ?? '') && words[k + 3]?.capital === true && /^[ \t]+$/u.test(text.slice(word.end, words[k + 1]!.start)) && /^[ \t]+$/u.test(text.slice(words[k + 1]!.end, words[k + 2]!.start));
    // A body's kind before its proper name: "dell’associazione culturale gallaratese Ponte Civico".
    const kind = k === end + 1 && BODIES.has(words[end]!.key) ? namedKindEnd(text, words, k) : undefined;
    if (kind !== undefined) {
      end = kind;
      k = kind;
    } else if (word.capital || /^\p{N}/u.test(word.text) || OFFICE_WORDS.has(word.key) || adjective || gathers || inner || qualified || (linked && BODIES.has(word.key))) end = k;
    else if (!LINKS.has(word.key)) break;
  }
  return text.slice(head.start, legalFormEnd(text, words[end]!.start, words[end]!.end));
}

/**
 * Where a body's lower-case kind ends in its proper name, from word `k` after the body noun: up to three words, none a
 * link or an article, then a capital ("culturale gallaratese Ponte"); undefined when no name follows.
 */
function namedKindEnd(text: string, words: readonly Word[], k: number): number | undefined {
  for (let j = k; j < k + 3 && j < words.length; j++) {
    const word = words[j]!;
    if (word.capital || LINKS.has(word.key) || DETERMINERS.has(word.key) || !/^[ \t]+$/u.test(text.slice(words[j - 1]!.end, word.start))) return undefined;
    const next = words[j + 1];
    if (next?.capital && /^[ \t]+$/u.test(text.slice(word.end, next.start))) return j + 1;
  }
  return undefined;
}

/** Adjectives that open a nominal sentence before the office they judge: "Cauta Confindustria, che …", "Soddisfatta la Cgil". */
export const VERDICT = /^(?:caut|soddisfatt|critic|dur|nett|positiv|perpless|preoccupat|favorevol|contrari|fiducios|delus|amareggiat|entusiast|prudent|scettic)[aoei]?$/u;

/** Can a capitalised run opening a sentence be an office's name: not "E", "Poi", "È", "Nella", "Previste", "Ore 7", "Riunitisi"? */
export function namesOffice(organisation: string): boolean {
  const head = wordsOf(organisation)[0];
  // Nor a verb form opening the sentence: "Riunitisi in assemblea", "Rispondendo alle critiche".
  return head !== undefined && !isNewspaper(organisation) && !isVerbForm(head.text) && !DETERMINERS.has(head.key) && !CONJUNCTIONS.has(head.key) && !FUNCTION_WORDS.has(head.key) && !/^(?:è|e|poi|ora|oggi|ieri|anche|intanto|infine|previst[oaie]|ore)$/u.test(head.key) && !/^\p{L}+\s+\p{N}/u.test(organisation);
}

/**
 * The office opening a sentence at `at` as the subject of the verb at `verb` ("Il Corpo forestale ha invece ricordato",
 * "La Questura, in una nota, spiega"), past an adjective judging it ("Cauta Confindustria"); not "E", "Poi", a person.
 */
export function officeOpening(text: string, at: number, verb: number): string | undefined {
  // A verb in the passive ("Soddisfazione è espressa dal presidente …"): its subject is what is said, not who says it.
  if (/^(?:è|é|sono|viene|vengono)\s+(?:stat[oaie]\s+)?\p{L}+(?:at|ut|it|ess|ett|ost|est)[oaie](?![\p{L}])/iu.test(text.slice(verb, verb + 40))) return undefined;
  const first = wordsOf(text, at, Math.min(text.length, at + 40))[0];
  const skip = first && VERDICT.test(first.key) && /^\s+(?:(?:la|il|lo|l[’']|i|gli|le)\s*)?\p{Lu}/u.test(text.slice(first.end, first.end + 8)) ? first.end : at;
  const organisation = organisationAfter(text, skip === at ? at : skip + /^\s*/u.exec(text.slice(skip))![0].length);
  if (!organisation || !namesOffice(organisation)) return undefined;
  const end = text.indexOf(organisation, at) + organisation.length;
  if (end > verb) return undefined;
  const between = text.slice(end, verb);
  return /^\s*(?:,\s*in\s+una\s+nota\s*,)?\s*(?:(?:ha|hanno|invece|anche|poi|inoltre|già)\s+)*$/iu.test(between) || /^\s*$/u.test(between) ? organisation : undefined;
}

/** "si legge nella nota diffusa dalla …", "si legge sul profilo Facebook del …": the issuer follows. */
const READ_IN_DOCUMENT = new RegExp(`^si\\s+legge(?![\\p{L}])[^.;:!?«»“”"_\\n]{0,60}?(?:${DOCUMENTS}|pagina|profilo)(?:\\s+(?:\\p{Ll}+|Facebook|Instagram))?(?:\\s+(?:diffus|firmat|pubblicat|inviat|redatt|sottoscritt)[oaie])?\\s+(?:(?:dalla|dallo|dagli|dai|dal|da|della|dello|degli|dei|del|delle|di)(?![\\p{L}])|dall[’']|dell[’'])\\s*(?:gruppo\\s+(?=\\p{Lu}))?`, 'iu');

/** An adverb the press sets after a verb of saying, before its subject with a capital. */
const SUBJECT_ADVERB = /^[ \t]+(?:invece|poi|anche|ancora|infine|inoltre|quindi|pure|allora|subito)(?=[ \t]+\p{Lu})/u;

/** Attribution right after a closing mark: ", ha detto X", " – spiega X, ruolo", ". Lo ha detto X", ": così X". */
export function attributionAfter(text: string, mentions: Mention[], close: number, limit: number): Attribution | undefined {
  const start = close + 1;
  const lead = /^[ \t]*(?:[,:]\s*|(?:[\u2013\u2014]|-(?=\s))\s*)?/u.exec(text.slice(start, limit))![0].length;
  let at = start + lead;
  // "«…», come ha sottolineato X": the same attribution, as a comparative clause.
  const come = /^come\s+/iu.exec(text.slice(at, limit));
  let verbEnd = sayingAt(text, at);
  if (verbEnd === undefined && come) {
    verbEnd = sayingAt(text, at + come[0].length);
    if (verbEnd !== undefined) at += come[0].length;
  }
  // The reporter told: "«…» ci dicono", "«…», mi racconta X".
  const told = verbEnd === undefined ? /^(?:ci|mi|ce\s+lo|me\s+lo)\s+/iu.exec(text.slice(at, limit)) : null;
  if (told) {
    verbEnd = sayingAt(text, at + told[0].length);
    if (verbEnd !== undefined) at += told[0].length;
  }
  if (verbEnd !== undefined) {
    // "ha commentato invece Bertolini", "aggiunge poi Ferretti": an adverb between the verb and the capitalised subject.
    const adverb = SUBJECT_ADVERB.exec(text.slice(verbEnd, limit));
    if (adverb) verbEnd += adverb[0].length;
    const plural = isPlural(text.slice(at, verbEnd));
    // "», spiega l’associazione guidata da X": the organisation speaks, not the person who leads it.
    const body = organisationNounAt(text, verbEnd, limit);
    if (body) return bodyAttribution(text, mentions, start, body);
    const speaker = mentionAfterVerb(text, mentions, verbEnd, limit);
    const bodies = speaker?.kind === 'person' || speaker?.kind === 'surname' ? undefined : bodiesSpeaking(text, mentions, start, verbEnd, limit);
    if (bodies) return { ...bodies, plural };
    const described = speaker?.kind === 'person' || speaker?.kind === 'surname' ? undefined : descriptionAt(text, verbEnd, limit);
    if (speaker) return { kind: 'after', start, end: speaker.end, speaker, plural, ...(described ? { described } : {}) };
    // "conclude la nota della ASL", "si legge nel bollettino diffuso dall’Agenzia …": the office behind the document.
    const document = DOCUMENT_AFTER_VERB.exec(text.slice(verbEnd, limit));
    // "sottolinea in una nota la Filt Cgil", "fanno sapere dalla Fiom" (the office as the place the words come from).
    const via = /^\s*(?:in\s+una\s+nota|in\s+un\s+comunicato|in\s+una\s+dichiarazione)?\s*,?\s*(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)(?![\p{L}])|dall[’'])?\s*/iu.exec(text.slice(verbEnd, limit))!;
    // "fanno sapere i volontari dell’associazione Zampe Amiche": members speaking for their organisation.
    const members = plural ? /^\s*(?:i|gli|le)\s+\p{Ll}+\s+(?:(?:del|dello|della|dei|degli|delle|di)\s+|dell[’']\s*)/u.exec(text.slice(verbEnd, limit)) : null;
    const through = via[0].trim() ? organisationAfter(text, verbEnd + via[0].length) : undefined;
    const named = organisationAfter(text, verbEnd) ?? (document ? organisationAfter(text, verbEnd + document[0].length) : undefined) ?? (through && /(?:^|\s)(?:da|dal|dallo|dalla|dai|dagli|dalle|dall[’'])\s*$/iu.test(via[0]) ? spokenThrough(through) : through) ?? (members ? organisationAfter(text, verbEnd + members[0].length) : undefined);
    const organisation = named && plural ? organisationList(text, text.indexOf(named, verbEnd), named, limit) : named;
    if (!organisation && described) return { kind: 'after', start, end: described.end, plural, described };
    return { kind: 'after', start, end: verbEnd + (organisation ? text.slice(verbEnd).indexOf(organisation) + organisation.length : 0), organisation, plural };
  }
  // "«…», si legge nel bollettino diffuso dall’Agenzia regionale": the office behind the document.
  // Or on a page of a social network: "si legge sulla pagina Facebook del gruppo Protezione civile di X".
  const read = READ_IN_DOCUMENT.exec(text.slice(at, limit));
  if (read) {
    // "si legge in una nota firmata dalla portavoce X": the person who signs it.
    const signer = mentionAfterVerb(text, mentions, at + read[0].length - 1, limit);
    if (signer) return { kind: 'after', start, end: signer.end, speaker: signer };
    const organisation = organisationAfter(text, at + read[0].length);
    if (organisation) return { kind: 'after', start, end: text.indexOf(organisation, at) + organisation.length, organisation };
    // "si legge nella nota dell’organizzazione": the one the text calls so, if it makes plain which.
    const body = organisationNounAt(text, at + read[0].length, limit, true);
    const referent = body && organisationReferent(text, mentions, body.noun, start, true);
    if (referent) return { kind: 'after', start, end: body.end, organisation: referent };
  }
  // "«…», si legge nella nota.": a document that names nobody; its issuer, if the text says, is found around it.
  const document = /^si\s+legge(?![\p{L}])/iu.exec(text.slice(at, limit));
  if (document) return { kind: 'after', start, end: at + document[0].length, document: true };
  // "«Una serrata illegittima», la definisce X": the words X calls something by, said by X.
  const calls = /^(?:lo|la|li|le|l[’'])\s*(?:ha\s+|hanno\s+)?defin(?:isce|iscono|ito|ita|iti|ite)\s+/iu.exec(text.slice(at, limit));
  const caller = calls ? mentions.find((mention) => mention.nameStart === at + calls[0].length && mention.kind !== 'title') : undefined;
  if (caller) return { kind: 'after', start, end: caller.end, speaker: caller };
  // "«…»: lo dichiara X", "«…», l’ha detto X", "«…» È quanto si legge in un comunicato di X".
  if (/^(?:lo|l[’']|(?:è|e[’']|questo\s+è)\s+quanto\s)\s*/iu.test(text.slice(at, limit))) {
    const clitic = sentenceAttribution(text, mentions, start, at, limit);
    if (clitic) return clitic;
  }
  const rest = text.slice(at, limit);
  // "«…» ad affermarlo è X", with no stop between.
  if (/^(?:a|ad)\s+\p{L}+(?:ar|er|ir)(?:lo|la|li|le|ne)\s/iu.test(rest)) {
    const pointed = sentenceAttribution(text, mentions, start, at, limit);
    if (pointed) return pointed;
  }
  // "», sono state le parole del presidente X", "», è il laconico commento del presidente …, X", "»: parole dure del
  // consigliere …, X", "» è il commento che arriva dal consigliere X": a noun for what was said, its adjectives, and whose it is.
  // So what the words were to whoever wrote or chose them: "», era il contenuto della lettera della madre", "» è il grido
  // del presidente X" (a letter or note between the noun and its owner is the owner's).
  const pointer = /^(?:così|cosi|con\s+(?:queste|tali|simili)\s+parole|(?:(?:sono\s+state|sono|erano|è\s+stato|è\s+stata|è|era|queste|questo|questa|ecco)\s+)?(?:(?:le|nelle|il|lo|la|l[’'])\s*)?(?:\p{Ll}+\s+)?(?:parole|contenuto|grido|commento|pensiero|riflessione|sfogo|appello|invito|messaggio|monito|auspicio|affondo|replica|giudizio|parere|considerazioni)(?:\s+(?:della|del|dell[’'])\s*(?:lettera|nota|post))?(?:\s+\p{Ll}+){0,2}?\s+(?:(?:di|del|della|dello|degli|dei|delle)(?![\p{L}])|dell[’']|che\s+(?:arriva|giunge)\s+(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)(?![\p{L}])|dall[’']))|parola\s+di)\s*/iu.exec(rest);
  if (pointer) {
    // "», il commento della società in una nota": the organisation's words.
    const body = organisationNounAt(text, at + pointer[0].length, limit, /(?:del|dello|della|dell[’'])\s*$/iu.test(pointer[0]));
    if (body) return bodyAttribution(text, mentions, start, body);
    const speaker = mentionAfterVerb(text, mentions, at + pointer[0].length - 1, limit) ?? mentionCovering(mentions, at + pointer[0].length);
    // "», è l’invito del comandante provinciale": a title the text names nobody by is described, with its qualifier.
    const fused = ENDS_FUSED.test(pointer[0]);
    const described = speaker?.kind === 'title' ? descriptionAt(text, at + pointer[0].length - (fused ? 0 : 1), limit, fused) : undefined;
    if (speaker) return { kind: 'after', start, end: speaker.end, speaker, pointed: true, ...(described ? { described } : {}) };
    // "». Così il Gruppo consiliare di FI respinge …": an office.
    // "». Così una nota della segreteria nazionale Slc Cgil": the office issuing it.
    const office = /^(?:così|cosi)\s+$/iu.test(pointer[0]) ? organisationAfter(text, at + pointer[0].length + (ISSUED_BY.exec(text.slice(at + pointer[0].length, limit))?.[0].length ?? 0)) : undefined;
    if (office && namesOffice(office)) return { kind: 'after', start, end: text.indexOf(office, at) + office.length, organisation: office };
  }
  // "»: parole forti, quelle gridate ieri – martedì – dai lavoratori …": the words, then a passive naming who said them.
  const saidBy = WORDS_SAID_BY.exec(rest);
  if (saidBy) {
    const agent = at + saidBy[0].length;
    const speaker = mentionAfterVerb(text, mentions, agent - 1, limit);
    if (speaker) return { kind: 'after', start, end: speaker.end, speaker };
    const described = descriptionAt(text, agent, limit, ENDS_FUSED.test(saidBy[0]));
    if (described) return { kind: 'after', start, end: described.end, described, ...(described.plural ? { plural: true } : {}) };
  }
  // A full name in brackets right after the marks, as captions and columns sign words ("«…» (Luca Bianchi)"), or
  // after a colon with "sempre", "ancora" ("«…»: sempre Luca Bianchi, …"): that person.
  const signed = /^[ \t]*\(|^[ \t]*:[ \t]*(?:sempre|ancora)[ \t]+/iu.exec(text.slice(start, limit));
  if (signed) {
    const named = mentions.find((mention) => mention.start === start + signed[0].length);
    const closing = named && (signed[0].includes('(') ? /^[ \t]*\)/u : /^[ \t]*(?:[,.;:!?)]|$)/u).exec(text.slice(named.end, limit));
    if (named?.kind === 'person' && closing) return { kind: 'after', start, end: named.end + closing[0].length, speaker: named };
  }
  // A statement signed in brackets after it, as parties print their notes: "«…» (Dichiarazione del consigliere X, …)".
  const statement = SIGNED_BY.exec(text.slice(start, limit));
  const signer = statement ? mentionAfterVerb(text, mentions, start + statement[0].length - 1, limit) : undefined;
  if (signer?.kind === 'person') return { kind: 'after', start, end: signer.end, speaker: signer };
  // The next sentence names the speaker: "». Lo ha detto X", "». A dirlo è X", "». Così X", "». Questo l’augurio del X".
  // (A doubled closing mark's second apostrophe is blanked to a space in the narration.)
  // "”: A parlare è X, uno degli abitanti": a colon glued to the marks before a capital opens such a sentence too.
  const next = /^ ?\.\s+|^:[ \t]+(?=\p{Lu})/u.exec(text.slice(start, limit));
  if (next) return sentenceAttribution(text, mentions, start, start + next[0].length, limit);
  // The name first: "», Rossi ha aggiunto".
  const first = mentions.find((mention) => mention.start === at);
  if (first) {
    const gap = /^\s+(?:(?:poi|anche|ancora|infine)\s+)?/u.exec(text.slice(first.end, limit));
    if (gap && sayingAt(text, first.end + gap[0].length) !== undefined) return { kind: 'after', start, end: first.end, speaker: first };
  }
  return undefined;
}

/**
 * "dichiarano le segreterie di A, B e C": the bodies whose members speak, as one organisation; or, where the plural
 * title goes on to name its people ("i segretari di A, B e C, X, Y e Z"), the first of them, joined with the rest later.
 */
function bodiesSpeaking(text: string, mentions: Mention[], start: number, verbEnd: number, limit: number): Attribution | undefined {
  const members = memberBodies(text, verbEnd, limit);
  if (!members) return undefined;
  const person = mentions.find((mention) => mention.kind === 'person' && mention.start >= members.end && /^[ \t]*,[ \t]*$/u.test(text.slice(members.end, mention.start)));
  // The members named after the bodies are the speakers when they are several ("…, X, Y e Z"); one name alone there is
  // someone the sentence goes on about ("…, Luca Rossi, che ieri ha incontrato il prefetto"), and the bodies speak.
  const another = person && mentions.some((mention) => mention.kind === 'person' && mention.start > person.end && /^(?:[ \t]*,[ \t]*|[ \t]+(?:e|ed)[ \t]+)$/u.test(text.slice(person.end, mention.start)));
  if (person && another) return { kind: 'after', start, end: person.end, speaker: person };
  return { kind: 'after', start, end: members.end, organisation: members.bodies };
}

/** Words an organisation called by a common noun says: the organisation it refers back to, if the text makes it plain. */
function bodyAttribution(text: string, mentions: Mention[], start: number, body: { noun: string; end: number }): Attribution {
  const organisation = organisationReferent(text, mentions, body.noun, start);
  return { kind: 'after', start, end: body.end, ...(organisation ? { organisation } : { body: true }) };
}

/** The person a verb of saying names later in the paragraph, right after it ("ha scritto sui social il sindaco X"). */
export function laterSpeaker(text: string, mentions: Mention[], from: number, limit: number): Mention | undefined {
  for (const [, verbEnd] of sayings(text, from, limit)) {
    const speaker = mentionAfterVerb(text, mentions, verbEnd, limit);
    if (speaker) return speaker;
  }
  return undefined;
}

/**
 * The person opening the sentence right after a quotation that ends its own, as the subject of a verb: "«…». Il prefetto
 * ha voluto chiarire …", "«…». Il viceministro X ha scelto queste parole per …". Said by that person.
 */
export function nextSentenceSubject(text: string, mentions: Mention[], close: number, limit: number): Mention | undefined {
  const ended = /[.!?…]\s*$/u.test(text.slice(Math.max(0, close - 3), close));
  const gap = (ended ? /^[ \t]*[.!?]?[ \t]+/u : /^[ \t]*[.!?][ \t]+/u).exec(text.slice(close + 1, limit));
  if (!gap) return undefined;
  const at = close + 1 + gap[0].length;
  const mention = mentions.find((other) => other.start >= at && other.start < at + 8);
  if (!mention || mention.end > limit || !/^(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?$/iu.test(text.slice(at, mention.start))) return undefined;
  // "«…». X e Y elencano così …": two people as the subject, the verb after the second.
  const second = /^[ \t]+(?:e|ed)[ \t]+/u.exec(text.slice(mention.end, limit));
  const last = (second && mentions.find((other) => other.kind !== 'title' && other.start === mention.end + second[0].length)) || mention;
  // The subject of a verb: an auxiliary or a verb of saying right after the name (and its role, between commas).
  const after = /^\s*,?\s*/u.exec(text.slice(last.end, limit))![0].length;
  const verbAt = last.end + after;
  if (sayingAt(text, verbAt) !== undefined) return mention;
  if (/^(?:ha|hanno|aveva|avevano|è|era|si|ci|lo|l[’']ha|ne|non)\s/iu.test(text.slice(verbAt, verbAt + 12))) return mention;
  // Any finite verb after a person opening the sentence: "«…». Il mister parte dall’avversario, poi passa …".
  const next = wordsOf(text, verbAt, Math.min(limit, verbAt + 30))[0];
  return next && next.start === verbAt && !next.capital && !DETERMINERS.has(next.key) && !CONJUNCTIONS.has(next.key) && /(?:a|e|ò|ì|ono|ano)$/u.test(next.key) && mention.kind !== 'surname' ? mention : undefined;
}

/**
 * Participles that hand words to whoever said them: "lanciato da", "pronunciate dal", "affidate a una nota da",
 * "(questo è) quanto evidenziato da".
 */
const HANDED = '(?:lanciat|rivolt|pronunciat|rilasciat|affidat|espress|dichiarat|dett|scritt|firmat|diffus|postat|pubblicat|condivis|consegnat|inviat|riferit|spiegat|illustrat|evidenziat|sottolineat|affermat|ribadit|precisat|rimarcat)[oaie]';
/** "È l’appello lanciato all’Adnkronos da", "Parole pronunciate dal", "Queste le considerazioni espresse dalla": up to the agent. */
const PASSIVE_AGENT = new RegExp(`^(?:(?:è|e[’']|sono|queste|questo|ecco)\\s+)?(?:(?:questo|questa|questi|queste)\\s+)?(?:(?:l[’']|il|la|lo|le|gli|i|un|una|un[’'])\\s*)?(?:\\p{L}+\\s+){0,2}?${HANDED}\\s+(?:[^.;:!?«»“”"_]{0,60}?\\s)??(?:da|dal|dallo|dalla|dall[’']|dai|dagli|dalle)\\s*`, 'iu');

/**
 * "parole forti, durissime, quelle gridate ieri dai": a noun for the words, what they were like, a participle, its agent.
 * "da" is a whole word: tried first and open-ended, it stopped inside "dalla" and "davanti", and the agent was misread.
 */
const WORDS_SAID_BY = new RegExp(`^(?:(?:le|queste)\\s+)?(?:parole|frasi|grida|slogan|accuse)(?:[ \\t,]+\\p{Ll}+){0,3}?[ \\t,]+(?:quell[eia]\\s+)?(?:${HANDED}|(?:gridat|urlat|scandit)[oaie])\\s+(?:[^.;:!?«»“”"_]{0,80}?\\s)?(?:dall[’']|(?:da|dal|dallo|dalla|dai|dagli|dalle)(?![\\p{L}]))\\s*`, 'iu');

/** Words ending on an article fused with "di" or "da" ("le parole del ", "il commento che arriva dall’"): a description follows bare. */
const ENDS_FUSED = /(?:^|\s)(?:del|dello|della|dell[’']|dei|degli|delle|dal|dallo|dalla|dall[’']|dai|dagli|dalle)\s*$/iu;

/** "È quanto emerge da un monitoraggio di", "È quanto si legge in una nota della": up to whoever issued the words. */
const EMERGES = /^(?:è|e[’']|questo\s+è)\s+quanto\s+(?:emerge|è\s+emerso|risulta|si\s+legge|si\s+apprende)\s+(?:(?:da|dal|dalla|dai|dagli|dalle|in|nel|nella|negli|nei)(?![\p{L}])|dall[’']|nell[’'])\s*(?:(?:un|una|il|la|lo)\s+|un[’']|l[’'])?(?:\p{Ll}+\s+){0,3}?(?:(?:di|del|della|dello|dei|degli|delle|firmat[oa]\s+da|diffus[oa]\s+da|redatt[oa]\s+da)(?![\p{L}])|dell[’'])\s*/iu;

/** A document and its issuer's preposition: "una nota della", "il comunicato diffuso dall’", "in una nota congiunta di". */
const ISSUED_BY = new RegExp(`^(?:in\\s+)?(?:(?:una|la|un|il|nella|nel)\\s+)?(?:${DOCUMENTS})(?:\\s+(?:congiunt|ufficial|stamp)\\p{Ll}*)?(?:\\s+(?:diffus|firmat|pubblicat|inviat)[oa])?\\s+(?:(?:della|dello|del|di|dalla|dallo|dal|da|dei|degli|delle|dai|dagli|dalle)(?![\\p{L}])|dell[’']|dall[’'])\\s*`, 'iu');

/**
 * The noun for the words with a word of manner beside it, then whose they are: "È la dichiarazione a caldo di",
 * "Questa la replica piccata del", "È la prima risposta della". Not a preposition after the noun: in "È la risposta
 * alle critiche di X" X made the criticism, not the reply.
 */
const QUALIFIED_WORDS = /^(?:questa|questo|ecco|è|e[’'])\s+(?:la\s+|il\s+|l[’']\s*)(?:(?:prima|primo|ultima|ultimo|breve|secca|secco|dura|duro)\s+)?(?:affermazione|dichiarazione|commento|replica|risposta|reazione|precisazione|smentita)(?:\s+a\s+caldo|\s+(?!(?:a|ad|al|allo|alla|ai|agli|alle|in|nel|nella|nei|su|sul|sulla|per|con|tra|fra|da|dal|dalla|dai|che|e|ed)\s)\p{Ll}{4,})?\s+(?:(?:di|del|della|dello|degli|dei|delle)\s+|dell[’']\s*)/iu;

/**
 * How the speaker feels, the subject after it, as the sentence after a quotation opens: "«…». È entusiasta X, …",
 * "«…». È visibilmente commossa la presidente X". Only in the quotation's own paragraph, and never "anche": a new
 * paragraph opening so ("Soddisfatto anche l’assessore X, che …") brings in someone else.
 */
const FEELING = /^(?:è|e[’']|si\s+dice|si\s+dichiara|appare)\s+(?:(?:molto|davvero|visibilmente|particolarmente)\s+)?(?:entusiast[ai]|soddisfatt[oaie]|orgoglios[oaie]|commoss[oaie]|felice|felici|emozionat[oaie])\s+/iu;

/** FEELING opening the sentence at `at`, in the paragraph of the quotation that closed at `start`, with no "anche". */
function feelingSaid(text: string, start: number, at: number): RegExpExecArray | null {
  if (/\n/u.test(text.slice(start, at))) return null;
  const feeling = FEELING.exec(text.slice(at));
  return feeling && !/(?<![\p{L}])anche\s/iu.test(feeling[0]) && !/^anche\s/iu.test(text.slice(at + feeling[0].length)) ? feeling : null;
}

/**
 * The words a sentence points to its speaker with ("Comincia così la lettera del sindaco X", "Con queste parole …",
 * "Queste le dichiarazioni di …", "La dichiarazione, piuttosto forte, è del deputato X": an aside may precede the copula). Matched on the sentence in lower case rather than with the `i` flag: under `iu` V8
 * builds case closures for every class of this pattern, 41 ms at a process's first quote against 11 ms without (most
 * of a one-release rebuild's quote time). Lower case keeps the length of Italian text; a sentence whose length it
 * would change is matched as written, with the flag.
 */
const POINTER_WORDS = /^(?:(?:comincia|inizia|si\s+apre|prosegue|continua|si\s+chiude|termina|finisce)\s+così\s+(?:(?:il|la|lo|un|una)\s+|l[’']\s*|un[’']\s*)(?:\p{Ll}+\s+){0,2}?(?:denuncia|lettera|sfogo|messaggio|appello|post|intervento|racconto|testimonianza|discorso|comunicato|nota|risposta|replica)\s+(?:di|del|della|dello|dell[’']|dei|degli|delle)\s*|(?:la|il|l[’'])\s*(?:battuta|frase|citazione|affermazione|dichiarazione|riflessione|provocazione|promessa)(?:\s*,[^,;:.!?«»“”"_]{1,50},)?\s+(?:è|e[’'])\s+(?:di|del|della|dello|dell[’']|degli)\s*|(?:è|e[’'])\s+così\s+che\s+|(?:(?:parla|commenta|risponde|replica|esordisce|interviene|scrive)\s+)?così,?\s+|cosi[’']?,?\s+|con\s+(?:queste|tali|simili)\s+parole(?:\s+(?:pien[ei]|ricch[ei]|cariche)\s+(?:di|d[’'])\s*\p{Ll}+)?(?:\s*,[^,;:.!?«»“”"_]{1,60},)?,?\s+|con\s+(?:questo\s+|questa\s+|quest[’']\s*)(?:augurio|auspicio|appello|messaggio|invito|monito|saluto|esortazione|promessa|impegno|ringraziamento|riflessione|frase|battuta|domanda|interrogativo|preghiera|parola)(?:\s*,[^,;:.!?«»“”"_]{1,60},)?\s+|(?:a|ad)\s+(?:\p{L}+|\p{L}+(?:ar|er|ir)(?:lo|la|li|le|ne)\s+(?:\([^()]{1,80}\)|[^.;:!?«»“”"_]{1,40}?))\s+(?:è|e[’']|sono|è stato|è stata)\s+|(?:a|ad)\s+\p{L}+(?:ar|er|ir)(?:lo|la|li|le|ne)\s+|(?:queste\s+|ecco\s+|sono\s+)?(?:le\s+)?(?:prime\s+)?(?:parole|dichiarazioni|raccomandazioni|considerazioni|indicazioni|riflessioni|osservazioni|valutazioni|spiegazioni|rassicurazioni)\s+(?:(?!che\s)\p{Ll}+\s+){0,2}?(?:di|del|della|dello|dell[’']|degli)\s*|parola\s+di\s+|(?:è|e[’'])\s+il\s+(?:primo\s+|breve\s+|secco\s+)?commento\s+(?:di|del|della|dello|dell[’'])\s*|(?:questa|questo|ecco|è|e[’'])\s+(?:(?:questa|questo)\s+)?(?:la\s+|il\s+|l[’']\s*)(?:(?:cuore|senso|succo|sintesi)\s+(?:del|dell[’'])\s*)?(?:affermazione|dichiarazione|frase|riflessione|considerazione|osservazione|analisi|(?:presa\s+di\s+)?posizione|denuncia|commento|appello|invito|sfogo|messaggio|replica|risposta|precisazione|smentita|augurio|auspicio|saluto|monito|discorso|intervento)\s+(?:di|del|della|dello|dell[’']|degli)\s*)/u;
const POINTER_WORDS_ANY_CASE = new RegExp(POINTER_WORDS.source, 'iu');

function pointerWords(sentence: string): RegExpExecArray | null {
  const lower = sentence.toLowerCase();
  return lower.length === sentence.length ? POINTER_WORDS.exec(lower) : POINTER_WORDS_ANY_CASE.exec(sentence);
}

/** A sentence starting at `at` that says who spoke: "Lo ha detto X", "Così il presidente X commenta", "Parole (commosse) del direttore X". */
export function sentenceAttribution(text: string, mentions: Mention[], start: number, at: number, limit: number): Attribution | undefined {
  const sentence = text.slice(at, limit);
  // "Lo ha detto X", and "È quanto afferma X".
  const lo = /^(?:lo|l[’']|(?:è|e[’']|questo\s+è)\s+quanto)\s*/iu.exec(sentence);
  // After the pronoun a one-word verb is a verb ("Lo dice"), not a noun as after the article "lo".
  const verbAt = at + (lo?.[0].length ?? 0);
  const loLength = lo ? sayingLength(text, verbAt) : -1;
  const loVerb = loLength >= 0 ? verbAt + loLength : undefined;
  // "Comincia così la lunga denuncia dei residenti di …", "Inizia così la lettera del sindaco X": whose words open so;
  // "Con questo augurio, rivolto ai ragazzi, il sindaco X ha aperto …": a noun for the words, an aside saying to whom.
  const pointerVerb = pointerWords(sentence) ?? QUALIFIED_WORDS.exec(sentence) ?? feelingSaid(text, start, at);
  // Words given to their speaker by a passive: "È l’appello lanciato all’Adnkronos da X", "Parole pronunciate dal sindaco X".
  const passive = loVerb === undefined && !pointerVerb ? PASSIVE_AGENT.exec(sentence) : null;
  // "È quanto emerge da un monitoraggio di X", "È quanto si legge in una nota della X": whoever issued it.
  const source = loVerb === undefined && !pointerVerb && !passive ? EMERGES.exec(sentence) : null;
  if (source) {
    const issuer = at + source[0].length;
    const named = mentionAfterVerb(text, mentions, issuer - 1, limit);
    if (named) return { kind: 'after', start, end: named.end, speaker: named, following: true };
    const organisation = organisationAfter(text, issuer);
    return organisation ? { kind: 'after', start, end: issuer + organisation.length, organisation, following: true } : undefined;
  }
  const from = loVerb ?? (pointerVerb ? at + pointerVerb[0].length - 1 : passive ? at + passive[0].length - 1 : undefined);
  if (from === undefined) return undefined;
  let speaker = mentionAfterVerb(text, mentions, from, limit) ?? covered(text, mentions, from + 1, limit);
  // "Lo dichiarano le segreterie di A, B e C": the bodies, or the people named right after them.
  const bodies = speaker?.kind === 'person' || speaker?.kind === 'surname' ? undefined : bodiesSpeaking(text, mentions, start, from, limit);
  if (bodies) return { ...bodies, following: true };
  // "A parlare è il conducente della …", "queste le parole del comandante della nave": someone described.
  const fused = ENDS_FUSED.test(text.slice(at, from + 1));
  const described = speaker?.kind === 'person' || speaker?.kind === 'surname' ? undefined : descriptionAt(text, from + (fused ? 1 : 0), limit, fused);
  // "Così i referenti del comitato di quartiere X Nicola Rossi e Anna Neri": the description, then the names it gives.
  if (!speaker && described) speaker = mentions.find((mention) => mention.kind !== 'title' && mention.start >= described.end && /^[ \t]*,?[ \t]*$/u.test(text.slice(described.end, mention.start)));
  // "Così dichiarano i segretari di A, B e C X, Y e Z": the people a plural title introduces, named in a row.
  if (!speaker && !described && pointerVerb && /^(?:così|cosi[’']?),?\s+$/iu.test(pointerVerb[0])) speaker = rowAfterPluralTitle(text, mentions, at + pointerVerb[0].length, limit);
  if (speaker) return { kind: 'after', start, end: speaker.end, speaker, following: true, ...(described ? { described } : {}) };
  if (described) return { kind: 'after', start, end: described.end, following: true, described };
  // "Lo comunica l’Asl Roma 4 in una nota": an office speaks. So after "Così" ("Così il Gruppo consiliare di FI respinge …").
  const said = loVerb === undefined && pointerVerb && /^(?:così|cosi[’']?),?\s+$/iu.test(pointerVerb[0]) ? at + pointerVerb[0].length : undefined;
  // "Così una nota della segreteria nazionale Slc Cgil": the office that issued the document. "Così scrive
  // l’associazione X": the office after the verb, by its name.
  const verb = said !== undefined ? sayingAt(text, said) : undefined;
  const thus = said !== undefined ? (verb !== undefined ? verb + (/^\s*(?:(?:l[’']|la|il|lo)\s*)?(?:associazione|cooperativa|lista)\s+(?=\p{Lu})|^\s*/u.exec(text.slice(verb, limit))?.[0].length ?? 0) : said + (ISSUED_BY.exec(text.slice(said, limit))?.[0].length ?? 0)) : undefined;
  // "È la posizione di Federmoda Puglia sul sondaggio": an office whose words they are.
  const whose = loVerb === undefined && pointerVerb && said === undefined && !/^con\s/iu.test(pointerVerb[0]) ? organisationAfter(text, at + pointerVerb[0].length) : undefined;
  // In lower case only a body organisationAfter took for a name: "la presa di posizione del direttivo di X".
  if (whose && namesOffice(whose) && (/^\p{Lu}/u.test(whose) || (BODIES.has(wordsOf(whose)[0]!.key) && /\s\p{Lu}/u.test(whose)))) return { kind: 'after', start, end: text.indexOf(whose, at) + whose.length, organisation: whose, following: true };
  const organisation = loVerb !== undefined ? organisationAfter(text, loVerb) : thus !== undefined ? organisationAfter(text, thus) : undefined;
  if (thus !== undefined && organisation && namesOffice(organisation)) return { kind: 'after', start, end: text.indexOf(organisation, thus) + organisation.length, organisation, following: true };
  return organisation && loVerb !== undefined ? { kind: 'after', start, end: text.indexOf(organisation, loVerb) + organisation.length, organisation, following: true } : undefined;
}

/**
 * "«…»\n\nProtestano i commercianti di via Roma, …": the paragraph after a quotation standing alone opens on a verb of
 * saying whose subject follows it, someone described, not named. The description, so the words go to nobody a reader could name.
 */
export function openingVerbDescribed(text: string, start: number, at: number, limit: number): Attribution | undefined {
  const verbEnd = sayingAt(text, at);
  if (verbEnd === undefined || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(at, verbEnd))) return undefined;
  const described = descriptionAt(text, verbEnd, limit);
  return described ? { kind: 'after', start, end: described.end, following: true, described, ...(isPlural(text.slice(at, verbEnd)) ? { plural: true } : {}) } : undefined;
}

/** What a statement's signature in brackets opens on: "(Dichiarazione", "(Nota", "(Intervento". */
const SIGNATURE_OPENING = '^\\s*\\(\\s*(?:dichiarazione|nota|intervento)';
/** A statement's signature opening in brackets, as parties print their notes. */
export const SIGNATURE = new RegExp(`${SIGNATURE_OPENING}\\s`, 'iu');
/** The same, up to the signer: "(Dichiarazione del consigliere " → the consigliere. */
const SIGNED_BY = new RegExp(`${SIGNATURE_OPENING}\\s+(?:(?:di|del|della|dello|dei|degli|delle)(?![\\p{L}])|dell[’'])\\s*`, 'iu');

/** Between a plural verb of saying and the names: maybe "in una nota", then a plural title and the bodies it heads. */
const PLURAL_TITLE = /^\s+(?:in\s+una\s+nota\s+|in\s+un\s+comunicato\s+|congiuntamente\s+)?(?:i|gli|le)\s+\p{L}+(?:\s+[^.;:!?«»“”"_\n]{1,100}?)?\s*$/u;

/**
 * The first of the people a plural verb and a plural title introduce in a row: "dichiarano in una nota i segretari di
 * Fillea, Filca e Feneal X, Y e Z" (X, then joined with the others as one speaker). A line break may stand before the
 * names, as in notes printed with hard breaks. None unless another name follows the first, by a comma or "e".
 */
function rowAfterPluralTitle(text: string, mentions: Mention[], at: number, limit: number): Mention | undefined {
  const verbEnd = sayingAt(text, at);
  if (verbEnd === undefined || !isPlural(text.slice(at, verbEnd))) return undefined;
  const people = mentions.filter((mention) => mention.kind === 'person' && mention.start >= verbEnd && mention.start < limit);
  const [first, second] = people;
  if (!first || !second || !PLURAL_TITLE.test(text.slice(verbEnd, first.start).replace(/\n(?=[^\n]*$)/u, ' '))) return undefined;
  return /^\s*(?:,|e|ed)\s*$/u.test(text.slice(first.end, second.start)) ? first : undefined;
}

function mentionCovering(mentions: Mention[], at: number): Mention | undefined {
  return mentions.find((mention) => mention.start <= at && at < mention.end + 1);
}

/** The same, or the person a title found so is in apposition with: "Sono le parole della presidente, X dopo …". */
function covered(text: string, mentions: Mention[], at: number, limit: number): Mention | undefined {
  const mention = mentionCovering(mentions, at);
  if (mention?.kind !== 'title') return mention;
  const clause = /[.;:!?«»“”"\n]|[\u2013\u2014]/u.exec(text.slice(mention.end, limit));
  return appositionOf(text, mentions, mention, clause ? mention.end + clause.index : limit) ?? mention;
}

/** The sentence before an opening mark, back to a full stop or the paragraph's start. */
export function sentenceBefore(text: string, open: number, floor: number): number {
  for (let i = open - 1; i >= floor; i--) {
    const char = text[i]!;
    if (char === '\n') return i + 1;
    // Suspension points end a sentence as a full stop does ("non ha lasciato un bel ricordo… «…»").
    if (/[.!?…]/u.test(char) && /\s/u.test(text[i + 1] ?? '') && i < open - 1) return i + 1;
    // A stop glued to the marks, the marks glued to a capital ("in pullman.”Sono …"): they open a sentence.
    // (The narration blanks the quoted words with "_".)
    if (i === open - 1 && /[.!?]/u.test(char) && /^[«“”"][\p{Lu}_]/u.test(text.slice(open, open + 2))) return open;
  }
  return floor;
}

/**
 * Is the person named at [start, end) only spoken of there: in an aside between dashes ("Il compito del colonnello – e
 * quello dei colleghi, X – sarà …"), in a gerund clause, the gerund's object (", portando i saluti del sindaco X, ha
 * detto"), or as the one met ("ha incontrato l’assessore X")?
 */
export function spokenOf(text: string, start: number, end: number): boolean {
  return inDashAside(text, start, end) || inGerundClause(text, start, end) || onlyMet(text, start, end);
}

/** Mentions that can be a sentence's subject: not in a prepositional phrase ("al suo playmaker", "sull’attaccante X"). */
export function subjects(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((mention) => {
    if (spokenOf(text, mention.start, mention.end)) return false;
    // "il discorso cade sul match-winner, Sacchi:": the one spoken of.
    if (text[mention.end] === ':' && apposedTopic(text, sentenceBefore(text, mention.start, Math.max(0, mention.start - 300)), mention.end + 1)) return false;
    // "dal primario X, che ha spiegato …": the subject of the relative clause that follows.
    // (Not "…, che la città aspetta da mesi": a subject of its own after "che" makes it the clause's object.)
    if (/^\s*,\s*che\s(?!(?:il|lo|la|i|gli|le|un|uno|una)\s|l[’'])/u.test(text.slice(mention.end, mention.end + 12))) return true;
    // "le parole di X, in veste di direttore, il quale ha escluso …": the same, past an aside.
    if (/^\s*,(?:[^,;:.!?«»“”"_]{1,40},)?\s*(?:il|la)\s+quale\s/u.test(text.slice(mention.end, mention.end + 60))) return true;
    // "L’avvocata X, che difende Y, ha parlato di …": Y is the relative clause's object, not the sentence's subject.
    const window = text.slice(Math.max(0, mention.start - 80), mention.start);
    // "Belle anche le parole di X, …": whose words they are, not a complement.
    if (/(?:parole|commento|pensiero|dichiarazioni|testimonianza|racconto|sfogo|appello)\s+(?:(?:di|del|della|dello)\s+|dell[’']\s*)$/iu.test(window)) return true;
    // "È stata la volta di X", "Stessa linea anche per X": the one given the floor.
    if (givenTheTurn(text, mention.start)) return true;
    // "X, con a fianco Y, ha chiesto …": company, not the subject.
    if (beside(text, mention.start)) return false;
    if ((window.includes('che') || window.includes('qual')) && RELATIVE_CLAUSE.test(window)) return false;
    const own = wordsOf(text, mention.start, mention.nameEnd)[0];
    // "Dal Conte", "Della Valle": a capitalised particle opening the name is the name's own.
    if (own && PREPOSITIONS.test(own.key) && !(own.capital && own.start === mention.nameStart)) return false;
    // Past a prefix of the title ("insieme al vice presidente X", "dall’ex sindaco X"), to the preposition before it.
    const lead = wordsOf(text, Math.max(0, mention.start - 40), mention.start);
    let at = lead.length - 1;
    while (at > 0 && TITLE_PREFIXES.test(lead[at]!.key) && /^\s*$/u.test(text.slice(lead[at]!.end, lead[at + 1]?.start ?? mention.start))) at--;
    // And past an abbreviated title the mention leaves out: "con l’ing. X", "dal dott. X".
    if (at > 0 && SHORT_TITLES.includes(lead[at]!.key) && /^\.?\s*$/u.test(text.slice(lead[at]!.end, lead[at + 1]?.start ?? mention.start))) at--;
    // And past an elided article the mention leaves out: "con l’assessore X" is a complement too.
    if (at > 0 && lead[at]!.key === 'l' && /[’']$/u.test(lead[at]!.text) && lead[at]!.end === (lead[at + 1]?.start ?? mention.start)) at--;
    const before = lead[at];
    const spaced = (word: Word) => /^\s*$/u.test(text.slice(word.end, lead[lead.indexOf(word) + 1]?.start ?? mention.start));
    if (!before || !spaced(before)) return true;
    // "è stato aperto dal sindaco X": the passive's agent acts, as a subject does.
    if (passiveAgent(text, before.start, before.key)) return true;
    // "scriveva ad Anna X": "a" before a vowel (the managing director's "ad" is read as a title, after its article).
    if (PREPOSITIONS.test(before.key) || before.key === 'ad') return false;
    // "chiamato a sostituire X": the infinitive's object.
    if (!before.capital && INFINITIVE.test(before.key) && !ROLE_GROUP.has(before.key)) return false;
    // "guidato dal maggiore X", "la vicinanza del collega X": a noun for a person in a complement, the name in
    // apposition to it (not an adverbial phrase: "Nel pomeriggio X ha detto").
    const opener = lead[at - 1];
    return !(opener && spaced(opener) && PREPOSITIONS.test(opener.key) && !before.capital && (describesPerson(before.key) || RANKS.test(before.key)));
  });
}

/** Ranks the lexicon leaves out of its titles, being adjectives or nouns too: "il maggiore X", "l’appuntato X". */
const RANKS = /^(?:maggiore|brigadiere|vicebrigadiere|appuntato|luogotenente|sergente|caporale|caporalmaggiore)$/u;

/** An infinitive: "sostituire", "ringraziare", "incontrare". */
const INFINITIVE = /\p{L}{3,}(?:are|ere|ire)$/u;

/** Words before a title that are no part of the role noun the title starts at: "vice presidente", "ex sindaco". */
const TITLE_PREFIXES = /^(?:vice|ex|neo|pro|nuov[oa]|attuale|futur[oa])$/u;

/** The words of a relative clause opened after a comma, up to a mention it governs: ", che difende ". */
const RELATIVE_CLAUSE = /,\s*(?:che|il\s+quale|la\s+quale)\s+[^,;:.!?«»“”"_\n]*\p{L}[^,;:.!?«»“”"_\n]*$/iu;

/** A phrase giving a topic, as interviews introduce answers: "Sul mercato", "Quanto al rinnovo", "In merito alle critiche". */
// After a connective ("Infine, su X:", "E sul mercato:"); an elided article runs into its noun ("Sull’episodio").
const TOPIC = /^\s*(?:(?:e|infine|poi|inoltre|ancora|invece)\s*,?\s+)?(?:(?:su|sul|sullo|sulla|sui|sugli|sulle|quanto\s+(?:a|ad|al|allo|alla|ai|agli|alle)|riguardo\s+(?:a|al|allo|alla|ai|agli|alle)|in\s+merito\s+(?:a|al|allo|alla|ai|agli|alle)|a\s+proposito\s+(?:di|del|dello|della|dei|degli|delle))(?![\p{L}])|(?:sull|quanto\s+all|riguardo\s+all|in\s+merito\s+all|a\s+proposito\s+dell)[’'])/iu;

/** Does [from, end) give only a topic: opened by "Su …", "Quanto a …", with no verb of saying? */
export function opensTopic(text: string, from: number, end: number, mentions: Mention[] = []): boolean {
  if (!TOPIC.test(text.slice(from, end)) || sayings(text, from, end).length > 0 || /[.!?]\s/u.test(text.slice(from, end))) return false;
  // A subject after the topic, after a comma or with its article ("Sul parco, Ferrando è stata netta:", "Sulla stessa
  // linea la segretaria X:"), says who speaks; a person in the topic's complement ("Sul rientro di X:") does not.
  // Nor does one right after the topic's noun, with no preposition ("Sulla stessa linea X, segretario …:").
  return !mentions.some((mention) => mention.start >= from && mention.start < end && (/(?:,|(?<![\p{L}])(?:il|lo|la|l[’']|i|gli|le))\s*$/iu.test(text.slice(from, mention.start)) || (mention.kind !== 'title' && !wordsOf(text, from, mention.start).slice(1).some((word) => PREPOSITIONS.test(word.key)))));
}

/** Participles before "come" that give a thing's name: "noto come «…»", "conosciuto come «…»". */
const KNOWN_AS = /^(?:not|conosciut|indicat|descritt|present|ribattezzat|battezzat)[oaie]$/u;

/** "noto come", "indicato dagli altri imputati come": a participle of naming a few words before "come", in its clause. */
function knownAs(text: string, from: number, come: number): boolean {
  const words = wordsOf(text, Math.max(from, come - 60), come).slice(-5);
  const at = words.findLastIndex((word) => KNOWN_AS.test(word.key));
  return at >= 0 && !/[,;:.!?]/u.test(text.slice(words[at]!.end, come));
}

/** Attribution before an opening mark: "X ha dichiarato: «…»", "Secondo X, «…»", "X ha spiegato che «…»". */
export function attributionBefore(text: string, mentions: Mention[], open: number, from: number, quotedWords = Infinity, quotedFirst?: string): Attribution | undefined {
  const before = text.slice(from, open).replace(/\s+$/u, '');
  const end = from + before.length;
  const inside = mentions.filter((mention) => mention.start >= from && mention.end <= end + 1);
  if (before.endsWith(':')) {
    // "sul tema: «…»", "dal titolo: «…»": what follows is the name of a thing.
    if (/(?:^|\s)(?:su|sul|sullo|sulla|dal|dallo|dalla|col|con\s+(?:il|lo|la|l[’'])|intitolat[oa]|dal\s+titolo)\s*(?:tema|titolo|slogan|motto|nome|hashtag)?\s*:$/iu.test(before) && /(?:tema|titolo|slogan|motto|nome|hashtag|intitolat[oa])\s*:$/iu.test(before)) return undefined;
    if (opensTopic(text, from, end, mentions) || apposedTopic(text, from, end)) return { kind: 'before', start: from, end, topic: true };
    // "Anna Bolla (Olimpia Ravenna):", "Marco Zauli (allenatore Lugo):": a name set as a label, its team or office in
    // brackets; a name inside them is the affiliation's.
    const label = inside.find((mention) => mention.kind !== 'title');
    // So is "Paolo Ferrero, direttore generale Asl TO5:", the role running to the colon.
    if (label && /^[\s\-\u2013\u2014•*]*$/u.test(text.slice(from, label.start)) && (/^\s*\([^()]{1,80}\)\s*$/u.test(text.slice(label.end, end - 1)) || (label.role !== undefined && /^\s*$/u.test(text.slice(label.end, end - 1))))) return { kind: 'before', start: from, end, speaker: label };
    // "Fim, Fiom e Uilm dichiarano: «…»": bodies listed before a plural verb speak together, though a short name
    // among them reads as a surname.
    const opening = sayings(text, from, end)[0];
    const listed = opening && isPlural(text.slice(opening[0], opening[1])) ? organisationsOpening(text, from, opening[0]) : undefined;
    if (listed) return { kind: 'before', start: from, end, organisation: listed };
    // "Coldiretti incontra l’assessore X: «…»": the one met is spoken of; the subject before the verb speaks, else nobody.
    const met = inside.filter((mention) => mention.kind !== 'title' && mention.end <= end).at(-1);
    const meeting = met && onlyMet(text, met.start, met.end) ? metBy(text, from, met.start) : undefined;
    if (meeting !== undefined) {
      const host = subjects(text, inside).filter((mention) => mention.end <= meeting).at(-1);
      if (host) return { kind: 'before', start: from, end, speaker: host };
      const clause = from + Math.max(0, text.slice(from, meeting).search(/[^,;]*$/u));
      const at = clause + (/^\s*/u.exec(text.slice(clause, meeting))?.[0].length ?? 0);
      const organisation = organisationAfter(text, at);
      const opens = organisation !== undefined && text.startsWith(organisation, at) && /^\s+$/u.test(text.slice(at + organisation.length, meeting));
      return opens && namesOffice(organisation) ? { kind: 'before', start: from, end, organisation } : { kind: 'before', start: from, end };
    }
    // (Not the subject of a clause "che" subordinates, the words finishing it: "X ritiene che il sindaco «…» e aggiunge: «…»".)
    const speaker = openingSubject(text, inside.filter((mention) => mention.end <= end), from) ?? subjects(text, inside).filter((mention) => mention.end <= end && !subordinateSubject(text, mention.start, mention.end)).at(-1);
    if (speaker) return { kind: 'before', start: from, end, speaker };
    // "Per Lucarelli, MVP dell’incontro, una serata da ricordare: «…»": the person the sentence opens on.
    const holder = inside.find((mention) => mention.kind !== 'title' && /^\s*(?:per|secondo)\s+(?:(?:il|lo|la|l[’'])\s*)?$/iu.test(text.slice(from, mention.start)));
    if (holder && sayings(text, from, end).length === 0) return { kind: 'before', start: from, end, speaker: holder };
    // "Per i venditori non si avvertono differenze: «…»": the people the sentence opens on, described.
    const according = /^\s*(?:per|secondo)\s+/iu.exec(text.slice(from, end));
    const judged = according && inside.length === 0 ? descriptionAt(text, from + according[0].length, end) : undefined;
    if (judged) return { kind: 'before', start: from, end, described: judged };
    const words = wordsOf(text, from, end);
    const verbs = sayings(text, from, end);
    if (verbs.length > 0) {
      const plural = verbs.some(([a, b]) => isPlural(text.slice(a, b)));
      // "Il Corpo forestale ha ricordato che …: «…»": an office opening the sentence as the verb's subject.
      const office = plural ? organisationsOpening(text, from, verbs[0]![0]) : officeOpening(text, from, verbs[0]![0]);
      if (office) return { kind: 'before', start: from, end, organisation: office };
      const named = organisationAfterColonVerb(text, verbs.at(-1)![1], end, plural);
      if (named) return { kind: 'before', start: from, end, organisation: named };
      const described = describedSubject(text, from, verbs[0]![0]) ?? relativeDescribed(text, from, verbs[0]![0]);
      return { kind: 'before', start: from, end, plural, ...(described ? { described } : {}) };
    }
    // "L’opposizione: «…»": someone described, not named.
    const comma = before.lastIndexOf(',');
    const describedLabel = [from, ...(comma >= 0 ? [from + comma + 1] : [])].map((at) => descriptionAt(text, at, end) ?? bareGroupLabel(text, at, end)).find((found) => found && /^\s*:$/u.test(text.slice(found.end, end)));
    if (describedLabel) return { kind: 'before', start: from, end, described: describedLabel };
    // "Le parole dell’allenatore giallorosso: «…»": a title in the lead's complement, the one whose words they are.
    const titled = inside.filter((mention) => mention.kind === 'title' && mention.end <= end).at(-1);
    // (Its portfolio may follow: "La risposta arriva dall’assessore ai lavori pubblici: «…»", "all’ambiente: «…»".)
    if (titled && quotedWords >= 4 && /^(?:\s+\p{Ll}+){0,2}\s*:$|^\s+(?:(?:a|al|allo|alla|ai|agli|alle)\s+|all[’']\s*)\p{Ll}+(?:\s+\p{Ll}+)?\s*:$/u.test(text.slice(titled.end, end))) return { kind: 'before', start: from, end, speaker: titled };
    // "Il Codacons alza la voce contro l’azienda, …: «…»": an office opening the sentence as its subject, a whole
    // statement after it.
    const office = quotedWords >= 6 ? organisationAfter(text, from + (/^\s*/u.exec(text.slice(from, end))?.[0].length ?? 0)) : undefined;
    // Named with its article ("Il Codacons"), or as a name is ("Lipu Emilia-Romagna", "CNA"): not a capitalised word opening a headline.
    const named = office !== undefined && (/^\s*(?:il|lo|la|l[’']|i|gli|le)\s*$/iu.test(text.slice(from, text.indexOf(office, from))) || /^\S*\p{Lu}\S*\p{Lu}|\s\p{Lu}/u.test(office));
    // Not a common noun the text writes in lower case elsewhere, its capital the headline's ("Presidio in Provincia dei
    // pendolari: «…»" over "Un presidio in Provincia …"): what happened, not who.
    const common = office !== undefined && commonHead(text, office);
    // (Its predicate after it, or only the document it speaks in: "Il Comune di Trento in una nota: «…»". Not a bare
    // label: "Il Punto: «…»" heads a column.)
    const rest = office !== undefined ? text.slice(text.indexOf(office, from) + office.length, end) : '';
    const predicate = (/^\s+\p{Ll}/u.test(rest) && !DETERMINERS.has(wordsOf(rest)[0]?.key ?? '')) || OFFICE_DOCUMENT.test(rest);
    if (office && named && !common && namesOffice(office) && !/\p{N}/u.test(office) && inside.every((mention) => mention.kind === 'title') && predicate) return { kind: 'before', start: from, end, organisation: office };
    // "E ancora: «…»", but also "Programma: «…»": speech only when someone is there to say it.
    if (words.length <= 3) return { kind: 'before', start: from, end, onlyIfNamed: true };
    // "E ai capi di governo manda un messaggio: «…»", "Sulle polemiche arbitrali: «…»": a whole sentence in marks
    // after a colon is what the person the text is about says.
    if (quotedWords >= 4 && quotedFirst !== undefined && /^\p{Lu}/u.test(quotedFirst)) return { kind: 'before', start: from, end, onlyIfNamed: true };
    return undefined;
  }
  // "come dice il colonnello X «…»": the one the aside names.
  const named = asideNamed(text, mentions, inside, from, end);
  if (named) return { kind: 'before', start: from, end, speaker: named };
  // "come osserva uno degli inquirenti, «…»": the one the aside describes.
  const aside = asideDescribed(text, from, end);
  if (aside && !inside.some((mention) => mention.kind !== 'title' && mention.end > aside.start)) return { kind: 'before', start: from, end, described: aside };
  // "descrivendolo come una «felice eccezione»": whoever described it; "definita dall’ente come una «…»": the agent.
  const characterised = quotedWords >= 2 && quotedFirst !== undefined && /^\p{Ll}/u.test(quotedFirst) ? characterisedAs(text, from, end) : undefined;
  if (characterised) {
    const { verb, agent } = characterised;
    if (agent !== undefined) {
      const by = inside.find((mention) => mention.start >= agent && /^\s*$/u.test(text.slice(agent, mention.start)));
      if (by) return { kind: 'before', start: from, end, speaker: by, phrase: true };
      const body = organisationNounAt(text, agent, end, !/^(?:da|d)$/iu.test(wordsOf(text, verb[1], agent).at(-1)?.key ?? ''));
      if (!body) return undefined;
      // Only an organisation the text calls one: "l’ente" is no town the text names more often.
      const organisation = organisationReferent(text, mentions, body.noun, agent, true);
      return { kind: 'before', start: from, end, phrase: true, ...(organisation ? { organisation } : { body: true }) };
    }
    const named = subjects(text, inside).filter((mention) => mention.end <= verb[0]).at(-1);
    return named ? { kind: 'before', start: from, end, speaker: named, phrase: true } : undefined;
  }
  // "…, secondo la quale «…»", "secondo cui «…»": the person the relative clause hangs on.
  const relative = /(?:^|[\s,])secondo\s+(?:il\s+quale|la\s+quale|i\s+quali|le\s+quali|cui)\s*,?$/iu.exec(before);
  if (relative) {
    const antecedent = inside.filter((mention) => mention.end <= from + relative.index + 1).at(-1);
    return { kind: 'before', start: from, end, speaker: antecedent };
  }
  // "X, secondo la quale il piano «…»", "X, per il quale si tratta di «…»": the relative's own clause, a few words
  // and no verb of saying, finishing with the quoted words.
  const framed = /,\s*(?:secondo|per)\s+(?:il\s+quale|la\s+quale)\s+([^,;:.!?«»“”"_]{1,60})$/iu.exec(before);
  if (framed && quotedWords >= 3 && quotedFirst !== undefined && /^\p{Ll}/u.test(quotedFirst) && wordsOf(framed[1]!).length <= 8 && sayings(text, end - framed[1]!.length, end).length === 0) {
    const antecedent = inside.filter((mention) => mention.end <= from + framed.index + 1).at(-1);
    if (antecedent) return { kind: 'before', start: from, end, speaker: antecedent };
  }
  const last = wordsOf(text, Math.max(from, end - 40), end).at(-1);
  if (last && (last.key === 'che' || last.key === 'come') && last.end === end) {
    if (last.key === 'come' && knownAs(text, from, last.start)) return undefined;
    const verb = sayings(text, from, last.start).at(-1);
    if (!verb || wordsOf(text, verb[1], last.start).length > 6) return undefined;
    const speaker = subjects(text, inside).filter((mention) => mention.end <= verb[0]).at(-1);
    const plural = isPlural(text.slice(verb[0], verb[1]));
    // "La Questura di Milano, in una nota, spiega che «…»": an office opening the sentence speaks.
    // "Da Rfi fanno sapere che «…»": the office the words come from, with a plural verb.
    const source = !speaker && plural ? /^\s*(?:(?:da|dal|dalla|dallo|dai|dagli|dalle)(?![\p{L}])|dall[’'])\s*/iu.exec(text.slice(from, verb[0])) : null;
    // "In una nota i Vigili del fuoco di Trento sottolineano che «…»": an office with a plural name, right before its verb.
    const note = !speaker && plural && !source ? /^\s*(?:in\s+una\s+nota|in\s+un\s+comunicato)\s*,?\s*/iu.exec(text.slice(from, verb[0])) : null;
    // "Fim, Fiom e Uilm sottolineano come «…»": bodies listed as the subject speak together, as before a colon.
    const listed = !speaker && plural && !source && !note ? organisationsOpening(text, from, verb[0]) : undefined;
    const organisation = source ? organisationAfter(text, from + source[0].length) : note ? officeOpening(text, from + note[0].length, verb[0]) : listed ?? (speaker || plural ? undefined : organisationAfter(text, from));
    // Not an article or a conjunction opening the sentence: "Un attivista … ha spiegato che".
    if (organisation && namesOffice(organisation) && text.indexOf(organisation, from) + organisation.length <= verb[0]) return { kind: 'before', start: from, end, organisation };
    const described = speaker ? undefined : describedSubject(text, from, verb[0]);
    return { kind: 'before', start: from, end, speaker, plural, ...(described ? { described } : {}) };
  }
  // "Secondo X, ruolo, «…»", "Per X «…»".
  const trimmed = before.replace(/,$/u, '');
  const according = (mention: Mention) => {
    const lead = text.slice(from, mention.start);
    return /(?:^|\s)(?:secondo|per|a giudizio di|a parere di|a detta di|stando a|per dirla con|per usare le parole di)\s+(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?$/iu.test(lead) || /^\s*$/u.test(lead) && /^(?:Secondo|Per)\b/u.test(text.slice(mention.start - 8, mention.start).trim());
  };
  const speaker = inside.find((mention) => mention.end === from + trimmed.length);

  if (speaker && according(speaker)) return { kind: 'before', start: from, end, speaker };
  // "Per il sindacalista la proposta «è irricevibile così com’è»": the quoted words finish the speaker's sentence.
  // The nearest "per X" to the words: "per X «…», mentre per Y, ruolo, il teatro «…»" gives the second to Y.
  const holder = inside.findLast(according);
  if (holder && quotedWords >= 4 && sayings(text, holder.end, end).length === 0 && wordsOf(text, holder.end, end).length <= 6 && !/[;:]/u.test(text.slice(holder.end, end))) {
    return { kind: 'before', start: from, end, speaker: holder };
  }
  // "… ha poi aggiunto «…»".
  const verb = sayings(text, from, end).at(-1);
  // "ha parlato di «una mostra che restituisce …»": a partial quotation, long enough not to be a name or a scare quote.
  // "parla della «necessità di …»": the article fused with the preposition.
  // "parla di «disastro annunciato»": right after "di", shorter words too.
  const phrase = verb !== undefined && talkedOf(text, from, verb, end, quotedWords, quotedFirst);
  const topic = phrase || (verb && /^parl/iu.test(text.slice(verb[0], verb[1]).split(/\s+/u).at(-1)!) && quotedWords >= 5 && /^(?:di|del|dello|della|dei|degli|delle|dell)$/u.test(wordsOf(text, verb[1], end).map((word) => word.key).join(' ')));
  // "ha votato a favore pur parlando di «…»": the gerund talks for the sentence's subject.
  const talking = !topic && quotedWords >= 4 && /(?:^|\s)(?:pur\s+)?parlando\s+di\s*$/iu.test(before);
  if (talking) {
    const named = subjects(text, inside).at(-1);
    if (named) return { kind: 'before', start: from, end, speaker: named };
  }
  // "Fonti interne si limitano a parlare di «…»", "preferisce parlare di «…»": the infinitive talks for the subject of
  // the verb it hangs on, named or described.
  const infinitive = !topic && !talking && quotedWords >= 4 ? /(?:^|\s)parlare\s+di\s*$/iu.exec(before) : null;
  if (infinitive) {
    const at = from + infinitive.index + infinitive[0].search(/\S/u);
    const named = subjects(text, inside).filter((mention) => mention.end <= at).at(-1);
    const described = named ? undefined : describedSubject(text, from, at);
    if (named || described) return { kind: 'before', start: from, end, speaker: named, ...(described ? { described, plural: described.plural } : {}) };
  }
  // "La scelta è stata presa, sottolineano fonti dell’Arma, «…»": a group described after its verb, right before the marks.
  const describedAfter = verb && !topic ? descriptionAt(text, verb[1], end) : undefined;
  if (describedAfter?.plural && /^\s*,?$/u.test(text.slice(describedAfter.end, end))) return { kind: 'before', start: from, end, plural: true, described: describedAfter };
  if (verb && (wordsOf(text, verb[1], end).length === 0 || topic)) {
    const named = subjects(text, inside).filter((mention) => mention.end <= verb[0]).at(-1);
    // "i post che annunciavano 'ticket raddoppiati'": what things or crowds said, in part, is reported, not quoted.
    const plural = isPlural(text.slice(verb[0], verb[1]));
    if (plural && !named && wordsOf(text, from, verb[0]).at(-1)?.key === 'che' && quotedFirst !== undefined && /^\p{Ll}/u.test(quotedFirst)) return undefined;
    const described = named ? undefined : (describedSubject(text, from, verb[0]) ?? relativeDescribed(text, from, verb[0]));
    return { kind: 'before', start: from, end, speaker: named, plural, ...(described ? { described } : {}), ...(phrase ? { phrase } : {}) };
  }
  // "Inoltre, ribadisce Rossi, «…»", "Sulle nomine, rende noto il ministero, «…»": the verb and its subject set between
  // commas right before the marks, read as after them.
  // (Not when the sentence names its subject before the verb: "X, con accanto Y, ha chiesto al presidente Z, «…»"
  // asks Z, and Z after the verb is its object.)
  if (verb && before.endsWith(',') && /(?:^|,)\s*$/u.test(text.slice(from, verb[0])) && subjects(text, inside).every((mention) => mention.kind === 'title' || mention.end > verb[0])) {
    const inverted = attributionAfter(text, mentions, verb[0] - 1, end - 1);
    if ((inverted?.speaker || inverted?.organisation || inverted?.described || inverted?.body) && /^\s*$/u.test(text.slice(inverted.end, end - 1))) return { ...inverted, kind: 'before', start: from, end };
  }
  return undefined;
}

/** Nouns a name follows ("il progetto «una città per tutti»", "con la scritta «…»"): what follows is a title. */
export const TITLED = new Set([
  'progetto', 'piano', 'bando', 'campagna', 'programma', 'iniziativa', 'rassegna', 'mostra', 'slogan', 'titolo', 'libro',
  'romanzo', 'film', 'spettacolo', 'app', 'manifesto', 'marchio', 'festival', 'premio', 'rapporto', 'dossier', 'hashtag',
  'motto', 'claim', 'tema', 'nome', 'scritta', 'striscione', 'striscioni', 'cartello', 'cartelli', 'volantino', 'etichetta',
  'operazione', 'percorso', 'concorso', 'documentario', 'canzone', 'brano', 'album', 'opera', 'saggio', 'convegno', 'evento',
]);

/**
 * A partial quotation finishing a sentence whose subject is a person: "è «un passo decisivo …»", "la necessità di
 * «ripensare …»", "che definisce «la sfida più importante …»", "ha dedicato la vittoria «a chi …»". Titles start
 * with a capital, scare quotes follow an article ("una «fase di transizione»") or a naming verb, and a single word
 * is how someone felt: none of these is one.
 */
export function partialQuoteSpeaker(text: string, mentions: Mention[], open: number, from: number, firstWord: string | undefined, quotedWords: number, paragraphStart?: number): Mention | undefined {
  if (quotedWords < 2 || !firstWord || !/^\p{Ll}/u.test(firstWord)) return undefined;
  const words = wordsOf(text, from, open);
  // Two words only after a form of "definire" ("definendo la relazione «una vergogna»"): a judgement someone passes,
  // as the verb says; after other words two are a name or a scare quote ("il progetto «orti urbani»").
  if (quotedWords < 3 && !words.slice(-5).some((word) => /^defin[eiì]/u.test(word.key) && !/^defini(?:tiv|zion)/u.test(word.key))) return undefined;
  const last = words.at(-1);
  if (!last || last.end < open - 2 || /[«“"„]/u.test(text.slice(last.end, open).trim())) return undefined;
  const infinitive = /(?:are|ere|ire|arsi|ersi|irsi)$/u.test(firstWord);
  if (DETERMINERS.has(last.key) && !(infinitive && /^(?:di|a|per|da)$/u.test(last.key))) return undefined;
  if (NAMING.test(last.key) && !/^defin/iu.test(last.key)) return undefined;
  // "ha definito il piano «la sfida …»", "parla di un festival «capace di …»": the noun is what the words describe.
  const described = words.slice(-5, -1).some((word) => /^defin/u.test(word.key)) || sayings(text, words.at(-6)?.start ?? from, last.start).length > 0;
  if (TITLED.has(last.key) && !described) return undefined;
  if (words.slice(-3).some((word) => /^(?:cosiddett|sedicent|denominat|intitolat|chiamat)/u.test(word.key))) return undefined;
  // "con il classico «taglio del nastro»", "il tradizionale «scambio degli auguri»": a custom's set name, no one's words.
  if (words.length >= 2 && DETERMINERS.has(words.at(-2)!.key) && CUSTOMARY.test(last.key)) return undefined;
  // "il bando, noto come «concorso straordinario bis»": a name the thing goes by.
  if (last.key === 'come' && knownAs(text, from, last.start)) return undefined;
  const speaking = (list: Mention[]) => {
    const found = subjects(text, list).filter((mention) => mention.kind !== 'title' || ROLE_GROUP.has(mention.name.toLowerCase()));
    const [subject, last] = [found.at(-2), found.at(-1)];
    return subject && last && (objectOf(text, subject, last) || subordinateSubject(text, last.start, last.end)) ? subject : last;
  };
  const inSentence = mentions.filter((mention) => mention.start >= from && mention.end <= open);
  const opener = openingSubject(text, inSentence, from);
  if (opener) return opener;
  const own = speaking(inSentence);
  if (own || paragraphStart === undefined) return own;
  // A sentence going on about the same person ("Nel suo intervento si è soffermata su …", "Poi ha …").
  if (!/^\s*(?:(?:nel|nella)\s+(?:suo|sua)\b|poi\b|inoltre\b|infine\b|quindi\b|e\s+(?:ha|si|poi)\b|ha\b|si\b)/iu.test(text.slice(from, open))) return undefined;
  return speaking(mentions.filter((mention) => mention.start >= paragraphStart && mention.end <= from));
}

/** Adjectives of custom before a set phrase in marks: "il classico", "la tradizionale", "il consueto", "l’immancabile". */
const CUSTOMARY = /^(?:classic|tradizional|consuet|solit|immancabil|rituale|ritual)[oaie]?$/u;

/** A past participle after "ha", "hanno": "ha ringraziato", "hanno accolto", "ha promesso". */
const PERFECT = /(?:^|\s)(?:ha|hanno|aveva|avevano)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:at|ut|it|ess|ett|ost|ist|olt|ent)[oaie](?![\p{L}])/u;

/**
 * Is `object` the object of a verb `subject` governs: "X ha ringraziato Y «per …»", "X saluta il vescovo Y"? The
 * two in one clause, the verb between them, a few words apart: Italian sets the subject before its verb.
 */
function objectOf(text: string, subject: Mention, object: Mention): boolean {
  if (subject.nameEnd > object.nameStart) return false;
  const between = text.slice(subject.nameEnd, object.nameStart);
  if (/[,;:.!?()«»“”"\u2013\u2014]/u.test(between) || wordsOf(between).length > 6) return false;
  return PERFECT.test(between) || sayings(text, subject.nameEnd, object.nameStart).length > 0;
}

/**
 * The person opening a sentence as the subject of its verb, when nobody named after them has a verb of their own: "X
 * (Lega) ha proposto Y quale presidente, «…»", "Alessandra sottolinea la prova della centrale Y: «…»".
 */
export function openingSubject(text: string, inSentence: Mention[], from: number): Mention | undefined {
  const opener = inSentence[0];
  if (!opener || opener.kind === 'title' || !/^\s*(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?$/iu.test(text.slice(from, opener.start))) return undefined;
  const verbFollows = (mention: Mention) => {
    const rest = text.slice(mention.end, mention.end + 80);
    const gap = /^\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:che\s+)?/u.exec(rest)![0].length;
    return /^(?:ha|hanno|aveva|avevano|è|era|si|ne)\s/iu.test(rest.slice(gap)) || sayingAt(text, mention.end + gap) !== undefined;
  };
  return verbFollows(opener) && !inSentence.slice(1).some(verbFollows) ? opener : undefined;
}

/** In a headline, the person named just before the marks: "PATRONCINI, 'ANNO DA INCORNICIARE'", "Neri (Confcommercio) «…»". */
export function headlineSpeaker(text: string, mentions: Mention[], open: number, from: number): Mention | undefined {
  const named = subjects(text, mentions.filter((mention) => mention.start >= from && mention.end <= open)).at(-1);
  // ("Coldiretti incontra l’assessore X: «…»": not the one met.)
  if (!named || metBy(text, from, named.start) !== undefined) return undefined;
  return /^\s*(?:\([^()]{1,60}\))?\s*[,:]?\s*$/u.test(text.slice(named.end, open)) ? named : undefined;
}

/** A mark that names a thing rather than opening speech: «Fabbrica 5.0» after "il piano", «il Treno» after "tifosi". */
export function namesAThing(text: string, open: number, floor: number): boolean {
  const before = text.slice(floor, open);
  if (/(?:^|[\s(])$/u.test(before) === false) return false;
  const tail = before.replace(/\s+$/u, '');
  if (tail === '' || !/[\p{L}\p{M}\p{N}’']$/u.test(tail)) return false;
  const word = wordsOf(text, Math.max(floor, floor + tail.length - 40), floor + tail.length).at(-1);
  if (!word) return false;
  if (CONJUNCTIONS.has(word.key)) return false;
  if (NAMING.test(word.key)) return true;
  if (sayings(text, Math.max(floor, word.start - 40), word.end).some(([, end]) => end === word.end)) return false;
  return true;
}

