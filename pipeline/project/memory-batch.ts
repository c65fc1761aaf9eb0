// Several memory files changed together, all or none (an XLIFF import): each new file is written whole beside
// the one it replaces, then a journal naming them all is put in place, then each is renamed over its file. A run
// that dies before the journal exists changed nothing; one that dies after it is completed by the next
// `settleMemoryBatch` (the next import, or the next save of any memory); the next batch removes files left aside.
//
// Memory files are changed under their own lock files (`updateMemory`); a batch holds every lock it writes under
// and, for its whole run, the batch lock, so that a batch is settled only once its process is gone.
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { lock, type HeldLock } from './lock.ts';
import { ProblemError } from '../problems.ts';
import { RELEASE_ID } from '../parse/front-matter.ts';
import { readProjectFile } from './source-file.ts';
import { writePlace } from './write-place.ts';

export const BATCH_JOURNAL = 'locales/.memory-batch.json';
const BATCH_LOCK = 'locales/.memory-batch.lock';
/** Every file a batch writes aside has this in its name, so that one left by a killed run can be found. */
const ASIDE = '.batch-';
/** A name a batch gave, and only that: `<file>.batch-<12 hex digits>`. A user's `notes.batch-old.json` is not one. */
const ASIDE_NAME = /\.batch-[0-9a-f]{12}$/;
/** What a batch may replace: a memory or a comments file. */
const BATCH_TARGET = new RegExp(`^locales/(?:en|ja)/(?:releases|comments)/${RELEASE_ID.source.slice(1, -1)}\\.json$`);

interface Journal {
  /** Project-relative paths of the memory files, each with the file written aside to replace it. */
  files: { path: string; aside: string }[];
}

/** Steps a batch goes through, for tests that stop a run between two of them. */
export type BatchStep = 'written-aside' | 'journal-written' | 'renamed';

export interface BatchOptions {
  /** Called after each step; a test throws from it to leave the files as a killed run would. */
  onStep?: (step: BatchStep, path?: string) => void;
}

async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function takeLock(root: string, path: string): Promise<HeldLock> {
  const taken = await lock(join(root, path));
  if (!taken.ok) throw new ProblemError(path.replace(/\.lock$/, ''), `being changed by another process (pid ${taken.holder.pid}); nothing was changed: try again in a moment`, 'memory-lock');
  return taken.lock;
}

/** Take the lock of each memory file in `paths` (in one order, so two batches never wait on each other). */
export async function lockMemories(root: string, paths: string[]): Promise<HeldLock[]> {
  const held: HeldLock[] = [];
  try {
    for (const path of [...new Set(paths)].sort()) {
      writePlace(root, path);
      held.push(await takeLock(root, `${path}.lock`));
    }
    return held;
  } catch (error) {
    await releaseAll(held);
    throw error;
  }
}

export async function releaseAll(locks: HeldLock[]): Promise<void> {
  for (const held of locks.reverse()) await held.release();
}

/** Run `work` holding the batch lock, after finishing or undoing whatever batch a killed run left. */
export async function withBatchLock<T>(root: string, work: () => Promise<T>): Promise<T> {
  const held = await takeLock(root, BATCH_LOCK);
  try {
    await settleUnlocked(root);
    return await work();
  } finally {
    await held.release();
  }
}

/**
 * Finish a batch a killed run left with its journal, before a memory is read to be changed: one check for a file
 * when there is none, so it runs before every save. (Files a run wrote aside before its journal are inert, not
 * being .json, and the next batch removes them.)
 */
export async function settleMemoryBatch(root: string): Promise<void> {
  if (existsSync(join(root, BATCH_JOURNAL))) await withBatchLock(root, async () => undefined);
}

async function strayFiles(root: string): Promise<string[]> {
  const dirs = ['locales'];
  try {
    for (const language of await readdir(join(root, 'locales'))) dirs.push(`locales/${language}/releases`, `locales/${language}/comments`);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const dir of dirs) {
    try {
      for (const name of await readdir(join(root, dir))) if (ASIDE_NAME.test(name)) found.push(`${dir}/${name}`);
    } catch {
      // Not a directory, or none.
    }
  }
  return found;
}

/**
 * The journal a killed run left, checked before anything is renamed: it names only memory and comments files, each
 * with the name it was written aside under. One edited by hand (or made by anything else) could otherwise move any
 * file of the project over any other, or out of it.
 */
function readJournal(root: string): Journal | undefined {
  const read = readProjectFile(root, BATCH_JOURNAL, 1024 * 1024);
  if (read === undefined) return undefined;
  const refuse = (why: string) => new ProblemError(BATCH_JOURNAL, `${why}; a memory import was interrupted, and nothing was renamed: restore locales/ from git and delete ${BATCH_JOURNAL}`, 'memory-batch');
  if (read.problem) throw refuse(read.problem.reason);
  let journal: unknown;
  try {
    journal = JSON.parse(read.bytes.toString('utf8'));
  } catch (error) {
    throw refuse(`the journal is not JSON (${(error as Error).message})`);
  }
  const files = (journal as Partial<Journal> | null)?.files;
  if (!Array.isArray(files)) throw refuse('the journal lists no files');
  for (const item of files as unknown[]) {
    const { path, aside } = (item ?? {}) as Partial<Journal['files'][number]>;
    if (typeof path !== 'string' || !BATCH_TARGET.test(path)) throw refuse(`the journal names ${JSON.stringify(path)}, which is not a memory or comments file`);
    if (typeof aside !== 'string' || !aside.startsWith(`${path}${ASIDE}`) || !ASIDE_NAME.test(aside)) throw refuse(`the journal names ${JSON.stringify(aside)} to replace ${path}, not a file a memory import writes aside`);
  }
  return journal as Journal;
}

async function settleUnlocked(root: string): Promise<void> {
  const journal = readJournal(root);
  for (const { path, aside } of journal?.files ?? []) {
    try {
      await rename(join(root, aside), join(root, path));
    } catch (error) {
      // Already renamed in before the run died.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (journal) await unlink(join(root, BATCH_JOURNAL));
  for (const stray of await strayFiles(root)) await unlink(join(root, stray)).catch(() => undefined);
}

/**
 * Replace the memory files `files` (project-relative paths with their new text) all together. The caller holds
 * the batch lock and the lock of each file. When this throws, the next settle finishes or undoes the batch.
 */
export async function writeMemoryBatch(root: string, files: { path: string; text: string }[], options: BatchOptions = {}): Promise<void> {
  if (files.length === 0) return;
  // Every folder is checked before the first file is written aside.
  for (const { path } of files) writePlace(root, path);
  const tag = randomBytes(6).toString('hex');
  const journal: Journal = { files: files.map(({ path }) => ({ path, aside: `${path}${ASIDE}${tag}` })) };
  for (const [index, { text }] of files.entries()) {
    // A comments file may be the first of its folder.
    await mkdir(dirname(join(root, journal.files[index]!.aside)), { recursive: true });
    await writeDurably(join(root, journal.files[index]!.aside), text);
    options.onStep?.('written-aside', journal.files[index]!.path);
  }
  const draft = `${BATCH_JOURNAL}${ASIDE}${tag}`;
  await writeDurably(join(root, draft), `${JSON.stringify(journal, null, 2)}\n`);
  await rename(join(root, draft), join(root, BATCH_JOURNAL));
  options.onStep?.('journal-written');
  for (const { path, aside } of journal.files) {
    await rename(join(root, aside), join(root, path));
    options.onStep?.('renamed', path);
  }
  await unlink(join(root, BATCH_JOURNAL));
}
