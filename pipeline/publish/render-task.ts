// One release built and its files written into the staging tree: the unit of work for a thread.
// Everything going in and out is plain data, so it crosses to and from worker threads as it is.
import { VFile } from 'vfile';
import { publicFrom, type PublicFrom } from '../schedule.ts';
import { buildRelease, type RenderContext, type ReleaseState, type Timings, timed } from './render-release.ts';
import { loadRelease, reportQuoteProblems } from '../parse/releases.ts';
import { TARGET_LANGUAGES, type Language, type Release, type TargetLanguage } from '../release.ts';
import { toMessage, type Message } from './messages.ts';
import { sourceOfRead, type SourceFile } from '../project/source-file.ts';
import { readStamped, type Stamp } from '../project/stamps.ts';
import { memoryPath } from '../translate/memory.ts';
import { join } from 'node:path';
import { indexEntry, type IndexEntry } from '../render/indexes.ts';
import { feedEntriesPath } from './state-paths.ts';


/**
 * A release to build: its source, parsed by the thread that builds it, with the id its front matter seems to
 * give (its memories are read under that id), or a release the main thread already parsed (to settle a
 * contested id). The thread reads the memories itself, so they never pass through the main thread.
 */
export type RenderTask = { source: SourceFile; memoriesOf: string } | { release: Release };

/** Where a thread renders: its context, the staging tree it writes into, and the project it reads memories from. */
export interface RenderPlace {
  context: RenderContext;
  writer: { write(path: string, content: string): void };
  root: string;
}

export interface RenderedRelease {
  /** The id it was built under; none when it did not parse. */
  id?: string;
  /** When it becomes public (its embargo, else its date), as written. */
  embargo?: string;
  /** The same, with what happens then: the next build prints the soonest. */
  publicFrom?: PublicFrom;
  /** Messages the stages added to the release file (parse, quotes, translate). */
  messages: Message[];
  /** Messages on each memory file read, by language. */
  memoryMessages: Partial<Record<TargetLanguage, Message[]>>;
  /** What the indexes list of it, in each language it is built in. */
  listed: Partial<Record<Language, IndexEntry>>;
  states: Partial<Record<Language, ReleaseState>>;
  /** The memory files read, with their stamps: what the build manifest keys the release on. */
  read: Record<string, Stamp>;
  /** Paths written, sorted: its outputs, and what the feeds show of it (feedEntriesPath) when it is published. */
  files: string[];
}

/** The release's memory in each target language that has one, stamped as read. */
function readStampedMemories(root: string, id: string): { memories: Partial<Record<TargetLanguage, SourceFile>>; read: Record<string, Stamp> } {
  const memories: Partial<Record<TargetLanguage, SourceFile>> = {};
  const read: Record<string, Stamp> = {};
  for (const language of TARGET_LANGUAGES) {
    const path = memoryPath(language, id);
    const file = readStamped(root, path);
    if (!file) continue;
    memories[language] = sourceOfRead(path, file.read);
    read[path] = file.stamp;
  }
  return { memories, read };
}

export function renderTask(task: RenderTask, place: RenderPlace, timings?: Timings): RenderedRelease {
  const { context, writer, root } = place;
  let release: Release;
  let file: VFile;
  if ('release' in task) {
    release = task.release;
    file = new VFile({ path: release.path });
  } else {
    file = new VFile({ path: task.source.path, value: task.source.text });
    const loaded = loadRelease(task.source, file, timings);
    if (!loaded) return { messages: file.messages.map(toMessage), memoryMessages: {}, listed: {}, states: {}, read: {}, files: [] };
    reportQuoteProblems(file, loaded.quoteProblems);
    release = loaded.release;
  }
  const { memories, read } = timed(timings, 'translate', () => readStampedMemories(root, 'release' in task ? task.release.id : task.memoriesOf));
  const built = buildRelease(release, file, memories, context, timings);
  if (Object.keys(built.feed).length > 0) built.files.set(feedEntriesPath(release.id), JSON.stringify(built.feed));
  const files = [...built.files.keys()].sort();
  timed(timings, 'write', () => {
    for (const path of files) writer.write(path, built.files.get(path)!);
  });
  const memoryMessages: Partial<Record<TargetLanguage, Message[]>> = {};
  for (const [language, report] of Object.entries(built.memoryReports) as [TargetLanguage, VFile][]) memoryMessages[language] = report.messages.map(toMessage);
  return {
    id: release.id,
    // When it becomes public: the manifest reuses it only while that stays on the same side of the clock.
    embargo: publicFrom(release.meta).at,
    publicFrom: publicFrom(release.meta),
    messages: file.messages.map(toMessage),
    memoryMessages,
    listed: Object.fromEntries(Object.entries(built.localized).map(([language, view]) => [language, indexEntry(view)])),
    states: built.states,
    read,
    files,
  };
}
