// A turn of a dialogue: "«Vieni con noi». «Dove?». «In carcere»", or quoted lines set out one a paragraph ("“E tu di
// cosa ti occupi?” ¶ “…” ¶ “Ah, quindi dai le multe!”"). Each is someone speaking, however short. Alone among
// narration a short exclamation is a slogan or a title, so only a line beside another quotation counts.
import { wordsOf } from './words.ts';

/** The most words a turn has; longer, a line stands as a statement of its own. */
const MOST = 8;

/** A quotation with no attribution beside the line, and the narration between them. */
export interface Beside {
  said: string;
  between: string;
}

const short = (said: string) => wordsOf(said).length <= MOST;

/**
 * Is `said`, a quotation with no attribution, a turn of a dialogue: short, next to another bare quotation with only full
 * stops or a paragraph break between, and either itself a question or an exclamation, or beside a short question?
 */
export function dialogueTurn(said: string, beside: Beside[]): boolean {
  if (!short(said)) return false;
  const turn = /[!?][\s.…]*$/u.test(said);
  return beside.some((other) => /^[\s.]+$/u.test(other.between) && (turn || (short(other.said) && /\?\s*$/u.test(other.said))));
}
