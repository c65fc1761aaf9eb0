// Segment content as hast: read at the edges, then sanitised, measured, keyed and written back by this module only.
export { readInline, readInlineAsWritten, isPlainText, readInlineWithPlaces, publishedInline, inlineNodes, type Inline } from './read.ts';
export { plainText, collapsedText, inlineText, inlineWords } from './text.ts';
export { quoteIds, quoteIdOf, inlineTags, withoutQuotes, renameQuotes, unnumberedQuotes } from './markup.ts';
export { inlineHtml, segmentKey, keyedHtml, htmlKey, unnumberedHtml } from './write.ts';
export { inlineSchema } from './schema.ts';
