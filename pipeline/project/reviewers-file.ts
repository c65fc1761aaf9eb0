// The reviewers file read at the edge: reviewers.yaml in the project, or the file given with --reviewers.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { VFile } from 'vfile';
import { reportError } from '../problems.ts';
import { readReviewers, REVIEWERS_FILE, type Reviewer } from '../review/reviewers.ts';

/**
 * The reviewers with their own tokens. No file (and none asked for): no reviewers, names are typed. A file with
 * problems: `reviewers` undefined and the problems on `file`.
 */
export async function loadReviewers(root: string, path?: string): Promise<{ reviewers?: Reviewer[]; file?: VFile }> {
  const full = path ? (isAbsolute(path) ? path : join(process.cwd(), path)) : join(root, REVIEWERS_FILE);
  const shown = path ? relative(process.cwd(), full) || full : REVIEWERS_FILE;
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !path) return { reviewers: [] };
    const file = new VFile({ path: shown });
    reportError(file, `cannot read the reviewers file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 'reviewers-file');
    return { file };
  }
  const file = new VFile({ path: shown, value: text });
  return { reviewers: readReviewers(file), file };
}
