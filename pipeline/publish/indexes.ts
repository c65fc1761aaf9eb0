// The indexes-and-feeds phase: the language indexes, feeds and chooser list every published release, so they
// are rendered again only when a release they list changed; otherwise they are kept or linked like a release.
import { readGivenFile, SOURCE_CAP } from '../project/source-file.ts';
import { timed, type Timings } from '../timings.ts';
import type { Language } from '../release.ts';
import type { IndexEntry } from '../render/indexes.ts';
import type { FeedEntry } from '../render/feeds.ts';
import type { BuildInputs } from './inputs.ts';
import type { BuiltRelease } from './link.ts';
import { feedEntriesPath, type Manifest } from './manifest.ts';
import { contentHash } from './messages.ts';
import { loadRenderer } from './render.ts';
import { archiveFiles } from './archive.ts';
import type { StagedTrees } from './trees.ts';

export interface Indexes {
  /** Hash of what the indexes and feeds list. */
  indexKey: string;
  indexFiles: string[];
  /** What each index or feed file is made of (beyond the build settings): one whose key is unchanged is not rendered again. */
  indexKeys: Record<string, string>;
  /** The archive pages' keys, by path (archive.ts). */
  archive: Record<string, string>;
  kept: number;
  written: number;
}

export const indexKeyOf = (settingsKey: string, built: BuiltRelease[]) => contentHash(settingsKey, built.map((release) => [release.id, release.key, release.states]));

export async function indexesAndFeeds(built: BuiltRelease[], inputs: BuildInputs, staging: StagedTrees, spare: Manifest | undefined, previous: Manifest | undefined, timings: Timings): Promise<Indexes> {
  const indexKey = indexKeyOf(inputs.settingsKey, built);
  if (spare?.indexKey === indexKey) {
    for (const path of spare.indexFiles) staging.writer.keep(path);
    return { indexKey, indexFiles: spare.indexFiles, indexKeys: spare.indexKeys, archive: spare.archive, kept: spare.indexFiles.length, written: 0 };
  }
  if (previous?.indexKey === indexKey) {
    for (const path of previous.indexFiles) staging.writer.link(path);
    return { indexKey, indexFiles: previous.indexFiles, indexKeys: previous.indexKeys, archive: previous.archive, kept: previous.indexFiles.length, written: 0 };
  }
  const published = new Map<Language, IndexEntry[]>();
  for (const language of inputs.settings.languages) {
    // A notice standing where a version was published is listed too, with its mark.
    published.set(language, built.flatMap((release) => (release.states[language] === 'published' || release.notices?.[language] ? [release.listed[language]!] : [])));
  }
  const releaseKeys = new Map(built.map((release) => [release.id, release.key]));
  // The feeds' few entries are read back from the tree being staged, where each release left them.
  const feedEntries = new Map<string, Partial<Record<Language, FeedEntry>>>();
  const feedEntryOf = (id: string, language: Language) => {
    if (!feedEntries.has(id)) {
      // Read as a regular file only: a FIFO put in a tree changed in place (pressroom dev) would stop the build for ever.
      const path = staging.writer.pathOf(feedEntriesPath(id));
      const read = readGivenFile(path, SOURCE_CAP);
      if (!read?.bytes) throw new Error(`${path}: ${read?.problem.reason ?? 'not found'}`);
      feedEntries.set(id, JSON.parse(read.bytes.toString('utf8')) as Partial<Record<Language, FeedEntry>>);
    }
    return feedEntries.get(id)![language]!;
  };
  const { context, indexFiles } = await loadRenderer(inputs);
  const files = indexFiles(published, feedEntryOf, (id) => releaseKeys.get(id)!, context, timings).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const indexKeys: Record<string, string> = {};
  let kept = 0;
  for (const { path, key, render } of files) {
    indexKeys[path] = key;
    // A page that lists what it listed before is carried over, like an unchanged release's files.
    if (spare?.indexKeys[path] === key) staging.writer.keep(path);
    else if (previous?.indexKeys[path] === key) staging.writer.link(path);
    else {
      const content = render();
      timed(timings, 'write', () => staging.writer.write(path, content));
      continue;
    }
    kept++;
  }
  // The archive's pages each on their own key: a month none of whose releases changed is not rendered again.
  const archive = await archiveFiles(published, context, staging, spare, previous, timings);
  return { indexKey, indexFiles: [...files.map((file) => file.path), ...archive.files].sort(), indexKeys, archive: archive.keys, kept: kept + archive.kept, written: files.length - kept + archive.written };
}
