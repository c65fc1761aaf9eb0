// The indexes-and-feeds phase: the language indexes, feeds and chooser list every published release, so they
// are rendered again only when a release they list changed; otherwise they are kept or linked like a release.
import { readGivenFile, SOURCE_CAP } from '../project/source-file.ts';
import { timed, type Timings } from '../timings.ts';
import type { Language } from '../release.ts';
import type { IndexEntry } from '../render/indexes.ts';
import type { FeedEntry } from '../render/feeds.ts';
import type { BuildInputs } from './inputs.ts';
import type { BuiltRelease } from './link.ts';
import { feedEntriesPath, type Manifest, type ReleaseEntry } from './manifest.ts';
import { contentHash } from './messages.ts';
import { loadRenderer } from './render.ts';
import type { IndexFile } from './render-release.ts';
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

/** What each language's index lists: the releases published in it, in release order. */
function publishedIn(releases: ReleaseEntry[], languages: Language[]): Map<Language, IndexEntry[]> {
  // A notice standing where a version was published is listed too, with its mark.
  return new Map(languages.map((language) => [language, releases.flatMap((release) => ((release.states[language] === 'published' || release.notices?.[language]) && release.listed[language] ? [release.listed[language]] : []))]));
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
  const { languages } = inputs.settings;
  const published = publishedIn(built, languages);
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
  // Pages about to be rendered again take back the parts their neighbours in the family had in the previous build.
  const fresh = new Map<string, Set<number>>();
  for (const file of files) {
    if (!file.family || spare?.indexKeys[file.path] === file.key || previous?.indexKeys[file.path] === file.key) continue;
    const places = fresh.get(file.family) ?? new Set<number>();
    fresh.set(file.family, places.add(file.place ?? 0));
  }
  const near = (file: IndexFile) => {
    const places = file.family === undefined ? undefined : fresh.get(file.family);
    const place = file.place ?? 0;
    return places !== undefined && (places.has(place) || places.has(place - 1) || places.has(place + 1));
  };
  // The previous build's releases in release order, as `built` gives this build's: what its indexes were made from.
  const previousEntries = (before: Manifest) => Object.keys(before.releases).sort((a, b) => a.localeCompare(b)).map((path) => before.releases[path]!).filter((entry) => entry.id !== undefined);
  if (previous && fresh.size > 0) {
    const entries = previousEntries(previous);
    const previousKeys = new Map(entries.map((entry) => [entry.id!, entry.key]));
    for (const file of indexFiles(publishedIn(entries, languages), feedEntryOf, (id) => previousKeys.get(id)!, context)) {
      // Only a file the previous build made from what it is computed from here: its key says so.
      if (!near(file) || previous.indexKeys[file.path] !== file.key) continue;
      const content = staging.writer.readPrevious(file.path);
      if (content !== undefined) file.remember!(content);
    }
  }
  const indexKeys: Record<string, string> = {};
  let kept = 0;
  for (const { path, key, render } of files) {
    indexKeys[path] = key;
    // A page that lists what it listed before is carried over, like an unchanged release's files.
    if (spare?.indexKeys[path] === key) staging.writer.keep(path);
    else if (previous?.indexKeys[path] === key) staging.writer.link(path);
    else {
      const content = render();
      if (typeof content === 'string') timed(timings, 'write', () => staging.writer.write(path, content));
      else {
        // Made as they are written: the time of making them counts as the indexes' (timedParts), the rest as writing.
        const [start, making] = [performance.now(), timings.indexes];
        staging.writer.writeParts(path, content);
        timings.write += performance.now() - start - (timings.indexes - making);
      }
      continue;
    }
    kept++;
  }
  // The archive's pages each on their own key: a month none of whose releases changed is not rendered again.
  const archive = await archiveFiles(published, context, staging, spare, previous, timings, previous && (() => publishedIn(previousEntries(previous), languages)));
  return { indexKey, indexFiles: [...files.map((file) => file.path), ...archive.files].sort(), indexKeys, archive: archive.keys, kept: kept + archive.kept, written: files.length - kept + archive.written };
}
