// A surname alone calling the one interviewed ("Ravagnani, che cosa significa …?"), as interviews open their questions.
import { writtenAgainAsName } from './common-words.ts';
import { CONJUNCTIONS, FUNCTION_WORDS } from './lexicon.ts';
import type { Word } from './words.ts';

/**
 * Is `vocative`, the one capitalised word before a question's comma and no mention, a surname? Only when the text
 * writes it again, always with its capital (the headline "Ravagnani (Group): …"): a word opening a question
 * ("Allora, …?", "Insomma, …?") is written once, or in lower case elsewhere.
 */
export function addressedSurname(text: string, vocative: Word): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(vocative.text) && !CONJUNCTIONS.has(vocative.key) && !FUNCTION_WORDS.has(vocative.key) && writtenAgainAsName(text, vocative.text);
}
