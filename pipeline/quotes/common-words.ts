// Capitalised words that are common words: a name is written with its capital wherever the text uses it.
import { wordsOf, type Word } from './words.ts';

/** Does the text also write this word in lower case ("la dirigente scolastica" … "la Dirigente Scolastica")? */
export function writtenInLowerCase(text: string, word: Word): boolean {
  const lower = word.text.toLowerCase();
  return lower !== word.text && wordsOf(text).some((other) => other.text === lower);
}

/** Endings of adjectives that qualify a title ("Scolastica", "Infermieristico", "Amministrativa"), rare in surnames. */
const ADJECTIVE_ENDING = /(?:istic|astic|ologic|itic|ativ|itiv)[oaie]$/u;

/** Is this capitalised word shaped as an adjective rather than a surname? */
export function titleAdjective(word: Word): boolean {
  return ADJECTIVE_ENDING.test(word.key);
}
