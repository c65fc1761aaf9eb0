// "– hanno dichiarato i segretari regionali di Fim, Fiom e Uilm, Di Renzo, Castiglione e Ferretti –": the bodies'
// officers, named right after the bodies, one for each. The words are those people's, speaking together, as the
// verb says; the bodies only tell whose officers they are.
import type { Speaker } from '../release.ts';

/** A name of one to three capitalised words: "Ferretti", "Di Renzo", "Anna De Luca". */
const NAME = /^\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){0,2}$/u;
/** What separates the names of a list: a comma or "e" (captured, to keep the list as printed). */
const SEPARATOR = /([ \t]*,[ \t]*|[ \t]+e[ \t]+)/u;
/** The officers before the bodies: an article and lower-case words up to "di" ("i segretari regionali di"). */
const OFFICERS = /^[ \t]*(?:i|gli|le)[ \t]+((?:\p{Ll}+[ \t]+){1,3}(?:di|del|della|dello|dei|degli|delle)[ \t]+)$/u;

/**
 * The people named after the bodies listed from `listStart` as their officers, as many names as bodies, each list
 * closed by "e": "Di Renzo, Castiglione e Ferretti", with the role "segretari regionali di Fim, Fiom e Uilm". `verbEnd`
 * is where the verb of saying ends, `end` where the attribution does (its closing dash left out).
 */
export function namedOfficers(text: string, verbEnd: number, listStart: number, end: number): Speaker | undefined {
  const officers = OFFICERS.exec(text.slice(verbEnd, listStart));
  if (!officers) return undefined;
  const pieces = /^([^]*?)[ \t]*[,.\u2013\u2014-]?[ \t]*$/u.exec(text.slice(listStart, end))![1]!.split(SEPARATOR);
  const items = pieces.filter((_, index) => index % 2 === 0);
  const separators = pieces.filter((_, index) => index % 2 === 1);
  const half = items.length / 2;
  if (!Number.isInteger(half) || half < 2) return undefined;
  // "A, B e C" then a comma, then "X, Y e Z".
  const and = (separator: string | undefined) => separator !== undefined && /e/u.test(separator);
  if (!and(separators[half - 2]) || and(separators[half - 1]) || !and(separators.at(-1))) return undefined;
  if (!items.slice(half).every((item) => NAME.test(item))) return undefined;
  const clean = (words: string) => words.replace(/\s+/gu, ' ');
  return { name: clean(pieces.slice(2 * half).join('')), role: clean(officers[1]! + pieces.slice(0, 2 * half - 1).join('')) };
}
