// `pressroom quotes <release.md|file.txt> [--json]`: the quotations of any Italian Markdown or plain-text file.
import { quotableBody, quotesJson } from '../../import/quotable.ts';
import { extractQuotes } from '../../quotes/index.ts';
import type { Quote } from '../../release.ts';
import { printReports, readUserFile, type Console } from '../report.ts';
import { problemFile } from '../../problems.ts';

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
    printReports(quotable.problems.map((problem) => problemFile(input, problem, 'quotes')), io);
    return 1;
  }
  const { quotes } = extractQuotes({ body: quotable.body });
  io.log((options.json ? quotesJson(quotes) : quotesText(quotes)).replace(/\n$/u, ''));
  return 0;
}
