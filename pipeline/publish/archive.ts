// The archive by month in the indexes phase: each archive page has a key, the hash of what it shows, and only
// pages whose key changed are rendered; the others are kept or linked like an unchanged release. Editing one
// release rewrites at most its month's page (and the list of months, when a month's count changes).
import type { Timings } from '../timings.ts';
import { timed } from '../timings.ts';
import type { Language } from '../release.ts';
import type { IndexEntry } from '../render/indexes.ts';
import { archiveFile, planArchive, type ArchivePage } from '../render/archive-plan.ts';
import type { RenderContext } from './render-release.ts';
import type { Manifest } from './manifest.ts';
import { contentHash } from './messages.ts';
import type { StagedTrees } from './trees.ts';

/** By file path (relative to out/), the hash of what that archive page shows. */
export type ArchiveKeys = Record<string, string>;

export interface ArchiveOutcome {
  keys: ArchiveKeys;
  files: string[];
  kept: number;
  written: number;
}

/** `previousPublished`: what the previous build's indexes listed, whose month pages give back their items (see rememberArchivePage). */
export async function archiveFiles(published: Map<Language, IndexEntry[]>, context: RenderContext, staging: StagedTrees, spare: Manifest | undefined, previous: Manifest | undefined, timings: Timings, previousPublished?: () => Map<Language, IndexEntry[]>): Promise<ArchiveOutcome> {
  const { settings, labels } = context;
  const keys: ArchiveKeys = {};
  const fresh: ArchivePage[] = [];
  let kept = 0;
  for (const page of planArchive(published, settings.languages, labels)) {
    const path = archiveFile(page);
    const key = contentHash(page);
    keys[path] = key;
    if (spare?.archive[path] === key) {
      staging.writer.keep(path);
      kept++;
    } else if (previous?.archive[path] === key) {
      staging.writer.link(path);
      kept++;
    } else fresh.push(page);
  }
  if (fresh.length === 0) return { keys, files: Object.keys(keys), kept, written: 0 };
  const { renderArchivePage, rememberArchivePage } = await import('../render/archive.ts');
  // A month's page changed by one release takes back the items of the others from the page the previous build wrote.
  const changedMonths = new Set(fresh.map(archiveFile));
  if (previous && previousPublished) {
    for (const page of planArchive(previousPublished(), settings.languages, labels)) {
      const path = archiveFile(page);
      if (page.kind !== 'month' || !changedMonths.has(path) || previous.archive[path] !== contentHash(page)) continue;
      const html = staging.writer.readPrevious(path);
      if (html !== undefined) rememberArchivePage(html, page, labels[page.language]);
    }
  }
  for (const page of fresh) {
    const html = timed(timings, 'indexes', () => renderArchivePage(page, labels[page.language], settings.baseUrl));
    timed(timings, 'write', () => staging.writer.write(archiveFile(page), html));
  }
  return { keys, files: Object.keys(keys), kept, written: fresh.length };
}
