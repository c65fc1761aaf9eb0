// One release built and its files written into the staging tree: the unit of work for a thread.
// Everything going in and out is plain data, so it crosses to and from worker threads as it is.
import { VFile } from 'vfile';
import { buildRelease, type RenderContext, type ReleaseState, type Timings, timed } from '../build.ts';
import { loadRelease, reportQuoteProblems } from '../parse/releases.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { toMessage, type Message } from './messages.ts';
import type { SourceFile } from '../source-file.ts';
import { indexEntry, type IndexEntry } from '../render/indexes.ts';
import { feedEntriesPath } from './manifest.ts';
import type { StagedWriter } from './output.ts';

/**
 * A release to build: its source, parsed by the thread that builds it, or a release the main thread already
 * parsed (to settle a contested id); and its memories.
 */
export type RenderTask = { memories: Partial<Record<TargetLanguage, SourceFile>> } & ({ source: SourceFile } | { release: Release });

export interface RenderedRelease {
  /** The id it was built under; none when it did not parse. */
  id?: string;
  /** The embargo as written. */
  embargo?: string;
  /** Messages the stages added to the release file (parse, quotes, translate). */
  messages: Message[];
  /** Messages on each memory file read, by language. */
  memoryMessages: Partial<Record<TargetLanguage, Message[]>>;
  /** What the indexes list of it, in each language it is built in. */
  listed: Partial<Record<Language, IndexEntry>>;
  states: Partial<Record<Language, ReleaseState>>;
  /** Paths written, sorted: its outputs, and what the feeds show of it (feedEntriesPath) when it is published. */
  files: string[];
}

export function renderTask(task: RenderTask, context: RenderContext, writer: StagedWriter, timings?: Timings): RenderedRelease {
  let release: Release;
  let file: VFile;
  if ('release' in task) {
    release = task.release;
    file = new VFile({ path: release.path });
  } else {
    file = new VFile({ path: task.source.path, value: task.source.text });
    const loaded = loadRelease(task.source, file, timings);
    if (!loaded) return { messages: file.messages.map(toMessage), memoryMessages: {}, listed: {}, states: {}, files: [] };
    reportQuoteProblems(file, loaded.quoteProblems);
    release = loaded.release;
  }
  const built = buildRelease(release, file, task.memories, context, timings);
  if (Object.keys(built.feed).length > 0) built.files.set(feedEntriesPath(release.id), JSON.stringify(built.feed));
  const files = [...built.files.keys()].sort();
  timed(timings, 'write', () => {
    for (const path of files) writer.write(path, built.files.get(path)!);
  });
  const memoryMessages: Partial<Record<TargetLanguage, Message[]>> = {};
  for (const [language, report] of Object.entries(built.memoryReports) as [TargetLanguage, VFile][]) memoryMessages[language] = report.messages.map(toMessage);
  return {
    id: release.id,
    ...(release.meta.embargo === undefined ? {} : { embargo: release.meta.embargo }),
    messages: file.messages.map(toMessage),
    memoryMessages,
    listed: Object.fromEntries(Object.entries(built.localized).map(([language, view]) => [language, indexEntry(view)])),
    states: built.states,
    files,
  };
}
