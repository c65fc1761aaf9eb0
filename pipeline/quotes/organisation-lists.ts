// Bodies speaking together, named in a row after a plural verb: "denunciano le segreterie di Cgil, Cisl, Uil, Fials,
// Nursind", "concludono Fiom, Fim e Uilm". One speaker, the list as the text prints it.
import { namesOffice, organisationAfter } from './attribution.ts';
import { isFirstName } from './names.ts';

/** What separates two names of a list: a comma, "e", or both. */
export const JOINS = '[ \\t]*,[ \\t]*(?:(?:e|ed)[ \\t]+)?|[ \\t]+(?:e|ed)[ \\t]+';
const SEPARATOR = new RegExp(`^(?:${JOINS})`, 'u');
/** Or, in a list opening a sentence, a spaced dash, as unions sign joint notes ("Filt Cgil – Fit Cisl – Uiltrasporti"). */
const OPENING_SEPARATOR = new RegExp(`^(?:${JOINS}|[ \\t]+[\\u2013\\u2014][ \\t]+)`, 'u');

/** Two capitalised names joined by "e" within one found name: "Sinistra Civica e Verdi Imolesi". */
const JOINED_NAMES = /[ \t](?:e|ed)[ \t]+\p{Lu}/u;

/** One lower-case word after a name in a list, not a verb's ending: the sector of a union ("Uil trasporti"). */
const SECTOR = /^[ \t]+\p{Ll}{4,}(?<!ano|ono|ato|ito|uto|che)(?=[ \t]*,|[ \t]+[\u2013\u2014][ \t])/u;

/** More bodies than this in a row are a roll, a table or a directory, not speakers (and a name too long to look for). */
const MAX_LISTED = 12;

/**
 * The organisation named at `start` (found as `first`) with the bodies listed after it, if a plural verb makes them
 * speak together: each one a name of its own ("Cgil", "Italia Nostra sezione di Cremona"), not a person's name.
 * The list as printed, with or without a last "e" ("Cgil, Cisl, Uil, Fials, Nursind"); `first` alone if none follows.
 */
export function organisationList(text: string, start: number, first: string, limit: number, separators = SEPARATOR): string {
  let end = start + first.length;
  for (let listed = 1; ; listed++) {
    if (listed > MAX_LISTED) return first;
    let separator = separators.exec(text.slice(end, limit));
    // A union's sector in lower case before the next name: "Uil trasporti, Faisa Cisal".
    const sector = separator || listed === 1 ? null : SECTOR.exec(text.slice(end, limit));
    if (sector) separator = separators.exec(text.slice(end + sector[0].length, limit));
    if (!separator) break;
    if (sector) end += sector[0].length;
    const next = organisationAfter(text, end + separator[0].length);
    // The name returned without its article ("e la Fim Cisl"): it ends where it stands, not the article's length short.
    const nextEnd = next === undefined ? -1 : text.indexOf(next, end + separator[0].length) + next.length;
    if (!next || !namesOffice(next) || isFirstName(next.split(/\s/u)[0]!) || nextEnd > limit) break;
    end = nextEnd;
  }
  return text.slice(start, end);
}

/**
 * Bodies listed as the subject opening a sentence, right before its plural verb: "Fim, Fiom e Uilm dichiarano",
 * "Filt Cgil – Fit Cisl – Uiltrasporti, Faisa Cisal e Orsa ribadiscono che". One speaker, the list as printed; two
 * names at least, and nothing but the list between the sentence's start and the verb.
 */
export function organisationsOpening(text: string, from: number, verb: number): string | undefined {
  const at = from + (/^\s*/u.exec(text.slice(from, verb))?.[0].length ?? 0);
  const first = organisationAfter(text, at);
  if (!first || !namesOffice(first) || isFirstName(first.split(/\s/u)[0]!) || text.indexOf(first, at) !== at) return undefined;
  const list = organisationList(text, at, first, verb, OPENING_SEPARATOR);
  // A name may already hold the list, "e" being a link inside names too: "Legambiente e Coldiretti" is two bodies
  // when a capital follows the "e" (not "Ministero delle Imprese e del Made in Italy") and the verb is plural.
  if ((list === first && !JOINED_NAMES.test(first)) || !/^\s*$/u.test(text.slice(at + list.length, verb))) return undefined;
  return list;
}
