// `pressroom xliff export|import`: translation memories to and from XLIFF 2.0 for CAT tools.
import { readGlossaryFile } from '../../project/glossary-file.ts';
import { EMPTY_GLOSSARY } from '../../glossary.ts';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import writeFileAtomic from 'write-file-atomic';
import type { Release, TargetLanguage } from '../../release.ts';
import { TARGET_LANGUAGES } from '../../release.ts';
import { exportXliff } from '../../xliff/export.ts';
import { importXliff } from '../../xliff/import.ts';
import { formatMessages, problemFile } from '../../problems.ts';
import { printReports, readUserFile, type Console } from '../report.ts';
import { readCommentsSource, readMemorySource, readWorkspace, type CommentsSource, type MemorySource } from '../../project/workspace.ts';
import { commentsPath } from '../../translate/comments.ts';
import { serializeComments } from '../../translate/comments-file.ts';
import { lockMemories, releaseAll, withBatchLock, writeMemoryBatch, type BatchOptions } from '../../project/memory-batch.ts';
import { memoryPath } from '../../translate/memory.ts';
import { serializeMemory } from '../../translate/memory-file.ts';
import { localIso } from '../../local-time.ts';

export interface XliffExportOptions {
  root: string;
  language: TargetLanguage;
  releases?: string[];
  output?: string;
}

export async function runXliffExport(options: XliffExportOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const workspace = await readWorkspace(root, [options.language]);
  printReports(workspace.releaseReports.filter((file) => file.messages.length > 0), io);
  const wanted = options.releases ?? workspace.releases.map((release) => release.id);
  const missing = wanted.filter((id) => !workspace.releases.some((release) => release.id === id));
  if (missing.length > 0) {
    printReports(missing.map((id) => problemFile(`releases/${id}.md`, `no release with id ${id} (or it has errors)`, 'xliff')), io);
    return 1;
  }
  const items = [];
  for (const id of wanted) {
    const release = workspace.releases.find((candidate) => candidate.id === id)!;
    const source = workspace.memory(options.language, release);
    if (source.text !== undefined && !source.memory) {
      for (const line of formatMessages(source.file)) io.error(line);
      return 1;
    }
    // Comments go out as notes; a broken comments file is said, and the translations still go out.
    const comments = await readCommentsSource(root, options.language, release.id);
    if (!comments.comments) for (const line of formatMessages(comments.file)) io.error(line);
    items.push({ release, memory: source.memory, comments: comments.comments });
  }
  const xml = exportXliff(options.language, items);
  if (options.output) {
    // A folder given by mistake: one line, rather than EISDIR from inside the atomic write.
    if (statSync(resolve(options.output), { throwIfNoEntry: false })?.isDirectory()) {
      printReports([problemFile(options.output, 'this is a directory, not a file; give the name of the .xlf file to write, like -o en.xlf', 'xliff')], io);
      return 1;
    }
    await writeFileAtomic(resolve(options.output), xml);
    io.error(`wrote ${items.length} release${items.length === 1 ? '' : 's'} (${options.language}) to ${options.output}`);
  } else {
    io.log(xml.trimEnd());
  }
  return 0;
}

export interface XliffImportOptions {
  root: string;
  reviewer?: string;
  now: Date;
  /** For tests: steps of the all-or-nothing write (see writeMemoryBatch). */
  batch?: BatchOptions;
}

/**
 * Import under the memory files' locks, as review saves and translate runs write: each memory is read again once
 * its lock is held, so a save made meanwhile is what the file's units apply to (or conflict with), never reverted;
 * every changed file is then written together, all or none.
 */
export async function runXliffImport(path: string, options: XliffImportOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const xml = await readUserFile(path, 'xliff', io);
  if (xml === undefined) return 1;
  const workspace = await readWorkspace(root, []);
  const input = {
    path,
    xml: xml.replace(/^\uFEFF/, ''),
    releases: workspace.releases,
    reviewer: options.reviewer ?? userInfo().username,
    now: localIso(options.now),
    // A broken glossary is reported by check and translate; the import then checks without it.
    glossary: (await readGlossaryFile(root)).glossary ?? EMPTY_GLOSSARY,
  };
  // Which memories the file is about: its <file>s that name a release.
  const wanted = new Map<string, { language: TargetLanguage; release: Release }>();
  importXliff({ ...input, memory: (language, release) => void wanted.set(memoryPath(language, release.id), { language, release }) });

  return withBatchLock(root, async () => {
    const locks = await lockMemories(root, [...wanted.keys()]);
    try {
      const read = new Map<string, MemorySource>();
      const readComments = new Map<string, CommentsSource>();
      for (const [file, { language, release }] of wanted) {
        read.set(file, await readMemorySource(root, language, release.id));
        // Comments live under their memory's lock.
        readComments.set(file, await readCommentsSource(root, language, release.id));
      }
      const result = importXliff({
        ...input,
        memory: (language, release) => {
          const source = read.get(memoryPath(language, release.id));
          if (!source) throw new Error(`memory ${language}/${release.id} was not read`);
          return source.text !== undefined && !source.memory ? 'unreadable' : source.memory;
        },
        comments: (language, release) => {
          const source = readComments.get(memoryPath(language, release.id));
          if (!source) throw new Error(`comments ${language}/${release.id} were not read`);
          return source.comments ?? 'unreadable';
        },
      });
      printReports([result.file], io);
      if (!result.ok) {
        io.error(`nothing imported: fix the units above (or export again) and import the whole file`);
        return 1;
      }
      const releaseOf = (id: string) => workspace.releases.find((release) => release.id === id)!;
      await writeMemoryBatch(
        root,
        [
          ...[...result.memories].map(([id, memory]) => ({ path: memoryPath(memory.language, id), text: serializeMemory(memory, releaseOf(id)) })),
          ...[...result.comments].map(([id, comments]) => ({ path: commentsPath(comments.language, id), text: serializeComments(comments, releaseOf(id)) })),
        ],
        options.batch,
      );
      const { updated, restored, unchanged, already, comments } = result.counts;
      if (updated + restored + comments === 0 && already > 0) {
        io.log(`${result.language}: nothing to import, the memory already holds every translation in ${path} (imported before?)`);
        return 0;
      }
      io.log(`${result.language}: ${updated} updated, ${restored} restored, ${unchanged} unchanged${already ? `, ${already} already imported` : ''}${comments ? `, ${comments} comment${comments === 1 ? '' : 's'} added` : ''}${result.memories.size ? ` (${[...result.memories.keys()].join(', ')})` : ''}`);
      return 0;
    } finally {
      await releaseAll(locks);
    }
  });
}
