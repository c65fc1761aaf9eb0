// Where a file of the project (a memory, a comments file, their locks) may be written: somewhere that is, once
// every link on the way is resolved, inside the project or inside locales/ (which may live elsewhere, linked in).
// A folder linked out of it (locales/en/comments -> ~/Public) would otherwise take the reviewers' comments, the
// translations and their lock files wherever it points.
import { closeSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { ProblemError } from '../problems.ts';

const within = (parent: string, child: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** `path` with the links of its nearest existing ancestor resolved (the missing rest is made as it is named). */
function realFolder(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || dirname(path) === path) throw error;
    // Something is there that leads nowhere: a link to a folder that does not exist.
    if (lstatSync(path, { throwIfNoEntry: false })) throw Object.assign(new Error('dangling'), { code: 'DANGLING' });
    return join(realFolder(dirname(path)), basename(path));
  }
}

/**
 * The absolute path to write the project file `path` (relative to `root`) at, after checking that its folder
 * really is in the project; else a ProblemError naming the file, before anything is made or written.
 */
export function writePlace(root: string, path: string): string {
  const file = join(root, path);
  const refuse = (why: string) => new ProblemError(path, `${why}; nothing was written: make it a folder of the project`, 'outside-project');
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) throw refuse('the path leaves the project');
  let folder: string;
  try {
    folder = realFolder(dirname(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(`its folder ${dirname(path)} cannot be used (${code === 'ELOOP' ? 'a symbolic link that leads back to itself' : code === 'DANGLING' ? 'a symbolic link to a folder that does not exist' : code === 'ENOTDIR' ? 'a file stands where a folder is on the way' : code ?? (error as Error).message})`);
  }
  if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() === false) throw refuse(`its folder ${dirname(path)} cannot be used (a file stands where a folder is on the way)`);
  const places = [realpathSync(root)];
  try {
    places.push(realpathSync(join(root, 'locales')));
  } catch {
    // No locales/ yet: the project alone.
  }
  if (!places.some((place) => within(place, folder))) throw refuse(`its folder ${dirname(path)} leads to ${folder}, outside the project (a symbolic link on the way)`);
  return file;
}

/**
 * Write a file the build keeps for itself (its stamps, the status digest) whole: aside, then renamed over the name.
 * Whatever stands at the name is replaced, a link included: never written through, as write-file-atomic would
 * write into the file a link points to (outside the project, or a release). Not written is only slower next time.
 * `write` makes it a piece at a time into the open file (see writePieces): at 10,000 releases the stamps and the
 * status digest would each be tens of megabytes held as one string, then as bytes.
 */
export async function replaceOwnFileInPieces(file: string, write: (fd: number) => void): Promise<void> {
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    write(fd);
    closeSync(fd);
    fd = undefined;
    await rename(temp, file);
  } catch {
    if (fd !== undefined) closeSync(fd);
    await unlink(temp).catch(() => undefined);
  }
}

/** Characters gathered before they are written: few calls, little held. */
const PIECES_CHUNK = 1 << 20;

/**
 * Write `pieces` (UTF-8) into `fd` from byte `position` on, a chunk at a time; `each` sees every chunk's bytes.
 * Returns where they end.
 */
export function writeChunked(fd: number, position: number, pieces: Iterable<string>, each?: (bytes: Buffer) => void): number {
  let at = position;
  let held: string[] = [];
  let length = 0;
  const flush = () => {
    const bytes = Buffer.from(held.join(''));
    held = [];
    length = 0;
    each?.(bytes);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
    at += bytes.length;
  };
  for (const piece of pieces) {
    held.push(piece);
    length += piece.length;
    if (length >= PIECES_CHUNK) flush();
  }
  flush();
  return at;
}

/** writeChunked, with the sha256 (hex) of the bytes written. */
export function writePieces(fd: number, position: number, pieces: Iterable<string>): { end: number; sha256: string } {
  const hash = createHash('sha256');
  const end = writeChunked(fd, position, pieces, (bytes) => hash.update(bytes));
  return { end, sha256: hash.digest('hex') };
}

/**
 * A JSON object a member at a time, as JSON.stringify writes it: `{`, each `"name":value`, `}`. For the build's large
 * files, whose members are thousands of releases: each value is made JSON (`json`) only as its turn comes.
 */
export function* jsonObjectParts<T>(members: Iterable<readonly [string, T]>, json: (value: T) => string = JSON.stringify): Generator<string> {
  let separator = '{';
  for (const [name, value] of members) {
    yield `${separator}${JSON.stringify(name)}:${json(value)}`;
    separator = ',';
  }
  yield separator === '{' ? '{}' : '}';
}

/**
 * replaceOwnFileInPieces for many small files in one go (a build's publication records): synchronous, since a round trip
 * through the thread pool costs more than writing a few hundred bytes, and `unique` names the file aside (the
 * caller's own random part and counter) instead of drawing random bytes for each.
 */
export function replaceOwnFileSync(file: string, text: string | Uint8Array, unique: string): void {
  const temp = `${file}.${process.pid}-${unique}`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, file);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // Never made, or already gone.
    }
  }
}
