// `pressroom quotes <file|dir>… [--json]`: the quotations of Italian Markdown or plain-text files, in one process.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileQuotesJson, quotesOfFile } from '../../import/quotable.ts';
import type { Quote } from '../../release.ts';
import { printReports, readUserFile, type Console } from '../report.ts';
import { problemFile } from '../../problems.ts';

function quotesText(quotes: Quote[], placed: boolean): string {
  if (quotes.length === 0) return 'no quotations found\n';
  return quotes
    .map((quote) => {
      const who = !quote.speaker ? `(speaker unknown: ${quote.speakerReason})` : quote.speaker.role ? `${quote.speaker.name}, ${quote.speaker.role}` : quote.speaker.name;
      const line = placed ? `, line ${quote.position.line}` : '';
      const where = quote.block ? `${quote.block}${line}` : `paragraph ${quote.paragraph}${line}`;
      const parts = quote.parts.map((part) => `  “${part}”`).join('\n');
      return `${quote.id}  ${who}  (${where})\n${parts}\n`;
    })
    .join('\n');
}

const QUOTABLE = new Set(['.md', '.txt']);

/** The files named, a directory standing for the .md and .txt files under it (sorted, so output is stable). */
async function filesOf(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => entry.isFile() && QUOTABLE.has(extname(entry.name).toLowerCase()))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}

/** Lists the quotes of every file; with `json`, one line of JSON per file ({"file", "quotes"}). A bad file fails alone. */
export async function runQuotes(inputs: string[], options: { json: boolean }, io: Console): Promise<number> {
  const files = await filesOf(inputs);
  let code = 0;
  for (const [index, path] of files.entries()) {
    const text = await readUserFile(path, 'quotes', io);
    if (text === undefined) {
      code = 1;
      continue;
    }
    const found = quotesOfFile(path, text);
    if (!found.ok) {
      if (found.file) printReports([found.file], io);
      printReports(found.problems.map((problem) => problemFile(path, problem, 'quotes')), io);
      code = 1;
      continue;
    }
    printReports([found.file], io);
    if (options.json) io.log(fileQuotesJson(path, found.quotes, found.placed));
    else io.log(`${files.length > 1 ? `${index > 0 ? '\n' : ''}${path}\n` : ''}${quotesText(found.quotes, found.placed).replace(/\n$/u, '')}`);
  }
  return code;
}
