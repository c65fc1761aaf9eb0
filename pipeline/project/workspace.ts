// Releases with their translation memories, read from disk for the reviewers' commands, and memories written back atomically.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { VFile } from 'vfile';
import type { Release, TargetLanguage } from '../release.ts';
import { loadReleases } from '../parse/releases.ts';
import { readMemory, serializeMemory } from '../translate/memory-file.ts';
import { checkSource, readProjectFile, sourceOfRead } from './source-file.ts';
import { emptyMemory, memoryPath, type Memory } from '../translate/memory.ts';
import { commentsPath, emptyComments, type Comments } from '../translate/comments.ts';
import { readComments, serializeComments } from '../translate/comments-file.ts';
import { readReleases } from './read.ts';
import { lock } from './lock.ts';
import { settleMemoryBatch } from './memory-batch.ts';
import { ProblemError } from '../problems.ts';
import { writePlace } from './write-place.ts';

/** One memory file as read: its text (for positions in messages) and, when valid, the memory. */
export interface MemorySource {
  path: string;
  /** undefined when the file does not exist. */
  text?: string;
  /** undefined when the file does not exist or has errors (reported on `file`). */
  memory?: Memory;
  file: VFile;
}

export interface Workspace {
  releases: Release[];
  /** Release files, with any parse problems. */
  releaseReports: VFile[];
  memory(language: TargetLanguage, release: Release): MemorySource;
}


export async function readMemorySource(root: string, language: TargetLanguage, id: string): Promise<MemorySource> {
  const path = memoryPath(language, id);
  const read = readProjectFile(root, path);
  if (read === undefined) return { path, file: new VFile({ path, value: '' }) };
  const source = sourceOfRead(path, read);
  const file = new VFile({ path, value: source.text });
  const memory = checkSource(file, source) ? readMemory(file, { release: id, language }) : undefined;
  return { path, text: source.text, memory, file };
}

/** The comments beside a memory: `comments` is empty when there is no file yet, undefined when it has errors. */
export interface CommentsSource {
  path: string;
  comments?: Comments;
  file: VFile;
}

export async function readCommentsSource(root: string, language: TargetLanguage, id: string): Promise<CommentsSource> {
  const path = commentsPath(language, id);
  const read = readProjectFile(root, path);
  if (read === undefined) return { path, comments: emptyComments(id, language), file: new VFile({ path, value: '' }) };
  const source = sourceOfRead(path, read);
  const file = new VFile({ path, value: source.text });
  return { path, comments: checkSource(file, source) ? readComments(file, { release: id, language }) : undefined, file };
}

/** Read every release and the memories of `languages`. */
export async function readWorkspace(root: string, languages: readonly TargetLanguage[]): Promise<Workspace> {
  const { releases, reports } = loadReleases(await readReleases(root));
  const memories = new Map<string, MemorySource>();
  await Promise.all(
    languages.flatMap((language) =>
      releases.map(async (release) => memories.set(`${language}/${release.id}`, await readMemorySource(root, language, release.id))),
    ),
  );
  return {
    releases,
    releaseReports: reports,
    memory(language, release) {
      const source = memories.get(`${language}/${release.id}`);
      if (!source) throw new Error(`memory ${language}/${release.id} was not read`);
      return source;
    },
  };
}

/** The memory to edit: the one on disk, or a new empty one when there is no file yet. */
export function editableMemory(source: MemorySource, language: TargetLanguage, release: Release): Memory | undefined {
  if (source.text === undefined) return emptyMemory(release.id, language);
  return source.memory;
}

/** Write a memory file so that a reader sees the old file or the new one, never half of one. */
export async function writeMemory(root: string, memory: Memory, release: Release): Promise<string> {
  const path = memoryPath(memory.language, memory.release);
  const file = writePlace(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, serializeMemory(memory, release));
  return path;
}

/** Write a comments file atomically, as a memory file is. */
export async function writeComments(root: string, comments: Comments, release: Release): Promise<string> {
  const path = commentsPath(comments.language, comments.release);
  const file = writePlace(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, serializeComments(comments, release));
  return path;
}

/**
 * Read, change and write one memory file under its lock file, so that saves from any process (review servers,
 * imports) never interleave: each change sees the file as the one before it left it. `change` returns the memory
 * to write (none: nothing to write) and its answer. The comments beside the memory are read and written under the
 * same lock: `change` may return them too (the memory first, then the comments, each file atomically).
 */
export async function updateMemory<T>(
  root: string,
  language: TargetLanguage,
  release: Release,
  change: (source: MemorySource, comments: CommentsSource) => { memory?: Memory; comments?: Comments; answer: T },
): Promise<T> {
  const path = memoryPath(language, release.id);
  // Both files are checked before the lock is made beside them: neither folder may lead out of the project.
  writePlace(root, commentsPath(language, release.id));
  await mkdir(dirname(writePlace(root, path)), { recursive: true });
  const taken = await lock(join(root, `${path}.lock`));
  if (!taken.ok) throw new ProblemError(path, `being changed by another process (pid ${taken.holder.pid}); try again in a moment`, 'memory-lock');
  try {
    // A batch (an import) killed after its journal is finished first: this save then builds on what it wrote.
    await settleMemoryBatch(root);
    const { memory, comments, answer } = change(await readMemorySource(root, language, release.id), await readCommentsSource(root, language, release.id));
    if (memory) await writeMemory(root, memory, release);
    if (comments) await writeComments(root, comments, release);
    return answer;
  } finally {
    await taken.lock.release();
  }
}
