// Any Italian file read for its quotations: a release, Markdown without front matter, or agency plain text.
import { basename, extname } from 'node:path';
import { VFile } from 'vfile';
import { importPlainText, slugify } from './plain-text.ts';
import { parseRelease } from '../parse/index.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import type { ParsedRelease, Quote } from '../release.ts';

export type Quotable = { ok: true; body: ParsedRelease['body'] } | { ok: false; file?: VFile; problems: string[] };

/**
 * The body of a file to read quotes from: a release file as parse reads it, Markdown without front matter as is,
 * and plain text through the import stage (dateline and headlines set apart, wrapped lines joined).
 */
export function quotableBody(path: string, text: string): Quotable {
  const name = basename(path, extname(path));
  if (extname(path).toLowerCase() === '.txt') {
    // The import needs a title to write front matter; the file name serves, and a headline becomes the subtitle.
    const imported = importPlainText(text, { id: slugify(name) || 'quotes', title: name, date: '2000-01-01T00:00:00+00:00', now: '2000-01-01T00:00:00+00:00' });
    if (!imported.ok) return { ok: false, problems: imported.problems };
    return quotableBody(`${imported.id}.md`, imported.markdown);
  }
  if (!/^\uFEFF?---\r?\n/u.test(text)) return { ok: true, body: parseMarkdown(text.replace(/^\uFEFF/u, ''), false) };
  const file = new VFile({ path, value: text });
  const parsed = parseRelease(file);
  // A release elsewhere than releases/ may carry another id than its file name: that is no reason to refuse it.
  if (!parsed && file.messages.some((message) => message.fatal && message.ruleId !== 'id-mismatch')) return { ok: false, file, problems: [] };
  return { ok: true, body: parsed?.body ?? parseMarkdown(text, true) };
}

export function quotesJson(quotes: Quote[]): string {
  const list = quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    parts: quote.parts,
    speaker: { name: quote.speaker.name, role: quote.speaker.role ?? null },
    paragraph: quote.paragraph,
  }));
  return `${JSON.stringify({ quotes: list }, null, 2)}\n`;
}
