// Surnames alone that the sentence itself makes a speaker: "cioè Landi che ha detto: «…»", "è stata la volta di
// Ferrara, capitano, …: «…»", as sports and local copy name players and officials it never names in full.
import { CALENDAR_WORDS, CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, HONORIFICS, INSTITUTIONS, ROLE_GROUP } from './lexicon.ts';
import { isFirstName } from './names.ts';
import { PLACE_NOUNS } from './places.ts';
import { sayingLength } from './saying-verbs.ts';
import type { Word } from './words.ts';

/** A colon and an opening mark a few words on: the words the verb introduces follow. */
const COLON_QUOTE = /^[^.;!?«»“”"\n]{0,60}?:\s*[«“"„]/u;
/** Turn-taking in reports of a press conference: "è stata la volta di X", "è toccato a X", "la parola passa a X". */
const TURN = /(?:(?:la\s+volta|il\s+turno)\s+(?:di|del)|(?:tocca|toccato|toccata)\s+a|la\s+parola\s+(?:passa\s+)?a)\s+$/iu;

/** Conjunctions a sentence opens on, with a capital, before its subject. */
const OPENING_CONJUNCTIONS = new Set(['e', 'ed', 'ma', 'poi', 'anche', 'infine', 'intanto']);

function surnameShaped(word: Word): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word.text) && !isFirstName(word.text) && !FUNCTION_WORDS.has(word.key) && !DETERMINERS.has(word.key) && !CONJUNCTIONS.has(word.key) && !CALENDAR_WORDS.has(word.key) && !INSTITUTIONS.has(word.key) && !ROLE_GROUP.has(word.key) && !HONORIFICS.has(word.key);
}

/**
 * Is word `i`, a capitalised word alone inside a sentence, a surname the sentence makes speak: the subject of a verb
 * of saying before a colon and marks ("Landi che ha detto: «…»", "Landi ha detto: «…»"), never written after an article
 * or a preposition, as an organisation or a place would be; or the one whose turn it is to speak ("la volta di Ferrara, …: «…»").
 */
export function speakingSurname(text: string, words: Word[], i: number): boolean {
  const word = words[i]!;
  const before = words[i - 1];
  if (!surnameShaped(word) || !before || !/^ $/u.test(text.slice(before.end, word.start))) return false;
  // A street's or a square's name, not its namesake: "il Comune in piazza Garibaldi spiega: «…»".
  // Nor a club after "ex": "l’ex Valdora ha parlato: «…»" is someone who played or coached there.
  if (PLACE_NOUNS.has(before.key) || before.key === 'ex') return false;
  const rest = text.slice(word.end, word.end + 200);
  if (TURN.test(text.slice(Math.max(0, word.start - 30), word.start))) return /^\s*(?:,[^.;!?«»“”"\n]{1,160}?)?:\s*[«“"„]/u.test(rest);
  // A capital before it only as a conjunction opens a sentence: "E Cerquetti svela: «…»", "Ma Rossi replica: «…»".
  if (before.capital && !(OPENING_CONJUNCTIONS.has(before.key) && /(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, before.start - 3), before.start)))) return false;
  // Not after a bare comma, which closes an aside ("sulla sua pagina Facebook, ha detto:").
  const verb = /^\s*(?:,\s*che\s+|che\s+)?/u.exec(rest)![0].length;
  const length = sayingLength(text, word.end + verb);
  if (length < 0 || !COLON_QUOTE.test(text.slice(word.end + verb + length, word.end + verb + length + 80))) return false;
  return !new RegExp(`(?<![\\p{L}])(?:il|lo|la|l[’']|i|gli|le|del|dello|della|dell[’']|dal|dallo|dalla|dall[’']|al|alla|all[’']|nel|nella|di|a|da|in)\\s*${word.text}(?![\\p{L}])`, 'iu').test(text);
}
