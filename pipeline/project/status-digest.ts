// The status digest, .pressroom-status.json in the project (beside the stamps, not in out/: it holds times): what
// `pressroom status` needs of each release and memory file, with the stamp of the file it was made from, so that
// status at 10,000 releases stats the files instead of parsing them. The build writes it for the releases it
// parsed, status for what it had to read itself. An entry is used only while its file's stamp holds (stamps.ts);
// a digest whose checksum, format or pipeline version is not this one's is not used at all.
import { lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { CLOCK_SLACK_MS, stampHolds, type Stamp } from './stamps.ts';
import { checkSource, type SourceFile } from './source-file.ts';
import { toMessage, type Message } from '../publish/messages.ts';
import { pipelineVersion } from '../publish/pipeline-version.ts';
import { TARGET_LANGUAGES, type Point, type Release, type TargetLanguage } from '../release.ts';
import { countByKeys, countReviews, REVIEW_STATES, reviewSegments, type ReviewCounts } from '../translate/review.ts';
import { readMemory } from '../translate/memory-file.ts';
import { memoryPath } from '../translate/memory.ts';

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

export interface ReleaseDigest extends ReleaseReview {
  /** The release file the summary was made of. */
  stamp: Stamp;
}

export interface StatusDigest {
  /** When its writer began reading the project (ms since the epoch): files changed after it are read again. */
  readAt: number;
  /** By release path. */
  releases: Record<string, ReleaseDigest>;
  /** Stamps of memory files, by path. */
  memories: Record<string, Stamp>;
}

type Loaded = { release: Release; idAt?: Point; quoteProblems: VFileMessage[] } | undefined;

/** The summary of a release as loadRelease left it: `messages` are the file's, before any quote warning is added. */
export function summarize(loaded: Loaded, messages: VFileMessage[]): ReleaseSummary {
  if (!loaded) return { keys: [], messages: messages.map(toMessage), quoteMessages: [] };
  const { release, idAt, quoteProblems } = loaded;
  return {
    id: release.id,
    ...(idAt ? { idAt: { line: idAt.line, column: idAt.column } } : {}),
    keys: [...new Set(release.segments.map((segment) => segment.key))],
    messages: messages.map(toMessage),
    quoteMessages: quoteProblems.map(toMessage),
  };
}

/** A memory read for status: the memory, or undefined with its problems on `file`. */
export function memoryOfSource(source: SourceFile, language: TargetLanguage, id: string): { memory?: ReturnType<typeof readMemory>; file: VFile } {
  const file = new VFile({ path: source.path, value: source.text });
  return { memory: checkSource(file, source) ? readMemory(file, { release: id, language }) : undefined, file };
}

/** What status counts of a release against its memory: from the keys when no segment can be stale, else in full. */
export function countsOf(summary: ReleaseSummary, memory: ReturnType<typeof readMemory>, release: () => Release): ReviewCounts {
  return countByKeys(summary.keys, memory) ?? countReviews(reviewSegments(release(), memory));
}

/** The rows of a release against the memories read with it (by language, with their stamps by path): only readable ones have rows. */
export function rowsOf(release: Release, summary: ReleaseSummary, memories: Partial<Record<TargetLanguage, SourceFile>>, read: Record<string, Stamp>): ReleaseReview['rows'] {
  const rows: ReleaseReview['rows'] = {};
  for (const language of TARGET_LANGUAGES) {
    const source = memories[language];
    const stamp = read[memoryPath(language, release.id)];
    if (!source || !stamp) continue;
    const { memory } = memoryOfSource(source, language, release.id);
    if (memory) rows[language] = { memory: stamp.hash, counts: countsOf(summary, memory, () => release) };
  }
  return rows;
}

/** What a file is now, against the stamp a digest has of it: gone, as stamped (its hash), or to be read. */
export type Look = { absent: true; hash?: undefined } | { absent?: false; hash?: string };

/** Only a regular file (not a link, whose target can change under the same stamp) is known by its stamp. */
export function look(root: string, path: string, stamp: Stamp | undefined, trustedBefore: number): Look {
  let stats;
  try {
    stats = lstatSync(join(root, path));
  } catch (error) {
    // Anything but "not there" is for the reader to name.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { absent: true } : {};
  }
  return stamp && stats.isFile() && stampHolds(stamp, stats, trustedBefore) ? { hash: stamp.hash } : {};
}

/** Files modified at or after this time are read again, however they look. */
export const trustedBefore = (digest: StatusDigest | undefined) => (digest ? digest.readAt - CLOCK_SLACK_MS : -Infinity);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The digest, when there is one this pipeline wrote and it reads back whole; undefined otherwise. */
export async function readStatusDigest(root: string): Promise<StatusDigest | undefined> {
  try {
    const text = await readFile(join(root, STATUS_DIGEST_PATH), 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; pipeline?: unknown; readAt?: unknown; sha256?: unknown };
    const body = text.slice(newline + 1).replace(/\n$/, '');
    if (header.format !== FORMAT || header.pipeline !== (await pipelineVersion()) || typeof header.readAt !== 'number' || header.sha256 !== sha256(body)) return undefined;
    const digest = { readAt: header.readAt, ...(JSON.parse(body) as Omit<StatusDigest, 'readAt'>) };
    return isDigest(digest) ? digest : undefined;
  } catch {
    // None, or not one this pipeline can read: status reads the project.
    return undefined;
  }
}

/** Write the digest whole (a reader sees the old one or the new one); not written is only slower next time. */
export async function writeStatusDigest(root: string, digest: StatusDigest): Promise<void> {
  const body = JSON.stringify({ releases: digest.releases, memories: digest.memories });
  const header = JSON.stringify({ format: FORMAT, pipeline: await pipelineVersion(), readAt: digest.readAt, sha256: sha256(body) });
  await writeFileAtomic(join(root, STATUS_DIGEST_PATH), `${header}\n${body}\n`, { fsync: false }).catch(() => undefined);
}

// The checksum guards against a damaged file; the shape is checked too, so that no digest makes status misread.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isStamp(value: unknown): value is Stamp {
  return isObject(value) && typeof value.hash === 'string' && ['size', 'mtimeMs', 'ctimeMs', 'ino'].every((field) => typeof value[field] === 'number');
}

function isMessage(value: unknown): value is Message {
  return isObject(value) && typeof value.reason === 'string' && ['line', 'column'].every((field) => value[field] === undefined || isCount(value[field]));
}

function isRow(value: unknown, total: number): value is Row {
  if (!isObject(value) || typeof value.memory !== 'string' || !isObject(value.counts)) return false;
  const counts = value.counts;
  return counts.total === total && REVIEW_STATES.every((state) => isCount(counts[state])) && REVIEW_STATES.reduce((sum, state) => sum + (counts[state] as number), 0) === total;
}

function isRelease(value: unknown): value is ReleaseDigest {
  if (!isObject(value) || !isStamp(value.stamp) || !Array.isArray(value.keys) || !value.keys.every((key) => typeof key === 'string')) return false;
  if (value.id !== undefined && typeof value.id !== 'string') return false;
  if (value.idAt !== undefined && !(isObject(value.idAt) && isCount(value.idAt.line) && isCount(value.idAt.column))) return false;
  if (![value.messages, value.quoteMessages].every((list) => Array.isArray(list) && list.every(isMessage))) return false;
  const total = value.keys.length;
  return isObject(value.rows) && Object.entries(value.rows).every(([language, row]) => TARGET_LANGUAGES.includes(language as TargetLanguage) && isRow(row, total));
}

function isDigest(value: { readAt: number; releases?: unknown; memories?: unknown }): value is StatusDigest {
  return isObject(value.releases) && isObject(value.memories) && Object.values(value.releases).every(isRelease) && Object.values(value.memories).every(isStamp);
}
