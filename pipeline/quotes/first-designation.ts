// An unnamed speaker keeps the designation the text first gave them: "l’intervista all’attuale sindaco di Chioggia" …
// "Secondo il sindaco, «…»" is said by the "attuale sindaco di Chioggia" (the gold's "one designation per speaker").
import { descriptionAt, headNoun, isOfficeNoun, type Description } from './described.ts';
import { wordsOf } from './words.ts';

const ARTICLE = /^(?:il|lo|la|l|i|gli|le|un|uno|una)$/u;
const FUSED = /^(?:del|dello|della|dell|dei|degli|delle|al|allo|alla|all|ai|agli|alle|dal|dallo|dalla|dall|dai|dagli|dalle|nel|nello|nella|nell|sul|sullo|sulla|sull)$/u;

/**
 * The fuller description of the same office holder earlier in [from, at): same head noun, same number, every word of the
 * short one in it. Nothing when the text gives two different fuller ones (two mayors, two head teachers): no guess.
 */
export function firstDesignation(text: string, from: number, at: number, short: Description): Description | undefined {
  const noun = headNoun(short.text).toLowerCase();
  // One holder of one office: groups and people by what they are ("i residenti", "il venditore") are designated afresh.
  if (short.plural || !isOfficeNoun(noun)) return undefined;
  const own = short.text.toLowerCase().split(/\s+/u);
  const words = wordsOf(text, from, at);
  let found: Description | undefined;
  for (let i = 1; i < words.length; i++) {
    if (words[i]!.key !== noun) continue;
    // The article, fused maybe, right before the noun or before one word of it ("l’attuale sindaco").
    for (const j of [i - 1, i - 2]) {
      const article = words[j];
      if (!article) continue;
      const fused = FUSED.test(article.key);
      if (!fused && !ARTICLE.test(article.key)) continue;
      const described = fused ? descriptionAt(text, article.end, at, true) : descriptionAt(text, article.start, at);
      if (!described || described.plural !== short.plural || described.start >= short.start) break;
      const fuller = described.text.toLowerCase();
      if (fuller === short.text.toLowerCase() || headNoun(described.text).toLowerCase() !== noun || !own.every((word) => fuller.split(/\s+/u).includes(word))) break;
      // (A shorter one of the same, "sindaco di Chioggia" after "attuale sindaco di Chioggia", is no other.)
      const first = found?.text.toLowerCase().split(/\s+/u);
      if (first && !fuller.split(/\s+/u).every((word) => first.includes(word))) return undefined;
      found ??= described;
      break;
    }
  }
  return found;
}
