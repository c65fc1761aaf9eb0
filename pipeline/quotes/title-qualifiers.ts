// The adjective that tells two offices of one title apart: "il direttore generale" is not "la direttrice
// amministrativa", "il comandante provinciale" not "il comandante della stazione".
import { wordsOf } from './words.ts';

/** An office's qualifying adjective: "generale", "amministrativa", "sanitario", "tecnico", "provinciale". */
const QUALIFIER = /^\p{Ll}{3,}(?:ale|ali|ivo|iva|ivi|ive|ico|ica|ici|iche|ario|aria|ari|arie)$/u;

const stem = (word: string) => word.replace(/(?:he|[oaie])$/u, '');

/** The qualifier right after a title ending at `at` in the text ("direttore| generale"), as a stem. */
export function qualifierAfter(text: string, at: number): string | undefined {
  const next = wordsOf(text, at, Math.min(text.length, at + 30))[0];
  return next && /^[ \t]+$/u.test(text.slice(at, next.start)) && QUALIFIER.test(next.text) ? stem(next.key) : undefined;
}

/** The qualifiers a description gives the title `isTitle` recognises: "direttrice amministrativa" -> "amministrativ". */
export function qualifiersIn(description: string, isTitle: (word: string) => boolean): Set<string> {
  const words = description.split(/[^\p{L}]+/u).filter(Boolean);
  return new Set(words.flatMap((word, i) => (isTitle(word) && words[i + 1] && QUALIFIER.test(words[i + 1]!) ? [stem(words[i + 1]!)] : [])));
}
