// Any Italian file read for its quotations: a release, Markdown without front matter, or agency plain text.
import { basename, extname } from 'node:path';
import { VFile } from 'vfile';
import { importPlainText, slugify } from './plain-text.ts';
import { parseRelease } from '../parse/index.ts';
import { parseMarkdown } from '../parse/markdown.ts';
import type { ParsedRelease, Quote } from '../release.ts';
import { extractQuotes } from '../quotes/index.ts';
import { reportWarning } from '../problems.ts';

export type Quotable =
  | { ok: true; body: ParsedRelease['body']; meta?: { title?: string; subtitle?: string }; fieldPositions?: ParsedRelease['fieldPositions'] }
  | { ok: false; file?: VFile; problems: string[] };

/**
 * The body and headlines of a file to read quotes from: a release file as parse reads it, Markdown without front
 * matter as is, and plain text through the import stage (dateline and headlines set apart, wrapped lines joined).
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
  if (!parsed) return { ok: true, body: parseMarkdown(text, true) };
  return { ok: true, body: parsed.body, meta: { title: parsed.meta.title, subtitle: parsed.meta.subtitle }, fieldPositions: parsed.fieldPositions };
}

/**
 * The quotations of one file, with a warning at each quote the text names no speaker for. `placed`: whether their
 * positions are places in the file; plain text is read as the release its import makes, whose lines are not the file's.
 */
export type FileQuotes = { ok: true; file: VFile; quotes: Quote[]; placed: boolean } | { ok: false; file?: VFile; problems: string[] };

/** What `pressroom quotes` and the quote evaluation read from a file: one extractor, the build's own. */
export function quotesOfFile(path: string, text: string): FileQuotes {
  const quotable = quotableBody(path, text);
  if (!quotable.ok) return quotable;
  const file = new VFile({ path });
  const placed = extname(path).toLowerCase() !== '.txt';
  const { quotes, problems } = extractQuotes(quotable);
  for (const problem of problems) reportWarning(file, problem.reason, problem.rule, placed ? problem.position : undefined);
  return { ok: true, file, quotes, placed };
}

/**
 * A quote as `pressroom quotes --json` prints it: the speaker null, with the reason, when the text does not say; the
 * noun the text describes them by ("residente"), when it gives one; and where it starts, when that is a place in
 * the file read (`placed`).
 */
export function quoteJson(quote: Quote, placed = true) {
  return {
    id: quote.id,
    text: quote.text,
    parts: quote.parts,
    speaker: quote.speaker && { name: quote.speaker.name, role: quote.speaker.role ?? null },
    ...(quote.speaker ? {} : { speakerReason: quote.speakerReason ?? null }),
    ...(quote.speakerDescription ? { speakerDescription: quote.speakerDescription } : {}),
    paragraph: quote.paragraph,
    ...(quote.block ? { block: quote.block } : {}),
    // A headline's quote has its field's line, not its own column (`block` says which headline).
    ...(placed && !quote.block ? { position: { line: quote.position.line, column: quote.position.column } } : {}),
  };
}

/** One line of JSON Lines: {"file", "quotes"}. */
export function fileQuotesJson(file: string, quotes: Quote[], placed: boolean): string {
  return JSON.stringify({ file, quotes: quotes.map((quote) => quoteJson(quote, placed)) });
}
