// Capitalised words that are common words: a name is written with its capital wherever the text uses it.
import { perText } from './per-text.ts';
import { literal, wordsOf, type Word } from './words.ts';

/** Every word a text writes, as written: read once per text, not copied and searched for each word asked about. */
const writtenWords = perText((text) => new Set(wordsOf(text).map((word) => word.text)));

/** Does the text also write this word in lower case ("la dirigente scolastica" … "la Dirigente Scolastica")? */
export function writtenInLowerCase(text: string, word: Word): boolean {
  const lower = word.text.toLowerCase();
  return lower !== word.text && writtenWords(text).has(lower);
}

/**
 * Does the text write `label` again, and every time with its capital ("Codacons: «…»" and "del Codacons")? A name is;
 * a common word set with a capital before a colon ("Programma:", "Sanità:") is written in lower case elsewhere, or once.
 */
export function writtenAgainAsName(text: string, label: string): boolean {
  const again = text.match(new RegExp(`(?<![\\p{L}])${literal(label)}(?![\\p{L}])`, 'giu')) ?? [];
  return again.length >= 2 && again.every((word) => /^\p{Lu}/u.test(word));
}

/** Endings of adjectives that qualify a title ("Scolastica", "Infermieristico", "Amministrativa"), rare in surnames. */
const ADJECTIVE_ENDING = /(?:istic|astic|ologic|itic|ativ|itiv)[oaie]$/u;

/** Is this capitalised word shaped as an adjective rather than a surname? */
export function titleAdjective(word: Word): boolean {
  return ADJECTIVE_ENDING.test(word.key);
}
