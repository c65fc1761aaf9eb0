// A dialogue set out as quoted lines, one a paragraph ("“E tu di cosa ti occupi?” ¶ “…” ¶ “Ah, quindi dai le
// multe!”"): each line is someone speaking, however short. Alone among narration a short exclamation is a slogan or a
// title, so only a line with quoted lines beside it counts.

/** Fewer words than the extractor asks of a statement standing alone; at least this many make a turn. */
const FEWEST = 2;

/**
 * Is `said`, `words` words long and the only thing in its paragraph, a turn of a dialogue: an exclamation or a
 * question, with a paragraph of quotation only before or after it (`besideQuoted`)?
 */
export function shortDialogueTurn(said: string, words: number, besideQuoted: boolean): boolean {
  return besideQuoted && words >= FEWEST && /[!?][\s.…]*$/u.test(said);
}
