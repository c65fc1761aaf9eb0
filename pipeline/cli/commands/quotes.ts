// `pressroom quotes <release.md|file.txt> [--json]`: the quotations of any Italian Markdown or plain-text file.
import { basename, extname } from 'node:path';
import { VFile } from 'vfile';
import { importPlainText, slugify } from '../../import/plain-text.ts';
import { parseRelease } from '../../parse/index.ts';
import { parseMarkdown } from '../../parse/markdown.ts';
import { extractQuotes } from '../../quotes/index.ts';
import type { ParsedRelease, Quote } from '../../release.ts';
import { printReports, readUserFile, type Console } from '../report.ts';

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

function quotesText(quotes: Quote[]): string {
  if (quotes.length === 0) return 'no quotations found\n';
  return quotes
    .map((quote) => {
      const who = quote.speaker.role ? `${quote.speaker.name}, ${quote.speaker.role}` : quote.speaker.name;
      const parts = quote.parts.map((part) => `  “${part}”`).join('\n');
      return `${quote.id}  ${who}  (paragraph ${quote.paragraph}, line ${quote.position.line})\n${parts}\n`;
    })
    .join('\n');
}

export async function runQuotes(input: string, options: { json: boolean }, io: Console): Promise<number> {
  const text = await readUserFile(input, 'quotes', io);
  if (text === undefined) return 1;
  const quotable = quotableBody(input, text);
  if (!quotable.ok) {
    if (quotable.file) printReports([quotable.file], io);
    for (const problem of quotable.problems) io.error(`${input}: error: ${problem} [pressroom:quotes]`);
    return 1;
  }
  const { quotes } = extractQuotes({ body: quotable.body });
  io.log((options.json ? quotesJson(quotes) : quotesText(quotes)).replace(/\n$/u, ''));
  return 0;
}
