// Press releases often set the signer's office right after the name with no comma, every word capitalised:
// "una dichiarazione di Giorgio Baldassari Presidente Provinciale Confesercenti". The name ends where the office begins.
import { ROLE_GROUP } from './lexicon.ts';
import type { Word } from './words.ts';

/**
 * Where a role written with a capital cuts a run of capitalised words that opens on a name of at least two words
 * (first name and surname): the index of the role word, or `to` when none does. The word before it a surname of four letters
 * or more, not a particle of the surname the role word ends: "Teresa Lo Giudice", "Anna Del Prete".
 */
export function gluedRoleAt(words: Word[], from: number, to: number): number {
  for (let k = from + 2; k < to; k++) if (ROLE_GROUP.has(words[k]!.key) && /^\p{Lu}\p{Ll}{3,}$/u.test(words[k - 1]!.text)) return k;
  return to;
}
