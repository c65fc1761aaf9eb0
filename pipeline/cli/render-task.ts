// One release built and its files written into the staging tree: the unit of work for a thread.
// Everything going in and out is plain data, so it crosses to and from worker threads as it is.
import { VFile } from 'vfile';
import { buildRelease, type RenderContext, type ReleaseState, type Timings, timed } from '../build.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { toMessage, type Message } from './messages.ts';
import type { SourceFile } from '../source-file.ts';
import { indexEntry, type IndexEntry } from '../render/indexes.ts';
import type { FeedEntry } from '../render/feeds.ts';
import type { StagedWriter } from './output.ts';

export interface RenderTask {
  release: Release;
  memories: Partial<Record<TargetLanguage, SourceFile>>;
}

export interface RenderedRelease {
  /** Messages the translate stage added to the release file. */
  messages: Message[];
  /** Messages on each memory file read, by language. */
  memoryMessages: Partial<Record<TargetLanguage, Message[]>>;
  /** What the indexes list of it, in each language it is built in. */
  listed: Partial<Record<Language, IndexEntry>>;
  states: Partial<Record<Language, ReleaseState>>;
  feed: Partial<Record<Language, FeedEntry>>;
  /** Paths written, sorted. */
  files: string[];
}

export function renderTask(task: RenderTask, context: RenderContext, writer: StagedWriter, timings?: Timings): RenderedRelease {
  const file = new VFile({ path: task.release.path });
  const built = buildRelease(task.release, file, task.memories, context, timings);
  const files = [...built.files.keys()].sort();
  timed(timings, 'write', () => {
    for (const path of files) writer.write(path, built.files.get(path)!);
  });
  const memoryMessages: Partial<Record<TargetLanguage, Message[]>> = {};
  for (const [language, report] of Object.entries(built.memoryReports) as [TargetLanguage, VFile][]) memoryMessages[language] = report.messages.map(toMessage);
  return { messages: file.messages.map(toMessage), memoryMessages, listed: Object.fromEntries(Object.entries(built.localized).map(([language, view]) => [language, indexEntry(view)])), states: built.states, feed: built.feed, files };
}
