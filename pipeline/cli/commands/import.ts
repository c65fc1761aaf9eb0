// `pressroom import <file.txt>`: agency plain text -> releases/<id>.md, never overwriting a release.
import { writeFile, mkdir } from 'node:fs/promises';
import { join, resolve, relative } from 'node:path';
import { importPlainText } from '../../import/plain-text.ts';
import { readUserFile, type Console } from '../report.ts';
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
    for (const problem of result.problems) io.error(`${input}: error: ${problem} [pressroom:import]`);
    return 1;
  }
  const dir = join(resolve(options.root), 'releases');
  const path = join(dir, `${result.id}.md`);
  await mkdir(dir, { recursive: true });
  try {
    await writeFile(path, result.markdown, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.error(`${relative(process.cwd(), path)}: error: a release with id ${result.id} already exists; choose another --id or edit that file [pressroom:import]`);
      return 1;
    }
    throw error;
  }
  io.log(`wrote ${relative(process.cwd(), path) || path}${result.dateline ? ` (dateline ${result.dateline.city}${result.dateline.agency ? `, ${result.dateline.agency}` : ''})` : ''}`);
  return 0;
}
