// The status digest, .pressroom-status.json in the project (beside the stamps, not in out/: it holds times): what
// `pressroom status` needs of each release and memory file, with the stamp of the file it was made from, so that
// status at 10,000 releases stats the files instead of parsing them. The build writes it for the releases it
// parsed, status for what it had to read itself. An entry is used only while its file's stamp holds (stamps.ts);
// a digest whose checksum, format or pipeline version is not this one's is not used at all.
import { lstatSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { CLOCK_SLACK_MS, stampHolds, type Stamp } from './stamps.ts';
import type { Message } from '../publish/messages.ts';
import { pipelineVersion } from '../publish/pipeline-version.ts';
import { TARGET_LANGUAGES, type Point, type TargetLanguage } from '../release.ts';
// Types only: what counts segments (and its inline and schema modules) loads only when something must be read.
import type { ReviewCounts, ReviewState } from '../translate/review.ts';

export const STATUS_DIGEST_PATH = '.pressroom-status.json';
const FORMAT = 1;

/** What status needs of a release file: what loading it gave (parse/releases.ts loadRelease). */
export interface ReleaseSummary {
  /** None when it did not parse (its messages say why). */
  id?: string;
  /** Where its id is written, for the message about a duplicate. */
  idAt?: Point;
  /** Its segment keys, each once, in order. */
  keys: string[];
  /** The messages of loading it. */
  messages: Message[];
  /** Its quote warnings, which a release gets only when its id is its own. */
  quoteMessages: Message[];
}

/** A release's counts in one language, and the memory file they were counted against (the hash of its bytes). */
export interface Row {
  memory: string;
  counts: ReviewCounts;
}

/** What a release's loading and its readable memories gave: the build's threads and status make them alike. */
export interface ReleaseReview extends ReleaseSummary {
  rows: Partial<Record<TargetLanguage, Row>>;
}

/** A release as the digest keeps it: its keys apart (read only when a memory must be counted again), their number here. */
export interface ReleaseDigest extends Omit<ReleaseReview, 'keys'> {
  /** The release file the summary was made of. */
  stamp: Stamp;
  /** How many keys it has: what it counts as missing in a language that has no memory. */
  segments: number;
}

/** A release to write into the digest, keys and all. */
export type ReleaseRecord = ReleaseDigest & { keys: string[] };

export interface StatusDigest {
  /** When its writer began reading the project (ms since the epoch): files changed after it are read again. */
  readAt: number;
  /** By release path. */
  releases: Record<string, ReleaseDigest>;
  /** Stamps of memory files, by path. */
  memories: Record<string, Stamp>;
  /** The releases' keys by path, read on first use; undefined when they do not read back whole. */
  keys(): Record<string, string[]> | undefined;
}

/** A digest to write. */
export interface NewDigest {
  readAt: number;
  releases: Record<string, ReleaseRecord>;
  memories: Record<string, Stamp>;
}

/** What a file is now, against the stamp a digest has of it: gone, as stamped (its hash), or to be read. */
export type Look = { absent: true; hash?: undefined } | { absent?: false; hash?: string };

/** Only a regular file (not a link, whose target can change under the same stamp) is known by its stamp. */
export function look(root: string, path: string, stamp: Stamp | undefined, trustedBefore: number): Look {
  let stats;
  try {
    stats = lstatSync(join(root, path), { throwIfNoEntry: false });
  } catch {
    // Anything but "not there" is for the reader to name.
    return {};
  }
  if (!stats) return { absent: true };
  return stamp && stats.isFile() && stampHolds(stamp, stats, trustedBefore) ? { hash: stamp.hash } : {};
}

/** Files modified at or after this time are read again, however they look. */
export const trustedBefore = (digest: StatusDigest | undefined) => (digest ? digest.readAt - CLOCK_SLACK_MS : -Infinity);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The digest, when there is one this pipeline wrote and it reads back whole; undefined otherwise. The file is three
 * lines: what wrote it, with the checksums of the others; the releases and memories; the releases' keys.
 */
export async function readStatusDigest(root: string): Promise<StatusDigest | undefined> {
  try {
    const text = readFileSync(join(root, STATUS_DIGEST_PATH), 'utf8');
    const [first, second] = [text.indexOf('\n'), text.indexOf('\n', text.indexOf('\n') + 1)];
    const header = JSON.parse(text.slice(0, first)) as { format?: unknown; pipeline?: unknown; readAt?: unknown; sha256?: unknown; keys?: unknown };
    const body = text.slice(first + 1, second);
    if (second === -1 || header.format !== FORMAT || header.pipeline !== (await pipelineVersion()) || typeof header.readAt !== 'number' || header.sha256 !== sha256(body)) return undefined;
    const { releases, memories } = JSON.parse(body) as { releases?: unknown; memories?: unknown };
    if (!isObject(releases) || !isObject(memories) || !everyValue<ReleaseDigest>(releases, isRelease) || !everyValue<Stamp>(memories, isStamp)) return undefined;
    let keys: Record<string, string[]> | undefined | null = null;
    const readKeys = () => {
      const line = text.slice(second + 1).replace(/\n$/, '');
      if (header.keys !== sha256(line)) return undefined;
      const parsed = JSON.parse(line) as unknown;
      return isObject(parsed) && everyValue<string[]>(parsed, isKeys) ? parsed : undefined;
    };
    return {
      readAt: header.readAt,
      releases,
      memories,
      keys: () => {
        if (keys === null) {
          try {
            keys = readKeys();
          } catch {
            keys = undefined;
          }
        }
        return keys ?? undefined;
      },
    };
  } catch {
    // None, or not one this pipeline can read: status reads the project.
    return undefined;
  }
}

/** Write the digest whole (a reader sees the old one or the new one); not written is only slower next time. */
export async function writeStatusDigest(root: string, digest: NewDigest): Promise<void> {
  const releases: Record<string, ReleaseDigest> = {};
  const keys: Record<string, string[]> = {};
  for (const [path, { keys: some, ...release }] of Object.entries(digest.releases)) {
    releases[path] = release;
    keys[path] = some;
  }
  const body = JSON.stringify({ releases, memories: digest.memories });
  const keyLine = JSON.stringify(keys);
  const header = JSON.stringify({ format: FORMAT, pipeline: await pipelineVersion(), readAt: digest.readAt, sha256: sha256(body), keys: sha256(keyLine) });
  await writeFileAtomic(join(root, STATUS_DIGEST_PATH), `${header}\n${body}\n${keyLine}\n`, { fsync: false }).catch(() => undefined);
}

// The checksums guard against a damaged file; the shape is checked too, so that no digest makes status misread.
const STATES = ['approved', 'reviewed', 'machine', 'stale', 'missing'] as const satisfies readonly ReviewState[];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function everyValue<T>(record: Record<string, unknown>, check: (value: unknown) => boolean): record is Record<string, T> {
  for (const key in record) if (!check(record[key])) return false;
  return true;
}

function isStamp(value: unknown): value is Stamp {
  return isObject(value) && typeof value.hash === 'string' && typeof value.size === 'number' && typeof value.mtimeMs === 'number' && typeof value.ctimeMs === 'number' && typeof value.ino === 'number';
}

function isMessage(value: unknown): value is Message {
  return isObject(value) && typeof value.reason === 'string' && (value.line === undefined || isCount(value.line)) && (value.column === undefined || isCount(value.column));
}

function isRow(value: unknown, total: number): value is Row {
  if (!isObject(value) || typeof value.memory !== 'string' || !isObject(value.counts)) return false;
  const counts = value.counts;
  let sum = 0;
  for (const state of STATES) {
    const count = counts[state];
    if (!isCount(count)) return false;
    sum += count;
  }
  return counts.total === total && sum === total;
}

const isKeys = (value: unknown): value is string[] => Array.isArray(value) && value.every((key) => typeof key === 'string');

function isRelease(value: unknown): value is ReleaseDigest {
  if (!isObject(value) || !isStamp(value.stamp) || !isCount(value.segments)) return false;
  if (value.id !== undefined && typeof value.id !== 'string') return false;
  if (value.idAt !== undefined && !(isObject(value.idAt) && isCount(value.idAt.line) && isCount(value.idAt.column))) return false;
  if (!Array.isArray(value.messages) || !value.messages.every(isMessage) || !Array.isArray(value.quoteMessages) || !value.quoteMessages.every(isMessage)) return false;
  if (!isObject(value.rows)) return false;
  for (const language in value.rows) if (!TARGET_LANGUAGES.includes(language as TargetLanguage) || !isRow(value.rows[language], value.segments)) return false;
  return true;
}
