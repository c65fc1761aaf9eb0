// Where each release stands in each language (`pressroom status`), from the status digest where the files are as
// it knew them, reading and parsing only the rest; the answers are those of parsing every release and reading
// every memory. The digest is written back when anything had to be read, so the next status need not read it again.
import { VFile } from 'vfile';
import type { Release, TargetLanguage } from '../release.ts';
import type { ReviewCounts } from '../translate/review.ts';
import { memoryPath } from '../translate/memory.ts';
import { addMessages } from '../publish/messages.ts';
import { listReleases } from './read.ts';
import { readStamped, type Stamp } from './stamps.ts';
import { sourceOfRead, type FileRead } from './source-file.ts';
import { look, readStatusDigest, trustedBefore, writeStatusDigest, type Look, type ReleaseDigest, type ReleaseRecord, type ReleaseSummary } from './status-digest.ts';
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

/** What status shows of a release file: its loading's messages and id, and how many segments it has. */
type Summary = Omit<ReleaseSummary, 'keys'> & { segments: number };

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

/** What reading a file takes: the parser, the memory reader and the counting. */
type Readers = typeof import('../parse/releases.ts') & typeof import('./release-review.ts');
type Load = () => Promise<Readers>;

/**
 * `progress(total)` is asked for when many files must be read. With `digest: false` every file is read and no
 * digest is written (the answer the digest must always give).
 */
export async function reviewStatus(root: string, languages: readonly TargetLanguage[], options: { progress?: (total: number) => Progress; digest?: boolean } = {}): Promise<ReviewStatus> {
  // They load only when a file must be read: a status from the digest does without them.
  let readers: Promise<Readers> | undefined;
  const load = () => (readers ??= Promise.all([import('../parse/releases.ts'), import('./release-review.ts')]).then(([parse, review]) => ({ ...parse, ...review })));
  for (let attempt = 1; ; attempt++) {
    try {
      // Releases that keep changing under it: the last attempt reads them all, as they are then.
      return await statusOnce(root, languages, options.progress, attempt < 3 && (options.digest ?? true), load);
    } catch (error) {
      if (!(error instanceof ChangedMeanwhile)) throw error;
    }
  }
}

async function statusOnce(root: string, languages: readonly TargetLanguage[], progressOf: ((total: number) => Progress) | undefined, useDigest: boolean, load: Load): Promise<ReviewStatus> {
  // Before any file is looked at: a file changed after it is read again next time.
  const readAt = Date.now();
  const [listed, previous] = await Promise.all([listReleases(root), useDigest ? readStatusDigest(root) : undefined]);
  const paths = inPathOrder(listed);
  const before = trustedBefore(previous);
  let reads = 0;
  // Whether the next digest differs from the previous one: only then is it written.
  let changed = !previous;

  // First every file is looked at, to know how much must be read; each once, its look kept by the release's place in
  // `paths` and the language's in `languages` (no map of 30,000 paths at 10,000 releases).
  const releaseLooks: (Look | undefined)[] = new Array(paths.length);
  const memoryLooks: (Look | undefined)[] = new Array(paths.length * languages.length);
  const lookAtRelease = (index: number, stamp: Stamp | undefined) => (releaseLooks[index] ??= look(root, paths[index]!, stamp, before));
  const lookAtMemory = (index: number, language: number, memory: string, stamp: Stamp | undefined) => (memoryLooks[index * languages.length + language] ??= look(root, memory, stamp, before));
  let toRead = 0;
  for (let index = 0; index < paths.length; index++) {
    const entry = previous?.releases[paths[index]!];
    if (!entry || lookAtRelease(index, entry.stamp).hash === undefined) {
      toRead++;
      continue;
    }
    if (entry.id === undefined) continue;
    for (let language = 0; language < languages.length; language++) {
      const memory = memoryPath(languages[language]!, entry.id);
      const seen = lookAtMemory(index, language, memory, previous!.memories[memory]);
      if (!seen.absent && (seen.hash === undefined || entry.rows[languages[language]!]?.memory !== seen.hash)) toRead++;
    }
  }
  const progress = toRead >= MANY ? progressOf?.(toRead) : undefined;

  // The next digest: each release as the previous one had it (copied when its rows change), or as read now.
  const next = new Map<string, { digest: ReleaseDigest; keys?: string[] }>();
  const memories: Record<string, Stamp> = {};
  const rows: StatusRow[] = [];
  const releaseReports: VFile[] = [];
  const memoryReports: VFile[] = [];
  const seenIds = new Map<string, string>();
  try {
    for (let index = 0; index < paths.length; index++) {
      const path = paths[index]!;
      const entry = previous?.releases[path];
      let summary: Summary;
      let stamp: Stamp | undefined;
      let keys: string[] | undefined;
      // The release as parsed, when it had to be; else parsed only if a memory needs its segments' words.
      let release: Release | undefined;
      const trusted = entry !== undefined && lookAtRelease(index, entry.stamp).hash !== undefined;
      if (trusted) [summary, stamp] = [entry, entry.stamp];
      else {
        const stamped = readStamped(root, path);
        reads++;
        progress?.advance(1, path);
        stamp = stamped?.stamp;
        if (entry && stamp?.hash === entry.stamp.hash) summary = entry;
        else {
          const { loadRelease, summarize } = await load();
          const source = sourceOfRead(path, stamped?.read ?? DISAPPEARED);
          const parsed = new VFile({ path, value: source.text });
          const loaded = loadRelease(source, parsed);
          const { keys: some, ...rest } = summarize(loaded, parsed.messages);
          keys = some;
          release = loaded?.release;
          summary = { ...rest, segments: some.length };
        }
      }
      // Rows are the previous digest's only while the release is the same bytes.
      const same = summary === entry;
      // A file gone since it was listed is not recorded: it is read again next time.
      if (stamp) next.set(path, { digest: same && stamp === entry!.stamp ? entry! : same ? { ...entry!, stamp } : { ...summary, stamp, rows: {} }, ...(keys ? { keys } : {}) });
      if (!stamp || stamp !== entry?.stamp) changed = true;

      // The release's messages, put back as loading it reported them.
      const report = () => {
        const file = new VFile({ path });
        addMessages(file, summary.messages);
        releaseReports.push(file);
        return file;
      };
      const { id } = summary;
      if (id === undefined) {
        report();
        continue;
      }
      const other = seenIds.get(id);
      if (other) {
        (await load()).duplicateId(report(), id, other, summary.idAt);
        continue;
      }
      seenIds.set(id, path);
      if (summary.messages.length > 0 || summary.quoteMessages.length > 0) addMessages(report(), summary.quoteMessages);

      const segments = summary.segments;
      const setRow = (language: TargetLanguage, row: ReleaseDigest['rows'][TargetLanguage]) => {
        const current = next.get(path);
        if (!current || current.digest.rows[language] === row) return;
        const rowsNow = { ...current.digest.rows };
        if (row) rowsNow[language] = row;
        else delete rowsNow[language];
        current.digest = { ...current.digest, rows: rowsNow };
        changed = true;
      };
      const stampMemory = (memory: string, stamp: Stamp) => {
        const had = previous?.memories[memory];
        // A memory the same as the digest had it, read only because it was changed too close to that digest's
        // reading, is known by its stamp to a digest made now: without one, every status would read it again.
        if (!had || had.mtimeMs >= before || had.hash !== stamp.hash || had.size !== stamp.size || had.mtimeMs !== stamp.mtimeMs || had.ctimeMs !== stamp.ctimeMs || had.ino !== stamp.ino) changed = true;
        memories[memory] = stamp;
      };
      for (let place = 0; place < languages.length; place++) {
        const language = languages[place]!;
        const memory = memoryPath(language, id);
        const seen = lookAtMemory(index, place, memory, same ? previous!.memories[memory] : undefined);
        const kept = same ? entry!.rows[language] : undefined;
        const count = (counts: ReviewCounts, invalid = false) => rows.push(row(id, language, counts, invalid));
        if (seen.absent) {
          setRow(language, undefined);
          count(allMissing(segments));
          continue;
        }
        if (seen.hash !== undefined && kept?.memory === seen.hash) {
          memories[memory] = previous!.memories[memory]!;
          setRow(language, kept);
          count(kept.counts);
          continue;
        }
        const stamped = readStamped(root, memory);
        reads++;
        if (trusted) progress?.advance(1, memory);
        if (!stamped) {
          setRow(language, undefined);
          count(allMissing(segments));
          continue;
        }
        stampMemory(memory, stamped.stamp);
        if (kept?.memory === stamped.stamp.hash) {
          setRow(language, kept);
          count(kept.counts);
          continue;
        }
        const work = await load();
        const { memory: read, file: memoryFile } = work.memoryOfSource(sourceOfRead(memory, stamped.read), language, id);
        if (!read) {
          setRow(language, undefined);
          memoryReports.push(memoryFile);
          count(allMissing(segments), true);
          continue;
        }
        keys ??= previous?.keys()?.[path];
        let counts = keys && work.countByKeys(keys, read);
        if (!counts) {
          release ??= reparse(root, path, stamp, work);
          counts = work.countInFull(release, read);
        }
        setRow(language, { memory: stamped.stamp.hash, counts });
        count(counts);
      }
      // The rows of languages not asked for stay, with their memories' stamps: they are checked when asked for.
      if (same) {
        for (const language of Object.keys(entry!.rows) as TargetLanguage[]) {
          const memory = memoryPath(language, id);
          if (!languages.includes(language) && previous!.memories[memory]) memories[memory] = previous!.memories[memory];
        }
      }
    }
  } finally {
    progress?.stop();
  }

  // Releases or memories the previous digest had and this one has not.
  if (previous && (next.size !== Object.keys(previous.releases).length || Object.keys(memories).length !== Object.keys(previous.memories).length)) changed = true;
  if (useDigest && changed) {
    const releases: Record<string, ReleaseRecord> = {};
    for (const [path, { digest, keys }] of next) {
      const some = keys ?? previous?.keys()?.[path];
      // A release whose keys are not known is left out: the next status reads it.
      if (some) releases[path] = { ...digest, keys: some };
    }
    await writeStatusDigest(root, { readAt, releases: Object.entries(releases), memories });
  }
  const reports = [...releaseReports.filter((file) => file.messages.length > 0), ...memoryReports];
  const failed = memoryReports.length > 0 || releaseReports.some((file) => file.messages.some((message) => message.fatal === true));
  return { rows, reports, failed, reads };
}

/** The release of a summary known by its stamp, parsed because a memory needs its segments' words. */
function reparse(root: string, path: string, stamp: Stamp | undefined, readers: Readers): Release {
  const stamped = readStamped(root, path);
  if (!stamped || stamped.stamp.hash !== stamp?.hash || stamped.read.problem) throw new ChangedMeanwhile(path);
  const source = sourceOfRead(path, stamped.read);
  const loaded = readers.loadRelease(source, new VFile({ path, value: source.text }));
  if (!loaded) throw new ChangedMeanwhile(path);
  return loaded.release;
}

const collator = new Intl.Collator();

/**
 * Release paths in the order loadReleases takes them (localeCompare): a listing sorted by code units (as it comes)
 * is usually in that order already, which one pass checks; sorting 10,000 paths by locale would take longer.
 */
function inPathOrder(listed: string[]): string[] {
  const paths = [...listed].sort();
  for (let index = 1; index < paths.length; index++) if (collator.compare(paths[index - 1]!, paths[index]!) > 0) return paths.sort(collator.compare);
  return paths;
}
