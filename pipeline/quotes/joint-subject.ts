// Two people a paragraph opens on as the subject of one plural verb: "Il segretario X, insieme al consigliere Y,
// attaccano la giunta". A plural noun in the next paragraph ("spiegano gli esponenti Pd") calls them back together.
import type { Mention } from './mentions.ts';
import { sayingLength } from './saying-verbs.ts';

/** Before the first name, its title only, in one clause: "Il nuovo segretario dell’Unione comunale del Pd …". */
const OPENING = /^[^.,;:!?«»“”"()\u2013\u2014]{0,120}$/u;
/** Between the two: "e", or a comma and "insieme a" / "assieme a", then maybe the second one's title. */
const JOINED = /^(?:\s+(?:e|ed)|\s*,\s*(?:insieme|assieme)\s+(?:a|ad|al|allo|alla|all[’']))(?:\s*[\p{Ll}’']+)*\s*$/u;
/** After the second (and a comma closing the aside), a verb in the third person plural: "attaccano", "hanno chiesto". */
const PLURAL_VERB = /^\s*,?\s*(?:hanno|sono|\p{Ll}{3,}(?:ano|ono))(?![\p{L}])/u;

/** The two people the text in [from, to) opens on as one plural subject, in the order named; else undefined. */
export function jointSubject(text: string, mentions: Mention[], from: number, to: number): [Mention, Mention] | undefined {
  const people = mentions.filter((mention) => mention.kind !== 'title' && mention.start >= from && mention.end <= to).sort((a, b) => a.start - b.start);
  const [first, second] = people;
  if (!first || !second) return undefined;
  // Not the object of a verb before them: "Il sindaco ha incontrato X e Y".
  const opening = text.slice(from, first.start);
  if (!OPENING.test(opening) || /(?<![\p{L}])(?:ha|hanno|è|sono|aveva|avevano)(?![\p{L}])/iu.test(opening)) return undefined;
  if (!JOINED.test(text.slice(first.nameEnd, second.start)) && !JOINED.test(text.slice(first.end, second.start))) return undefined;
  return PLURAL_VERB.test(text.slice(second.end, to)) || PLURAL_VERB.test(text.slice(second.nameEnd, to)) ? [first, second] : undefined;
}

/** After the speaker (and their role in brackets or between commas): "insieme a", "assieme al coordinatore", up to the second name. */
const COMPANION = /^\s*(?:\([^()]{1,80}\))?\s*(?:,[^,;:.!?«»“”"()]{1,80},)?\s*,?\s*(?:insieme|assieme)\s+(?:a|ad|al|allo|alla|all[’'])\s*(?:\p{Ll}+\s+){0,3}$/u;

/**
 * "Lo afferma X (…) insieme a Y (…)": the one a speaker makes the statement with, named in full right after them. A
 * statement signed together is both people's, whatever the verb's number.
 */
export function companionOf(text: string, mentions: Mention[], lead: Mention): Mention | undefined {
  const next = mentions.find((mention) => mention.kind === 'person' && mention.start >= lead.nameEnd && mention !== lead);
  return next && COMPANION.test(text.slice(lead.nameEnd, next.nameStart)) ? next : undefined;
}

/**
 * A plural verb of saying and the list of full names after it: "spiegano X Y, Z W e V U", each name two or three
 * capitalised words (a foreign first name the lexicon lacks included: the list's other names vouch for it).
 */
const LISTED_SAYERS = /(?:^|[\s\u2013\u2014,(])(\p{Ll}{3,}(?:ano|ono)|hanno\s+\p{Ll}{3,}(?:ato|uto|ito))\s+((?:\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2}\s*,\s*)*\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2}\s+ed?\s+\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'-]+){1,2})(?!\s*\p{Lu})/gu;

/**
 * "– spiegano X, Y e Z –": the names of the people (two or more) a plural verb of saying lists as its subject in
 * [from, to), the last such list, when the text finds a person in one of them at least; a plural noun after it
 * ("spiegano i sindacalisti") calls them back together.
 */
export function listedSayers(text: string, mentions: Mention[], from: number, to: number): string[] | undefined {
  let found: string[] | undefined;
  for (const match of text.slice(from, to).matchAll(LISTED_SAYERS)) {
    // A verb of saying, not any plural ("partecipano Mario Rossi e …").
    if (sayingLength(text, from + match.index + match[0].indexOf(match[1]!)) < 0) continue;
    const start = from + match.index + match[0].length - match[2]!.length;
    const names = match[2]!.split(/\s*,\s*|\s+ed?\s+/u);
    const known = mentions.some((mention) => mention.kind !== 'title' && mention.start >= start && mention.end <= start + match[2]!.length);
    if (known) found = names;
  }
  return found;
}
