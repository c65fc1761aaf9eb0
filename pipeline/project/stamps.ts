// What the previous build knew of each source file: its size, modification and change times, inode and content
// hash. A rebuild reads again only files whose size, inode or either time changed (as git's index and ESLint's
// cache do), so a press office with thousands of releases does not re-read them all after every edit. A file
// modified so close to the previous build's reading that a later change could have kept the same time is read
// again (git's "racily clean" case). The change time (ctime) cannot be set back by a program: a same-size copy
// that keeps an old mtime (`cp -p` of a corrected draft) still shows as changed. The stamps are kept in the
// project, beside releases/, not in out/: they hold times, and out/ must be the same bytes for the same input.
import { statSync, type Stats } from 'node:fs';
import { hash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readProjectFile, type FileRead } from './source-file.ts';
import { jsonObjectParts, replaceOwnFileInPieces, writePieces } from './write-place.ts';

const STAMPS_PATH = '.pressroom-stamps.json';
/** Some 150 bytes a file: room for a hundred thousand releases with their memories and pictures. */
const STAMPS_CAP = 64 * 1024 * 1024;
const FORMAT = 2;

export interface Stamp {
  size: number;
  mtimeMs: number;
  /** Set by the system on every write, rename or time change; no tool can put an old one back. */
  ctimeMs: number;
  ino: number;
  /** sha256 of the bytes. */
  hash: string;
}

/** The coarsest file-system clock allowed for (FAT keeps times to 2 s). */
export const CLOCK_SLACK_MS = 2000;

/**
 * Whether a file whose stats are `stats` still holds the bytes `stamp` was taken of: same size, times and inode,
 * and modified before `trustedBefore` (the stamping read's start less the clock slack), so no later change can
 * have kept its time.
 */
export function stampHolds(stamp: Stamp, stats: Stats, trustedBefore: number): boolean {
  return stats.mtimeMs < trustedBefore && stamp.size === stats.size && stamp.mtimeMs === stats.mtimeMs && stamp.ctimeMs === stats.ctimeMs && stamp.ino === stats.ino;
}

const bytesHash = (bytes: Uint8Array) => hash('sha256', bytes, 'hex');

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch (error) {
    // Gone, or a link loop and the like: either way read again, and the reader says what is wrong.
    if ((error as NodeJS.ErrnoException).code) return undefined;
    throw error;
  }
}

/**
 * Stat, then read, so that a change made after the stat shows as a new time next build. undefined: no such file.
 * A file that cannot be read as a source (see readProjectFile) is stamped with its problem instead of its bytes.
 */
export function readStamped(root: string, path: string, limit?: number): { stamp: Stamp; read: FileRead } | undefined {
  const read = readProjectFile(root, path, limit);
  if (!read) return undefined;
  const stats = read.stats;
  const hash = bytesHash(read.bytes ?? Buffer.from(`unreadable: ${read.problem.reason}`));
  return { stamp: { size: stats?.size ?? -1, mtimeMs: stats?.mtimeMs ?? 0, ctimeMs: stats?.ctimeMs ?? 0, ino: stats?.ino ?? 0, hash }, read };
}

export interface StampsFile {
  format: number;
  /** When the build that wrote them began reading the project (ms since the epoch). */
  readAt: number;
  stamps: Record<string, Stamp>;
}

/** The JSON of `file` and a newline, a stamp at a time (the bytes of JSON.stringify, never held whole). */
export function* stampsFileParts(file: StampsFile): Generator<string> {
  yield `{"format":${JSON.stringify(file.format)},"readAt":${JSON.stringify(file.readAt)},"stamps":`;
  yield* jsonObjectParts(Object.entries(file.stamps));
  yield '}\n';
}

/**
 * What a long-running process (pressroom dev) knows without looking: the stamps its last build took, and the paths a
 * watcher reported since that build began reading (a directory stands for everything under it). Files not reported
 * keep their stamps without being stat-ed again.
 */
export interface WatchedStamps {
  stamps: Record<string, Stamp>;
  readAt: number;
  changed: string[];
  /** Whether the watcher would report a change to this file (it watches its directory): others are stat-ed. */
  covers(path: string): boolean;
}

/** Stamps of project files (paths relative to `root`), trusting the previous build's where a file is unchanged. */
export class FileStamps {
  /** This build's stamps, for the next build. */
  readonly current: Record<string, Stamp> = {};
  /** Files this build read (the others were known by their stamps), each counted once: a release is read by the plan and by the thread that builds it. */
  get reads(): number {
    return this.readPaths.size;
  }
  /** When this build began reading: before any file was looked at. */
  readonly readAt = Date.now();
  private previous: Record<string, Stamp> = {};
  private readonly readPaths = new Set<string>();
  /** Files modified at or after this time (ms) are read again even when they look unchanged. */
  private trustedBefore = -Infinity;

  private readonly changedPaths?: Set<string>;

  constructor(private readonly root: string, private readonly watched?: WatchedStamps) {
    if (watched) this.changedPaths = new Set(watched.changed);
  }

  /** Take the previous build's stamps, if there are any this build can read. */
  async load(): Promise<void> {
    if (this.watched) {
      this.previous = this.watched.stamps;
      this.trustedBefore = this.watched.readAt - CLOCK_SLACK_MS;
      return;
    }
    try {
      // The safe reader: a FIFO put in its place is not waited on, a link out of the project not followed.
      const read = readProjectFile(this.root, STAMPS_PATH, STAMPS_CAP);
      if (!read?.bytes) return;
      const file = JSON.parse(read.bytes.toString('utf8')) as StampsFile;
      if (file.format !== FORMAT) return;
      this.previous = file.stamps;
      this.trustedBefore = file.readAt - CLOCK_SLACK_MS;
    } catch {
      // None yet, or unreadable: every file is read.
    }
  }

  /** Keep this build's stamps for the next; a project where they cannot be written is only read in full each time. */
  async save(): Promise<void> {
    // No fsync: stamps lost to a crash only make the next build read everything.
    await replaceOwnFileInPieces(join(this.root, STAMPS_PATH), (fd) => writePieces(fd, 0, stampsFileParts({ format: FORMAT, readAt: this.readAt, stamps: this.current })));
  }

  /** Whether this build saw a file the previous build did not, or saw one differently. */
  changed(): boolean {
    const paths = Object.keys(this.current);
    return paths.length !== Object.keys(this.previous).length || paths.some((path) => this.current[path] !== this.previous[path]);
  }

  /** The hash of `path` when the previous build's stamp still holds; undefined when the file must be read. */
  known(path: string): string | undefined {
    const known = this.previous[path];
    if (known && this.changedPaths && this.watched!.covers(path) && !this.reported(path)) {
      this.current[path] = known;
      return known.hash;
    }
    const stats = statOf(join(this.root, path));
    if (!stats || !known || !stampHolds(known, stats, this.trustedBefore)) return undefined;
    this.current[path] = known;
    return known.hash;
  }

  /** Whether the watcher reported `path` or a directory above it. */
  private reported(path: string): boolean {
    for (let at = path; at !== '.' && at !== ''; at = dirname(at)) if (this.changedPaths!.has(at)) return true;
    return false;
  }

  /** Read `path` and stamp it; undefined when it does not exist. */
  read(path: string, limit?: number): FileRead | undefined {
    const stamped = readStamped(this.root, path, limit);
    if (!stamped) return undefined;
    this.current[path] = stamped.stamp;
    this.readPaths.add(path);
    return stamped.read;
  }

  /** The hash of `path`, null when it does not exist: from the previous stamp when it holds, else read (up to `limit` bytes). */
  hash(path: string, limit?: number): string | null {
    const known = this.known(path);
    if (known !== undefined) return known;
    return this.read(path, limit) === undefined ? null : this.current[path]!.hash;
  }

  /** A stamp taken by the thread that read the file. */
  record(path: string, stamp: Stamp): void {
    this.current[path] = stamp;
    this.readPaths.add(path);
  }
}
