// The status digest, .pressroom-status.json in the project (beside the stamps, not in out/: it holds times): what
// `pressroom status` needs of each release and memory file, with the stamp of the file it was made from, so that
// status at 10,000 releases stats the files instead of parsing them. The build writes it for the releases it
// parsed, status for what it had to read itself. An entry is used only while its file's stamp holds (stamps.ts);
// a digest whose checksum, format or pipeline version is not this one's is not used at all.
import { closeSync, constants, fstatSync, lstatSync, openSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { jsonObjectParts, replaceOwnFileInPieces, writePieces } from './write-place.ts';
import { readRange } from './file-range.ts';
import { CLOCK_SLACK_MS, stampHolds, type Stamp } from './stamps.ts';
import type { Message } from '../publish/messages.ts';
import { pipelineVersion } from '../publish/pipeline-version.ts';
import { TARGET_LANGUAGES, type Point, type TargetLanguage } from '../release.ts';
// Types only: what counts segments (and its inline and schema modules) loads only when something must be read.
import type { ReviewCounts } from '../translate/review.ts';

export const STATUS_DIGEST_PATH = '.pressroom-status.json';
const FORMAT = 4;
/** Some kilobytes a release: room for far more than 100,000. */
const DIGEST_CAP = 256 * 1024 * 1024;

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
  /** By release path, each path once: taken one at a time as the digest is written, so none need be held. */
  releases: Iterable<[string, ReleaseRecord]>;
  /** Stamps of memory files, by path: read once the releases have been taken. */
  memories: Record<string, Stamp>;
}

/** What a file is now, against the stamp a digest has of it: gone, as stamped (its hash), or to be read. */
export type Look = { absent: true; hash?: undefined } | { absent?: false; hash?: string };

// Shared answers: status looks at 30,000 files at 10,000 releases, and an object for each was garbage to collect.
const UNKNOWN: Look = Object.freeze({});
const ABSENT: Look = Object.freeze({ absent: true as const });

/** Only a regular file (not a link, whose target can change under the same stamp) is known by its stamp. */
export function look(root: string, path: string, stamp: Stamp | undefined, trustedBefore: number): Look {
  let stats;
  try {
    // Joined by hand: release paths are names read from releases/ and memory paths are made of ids (slugs), so there
    // is nothing for join() to normalise, and 30,000 joins are a tenth of the time at 10,000 releases.
    stats = lstatSync(`${root}/${path}`, { throwIfNoEntry: false });
  } catch {
    // Anything but "not there" is for the reader to name.
    return UNKNOWN;
  }
  if (!stats) return ABSENT;
  // The stamp itself answers with its hash.
  return stamp && stats.isFile() && stampHolds(stamp, stats, trustedBefore) ? stamp : UNKNOWN;
}

/** Files modified at or after this time are read again, however they look. */
export const trustedBefore = (digest: StatusDigest | undefined) => (digest ? digest.readAt - CLOCK_SLACK_MS : -Infinity);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Header = { format?: unknown; pipeline?: unknown; readAt?: unknown; sha256?: unknown; keys?: unknown; body?: unknown };

/** Whether a digest's header line says this pipeline wrote it. */
const ownHeader = async (header: Header): Promise<boolean> => header.format === FORMAT && header.pipeline === (await pipelineVersion()) && typeof header.readAt === 'number';

/** Room for the header line, whose fields are of fixed size but for the time and the body's length. */
const HEADER_BYTES = 1024;

/**
 * `read(handle, size)` on the digest, when it is a regular file (never a link, nor a FIFO to wait on) no larger than
 * the cap; undefined otherwise.
 */
function onDigest<T>(root: string, read: (handle: number, size: number) => T): T | undefined {
  let handle: number | undefined;
  try {
    handle = openSync(join(root, STATUS_DIGEST_PATH), constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stats = fstatSync(handle);
    return stats.isFile() && stats.size <= DIGEST_CAP ? read(handle, stats.size) : undefined;
  } catch {
    return undefined;
  } finally {
    if (handle !== undefined) closeSync(handle);
  }
}

/** The header line, parsed, and where the body after it begins. */
function headerOf(handle: number): { header: Header; bodyAt: number } | undefined {
  const bytes = readRange(handle, 0, HEADER_BYTES);
  const end = bytes.indexOf(10);
  return end === -1 ? undefined : { header: JSON.parse(bytes.toString('utf8', 0, end)) as Header, bodyAt: end + 1 };
}

/**
 * Whether there is a digest this pipeline wrote, by its header line alone (a preview asks at every rebuild, and the
 * digest is some megabytes at 10,000 releases): a build of some languages then leaves the memories of the others
 * unread, and carries what the digest counted of them (status-record.ts). A digest whose body turns out damaged
 * only leaves those counts to status.
 */
export async function hasStatusDigest(root: string): Promise<boolean> {
  const read = onDigest(root, headerOf);
  return read !== undefined && (await ownHeader(read.header));
}

/**
 * The digest, when there is one this pipeline wrote and it reads back whole; undefined otherwise. The file is three
 * lines: what wrote it, with the checksums of the others and the length of the second; the releases and memories;
 * the releases' keys (read and decoded only when asked for). Entries are arrays (see encodeRelease): at 10,000
 * releases the digest is read in full by every status, and its size is most of the time status takes. Every byte
 * read costs: the keys, a third of the file, are left on disk until a memory must be counted again.
 */
export async function readStatusDigest(root: string): Promise<StatusDigest | undefined> {
  try {
    const read = onDigest(root, (handle) => {
      const head = headerOf(handle);
      if (!head || !isCount(head.header.body)) return undefined;
      // The body and the newline that ends it.
      const body = readRange(handle, head.bodyAt, head.header.body + 1);
      return body.length === head.header.body + 1 && body.at(-1) === 10 ? { ...head, body: body.subarray(0, -1) } : undefined;
    });
    if (!read) return undefined;
    const { header, bodyAt, body } = read;
    if (!(await ownHeader(header)) || header.sha256 !== sha256(body)) return undefined;
    const decoded = decodeBody(JSON.parse(body.toString('utf8')));
    if (!decoded) return undefined;
    const keysAt = bodyAt + body.length + 1;
    // Read again from the file: one replaced since shows by the checksum, and its keys are not used.
    const readKeys = () => {
      const line = onDigest(root, (handle, size) => readRange(handle, keysAt, size - keysAt));
      if (!line) return undefined;
      const keysLine = line.at(-1) === 10 ? line.subarray(0, -1) : line;
      if (header.keys !== sha256(keysLine)) return undefined;
      const parsed = JSON.parse(keysLine.toString('utf8')) as unknown;
      return isObject(parsed) && everyValue<string[]>(parsed, isKeys) ? parsed : undefined;
    };
    let keys: Record<string, string[]> | undefined | null = null;
    return {
      readAt: header.readAt as number,
      ...decoded,
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

/**
 * Write the digest whole (a reader sees the old one or the new one); not written is only slower next time. Written
 * a release at a time: the header line, which holds the checksums of the two lines after it, is written last, over
 * a placeholder of its length (a checksum is always 64 hex digits).
 */
export async function writeStatusDigest(root: string, digest: NewDigest): Promise<void> {
  const pipeline = await pipelineVersion();
  // Spaces pad the line to the length it has with the longest body: JSON allows them, and the body is written first.
  const header = (body: string, keys: string, bodyBytes: number) => JSON.stringify({ format: FORMAT, pipeline, readAt: digest.readAt, sha256: body, keys, body: bodyBytes });
  const headerBytes = Buffer.byteLength(header('0'.repeat(64), '0'.repeat(64), Number.MAX_SAFE_INTEGER)) + 1;
  await replaceOwnFileInPieces(join(root, STATUS_DIGEST_PATH), (fd) => {
    // Each release's keys, as JSON, for the third line: a small part of a release's record.
    const keys: [string, string][] = [];
    function* releases(): Generator<[string, ReleaseRecord]> {
      for (const [path, record] of digest.releases) {
        keys.push([path, JSON.stringify(record.keys)]);
        yield [path, record];
      }
    }
    function* bodyParts() {
      let separator = '[';
      for (const [path, record] of releases()) {
        yield separator + flatMembers(encodeRelease(path, record));
        separator = ',';
      }
      // Once the releases are taken (see NewDigest).
      const memories = Object.entries(digest.memories);
      yield `${separator}${memories.length}`;
      for (const [path, stamp] of memories) yield `,${flatMembers([path, ...encodeStamp(stamp)])}`;
      yield ']';
    }
    const body = writePieces(fd, headerBytes, bodyParts());
    const keyLine = writePieces(fd, body.end + 1, jsonObjectParts(keys, (json) => json));
    writePieces(fd, body.end, ['\n']);
    writePieces(fd, keyLine.end, ['\n']);
    const line = header(body.sha256, keyLine.sha256, body.end - headerBytes);
    const padding = headerBytes - 1 - Buffer.byteLength(line);
    if (padding < 0) throw new Error('the status digest header is longer than its room');
    writePieces(fd, 0, [`${line}${' '.repeat(padding)}\n`]);
  });
}

// On disk the body is one flat JSON array, written a release at a time: for each release its path, stamp (size,
// mtimeMs, ctimeMs, ino, hash), segments, id, idAt's line and column (null when it has none), messages and
// quoteMessages (0 when empty), the number of its rows and, for each, language, memory hash and the counts in the
// order of COUNTS; then the number of memories and, for each, its path and stamp. Flat, because status reads it whole
// at 10,000 releases: a nested array per stamp, row and release made JSON.parse build some 100,000 objects only to
// take them apart (a third more time reading it, and as much again collecting them). Decoding checks every field: a
// digest that does not decode whole is not used.
const COUNTS = ['total', 'approved', 'reviewed', 'machine', 'stale', 'missing'] as const satisfies readonly (keyof ReviewCounts)[];

const encodeStamp = ({ size, mtimeMs, ctimeMs, ino, hash }: Stamp) => [size, mtimeMs, ctimeMs, ino, hash];

/** Values as members of the body's one array: their JSON without its brackets. */
const flatMembers = (values: unknown[]) => JSON.stringify(values).slice(1, -1);

function encodeRelease(path: string, release: ReleaseDigest): unknown[] {
  const rows = Object.entries(release.rows);
  const encoded: unknown[] = [path, ...encodeStamp(release.stamp), release.segments, release.id ?? null, release.idAt?.line ?? null, release.idAt?.column ?? null];
  encoded.push(release.messages.length > 0 ? release.messages : 0, release.quoteMessages.length > 0 ? release.quoteMessages : 0, rows.length);
  for (const [language, row] of rows) encoded.push(language, row.memory, ...COUNTS.map((count) => row.counts[count]));
  return encoded;
}

/** Reads the flat body (see above) from its start; throws where it does not hold what it must. */
class FlatReader {
  at = 0;
  constructor(private readonly values: unknown[]) {}
  get done() {
    return this.at === this.values.length;
  }
  /** Whether the next value is a string: a release's path, where the releases' part ends with a number. */
  get atString() {
    return typeof this.values[this.at] === 'string';
  }
  next(): unknown {
    if (this.at >= this.values.length) throw new RangeError('the status digest ends early');
    return this.values[this.at++];
  }
  string(): string {
    const value = this.next();
    if (typeof value !== 'string') throw new TypeError('the status digest has no string where one must be');
    return value;
  }
  count(): number {
    const value = this.next();
    if (!isCount(value)) throw new TypeError('the status digest has no count where one must be');
    return value;
  }
  number(): number {
    const value = this.next();
    if (typeof value !== 'number') throw new TypeError('the status digest has no number where one must be');
    return value;
  }
  /** A count, or null. */
  optionalCount(): number | null {
    return this.values[this.at] === null ? (this.at++, null) : this.count();
  }
  messages(): Message[] {
    const value = this.next();
    if (value === 0) return [];
    if (!Array.isArray(value) || value.length === 0 || !value.every(isMessage)) throw new TypeError('the status digest has no messages where they must be');
    return value;
  }
  stamp(): Stamp {
    return { size: this.number(), mtimeMs: this.number(), ctimeMs: this.number(), ino: this.number(), hash: this.string() };
  }
}

function decodeRelease(reader: FlatReader): ReleaseDigest {
  const stamp = reader.stamp();
  const segments = reader.count();
  const id = reader.next();
  if (id !== null && typeof id !== 'string') throw new TypeError('the status digest has no id where one must be');
  const line = reader.optionalCount();
  const column = reader.optionalCount();
  if ((line === null) !== (column === null)) throw new TypeError('the status digest has half a place');
  const messages = reader.messages();
  const quoteMessages = reader.messages();
  const rows: ReleaseDigest['rows'] = {};
  for (let left = reader.count(); left > 0; left--) {
    const language = reader.string() as TargetLanguage;
    if (!TARGET_LANGUAGES.includes(language) || rows[language]) throw new TypeError('the status digest has a row of no language');
    const memory = reader.string();
    const counts = {} as ReviewCounts;
    let sum = 0;
    for (let index = 0; index < COUNTS.length; index++) {
      const count = reader.count();
      counts[COUNTS[index]!] = count;
      if (index > 0) sum += count;
    }
    if (counts.total !== segments || sum !== segments) throw new TypeError('the status digest has counts that do not add up');
    rows[language] = { memory, counts };
  }
  return { stamp, segments, ...(id === null ? {} : { id }), ...(line === null ? {} : { idAt: { line, column: column! } }), messages, quoteMessages, rows };
}

function decodeBody(value: unknown): Pick<StatusDigest, 'releases' | 'memories'> | undefined {
  if (!Array.isArray(value)) return undefined;
  const reader = new FlatReader(value);
  const releases: Record<string, ReleaseDigest> = {};
  const memories: Record<string, Stamp> = {};
  try {
    while (reader.atString) releases[reader.string()] = decodeRelease(reader);
    for (let left = reader.count(); left > 0; left--) memories[reader.string()] = reader.stamp();
  } catch {
    return undefined;
  }
  return reader.done ? { releases, memories } : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function everyValue<T>(record: Record<string, unknown>, check: (value: unknown) => boolean): record is Record<string, T> {
  for (const key in record) if (!check(record[key])) return false;
  return true;
}

function isMessage(value: unknown): value is Message {
  return isObject(value) && typeof value.reason === 'string' && (value.line === undefined || isCount(value.line)) && (value.column === undefined || isCount(value.column));
}

const isKeys = (value: unknown): value is string[] => Array.isArray(value) && value.every((key) => typeof key === 'string');
