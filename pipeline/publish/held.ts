// Releases held as they were published (a release that no longer parses, whose file is gone, or given a later date;
// see link.ts) are carried over from the previous out/. The previous build's manifest says what they were, even when
// this build trusts it for nothing else (a new pipeline or new settings render every release again): their files are
// taken from the tree being replaced only when that tree is the one the manifest describes, each is a file the build
// made there (no link on the way), and each ninjs item is the version the project's record says agencies were handed.
// Otherwise nothing of the release is carried, and the build says so.
import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Language } from '../release.ts';
import { LANGUAGES } from '../release.ts';
import type { Manifest, ReleaseEntry } from './manifest.ts';
import { mayHaveHandedOut, PUBLISHED_DIR, recordPath, type RecordReader } from './publication-record.ts';
import { versionHash } from './versions.ts';
import type { TreeWriter } from './trees.ts';

/** What the previous build published, as its manifest recorded it. */
export interface PublishedBefore {
  manifest: Manifest;
  /** Whether out/ is still the tree that manifest describes: held files can be carried from it only then. */
  inTree: boolean;
}

const languageOf = (path: string): string | undefined => /^(?:embargoed\/)?([^/]+)\//.exec(path)?.[1];

/**
 * A held release's entry as this build carries it: only the languages it builds (a build of fewer languages writes
 * no others), the rest (its feed entry, picture sizes) as it is.
 */
export function heldEntryIn(entry: ReleaseEntry, languages: readonly Language[]): ReleaseEntry {
  const built = (language: string) => !(LANGUAGES as readonly string[]).includes(language) || languages.includes(language as Language);
  const files = entry.files.filter((path) => built(languageOf(path) ?? ''));
  if (files.length === entry.files.length) return entry;
  const only = <T>(record: Partial<Record<Language, T>> | undefined) => record && (Object.fromEntries(Object.entries(record).filter(([language]) => built(language))) as Partial<Record<Language, T>>);
  return { ...entry, files, listed: only(entry.listed)!, states: only(entry.states)!, ...(entry.notices ? { notices: only(entry.notices) } : {}) };
}

/** Why the held release `entry` (published as `id`) cannot be carried over from the previous out/; undefined when it can. */
export function carryProblem(entry: ReleaseEntry, id: string, before: PublishedBefore, writer: TreeWriter, records: RecordReader): string | undefined {
  if (!before.inTree) return 'the previous out/ is gone, or is not the tree the last build made';
  // An unreadable record checks nothing: out/ stands for it, as in the render task, and link.ts says so.
  const { record } = records(id);
  for (const path of entry.files) {
    if (!writer.hasPrevious(path)) return `${path} is missing from the previous build, or is not a file it made (a link or another kind of entry is in its place, or on its way)`;
    const language = /^([^/]+)\/[^/]+\/ninjs\.json$/.exec(path)?.[1] as Language | undefined;
    const filed = language && record[language];
    if (!filed) continue;
    let item: Record<string, unknown> | undefined;
    try {
      item = JSON.parse(writer.readPrevious(path) ?? '') as Record<string, unknown>;
    } catch {
      // Said below.
    }
    if (!item || Number(item.version) !== filed.version || versionHash(item) !== filed.hash) return `${path} is not version ${filed.version} of ${filed.versionCreated}, the one ${recordPath(id)} says agencies were handed: it was altered`;
  }
  return undefined;
}

/**
 * The address the site had when a held release's files were made, when it is not `baseUrl`: their absolute links
 * (canonical, hreflang, ninjs uri, feed links) still point there. Read from its ninjs items' `uri`; they cannot be
 * rendered again (nothing builds them now), nor rewritten (each ninjs item is the version agencies filed).
 */
export function staleAddress(entry: ReleaseEntry, id: string, baseUrl: string, writer: TreeWriter): string | undefined {
  for (const path of entry.files) {
    const language = /^([^/]+)\/[^/]+\/ninjs\.json$/.exec(path)?.[1];
    if (!language) continue;
    let uri: unknown;
    try {
      uri = (JSON.parse(writer.readPrevious(path) ?? '') as { uri?: unknown }).uri;
    } catch {
      continue;
    }
    const tail = `${language}/${id}/`;
    if (typeof uri !== 'string' || !uri.endsWith(tail)) continue;
    const address = uri.slice(0, -tail.length);
    return address === baseUrl ? undefined : address;
  }
  return undefined;
}

/**
 * The releases the project's records say agencies were handed (.pressroom/published/<id>.json, with a version, or
 * unreadable: perhaps) that no release builds now and nothing holds: asked when no manifest can tell what was published (none, or out/ not its
 * tree). The folder is read only where it really is inside the project.
 */
export function recordedIds(root: string, skip: ReadonlySet<string>, records: RecordReader): string[] {
  const dir = join(root, PUBLISHED_DIR);
  try {
    const real = realpathSync(dir);
    const inside = relative(realpathSync(root), real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !lstatSync(real).isDirectory()) return [];
    return readdirSync(real)
      .flatMap((name) => (name.endsWith('.json') && !name.startsWith('.') ? [name.slice(0, -'.json'.length)] : []))
      .filter((id) => !skip.has(id) && mayHaveHandedOut(records, id))
      .sort();
  } catch {
    return [];
  }
}
