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
  // Per UTF-16 unit, as the characters were blanked one by one: no u flag, so a surrogate is one "_".
  const blanked = text.replace(/[^\s]/g, '_');
  if (spans.length === 0) return { narration: text, quoted: blanked };
  const narration: string[] = [];
  const quoted: string[] = [];
  for (let start = 0; start < text.length;) {
    const role = roles[start]!;
    let end = start + 1;
    while (end < text.length && roles[end] === role) end++;
    narration.push(role === KEPT ? text.slice(start, end) : role === QUOTED ? '_'.repeat(end - start) : ' ');
    quoted.push(role === QUOTED ? text.slice(start, end) : blanked.slice(start, end));
    start = end;
  }
  return { narration: narration.join(''), quoted: quoted.join('') };
}
