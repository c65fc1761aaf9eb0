// A headline, kicker or teaser line quoting words the text quotes again further on ("«Ne mancano dieci all’appello»"
// over "«… all’appello mancano almeno dieci persone» racconta X"): the same words are the same person's, as any
// reader takes them.
import type { Quote } from '../release.ts';
import { FUNCTION_WORDS, PREPOSITIONS } from './lexicon.ts';
import { wordsOf } from './words.ts';

/**
 * The longer words of a quotation by their first four letters, headlines shortening and inflecting them ("tornare",
 * "torneremo"); not the prepositions and pronouns a headline rewrites ("dalla maggioranza", "della maggioranza").
 */
function stems(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => word.key.length >= 4 && !PREPOSITIONS.test(word.key) && !FUNCTION_WORDS.has(word.key)).map((word) => word.key.slice(0, 4)));
}

/** Each quotation's stems, made once: every quotation nobody is given is compared with all those after it. */
const made = new WeakMap<Quote, Set<string>>();
const stemsOf = (quote: Quote): Set<string> => {
  let found = made.get(quote);
  if (!found) made.set(quote, (found = stems(quote.text)));
  return found;
};

/** Of its longer words, the share a later quotation must say again, and how many it must have at the least. */
const SHARE = 0.8;
const LEAST = 3;

/**
 * The quotation after `index` that says again most of the longer words of the one at `index` (four fifths of them,
 * three at least), when it has a speaker; undefined when none does, or when two such quotations have different
 * speakers (a reply quoting the words back).
 */
export function echoOf(quotes: Quote[], index: number): Quote | undefined {
  const own = stemsOf(quotes[index]!);
  if (own.size < LEAST) return undefined;
  let best: Quote | undefined;
  let bestShare = 0;
  for (const later of quotes.slice(index + 1)) {
    if (later.speaker === null) continue;
    const said = stemsOf(later);
    const share = [...own].filter((stem) => said.has(stem)).length / own.size;
    if (share < SHARE) continue;
    if (best && share === bestShare && best.speaker!.name !== later.speaker.name) return undefined;
    if (share > bestShare) {
      best = later;
      bestShare = share;
    }
  }
  return best;
}
