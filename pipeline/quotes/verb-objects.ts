// Whom a sentence's subject does something to: "La ministra X … ha lodato il sindaco Y", "X incontrerà il direttore Y".
// The one praised or met is spoken of; the quotation standing alone after that sentence goes on with its subject.
import type { Mention } from './mentions.ts';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from './lexicon.ts';
import { wordsOf } from './words.ts';

/** A preposition, "ad" before a vowel too: a person after one is in a complement, not the verb's object. */
const isPreposition = (key: string): boolean => key === 'ad' || PREPOSITIONS.test(key);

/** Definite articles a direct object is named with: "il sindaco X", "la presidente Y". */
const ARTICLE = /^(?:il|lo|la|l|i|gli|le)$/u;

/**
 * Is `object` the direct object of a verb `subject` governs, in one clause? The subject is followed by its verb (a
 * lower-case word that is no preposition, article or conjunction); the object opens with a definite article right
 * after a verb, with no punctuation between them: not "e il sindaco Y" (a new subject), nor "al sindaco Y" (a complement).
 */
export function directObject(text: string, subject: Mention, object: Mention): boolean {
  if (subject.end > object.start) return false;
  const between = text.slice(subject.end, object.start);
  if (/[,;:.!?()«»“”"\u2013\u2014\n]/u.test(between)) return false;
  const words = wordsOf(text, subject.end, object.nameStart);
  if (words.length < 2 || words.length > 24) return false;
  const verb = words[0]!;
  if (verb.capital || isPreposition(verb.key) || DETERMINERS.has(verb.key) || CONJUNCTIONS.has(verb.key)) return false;
  // The article opens the object's noun phrase: the word before it is the verb (or an adverb), never a preposition or "e".
  const own = wordsOf(text, object.start, object.nameStart);
  const article = ARTICLE.test(own[0]?.key ?? '') ? own[0]! : words.find((word) => word.start >= object.start - 4 && ARTICLE.test(word.key) && word.end <= object.start + 1);
  if (!article) return false;
  const previous = wordsOf(text, subject.end, article.start).at(-1);
  return previous !== undefined && !previous.capital && !isPreposition(previous.key) && !CONJUNCTIONS.has(previous.key) && !DETERMINERS.has(previous.key);
}
