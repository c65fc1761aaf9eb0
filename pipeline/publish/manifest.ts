// The build manifest, .pressroom/manifest.json in the state tree beside out/ (never in out/, which is public):
// for every release, a hash of everything its files are made from and what the build made of it, so the next
// build renders only releases whose inputs changed. It names the tree it describes by identity, and is used
// only beside that tree: a build killed between swapping out/ and its state cannot make the two disagree.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedRelease } from './render-task.ts';
import type { Message } from './messages.ts';
import { jsonObjectParts } from '../project/write-place.ts';

export const MANIFEST_PATH = '.pressroom/manifest.json';
const FORMAT = 10;

export { feedEntriesPath, isOutput } from './state-paths.ts';

/** What a release's rendering left behind, and what decides whether the next build may reuse it. */
export interface ReleaseEntry extends Omit<RenderedRelease, 'read' | 'review'> {
  /** Hash of the release source, its memories and the build settings. */
  key: string;
  /** Whether the embargo held at the clock of that build. */
  embargoed?: boolean;
}

export interface Manifest {
  format: number;
  /** Hash of the pipeline's own sources and package version: a new pipeline rebuilds everything. */
  pipeline: string;
  /** Hash of ui strings, languages, base URL and strictness. */
  settings: string;
  /** The identity of the public tree it describes (owned-trees.ts). */
  tree: string;
  /** By release path, sorted. */
  releases: Record<string, ReleaseEntry>;
  /** Hash of what the indexes and feeds list, and their files. */
  indexKey: string;
  indexFiles: string[];
  /** What each of them is made of, beyond the settings (see indexFiles in render-release.ts). */
  indexKeys: Record<string, string>;
  /** By path, the hash of what each archive page shows (archive.ts): a page is rendered again only when it changes. */
  archive: Record<string, string>;
  /** The glossary's problems, printed again by a build that renders nothing (and so does not parse it). */
  glossaryMessages: Message[];
  /** Ids published (their records say) that this build could neither build nor carry over: named again next time. */
  lost?: string[];
}

export { pipelineVersion } from './pipeline-version.ts';

/** The previous build's manifest, when it was made by this pipeline with these settings. */
export async function readManifest(stateDir: string, tree: string | undefined, pipeline: string, settings: string): Promise<Manifest | undefined> {
  if (tree === undefined) return undefined;
  try {
    const manifest = JSON.parse(await readFile(join(stateDir, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.format === FORMAT && manifest.tree === tree && manifest.pipeline === pipeline && manifest.settings === settings ? manifest : undefined;
  } catch {
    // No previous build, or not one this pipeline can read: build everything.
    return undefined;
  }
}

/**
 * The previous build's manifest whatever made it, when this pipeline can read it: what was published then, for the
 * releases held since (held.ts), even when a new pipeline or new settings render everything again. Not for reuse.
 */
export async function readRecordedManifest(stateDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(stateDir, 'manifest.json'), 'utf8')) as Manifest;
    return manifest.format === FORMAT && typeof manifest.releases === 'object' && manifest.releases !== null ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export const completeManifest = (manifest: Omit<Manifest, 'format'>): Manifest => ({ format: FORMAT, ...manifest });

export function serializeManifest(manifest: Omit<Manifest, 'format'>): string {
  return `${JSON.stringify(completeManifest(manifest))}\n`;
}

/**
 * The bytes of serializeManifest, a release at a time: at 10,000 releases the whole manifest as one string (two
 * bytes a character once a Japanese headline is in it) is tens of megabytes the build need not hold at once.
 */
export function* manifestParts(manifest: Omit<Manifest, 'format'>): Generator<string> {
  let separator = '{';
  for (const [name, value] of Object.entries(completeManifest(manifest))) {
    // As JSON.stringify does: a property without a value is left out.
    if (value === undefined) continue;
    yield `${separator}${JSON.stringify(name)}:`;
    separator = ',';
    if (name !== 'releases') {
      yield JSON.stringify(value);
      continue;
    }
    yield* jsonObjectParts(Object.entries(value as Manifest['releases']));
  }
  yield separator === '{' ? '{}\n' : '}\n';
}
