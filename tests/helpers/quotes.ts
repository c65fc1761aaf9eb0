// The quotes stage on a Markdown body (and a title), as the quote tests read it.
import { extractQuotes } from '../../pipeline/quotes/index.ts';
import { parseMarkdown } from '../../pipeline/parse/markdown.ts';

export const quotesOf = (markdown: string, title?: string) => extractQuotes({ body: parseMarkdown(markdown, false), ...(title ? { meta: { title } } : {}) }).quotes;

/** Each quote's speaker's name, null where nobody is named. */
export const speakersOf = (markdown: string, title?: string) => quotesOf(markdown, title).map((quote) => quote.speaker?.name ?? null);

/** Each quote's speaker's name, or its description in brackets where nobody is named. */
export const speakersOrDescriptionsOf = (markdown: string, title?: string) => quotesOf(markdown, title).map((quote) => quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null));

/** Each quote's parts and speaker's name. */
export const summaryOf = (markdown: string) => quotesOf(markdown).map((quote) => [quote.parts, quote.speaker?.name ?? null]);
