// "parla di «disastro annunciato»": a phrase a speaker is said to have used, quoted however short.
import { wordsOf } from './words.ts';

/** Words before the verb that deny or generalise the saying: "Nessuno parla di …", "non si parla di …". */
const DENIED = /^(?:non|nessuno|nessuna|né|mai|si|se)$/u;

/**
 * Do the marks at `end` follow "parlare di" with nothing between ("ha parlato di «caccia alle poltrone»"): the
 * speaker's own phrase, two words or more, lower case. After an article ("parla di una «fase di transizione»") the
 * marks set a label apart instead, and nobody's phrase is quoted where nobody speaks ("Nessuno parla di «…»",
 * "si parla di «…»").
 */
export function talkedOf(text: string, from: number, verb: [number, number], end: number, quotedWords: number, quotedFirst: string | undefined): boolean {
  if (quotedWords < 2 || quotedFirst === undefined || !/^\p{Ll}/u.test(quotedFirst)) return false;
  if (!/^parl/iu.test(text.slice(verb[0], verb[1]).split(/\s+/u).at(-1)!)) return false;
  const between = wordsOf(text, verb[1], end);
  if (between.length !== 1 || between[0]!.key !== 'di') return false;
  // The clause before the verb, from its sentence's last comma or stop: "Tra gli abitanti c’è chi parla di".
  const lead = text.slice(from, verb[0]);
  const clause = wordsOf(text, from + Math.max(0, lead.search(/[,;:.!?][^,;:.!?]*$/u) + 1), verb[0]);
  return !clause.slice(-4).some((word) => DENIED.test(word.key));
}
