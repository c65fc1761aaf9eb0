// What a segment may hold: emphasis, links, code, breaks and quote markers; anything else is dropped.
import { defaultSchema, type Schema } from 'hast-util-sanitize';

export const inlineSchema: Schema = {
  ...defaultSchema,
  tagNames: ['em', 'strong', 'a', 'code', 'br', 'q'],
  attributes: { a: ['href', 'title'], q: ['dataQuote'] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  clobberPrefix: '',
  strip: ['script', 'style'],
};
