// The indexes-and-feeds phase: the language indexes, feeds and chooser list every published release, so they
// are rendered again only when a release they list changed; otherwise they are kept or linked like a release.
import { readFileSync } from 'node:fs';
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
    return { indexKey, indexFiles: spare.indexFiles, archive: spare.archive, kept: spare.indexFiles.length, written: 0 };
  }
  if (previous?.indexKey === indexKey) {
    for (const path of previous.indexFiles) staging.writer.link(path);
    return { indexKey, indexFiles: previous.indexFiles, archive: previous.archive, kept: previous.indexFiles.length, written: 0 };
  }
  const published = new Map<Language, IndexEntry[]>();
  for (const language of inputs.settings.languages) {
    published.set(language, built.flatMap((release) => (release.states[language] === 'published' ? [release.listed[language]!] : [])));
  }
  // The feeds' few entries are read back from the tree being staged, where each release left them.
  const feedEntries = new Map<string, Partial<Record<Language, FeedEntry>>>();
  const feedEntryOf = (id: string, language: Language) => {
    if (!feedEntries.has(id)) feedEntries.set(id, JSON.parse(readFileSync(staging.writer.pathOf(feedEntriesPath(id)), 'utf8')) as Partial<Record<Language, FeedEntry>>);
    return feedEntries.get(id)![language]!;
  };
  const { context, renderIndexes } = await loadRenderer(inputs);
  const files = renderIndexes(published, feedEntryOf, context, timings);
  const indexFiles = [...files.keys()].sort();
  timed(timings, 'write', () => {
    for (const path of indexFiles) staging.writer.write(path, files.get(path)!);
  });
  // The archive's pages each on their own key: a month none of whose releases changed is not rendered again.
  const archive = await archiveFiles(published, context, staging, spare, previous, timings);
  return { indexKey, indexFiles: [...indexFiles, ...archive.files].sort(), archive: archive.keys, kept: archive.kept, written: indexFiles.length + archive.written };
}
