// `pressroom import <file.txt>`: agency plain text -> releases/<id>.md, never overwriting a release.
import { writeFile, mkdir } from 'node:fs/promises';
import { join, resolve, relative } from 'node:path';
import { importPlainText } from '../../import/plain-text.ts';
import { printReports, readUserFile, type Console } from '../report.ts';
import { problemFile } from '../../problems.ts';
import { localIso } from '../../local-time.ts';

export interface ImportCommandOptions {
  root: string;
  id?: string;
  title?: string;
  subtitle?: string;
  date?: string;
  now: Date;
}

export async function runImport(input: string, options: ImportCommandOptions, io: Console): Promise<number> {
  const text = await readUserFile(input, 'import', io);
  if (text === undefined) return 1;
  const result = importPlainText(text, { id: options.id, title: options.title, subtitle: options.subtitle, date: options.date, now: localIso(options.now) });
  if (!result.ok) {
    printReports(result.problems.map((problem) => problemFile(input, problem, 'import')), io);
    return 1;
  }
  const dir = join(resolve(options.root), 'releases');
  const path = join(dir, `${result.id}.md`);
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(path, result.markdown, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      printReports([problemFile(relative(process.cwd(), path), `a release with id ${result.id} already exists; choose another --id or edit that file`, 'import')], io);
      return 1;
    }
    throw error;
  }
  io.log(`wrote ${relative(process.cwd(), path) || path}${result.dateline ? ` (dateline ${result.dateline.city}${result.dateline.agency ? `, ${result.dateline.agency}` : ''})` : ''}`);
  return 0;
}
