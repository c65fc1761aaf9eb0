// Segment text for the checks: the words without markup (spaces kept as written) and the inline tags.
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The text of inline HTML, entities decoded, whitespace untouched, no markup. */
export function plainText(html: string): string {
  return toString(fromHtml(html, { fragment: true }));
}

export interface InlineMarkup {
  /** Tag descriptions (`<em>`, `<a href="…">`) with their counts; quote markers excluded. */
  tags: Map<string, number>;
  /** Ids of `<q data-quote>` markers, in order of first appearance. */
  quotes: string[];
}

/** Every element of inline HTML, unsanitised, so that a stray <script> in a translation is seen too. */
export function inlineMarkup(html: string): InlineMarkup {
  const tags = new Map<string, number>();
  const quotes: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
    if (node.tagName === 'q') {
      const id = String(node.properties.dataQuote ?? '');
      if (!quotes.includes(id)) quotes.push(id);
      return;
    }
    const name = node.tagName === 'a' && node.properties.href !== undefined ? `<a href="${String(node.properties.href)}">` : `<${node.tagName}>`;
    tags.set(name, (tags.get(name) ?? 0) + 1);
  });
  return { tags, quotes };
}

/** `term` as a whole word of `text` (letters or digits on neither side). */
export function hasWord(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
