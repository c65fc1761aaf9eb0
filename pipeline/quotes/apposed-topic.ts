// A name set before a colon in apposition to what the sentence talks about, not to who talks: "il discorso cade sul
// match-winner di giornata, Sacchi: «…»", "parole di elogio per un altro elemento …, Bonizzoni: «…»". The words are the
// one interviewed, speaking about that person.
import { sayingLength } from './saying-verbs.ts';
import { wordsOf } from './words.ts';

/** A prepositional phrase on a common noun, with its complement or a relative clause, ending at the comma. */
const TOPIC_PHRASE = /(?:^|\s)(?:su|sul|sullo|sulla|sui|sugli|sulle|per|a|al|allo|alla|ai|agli|alle)\s+(?:(?:il|lo|la|un|uno|una|i|gli|le)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?\p{Ll}[\p{Ll}-]{2,}(?:\s+(?:di|del|della|dello|dei|degli|delle)\s+\p{Ll}+)?(?:\s+che\s[^,;:.!?«»“”"_]{1,80})?\s*$|(?:^|\s)(?:sull|all)[’']\s*\p{Ll}[\p{Ll}-]{2,}(?:\s+che\s[^,;:.!?«»“”"_]{1,80})?\s*$/u;
/** A name set after a comma right before the colon: ", Sacchi:", ", Matteo Sacchi:". */
const LABEL = /,[ \t]*\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){0,2}[ \t]*:$/u;

/**
 * Is the lead [from, end), ending with a colon, "…, X:" with X in apposition to the noun of a prepositional phrase
 * the sentence opens no verb of saying for?
 */
export function apposedTopic(text: string, from: number, end: number): boolean {
  const lead = text.slice(from, end);
  const label = LABEL.exec(lead);
  if (!label) return false;
  const clause = lead.slice(0, label.index);
  if (!TOPIC_PHRASE.test(clause)) return false;
  return !wordsOf(text, from, from + label.index).some((word) => sayingLength(text, word.start) >= 0);
}
