// Inline content back to a string, for the edges (memory files, DeepL, XLIFF), and the key of a segment's words.
import { hash } from 'node:crypto';
import { toHtml } from 'hast-util-to-html';
import { isPlainText, readInlineAsWritten, type Inline } from './read.ts';
import { unnumberedQuotes, withoutQuotes } from './markup.ts';

/** The content as inline HTML, written the one way the pipeline writes it. */
export function inlineHtml(inline: Inline): string {
  return toHtml(inline);
}

/** Quote markers are metadata: the key depends on the words and inline markup only. */
export function segmentKey(inline: Inline): string {
  return wordsKey(inlineHtml(withoutQuotes(inline)));
}

/** The key of inline HTML without quote markers. */
// crypto.hash: one call, no Hash object, for the thousands of short texts a build keys.
const wordsKey = (html: string): string => hash('sha256', html.replace(/\s+/g, ' ').trim().normalize('NFC'), 'hex').slice(0, 16);

/**
 * A segment's content as inline HTML, with its key: written once, not twice, when it holds no quote marker to leave
 * out of the key. Any <q> element is written as `<q` (a `<` in text is written as a reference), so HTML without
 * one has none; with one (or `<q` in an attribute's value), the key is made as segmentKey makes it.
 */
export function keyedHtml(inline: Inline): { key: string; html: string } {
  const html = inlineHtml(inline);
  return { key: html.includes('<q') ? segmentKey(inline) : wordsKey(html), html };
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
