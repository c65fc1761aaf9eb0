// Capitalised words that are common words: a name is written with its capital wherever the text uses it.
import { wordsOf, type Word } from './words.ts';

/** Does the text also write this word in lower case ("la dirigente scolastica" … "la Dirigente Scolastica")? */
export function writtenInLowerCase(text: string, word: Word): boolean {
  const lower = word.text.toLowerCase();
  return lower !== word.text && wordsOf(text).some((other) => other.text === lower);
}
