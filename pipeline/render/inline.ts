// Inline HTML of a segment (source or translation) into a safe hast fragment, or into plain text.
import type { ElementContent, Root } from 'hast';
import { parseFragment } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import { recent } from './recent.ts';

/** What a segment may hold: emphasis, links, code, breaks and quote markers; anything else is dropped. */
const inlineSchema: Schema = {
  ...defaultSchema,
  tagNames: ['em', 'strong', 'a', 'code', 'br', 'q'],
  attributes: { a: ['href', 'title'], q: ['dataQuote'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  clobberPrefix: '',
  strip: ['script', 'style'],
};

/** Text the HTML parser would give back as it is: no markup, no character reference, nothing it rewrites. */
const PLAIN = /^[^<&\r\0]*$/;

const parseInline = recent((html: string): readonly ElementContent[] => {
  if (PLAIN.test(html)) return html === '' ? [] : [{ type: 'text', value: html }];
  // parse5 without source positions: nothing downstream reads them, and tracking them doubles the parse.
  const clean = sanitize(fromParse5(parseFragment(html)) as Root, inlineSchema) as Root;
  return clean.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text');
});

/** A copy callers may change (pages mark speakers and insert <wbr>) without touching the remembered parse. */
function copy(node: ElementContent): ElementContent {
  if (node.type !== 'element') return { ...node };
  return { ...node, properties: { ...node.properties }, children: node.children.map(copy) };
}

export function inlineTree(html: string): ElementContent[] {
  return parseInline(html).map(copy);
}

/** The words of a segment with its markup removed and spaces collapsed. */
export const inlineText = recent((html: string): string =>
  toString({ type: 'root', children: [...parseInline(html)] }).replace(/\s+/g, ' ').trim(),
);
