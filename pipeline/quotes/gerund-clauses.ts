// A gerund clause set off by commas ("Nel suo intervento, portando i saluti della sindaca X, ha detto: …") has no
// subject of its own: it shares the main verb's. A person named inside it is the gerund's object or complement
// (whose greetings, whom one thanks), never who speaks in the sentence.
import { isFirstName } from './names.ts';

/** Words ending like a gerund that are not one: "quando", "il comando", "il bando", "stupendo". */
export const NOT_GERUNDS = new Set(['quando', 'comando', 'bando', 'contrabbando', 'nefando', 'tremendo', 'orrendo', 'stupendo', 'reverendo', 'dividendo', 'addendo']);

/**
 * A gerund opening a clause, maybe after "pur" or "non", with its pronoun ("rivolgendosi"), up to the name: lower case
 * after a comma, capitalised at the sentence's start ("Portando i saluti di X, …").
 */
const GERUND_OPENING = /(?:(?:^|[.;:!?\n(]\s*)(?:(?:Pur|Non|Poi|Anche)\s+)?(\p{Lu}\p{Ll}{2,}(?:ando|endo)(?:si|lo|la|li|le|gli|ne|ci|vi)?)|,\s*(?:(?:pur|non|poi|anche)\s+)?(\p{Ll}{3,}(?:ando|endo)(?:si|lo|la|li|le|gli|ne|ci|vi)?))(?:[\s’'][^,;:.!?«»“”"()\n\u2013\u2014]{0,80})?$/u;

/** Is the name at [start, end) inside a gerund clause closed by a comma before the sentence's main verb? */
export function inGerundClause(text: string, start: number, end: number): boolean {
  const opening = GERUND_OPENING.exec(text.slice(Math.max(0, start - 100), start));
  const gerund = opening?.[1] ?? opening?.[2];
  if (!gerund || NOT_GERUNDS.has(gerund.toLowerCase()) || isFirstName(gerund)) return false;
  // The clause must close after the name, with a comma: "…, portando i saluti del sindaco X, ha detto".
  return /^[^,;:.!?«»“”"\n\u2013\u2014]{0,80},/u.test(text.slice(end, end + 81));
}

/**
 * A gerund straight after the verb of a dashed attribution, its clause closed by the dash: "– ha detto mandando un
 * messaggio a X –", "– ha concluso rivolgendosi al sindaco X –". One named there after a preposition is whom the words
 * are sent to; one right after the gerund may still be the speaker ("– ha detto sorridendo X –").
 */
const ASIDE_GERUND = /\s\p{Ll}{3,}(?:ando|endo)(?:si|lo|la|li|le|gli|ne|ci|vi)?\s[^,;:.!?«»“”"()\n\u2013\u2014]{0,60}?(?<![\p{L}])(?:a|ad|al|allo|alla|ai|agli|alle|all[’']|con|verso|contro)\s*(?:(?:il|lo|la|i|gli|le)\s+|l[’']\s*)?(?:\p{Ll}+\s+){0,3}$/u;

/** Is the name at [start, end) the complement of such a gerund, the dash closing the aside right after it? */
export function inAsideGerund(text: string, start: number, end: number): boolean {
  if (!/^\s*(?:[\u2013\u2014]|-(?=[\s.,]))/u.test(text.slice(end, end + 4))) return false;
  const opening = ASIDE_GERUND.exec(text.slice(Math.max(0, start - 80), start));
  return opening !== null && !NOT_GERUNDS.has(/\p{Ll}+/u.exec(opening[0])![0]);
}
