// The organisation a paragraph ends on as the one speaking the quotation after it, when a person is only named beside
// it ("il movimento X di Y.", "il Consiglio comunale, con il presidente Y, esprime …").
import { namesOffice, organisationAfter, sayings } from './attribution.ts';
import type { Mention } from './mentions.ts';
import { ORGANISATION_NOUNS } from './organisation-nouns.ts';

/** An organisation's noun, its name and the preposition before a person's name: "movimento Cambiamo Rotta di ". */
const OWNED = new RegExp(`(?<![\\p{L}])(?:${ORGANISATION_NOUNS})(?:[ \\t]+\\p{Ll}+)?[ \\t]+(\\p{Lu}[\\p{L}’'-]*(?:[ \\t]+\\p{Lu}[\\p{L}’'-]*){0,4})[ \\t]+(?:di|del|della|dello)[ \\t]+$`, 'u');

/**
 * The organisation a paragraph [start, end) ends on, introduced by its common noun and the person whose it is: "la
 * denuncia arriva dal movimento Cambiamo Rotta di Vito Lacalamita." The words after it are the organisation's: the
 * person is named as whose it is, not as speaking.
 */
export function ownedOrganisation(text: string, mentions: Mention[], start: number, end: number): string | undefined {
  const person = mentions.filter((mention) => mention.kind === 'person' && mention.start >= start && mention.end <= end).at(-1);
  if (!person || !/^[\s.]*$/u.test(text.slice(person.end, end))) return undefined;
  const lead = text.slice(Math.max(start, person.start - 120), person.start);
  const owned = OWNED.exec(lead);
  if (!owned) return undefined;
  // Nobody else named in the sentence: the organisation is what it is about.
  const sentence = Math.max(start, text.lastIndexOf('. ', person.start) + 1);
  if (mentions.some((mention) => mention !== person && mention.kind !== 'title' && mention.start >= sentence && mention.end <= person.start)) return undefined;
  return owned[1];
}

/**
 * The organisation the last sentence of a paragraph [start, end) makes the subject of its verb of saying, past an
 * opening phrase and with anyone named only beside it ("In un momento di tristezza, il Consiglio comunale, con il
 * presidente X, esprime il suo cordoglio."): who says the paragraph of quotation after it.
 */
export function organisationSaying(text: string, mentions: Mention[], start: number, end: number): string | undefined {
  const stops = [...text.slice(start, end).matchAll(/[.!?]\s+(?=\p{Lu})/gu)];
  const from = start + (stops.length > 0 ? stops.at(-1)!.index + stops.at(-1)![0].length : 0);
  const verb = sayings(text, from, end)[0];
  if (!verb) return undefined;
  // Named with its article, as running text names a body ("il Consiglio comunale"), not a person's name or a verb.
  const lead = /^(\s*(?:[^,;:«»“”"_]{1,80},\s*)?(?:il|lo|la|l[’']|i|gli|le)\s*)(?=\p{Lu})/u.exec(text.slice(from, verb[0]));
  if (!lead) return undefined;
  const at = from + lead[0].length;
  const organisation = organisationAfter(text, at);
  if (!organisation || !namesOffice(organisation) || text.indexOf(organisation, at) !== at) return undefined;
  if (mentions.some((mention) => mention.kind !== 'title' && mention.nameStart < at + organisation.length && mention.nameEnd > from && mention.nameStart < at)) return undefined;
  if (mentions.some((mention) => mention.nameStart < at + organisation.length && mention.nameEnd > at)) return undefined;
  const rest = text.slice(at + organisation.length, verb[0]);
  return /^\s*(?:,\s*(?:con|insieme\s+a|assieme\s+a)\s[^,;:.!?]{1,80},)?\s*(?:(?:ha|hanno)\s+)?$/u.test(rest) ? organisation : undefined;
}
