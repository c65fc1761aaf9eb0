// Inline content back to a string, for the edges (memory files, DeepL, XLIFF), and the key of a segment's words.
import { createHash } from 'node:crypto';
import { toHtml } from 'hast-util-to-html';
import { isPlainText, readInlineAsWritten, type Inline } from './read.ts';
import { unnumberedQuotes, withoutQuotes } from './markup.ts';

/** The content as inline HTML, written the one way the pipeline writes it. */
export function inlineHtml(inline: Inline): string {
  return toHtml(inline);
}

/** Quote markers are metadata: the key depends on the words and inline markup only. */
export function segmentKey(inline: Inline): string {
  const words = inlineHtml(withoutQuotes(inline)).replace(/\s+/g, ' ').trim().normalize('NFC');
  return createHash('sha256').update(words).digest('hex').slice(0, 16);
}

/** The key of inline HTML that arrives as a string (a memory entry, an XLIFF unit): its words, as written. */
export function htmlKey(html: string): string {
  return segmentKey(readInlineAsWritten(html));
}

/**
 * Inline HTML that arrives as a string, written the one way the pipeline writes it and with its quote ids left out:
 * equal for the same words and markup, however they were spelt and whichever release numbered the quotes.
 */
export function unnumberedHtml(html: string): string {
  return isPlainText(html) ? html : inlineHtml(unnumberedQuotes(readInlineAsWritten(html)));
}
