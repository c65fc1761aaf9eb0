// Where each release stands in each language (`pressroom status`), from the status digest where the files are as
// it knew them, reading and parsing only the rest; the answers are those of parsing every release and reading
// every memory. The digest is written back when anything had to be read, so the next status need not read it again.
import { VFile } from 'vfile';
import type { Release, TargetLanguage } from '../release.ts';
import { countByKeys, countReviews, reviewSegments, type ReviewCounts } from '../translate/review.ts';
import { memoryPath } from '../translate/memory.ts';
import { addMessages } from '../publish/messages.ts';
import { listReleases } from './read.ts';
import { readStamped, type Stamp } from './stamps.ts';
import { sourceOfRead, type FileRead } from './source-file.ts';
import { look, memoryOfSource, readStatusDigest, summarize, trustedBefore, writeStatusDigest, type Look, type ReleaseDigest, type ReleaseSummary, type StatusDigest } from './status-digest.ts';
import type { Progress } from './progress.ts';

export interface StatusRow {
  release: string;
  language: TargetLanguage;
  /** Segments with a current translation, machine or reviewed. */
  done: number;
  total: number;
  machine: number;
  reviewed: number;
  /** Reviewed and approved by a second person (four eyes); not counted in `reviewed`. */
  approved: number;
  stale: number;
  missing: number;
  /** The memory file exists but cannot be read; its problems are printed. */
  invalid?: true;
}

export interface ReviewStatus {
  /** By release (in path order, each id once) and language. */
  rows: StatusRow[];
  /** Release files with messages, in path order, then memory files that cannot be read, in row order. */
  reports: VFile[];
  /** An error in a release, or a memory that cannot be read. */
  failed: boolean;
  /** Release and memory files read (the others were known by the digest). */
  reads: number;
}

/** Below this many files to read, status prints no progress. */
const MANY = 100;

const DISAPPEARED: FileRead = { problem: { reason: 'the file disappeared while it was being read; run again', rule: 'not-a-file' } };

function row(release: string, language: TargetLanguage, counts: ReviewCounts, invalid: boolean): StatusRow {
  const { total, machine, reviewed, approved, stale, missing } = counts;
  return { release, language, done: machine + reviewed + approved, total, machine, reviewed, approved, stale, missing, ...(invalid ? { invalid: true as const } : {}) };
}

const allMissing = (total: number): ReviewCounts => ({ total, approved: 0, reviewed: 0, machine: 0, stale: 0, missing: total });

/** A release known to status by its stamp changed while status ran: status starts again. */
class ChangedMeanwhile extends Error {}

type Parser = typeof import('../parse/releases.ts');

/**
 * `progress(total)` is asked for when many files must be read. With `digest: false` every file is read and no
 * digest is written (the answer the digest must always give).
 */
export async function reviewStatus(root: string, languages: readonly TargetLanguage[], options: { progress?: (total: number) => Progress; digest?: boolean } = {}): Promise<ReviewStatus> {
  // The parser loads only when a release must be parsed: a status from the digest does without it.
  const parser = { loaded: undefined as Parser | undefined, load: async () => (parser.loaded ??= await import('../parse/releases.ts')) };
  for (let attempt = 1; ; attempt++) {
    try {
      // Releases that keep changing under it: the last attempt reads them all, as they are then.
      return await statusOnce(root, languages, options.progress, attempt < 3 && (options.digest ?? true), parser);
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error;
    }
  }
}

async function statusOnce(root: string, languages: readonly TargetLanguage[], progressOf: ((total: number) => Progress) | undefined, useDigest: boolean, parser: { load(): Promise<Parser> }): Promise<ReviewStatus> {
  // Before any file is looked at: a file changed after it is read again next time.
  const readAt = Date.now();
  const [listed, previous] = await Promise.all([listReleases(root), useDigest ? readStatusDigest(root) : undefined]);
  const paths = [...listed].sort((a, b) => a.localeCompare(b));
  const before = trustedBefore(previous);
  const next: StatusDigest = { readAt, releases: {}, memories: {} };
  let reads = 0;

  // First every file is looked at, to know how much must be read.
  const known = new Map<string, Look>();
  const lookUp = (path: string, stamp: Stamp | undefined) => {
    if (!known.has(path)) known.set(path, look(root, path, stamp, before));
    return known.get(path)!;
  };
  let toRead = 0;
  for (const path of paths) {
    const entry = previous?.releases[path];
    if (!entry || lookUp(path, entry.stamp).hash === undefined) {
      toRead++;
      continue;
    }
    if (entry.id === undefined) continue;
    for (const language of languages) {
      const memory = memoryPath(language, entry.id);
      const seen = lookUp(memory, previous!.memories[memory]);
      if (!seen.absent && (seen.hash === undefined || entry.rows[language]?.memory !== seen.hash)) toRead++;
    }
  }
  const progress = toRead >= MANY ? progressOf?.(toRead) : undefined;

  const rows: StatusRow[] = [];
  const releaseReports: VFile[] = [];
  const memoryReports: VFile[] = [];
  const seenIds = new Map<string, string>();
  try {
    for (const path of paths) {
      const entry = previous?.releases[path];
      let summary: ReleaseSummary;
      let stamp: Stamp | undefined;
      // The release as parsed, when it had to be; else parsed only if a memory needs its segments' words.
      let release: Release | undefined;
      const trusted = entry !== undefined && lookUp(path, entry.stamp).hash !== undefined;
      if (trusted) [summary, stamp] = [entry, entry.stamp];
      else {
        const stamped = readStamped(root, path);
        reads++;
        progress?.advance(1, path);
        stamp = stamped?.stamp;
        if (entry && stamp?.hash === entry.stamp.hash) summary = entry;
        else {
          const source = sourceOfRead(path, stamped?.read ?? DISAPPEARED);
          const file = new VFile({ path, value: source.text });
          const loaded = (await parser.load()).loadRelease(source, file);
          summary = summarize(loaded, file.messages);
          release = loaded?.release;
        }
      }
      // What the digest had of the release holds while its bytes are the same: so do its rows.
      const same = summary === entry;
      const recorded: ReleaseDigest | undefined = stamp && { ...summary, stamp, rows: same ? { ...entry.rows } : {} };
      if (recorded) next.releases[path] = recorded;

      const file = new VFile({ path });
      releaseReports.push(file);
      addMessages(file, summary.messages);
      const { id } = summary;
      if (id === undefined) continue;
      const other = seenIds.get(id);
      if (other) {
        (await parser.load()).duplicateId(file, id, other, summary.idAt);
        continue;
      }
      seenIds.set(id, path);
      addMessages(file, summary.quoteMessages);

      for (const language of languages) {
        const memory = memoryPath(language, id);
        const seen = lookUp(memory, same ? previous!.memories[memory] : undefined);
        const kept = same ? entry.rows[language] : undefined;
        const count = (counts: ReviewCounts, invalid = false) => rows.push(row(id, language, counts, invalid));
        if (seen.absent) {
          if (recorded) delete recorded.rows[language];
          count(allMissing(summary.keys.length));
          continue;
        }
        if (seen.hash !== undefined && kept?.memory === seen.hash) {
          next.memories[memory] = previous!.memories[memory]!;
          count(kept.counts);
          continue;
        }
        const stamped = readStamped(root, memory);
        reads++;
        if (trusted) progress?.advance(1, memory);
        if (recorded) delete recorded.rows[language];
        if (!stamped) {
          count(allMissing(summary.keys.length));
          continue;
        }
        next.memories[memory] = stamped.stamp;
        if (kept?.memory === stamped.stamp.hash) {
          if (recorded) recorded.rows[language] = kept;
          count(kept.counts);
          continue;
        }
        const { memory: read, file: memoryFile } = memoryOfSource(sourceOfRead(memory, stamped.read), language, id);
        if (!read) {
          memoryReports.push(memoryFile);
          count(allMissing(summary.keys.length), true);
          continue;
        }
        const counts = countByKeys(summary.keys, read) ?? countReviews(reviewSegments((release ??= await reparse(root, path, stamp, parser)), read));
        if (recorded) recorded.rows[language] = { memory: stamped.stamp.hash, counts };
        count(counts);
      }
      // The rows of languages not asked for stay, with their memories' stamps: they are checked when asked for.
      if (recorded && same) {
        for (const language of Object.keys(recorded.rows) as TargetLanguage[]) {
          const memory = memoryPath(language, id);
          if (!languages.includes(language) && previous!.memories[memory]) next.memories[memory] = previous!.memories[memory];
        }
      }
    }
  } finally {
    progress?.stop();
  }

  const changed = !previous || reads > 0 || Object.keys(next.releases).length !== Object.keys(previous.releases).length || Object.keys(next.memories).length !== Object.keys(previous.memories).length;
  if (useDigest && changed) await writeStatusDigest(root, next);
  const reports = [...releaseReports.filter((file) => file.messages.length > 0), ...memoryReports];
  const failed = memoryReports.length > 0 || releaseReports.some((file) => file.messages.some((message) => message.fatal === true));
  return { rows, reports, failed, reads };
}

/** The release of a summary known by its stamp, parsed because a memory needs its segments' words. */
async function reparse(root: string, path: string, stamp: Stamp | undefined, parser: { load(): Promise<Parser> }): Promise<Release> {
  const stamped = readStamped(root, path);
  if (!stamped || stamped.stamp.hash !== stamp?.hash || stamped.read.problem) throw new ChangedMeanwhile(path);
  const source = sourceOfRead(path, stamped.read);
  const loaded = (await parser.load()).loadRelease(source, new VFile({ path, value: source.text }));
  if (!loaded) throw new ChangedMeanwhile(path);
  return loaded.release;
}
