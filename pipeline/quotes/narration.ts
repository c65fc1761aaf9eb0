// The narration of a text: its words with the quoted ones blanked out, and the converse, built run by run.
import type { QuotedSpan } from './marks.ts';
import type { Range } from './attribution.ts';

/** What each character of the text becomes in the narration. */
const KEPT = 0;
const QUOTED = 1;
const SPACE = 2;

/**
 * `narration`: the text with quoted words as "_" (the attributions inside them kept, and the second apostrophe of a
 * closing '' as a space); `quoted`: the quoted words, everything else but whitespace as "_". Both keep every index.
 */
export function narrationOf(text: string, spans: QuotedSpan[], innerBySpan: Range[][]): { narration: string; quoted: string } {
  const roles = new Uint8Array(text.length);
  spans.forEach((span, index) => {
    for (const piece of span.pieces) roles.fill(QUOTED, Math.max(0, piece.start), Math.max(0, piece.end));
    for (const range of innerBySpan[index]!) roles.fill(KEPT, Math.max(0, range.start), Math.max(0, range.end));
    // The second apostrophe of a closing '' is part of the mark, not of the narration after it.
    if (span.close !== undefined && /^['’]{2}/u.test(text.slice(span.close, span.close + 2))) roles[span.close + 1] = SPACE;
  });
  const narration: string[] = [];
  const quoted: string[] = [];
  if (spans.length === 0) {
    blank(text, 0, text.length, quoted);
    return { narration: text, quoted: quoted.join('') };
  }
  for (let start = 0; start < text.length;) {
    const role = roles[start]!;
    let end = start + 1;
    while (end < text.length && roles[end] === role) end++;
    narration.push(role === KEPT ? text.slice(start, end) : role === QUOTED ? '_'.repeat(end - start) : ' ');
    if (role === QUOTED) quoted.push(text.slice(start, end));
    else blank(text, start, end, quoted);
    start = end;
  }
  return { narration: narration.join(''), quoted: quoted.join('') };
}

/** Whitespace runs, found in UTF-16 units: no u flag. */
const SPACES = /\s+/g;

/** Push [start, end) of `text` with every unit but whitespace as "_", as the characters were blanked one by one. */
function blank(text: string, start: number, end: number, into: string[]) {
  let at = start;
  SPACES.lastIndex = start;
  for (let space = SPACES.exec(text); space && space.index < end; space = SPACES.exec(text)) {
    if (space.index > at) into.push('_'.repeat(space.index - at));
    at = Math.min(end, space.index + space[0].length);
    into.push(text.slice(space.index, at));
  }
  if (end > at) into.push('_'.repeat(end - at));
}
