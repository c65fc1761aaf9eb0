// The archive by month in the indexes phase: each archive page has a key, the hash of what it shows, and only
// pages whose key changed are rendered; the others are kept or linked like an unchanged release. Editing one
// release rewrites at most its month's page (and the list of months, when a month's count changes).
import type { Timings } from '../timings.ts';
import { timed } from '../timings.ts';
import type { Language } from '../release.ts';
import type { IndexEntry } from '../render/indexes.ts';
import { archiveFile, planArchive } from '../render/archive-plan.ts';
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

export async function archiveFiles(published: Map<Language, IndexEntry[]>, context: RenderContext, staging: StagedTrees, spare: Manifest | undefined, previous: Manifest | undefined, timings: Timings): Promise<ArchiveOutcome> {
  const { settings, labels } = context;
  const keys: ArchiveKeys = {};
  let render: typeof import('../render/archive.ts').renderArchivePage | undefined;
  let kept = 0;
  let written = 0;
  for (const page of planArchive(published, settings.languages)) {
    const path = archiveFile(page);
    const key = contentHash(page);
    keys[path] = key;
    if (spare?.archive[path] === key) {
      staging.writer.keep(path);
      kept++;
    } else if (previous?.archive[path] === key) {
      staging.writer.link(path);
      kept++;
    } else {
      render ??= (await import('../render/archive.ts')).renderArchivePage;
      const html = timed(timings, 'indexes', () => render!(page, labels[page.language], settings.baseUrl));
      timed(timings, 'write', () => staging.writer.write(path, html));
      written++;
    }
  }
  return { keys, files: Object.keys(keys), kept, written };
}
