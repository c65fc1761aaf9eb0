// The reviewers file read at the edge: reviewers.yaml in the project, or the file given with --reviewers. It is
// read as every project file is (a regular file, under a cap, UTF-8), and only when no one else may read it.
import { isAbsolute, join, relative } from 'node:path';
import { VFile } from 'vfile';
import { reportError } from '../problems.ts';
import { readReviewers, REVIEWERS_FILE, type Reviewer } from '../review/reviewers.ts';
import { checkSource, readGivenFile, readProjectFile, sourceOfRead, type SizeCap } from './source-file.ts';

/** A name and a token per reviewer: a few kilobytes for a whole newsroom. */
const REVIEWERS_CAP: SizeCap = { limit: 256 * 1024, what: 'the reviewers file' };

/**
 * The reviewers with their own tokens. No file (and none asked for): no reviewers, names are typed. A file with
 * problems: `reviewers` undefined and the problems on `file`.
 */
export async function loadReviewers(root: string, path?: string): Promise<{ reviewers?: Reviewer[]; file?: VFile }> {
  const full = path ? (isAbsolute(path) ? path : join(process.cwd(), path)) : join(root, REVIEWERS_FILE);
  const shown = path ? relative(process.cwd(), full) || full : REVIEWERS_FILE;
  const read = path ? readGivenFile(full, REVIEWERS_CAP) : readProjectFile(root, REVIEWERS_FILE, REVIEWERS_CAP);
  if (read === undefined) {
    if (!path) return { reviewers: [] };
    const file = new VFile({ path: shown });
    reportError(file, 'cannot read the reviewers file (ENOENT)', 'reviewers-file');
    return { file };
  }
  const source = sourceOfRead(shown, read);
  const file = new VFile({ path: shown, value: source.text });
  if (!checkSource(file, source)) return { file };
  // Tokens are passwords: one that others on this machine can read lets them approve as someone else.
  const open = process.platform === 'win32' ? 0 : read.stats!.mode & 0o077;
  if (open) {
    reportError(file, `other users of this machine can ${open & 0o022 ? 'change' : 'read'} the reviewers file (mode ${(read.stats!.mode & 0o777).toString(8)}), and its tokens let them in as a reviewer; run chmod 600 ${shown}`, 'reviewers-private', { line: 1, column: 1 });
    return { file };
  }
  return { reviewers: readReviewers(file), file };
}
