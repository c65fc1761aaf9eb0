// What agencies were last handed of each release, per language: its version, when that version was made, a hash of
// its content and its headline. Kept in the project (.pressroom/published/<id>.json, one small file per release,
// read and written only for the releases a build renders), not beside out/: deleting out/ and its state to build
// from scratch must not forget what agencies filed, or a withdrawn translation would silently vanish again and
// versions would start over. A preview (pressroom dev) reads it and never writes it: it publishes nothing.
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { readGivenFile, readProjectFile } from '../project/source-file.ts';
import { versionHash } from './versions.ts';
import { replaceOwnFileSync, writePlace } from '../project/write-place.ts';
import type { Language } from '../release.ts';
import { LANGUAGES } from '../release.ts';
import { isReleaseId } from '../parse/id-rule.ts';

/** ninjs pubStatus: `usable`, or a notice in place of the version agencies filed. */
export type PublishedStatus = 'usable' | 'withheld' | 'canceled';

export interface PublishedVersion {
  /** ninjs `version`: moves whenever the content below changes. */
  version: number;
  /** ninjs `versionCreated`, as written. */
  versionCreated: string;
  /** Hash of what an agency receives in that language, version and versionCreated left out. */
  hash: string;
  status: PublishedStatus;
  /** The headline agencies filed it under, plain text: what a notice that replaces it is headed with. */
  headline: string;
}

export type PublicationRecord = Partial<Record<Language, PublishedVersion>>;

/**
 * What agencies hold under embargo, in the private tree (the embargoed copy, or a kill in its place), per language:
 * kept apart from what was published (`embargoed` in the file), so that a kill there is a new version of their copy.
 */
export type EmbargoedRecord = Partial<Record<Language, PublishedVersion>>;

export const PUBLISHED_DIR = '.pressroom/published';
export const recordPath = (id: string) => `${PUBLISHED_DIR}/${id}.json`;

const STATUSES: readonly string[] = ['usable', 'withheld', 'canceled'];

function isVersion(value: unknown): value is PublishedVersion {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    Number.isInteger(entry.version) &&
    (entry.version as number) >= 1 &&
    typeof entry.versionCreated === 'string' &&
    !Number.isNaN(Date.parse(entry.versionCreated)) &&
    typeof entry.hash === 'string' &&
    typeof entry.status === 'string' &&
    STATUSES.includes(entry.status) &&
    typeof entry.headline === 'string'
  );
}

/**
 * The record of release `id`, as its text (to tell whether it changed) and read; empty when there is none. One that
 * is there but cannot be read, or is not a record this pipeline wrote, is empty too, with `problem` saying why: it is
 * not "nothing published", and the build says so rather than number versions afresh (render-task.ts).
 */
export function readRecord(root: string, id: string): { text?: string; record: PublicationRecord; embargoed: EmbargoedRecord; problem?: string } {
  const read = readProjectFile(root, recordPath(id));
  if (!read) return { record: {}, embargoed: {} };
  if (!read.bytes) return { record: {}, embargoed: {}, problem: read.problem.reason };
  const text = read.bytes.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { text, record: {}, embargoed: {}, problem: `it is not valid JSON: ${(error as Error).message}` };
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed)) return { text, record: {}, embargoed: {}, problem: 'it is not a JSON object' };
  const versionsIn = (value: Record<string, unknown>, where: string): PublicationRecord | string => {
    const versions: PublicationRecord = {};
    for (const language of LANGUAGES) {
      const version = value[language];
      if (version === undefined) continue;
      if (!isVersion(version)) return `its ${where}${language} entry is not a version this pipeline wrote`;
      versions[language] = version;
    }
    return versions;
  };
  const record = versionsIn(parsed, '');
  const embargoed = parsed.embargoed === undefined ? {} : isObject(parsed.embargoed) ? versionsIn(parsed.embargoed, 'embargoed ') : 'its embargoed entry is not an object';
  const problem = [record, embargoed].find((one): one is string => typeof one === 'string');
  if (problem) return { text, record: {}, embargoed: {}, problem };
  return { text, record: record as PublicationRecord, embargoed: embargoed as EmbargoedRecord };
}

/**
 * A record there but unreadable, as every reader says it (rule `publication-record`): which file, why, and `instead`,
 * what is done without it. It is never taken for "nothing published".
 */
export const unreadableRecord = (id: string, problem: string, instead: string): string =>
  `${recordPath(id)} cannot be read (${problem}), so it cannot say what agencies were handed of \`${id}\`: ${instead}`;

/**
 * Whether agencies may have been handed something of release `id`: its record names a version, or cannot be read.
 * Never under an id no release can build under (one a broken release's front matter seems to give): no record was
 * written for it, and its name may be no file name at all.
 */
export function mayHaveHandedOut(records: RecordReader, id: string): boolean {
  if (!isReleaseId(id)) return false;
  const filed = records(id);
  return filed.problem !== undefined || Object.keys(filed.record).length > 0;
}

/** readRecord for one project, each record read once: a link pass asks after a held release's record several times. */
export type RecordReader = (id: string) => ReturnType<typeof readRecord>;

export function recordReader(root: string): RecordReader {
  const read = new Map<string, ReturnType<typeof readRecord>>();
  return (id) => {
    let filed = read.get(id);
    if (!filed) read.set(id, (filed = readRecord(root, id)));
    return filed;
  };
}

/**
 * What the public tree of the previous build published of release `id`: its ninjs items, read back as a record.
 * Each item is hashed as a new one would be (versions.ts), so content that did not change keeps its version.
 */
export function recordFromTree(publicTree: string, id: string): PublicationRecord {
  const record: PublicationRecord = {};
  for (const language of LANGUAGES) {
    // Read as a regular file only, and within a size: the tree is the build's own, but nothing there is trusted.
    const read = readGivenFile(join(publicTree, language, id, 'ninjs.json'), { limit: ITEM_CAP, what: 'a ninjs item' });
    if (!read?.bytes) continue;
    try {
      const item = JSON.parse(read.bytes.toString('utf8')) as Record<string, unknown>;
      const headline = (item.headlines as { role?: string; value?: unknown }[] | undefined)?.find((one) => one.role === 'main')?.value;
      const version = { version: Number(item.version), versionCreated: item.versionCreated, hash: versionHash(item), status: item.pubStatus ?? 'usable', headline };
      if (isVersion(version)) record[language] = version;
    } catch {
      // Not an item this pipeline wrote: as if nothing was published there.
    }
  }
  return record;
}

const ITEM_CAP = 16 * 1024 * 1024;

const inOrder = (versions: PublicationRecord) => Object.fromEntries(LANGUAGES.flatMap((language) => (versions[language] ? [[language, versions[language]]] : [])));

/** The record's file: what was published by language, then (when there is any) what agencies hold under embargo. */
export const serializeRecord = (record: PublicationRecord, embargoed: EmbargoedRecord = {}): string =>
  `${JSON.stringify({ ...inOrder(record), ...(Object.keys(inOrder(embargoed)).length > 0 ? { embargoed: inOrder(embargoed) } : {}) }, null, 2)}\n`;

/**
 * Writes the records of the releases one thread builds. Their folder is the same for every release: it is checked
 * to be inside the project (no link on the way leading out) and made once, not for each of a thousand releases.
 */
export class RecordWriter {
  /** Whether the folder was found inside the project and made: then it is not looked at again. */
  private ready = false;
  private readonly unique = randomBytes(4).toString('hex');
  private written = 0;

  constructor(readonly root: string) {}

  /**
   * Write the record when it says something new (aside, then renamed: a killed build leaves the old one or the new one).
   * Only inside the project: a folder on the way linked elsewhere is refused, and the reason returned.
   */
  write(id: string, record: PublicationRecord, before: string | undefined, embargoed: EmbargoedRecord = {}): string | undefined {
    const text = serializeRecord(record, embargoed);
    if (text === before) return undefined;
    if (!this.ready) {
      // Refused, it is looked at again for the next release (the reason names the file).
      try {
        mkdirSync(dirname(writePlace(this.root, recordPath(id))), { recursive: true });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      this.ready = true;
    }
    replaceOwnFileSync(join(this.root, recordPath(id)), text, `${this.unique}-${this.written++}`);
    return undefined;
  }
}
