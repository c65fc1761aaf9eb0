// Source files as read from disk: UTF-8 text, with what the reader found wrong about the file or its bytes.
//
// Only regular files inside the project are read, and never more than the size cap: a directory, a FIFO, a
// device, a link to nothing, a link loop or a link out of the project named like a release is that file's error
// (a FIFO would block a plain read forever, /dev/zero would fill the memory). The size is taken from the open
// file (fstat), before anything is read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reportError } from '../problems.ts';

export interface SourceFile {
  /** Path relative to the project, as shown in messages: releases/x.md */
  path: string;
  text: string;
  /** Set when the bytes were not valid UTF-8: the text then holds U+FFFD where they were. */
  notUtf8?: boolean;
  /** Set when the file could not be read as a source at all: the text is then empty. */
  problem?: SourceProblem;
}

export interface SourceProblem {
  reason: string;
  rule: 'not-a-file' | 'too-large';
}

/** A file as read: its bytes, or why it was not read (with what was known of it). */
export type FileRead = { stats: Stats; bytes: Buffer; problem?: undefined } | { stats?: Stats; bytes?: undefined; problem: SourceProblem };

/** A press release is a few kilobytes; anything this large is a mistake (a pasted export, a binary). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const megabytes = (size: number) => `${(size / 1024 / 1024).toFixed(1)} MB`;
/** How large a file may be, and what it is called in the message about one that is larger. */
export interface SizeCap {
  limit: number;
  /** "a release or memory", "the glossary" */
  what: string;
}

export const SOURCE_CAP: SizeCap = { limit: MAX_SOURCE_BYTES, what: 'a release or memory' };

const tooLarge = (size: number, cap = SOURCE_CAP): SourceProblem => ({
  reason: `the file is ${megabytes(size)}, more than the ${cap.limit / 1024 / 1024} MB ${cap.what} may be; check that it holds what you meant`,
  rule: 'too-large',
});

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const notAFile = (reason: string): SourceProblem => ({ reason: `${reason}; only regular files are read: replace it with the file itself`, rule: 'not-a-file' });

/**
 * Read `path` (relative to `root`) as a source: undefined when nothing is there, else its bytes or its problem.
 * A symbolic link is followed only to a file inside the project.
 */
export function readProjectFile(root: string, path: string, cap: SizeCap | number = SOURCE_CAP): FileRead | undefined {
  return readRegularFile(join(root, path), typeof cap === 'number' ? { limit: cap, what: 'this file' } : cap, root);
}

/**
 * Read a file the user named on the command line (an XLIFF file, a text to import), wherever it is: undefined
 * when nothing is there, else its bytes or its problem. Links are followed wherever they lead, but what is read
 * is a regular file under `limit`.
 */
export function readGivenFile(path: string, cap: SizeCap): FileRead | undefined {
  return readRegularFile(path, cap);
}

/**
 * Synchronous, so that one size check and one read happen on one open file with nothing in between. `root`,
 * when given, is the directory a symbolic link must lead into.
 */
function readRegularFile(file: string, cap: SizeCap, root?: string): FileRead | undefined {
  const { limit } = cap;
  let link: Stats | undefined;
  try {
    // Nothing there is the usual answer for a record or a memory not yet made: no error thrown (and its stack made) for it.
    link = lstatSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return { problem: notAFile(`the file cannot be looked at (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`) };
  }
  if (!link) return undefined;
  let real = file;
  if (link.isSymbolicLink()) {
    try {
      real = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { stats: link, problem: notAFile(code === 'ELOOP' ? 'a symbolic link that leads back to itself (a loop)' : code === 'ENOENT' ? 'a symbolic link to a file that does not exist' : `a symbolic link that cannot be followed (${code})`) };
    }
    if (root !== undefined) {
      const inside = relative(realpathSync(root), real);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { stats: link, problem: notAFile(`a symbolic link to ${real}, outside the project`) };
    }
  }
  let handle: number;
  try {
    // O_NONBLOCK: opening a FIFO to read would otherwise wait for a writer, forever.
    handle = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return { stats: link, problem: notAFile(code === 'ELOOP' ? 'a symbolic link that changed while it was read' : `the file cannot be opened (${code ?? (error as Error).message})`) };
  }
  try {
    const stats = fstatSync(handle);
    if (!stats.isFile()) return { stats, problem: notAFile(`this is ${kindOf(stats)}, not a file`) };
    if (stats.size > limit) return { stats, problem: tooLarge(stats.size, cap) };
    // One byte more than the cap, in case the file grew since the fstat.
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < bytes.length; length += read) read = readSync(handle, bytes, length, bytes.length - length, null);
    if (length > limit) return { stats, problem: tooLarge(length, cap) };
    return { stats, bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { stats: link, problem: notAFile(`the file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`) };
  } finally {
    closeSync(handle);
  }
}

/** The source a read gives: decoded text, or an empty text carrying the problem. */
export function sourceOfRead(path: string, read: FileRead): SourceFile {
  return read.problem ? { path, text: '', problem: read.problem } : decodeSource(path, read.bytes);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: strictUtf8.decode(bytes) };
  } catch {
    // Not UTF-8: decode leniently, so messages can point at the first U+FFFD.
    return { path, text: Buffer.from(bytes).toString('utf8'), notUtf8: true };
  }
}

/** Report bytes a stage cannot read; true when the text can be parsed. */
export function checkSource(file: VFile, source: SourceFile): boolean {
  if (source.problem) {
    reportError(file, source.problem.reason, source.problem.rule, { line: 1, column: 1 });
    return false;
  }
  const size = Buffer.byteLength(source.text, 'utf8');
  if (size > MAX_SOURCE_BYTES) {
    reportError(file, tooLarge(size).reason, 'too-large', { line: 1, column: 1 });
    return false;
  }
  if (source.notUtf8) {
    const at = location(file).toPoint(source.text.indexOf('\uFFFD')) ?? { line: 1, column: 1 };
    reportError(file, 'the file is not UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8 and build again', 'not-utf8', at);
    return false;
  }
  return true;
}
