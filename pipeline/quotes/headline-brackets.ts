// A plain-text line shaped as a headline whose speaker's name carries a bracket before the marks, with no colon
// ("Chiusura punto nascite: Giulia Ferretti (FdI-An) "…""): the bracket hides the name from the reading of a
// headline's last words as a name of a thing, so the line is recognised here by its shape alone.
import { wordsOf } from './words.ts';

/** Is the line a headline's: a bracket right before the marks, nothing but a stop after them, one short clause before? */
export function bracketedHeadline(text: string, span: { open: number; close?: number }, paragraphStart: number, paragraphEnd: number, first: boolean): boolean {
  if (span.close === undefined) return false;
  // Pages copied as text run their chrome and headline into one paragraph, a line each: the line is what counts.
  const lineStart = Math.max(paragraphStart, text.lastIndexOf('\n', span.open) + 1);
  const newline = text.indexOf('\n', span.close);
  const lineEnd = newline < 0 ? paragraphEnd : Math.min(paragraphEnd, newline);
  if (!/^[\s.!?]*$/u.test(text.slice(span.close + 1, lineEnd))) return false;
  const lead = text.slice(lineStart, span.open);
  // (The first paragraph may hold the page's chrome run into the headline, menus and dates with no stop: longer.)
  return /\)\s*$/u.test(lead) && !/[.!?;]\s/u.test(lead) && wordsOf(text, lineStart, span.open).length <= (first ? 50 : 20);
}
