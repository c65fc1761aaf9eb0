// Inline HTML of a segment (source or translation) into a safe hast fragment, or into plain text.
import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';

/** What a segment may hold: emphasis, links, code, breaks and quote markers; anything else is dropped. */
const inlineSchema: Schema = {
  ...defaultSchema,
  tagNames: ['em', 'strong', 'a', 'code', 'br', 'q'],
  attributes: { a: ['href', 'title'], q: ['dataQuote'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  clobberPrefix: '',
  strip: ['script', 'style'],
};

export function inlineTree(html: string): ElementContent[] {
  const tree = fromHtml(html, { fragment: true });
  const clean = sanitize(tree, inlineSchema) as Root;
  return clean.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text');
}

/** The words of a segment with its markup removed and spaces collapsed. */
export function inlineText(html: string): string {
  return toString({ type: 'root', children: inlineTree(html) }).replace(/\s+/g, ' ').trim();
}
