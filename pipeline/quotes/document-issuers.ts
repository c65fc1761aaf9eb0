// Who issued a document the text introduces before quoting it: "Una nota porta la firma della lista X", "la nota
// firmata dall’amministratore delegato, X", "il dossier che X ha presentato", "X ha diffuso una nota". Words then read
// in it ("«…», si legge", "– si legge nel documento –") are the issuer's: a desk editor would credit them so.
import { namesOffice, organisationAfter } from './attribution.ts';
import { DOCUMENTS } from './documents.ts';
import type { Mention } from './mentions.ts';
import { ORGANISATION_NOUNS } from './organisation-nouns.ts';
import { organisationEndingAt } from './organisations.ts';


/** The stems of the past participles of issuing: "firmat-", "diffus-", "presentat-". */
const ISSUING_STEMS = 'firmat|sottoscritt|diffus|inviat|pubblicat|presentat|depositat|redatt|trasmess|emess|protocollat|siglat';
/** Past participles of issuing, then the agent's preposition: "firmata dall’", "diffuso dal", "presentata ieri da". */
const ISSUED = `(?:${ISSUING_STEMS})[oaie]`;
const AGENT = '(?:(?:da|dal|dallo|dalla|dai|dagli|dalle)(?![\\p{L}])|dall[’\'])';
const OF = '(?:(?:di|del|dello|della|dei|degli|delle)(?![\\p{L}])|dell[’\'])';

/** "una nota firmata dal …", "la nota porta la firma della …", "un’interrogazione a firma di …": the issuer follows. */
const SIGNED = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?![\\p{L}])[^.;:!?«»“”"_]{0,60}?(?:${ISSUED}(?:[ \\t]+\\p{Ll}+){0,2}?[ \\t]+${AGENT}|port(?:a|ava|ano)[ \\t]+la[ \\t]+firma[ \\t]+${OF}|a[ \\t]+firma[ \\t]+${OF})[ \\t]*`, 'giu');

/** "X ha diffuso una nota", "il dossier che X ha presentato", "X ha risposto con una nota": the subject of a verb of issuing, before it. */
const ISSUING = new RegExp(`[ \\t]+(?:ha|hanno)[ \\t]+(?:(?:già|anche|poi|ieri|oggi)[ \\t]+)?(?:${ISSUING_STEMS}|scritt)o(?![\\p{L}])|[ \\t]+(?:ha|hanno)[ \\t]+(?:rispost|replicat|reagit)o[ \\t]+con(?![\\p{L}])`, 'gu');
/** The document the verb of issuing has for object: "… una nota", "… un’interrogazione sui ritardi". */
const OBJECT = new RegExp(`^[ \\t]+(?:\\p{Ll}+[ \\t]+){0,2}?(?:(?:un|una|il|la|lo|uno)[ \\t]+|un[’'][ \\t]*|l[’'][ \\t]*)(?:\\p{Ll}+[ \\t]+)?(?:${DOCUMENTS})(?![\\p{L}])`, 'iu');
/** "il dossier che X ha presentato": the document before, the relative pronoun right before the subject. */
const RELATIVE = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?:[ \\t]+\\p{Ll}+)?[ \\t]*,?[ \\t]+che[ \\t]+$`, 'iu');

/**
 * "l’ordinanza con la quale il sindaco X ha disposto …", "la delibera con cui la direzione di Y ha accettato …": the
 * subject of the clause the document is the means of, up to its verb: who issued it.
 */
const THROUGH = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?![\\p{L}])[ \\t]*,?[ \\t]+con[ \\t]+(?:cui|la[ \\t]+quale|il[ \\t]+quale)[ \\t]+(?=[^.,;:!?«»“”"_]{1,80}?[ \\t](?:ha|hanno)[ \\t])`, 'giu');
/** The auxiliary of the relative clause's verb, found from its subject. */
const AUXILIARY = /[ \t](?:ha|hanno)[ \t]/u;

/** A body a name follows in lower case, skipped to the name: "della lista di minoranza Rinascita Civica". */
const BODY_NOUN = new RegExp(`^(?:(?:${ORGANISATION_NOUNS}|lista|gruppo|azienda|ditta)(?:[ \\t]+(?:di[ \\t]+)?\\p{Ll}+){0,2}?[ \\t]+)(?=\\p{Lu})`, 'u');

export type Issuer = { speaker: Mention } | { organisation: string };

/** A sentence's end before the capital of the next. */
const SENTENCE_STOP = /[.!?…]\s+(?=\p{Lu})/gu;

/** The person or organisation named at `at` as issuing: someone named within a few words of it, else an organisation. */
export function issuerAt(text: string, mentions: Mention[], at: number, end: number): Issuer | undefined {
  // "dall’amministratore delegato di Eav, Gennaro Iovine": a person named past their office, in the same clause.
  const person = mentions.find((mention) => mention.kind !== 'title' && mention.nameStart >= at && mention.nameEnd <= end && /^[^.;:!?«»“”"_()]{0,80}$/u.test(text.slice(at, mention.nameStart)) && !/(?:^|\s)(?:e|ed|con|a|al|alla|ai|per|che)\s/u.test(text.slice(at, mention.start)));
  if (person) return { speaker: person };
  const skip = BODY_NOUN.exec(text.slice(at, end))?.[0].length ?? 0;
  const organisation = organisationAfter(text, at + skip) ?? (skip > 0 ? organisationAfter(text, at) : undefined);
  if (!organisation || !namesOffice(organisation) || text.indexOf(organisation, at) + organisation.length > end) return undefined;
  return { organisation };
}

/** The subject ending right before `verb`: a person named there, else the organisation whose name ends there. */
function subjectBefore(text: string, mentions: Mention[], start: number, verb: number): Issuer | undefined {
  const person = mentions.find((mention) => mention.kind !== 'title' && mention.end <= verb && mention.nameStart >= start && /^[\s,]*$/u.test(text.slice(mention.end, verb)));
  if (person) return { speaker: person };
  // The organisation whose name runs up to the verb, from the first capital that starts it.
  for (const capital of text.slice(start, verb).matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const at = start + capital.index;
    const organisation = organisationAfter(text, at);
    if (organisation && text.indexOf(organisation, at) === at && /^[ \t]*$/u.test(text.slice(at + organisation.length, verb)) && namesOffice(organisation)) return { organisation };
  }
  // A name with a lower-case adjective in it, after its article at most: "L’Onda lucana ha diffuso una lettera".
  const ending = organisationEndingAt(text, start, verb, mentions);
  if (ending && namesOffice(ending) && /^\s*(?:(?:il|lo|la|i|gli|le)\s+|l[’']\s*)?$/iu.test(text.slice(start, text.lastIndexOf(ending, verb)))) return { organisation: ending };
  return undefined;
}

/**
 * The issuer of a document the sentence [start, end) introduces, if it names one. `subject`: only where the document or
 * its issuer is what the sentence is about ("Una nota porta la firma di X", "X ha diffuso una nota"), not a complement
 * ("La rettrice non ha commentato la lettera firmata dal ministro").
 */
function sentenceIssuer(text: string, mentions: Mention[], start: number, end: number, subject = false): Issuer | undefined {
  const sentence = text.slice(start, end);
  for (const signed of sentence.matchAll(SIGNED)) {
    if (subject && !/^\s*(?:(?:una|un|la|il|lo)\s+|un[’']\s*|l[’']\s*)?(?:\p{Ll}+\s+)?$/iu.test(sentence.slice(0, signed.index))) continue;
    const issuer = issuerAt(text, mentions, start + signed.index + signed[0].length, end);
    if (issuer) return issuer;
  }
  for (const through of sentence.matchAll(THROUGH)) {
    const from = start + through.index + through[0].length;
    const verb = AUXILIARY.exec(text.slice(from, end));
    const issuer = verb ? subjectBefore(text, mentions, from, from + verb.index) : undefined;
    if (issuer) return issuer;
  }
  for (const verb of sentence.matchAll(ISSUING)) {
    const at = start + verb.index;
    const after = at + verb[0].length;
    // Its object a document ("ha diffuso una nota"), or the document before it ("il dossier che X ha presentato").
    const relative = [...sentence.slice(0, verb.index).matchAll(/(?<![\p{L}])che[ \t]+/gu)].at(-1);
    const from = relative && RELATIVE.test(sentence.slice(0, relative.index + relative[0].length)) ? start + relative.index + relative[0].length : OBJECT.test(text.slice(after, end)) ? start : undefined;
    if (from === undefined) continue;
    const issuer = subjectBefore(text, mentions, from, at);
    if (issuer) return issuer;
  }
  return undefined;
}

/**
 * The issuer of the document the narration [from, to) last introduces, the nearest sentence first: who the words read
 * in "it" are from. Nothing when no sentence there names a document with its issuer.
 */
export function documentIssuerBefore(text: string, mentions: Mention[], from: number, to: number): Issuer | undefined {
  const starts = [from];
  for (const stop of text.slice(from, to).matchAll(SENTENCE_STOP)) starts.push(from + stop.index + stop[0].length);
  for (let i = starts.length - 1; i >= 0; i--) {
    const issuer = sentenceIssuer(text, mentions, starts[i]!, starts[i + 1] ?? to);
    if (issuer) return issuer;
  }
  return undefined;
}

/**
 * The issuer the narration right after a quotation's close names in the sentence that goes on from it ("«…», si legge
 * nell’ordinanza con la quale il sindaco X ha disposto …"): up to the sentence's end.
 */
export function documentIssuerAfter(text: string, mentions: Mention[], from: number, to: number): Issuer | undefined {
  const stop = /[.!?…](?:\s|$)/u.exec(text.slice(from, to));
  return sentenceIssuer(text, mentions, from, stop ? from + stop.index : to);
}

/** The issuer the sentence right before `to` names, when that sentence introduces the document ("X ha diffuso una nota."). */
export function documentIssuerRightBefore(text: string, mentions: Mention[], from: number, to: number): Issuer | undefined {
  const stops = [...text.slice(from, to).matchAll(SENTENCE_STOP)];
  // The last sentence ends with a full stop or a colon right before the marks.
  if (!/[.:]\s*$/u.test(text.slice(from, to))) return undefined;
  const start = stops.length > 0 && stops.at(-1)!.index + stops.at(-1)![0].length < to - from ? from + stops.at(-1)!.index + stops.at(-1)![0].length : from;
  const issuer = sentenceIssuer(text, mentions, start, to, true);
  // Nobody else named in it: the words could be theirs.
  const other = issuer && mentions.some((mention) => mention.kind !== 'title' && mention.start >= start && mention.end <= to && !('speaker' in issuer && issuer.speaker === mention));
  return other ? undefined : issuer;
}

/** "una lettera in cui preannuncia la protesta contro «": the document's content, told in a relative clause up to the marks. */
const CONTENT_CLAUSE = new RegExp(`(?<![\\p{L}])(?:${DOCUMENTS})(?:[ \\t]+\\p{Ll}+){0,2}?[ \\t]*,?[ \\t]+(?:in[ \\t]+cui|nel[ \\t]+quale|nella[ \\t]+quale|con[ \\t]+cui|dove)[ \\t]+[^.;:!?«»“”"_]{0,100}$`, 'u');

/**
 * The issuer of the document the sentence [sentence, open) introduces when the words at `open` tell what is in it:
 * "X ha diffuso una lettera in cui preannuncia la protesta contro «…»". The words are read in it, so the issuer's.
 */
export function documentClauseIssuer(text: string, mentions: Mention[], sentence: number, open: number): Issuer | undefined {
  if (!CONTENT_CLAUSE.test(text.slice(sentence, open))) return undefined;
  return sentenceIssuer(text, mentions, sentence, open, true);
}
