// One release built and its files written into the staging tree: the unit of work for a thread.
// Everything going in and out is plain data, so it crosses to and from worker threads as it is.
import { VFile } from 'vfile';
import { isHeld, publicFrom, type PublicFrom } from '../schedule.ts';
import { reportFutureChanges } from './future-changes.ts';
import { buildRelease, heldState, reportUnknownKill, type ReadMemory, type RenderContext, type ReleaseState, type Timings, timed } from './render-release.ts';
import { loadRelease, reportQuoteProblems } from '../parse/releases.ts';
import { TARGET_LANGUAGES, type Language, type Release, type TargetLanguage } from '../release.ts';
import { toMessage, type Message } from './messages.ts';
import { sourceOfRead, type SourceFile } from '../project/source-file.ts';
import { readStamped, type Stamp } from '../project/stamps.ts';
import { memoryPath } from '../translate/memory.ts';
import { join } from 'node:path';
import { indexEntry, type IndexEntry } from '../render/indexes.ts';
import { feedEntriesPath } from './state-paths.ts';
import { readReleaseMedia } from '../project/media.ts';
import type { Picture } from './derivatives.ts';
import { reportError, reportWarning } from '../problems.ts';
import { memoryOfSource, rowsOf, summarize } from '../project/release-review.ts';
import { readRecord, recordFromTree, unreadableRecord, type PublicationRecord, type RecordWriter } from './publication-record.ts';
import { noticeIndexEntry, type NoticeKind } from '../render/notice.ts';
import type { ReleaseReview, ReleaseSummary } from '../project/status-digest.ts';


/**
 * A release to build: its source, read and parsed by the thread that builds it (so that sources never pile up in
 * the main thread), with the id its front matter seems to give (its memories are read under that id) and whether
 * it names pictures; or a release the main thread already parsed (to settle a contested id). The thread reads the
 * memories itself, so they never pass through the main thread.
 */
export type RenderTask = { path: string; memoriesOf: string; pictures: boolean } | { release: Release };

/** Whether a task may list pictures: it will need sharp. */
export const mayHavePictures = (task: RenderTask): boolean => ('release' in task ? (task.release.images?.length ?? 0) > 0 : task.pictures);

/** Where a thread renders: its context, the staging tree it writes into, and the project it reads memories from. */
export interface RenderPlace {
  context: RenderContext;
  /** Writes start as the release is rendered and are done once `settle()` is (see StagedWriter.writeSoon). */
  writer: { writeSoon(path: string, content: string | Uint8Array): void; settle(): Promise<void> };
  root: string;
  /** The previous build's state tree, where the sizes of pictures made before are kept. */
  previousState?: string;
  /** Keeps the record of what was published (publication-record.ts): a build of out/ does, a preview does not. */
  records?: RecordWriter;
  /** The public tree being replaced (out/): what it holds stands for a record that is missing. */
  previousPublic?: string;
  /** The private tree being replaced: its embargoed copies (or kills) stand for a record that is missing. */
  previousPrivate?: string;
  /**
   * The languages whose memories are counted for `pressroom status` in the releases this thread parses, whether
   * built or not (default: every target language). A build of some languages leaves the others out when the
   * status digest can carry their counts (status-record.ts).
   */
  statusLanguages?: readonly TargetLanguage[];
}

export interface RenderedRelease {
  /** The id it was built under; none when it did not parse. */
  id?: string;
  /** When it becomes public (its embargo, else its date), as written. */
  embargo?: string;
  /** The same, with what happens then: the next build prints the soonest. */
  publicFrom?: PublicFrom;
  /** A change dated after the clock (future-changes.ts), as written: the manifest reuses it only until then. */
  until?: string;
  /** Messages the stages added to the release file (parse, quotes, translate). */
  messages: Message[];
  /** Messages on each memory file read, by language. */
  memoryMessages: Partial<Record<TargetLanguage, Message[]>>;
  /** What the indexes list of it, in each language it is built in. */
  listed: Partial<Record<Language, IndexEntry>>;
  states: Partial<Record<Language, ReleaseState>>;
  /**
   * Languages where a notice stands in place of a version agencies filed or hold under embargo: listed, with its
   * mark, once the release is public; before, in the private tree alone.
   */
  notices?: Partial<Record<Language, NoticeKind>>;
  /** The files read, with their stamps (its source, unless the main thread parsed it; its memories; its pictures): what the build manifest keys the release on. */
  read: Record<string, Stamp>;
  /** Paths written, sorted: its outputs, and what the feeds show of it (feedEntriesPath) when it is published. */
  files: string[];
  /** The pictures its front matter names (project paths, found or not): the manifest keys the release on them too. */
  media?: string[];
  /**
   * What `pressroom status` needs of it (status-digest.ts, a ReleaseReview), when this thread parsed it: as JSON,
   * one string the main thread holds until the digest is written after the swap, not a few dozen objects.
   */
  review?: string;
}

/** The release's memory in each of `languages` that has one, stamped as read. */
function readStampedMemories(root: string, id: string, languages: readonly TargetLanguage[]): { memories: Partial<Record<TargetLanguage, SourceFile>>; read: Record<string, Stamp> } {
  const memories: Partial<Record<TargetLanguage, SourceFile>> = {};
  const read: Record<string, Stamp> = {};
  for (const language of languages) {
    const path = memoryPath(language, id);
    const file = readStamped(root, path);
    if (!file) continue;
    memories[language] = sourceOfRead(path, file.read);
    read[path] = file.stamp;
  }
  return { memories, read };
}

/** A release's source as read now, with its stamp; a file gone since the plan read it is a problem of the source. */
function readStampedSource(root: string, path: string): { source: SourceFile; stamp?: Stamp } {
  const file = readStamped(root, path);
  if (!file) return { source: { path, text: '', problem: { reason: 'the file disappeared while the build was reading it; build again', rule: 'not-a-file' } } };
  return { source: sourceOfRead(path, file.read), stamp: file.stamp };
}

/**
 * A release that made no files (it did not parse, a picture or its date stops it): its messages, and what it read,
 * the pictures it named and what status needs of it, for the manifest to key it on and the next build to try again.
 */
function madeNothing(file: VFile, read: Record<string, Stamp>, { media, review }: { media?: string[] | undefined; review?: string | undefined }): RenderedRelease {
  return { messages: file.messages.map(toMessage), memoryMessages: {}, listed: {}, states: {}, read, files: [], ...(media ? { media } : {}), ...(review ? { review } : {}) };
}

/** How many releases this thread rendered: what a test of the render's shape counts. */
export const renderedHere = { releases: 0 };

export async function renderTask(task: RenderTask, place: RenderPlace, timings?: Timings): Promise<RenderedRelease> {
  renderedHere.releases++;
  const { context, writer, root } = place;
  let release: Release;
  let file: VFile;
  // The source as this thread read it, stamped: what its files are made of, whatever the plan read before.
  let sourceRead: Record<string, Stamp> | undefined;
  let summary: ReleaseSummary | undefined;
  if ('release' in task) {
    release = task.release;
    file = new VFile({ path: release.path });
  } else {
    const { source, stamp } = readStampedSource(root, task.path);
    sourceRead = stamp && { [task.path]: stamp };
    file = new VFile({ path: task.path, value: source.text });
    const loaded = loadRelease(source, file, timings);
    summary = summarize(loaded, file.messages);
    if (!loaded) return madeNothing(file, sourceRead ?? {}, { review: JSON.stringify({ ...summary, rows: {} } satisfies ReleaseReview) });
    reportQuoteProblems(file, loaded.quoteProblems);
    release = loaded.release;
  }
  // The memories of the languages built, and of those status counts when this thread parsed the release.
  const statusLanguages = summary === undefined ? [] : (place.statusLanguages ?? TARGET_LANGUAGES);
  const wanted = TARGET_LANGUAGES.filter((language) => context.settings.languages.includes(language) || statusLanguages.includes(language));
  const memoriesRead = timed(timings, 'translate', () => readStampedMemories(root, 'release' in task ? task.release.id : task.memoriesOf, wanted));
  const read = { ...sourceRead, ...memoriesRead.read };
  // Each memory parsed once, for status's rows and for the languages built alike.
  const memories = timed(timings, 'translate', () => {
    const parsed: Partial<Record<TargetLanguage, ReadMemory>> = {};
    for (const [language, source] of Object.entries(memoriesRead.memories) as [TargetLanguage, SourceFile][]) parsed[language] = memoryOfSource(source, language, release.id);
    return parsed;
  });
  const review = summary && JSON.stringify({ ...summary, rows: rowsOf(release, summary, memories, read) } satisfies ReleaseReview);
  const pictures = release.images?.length ? await picturesOf(release, file, place, timings) : undefined;
  // What the manifest keys the release on: its source and memories, and the pictures it named.
  const readAll = pictures ? { ...read, ...pictures.read } : read;
  if (pictures && !pictures.ok) {
    // A picture that cannot be published stops the release, as a parse error does: no output, its messages, and
    // the files it named, so that the next build tries again once they change.
    return madeNothing(file, readAll, { media: pictures.paths, review });
  }
  const filed = readRecord(root, release.id);
  // A record there but unreadable is not "nothing published": read as that, a kill or a version already handed out
  // would go out again under a number agencies hold. It is taken as missing (the trees stand for it), left as it is
  // for someone to repair (what it held may be more than the trees know), and said.
  if (filed.problem !== undefined) {
    reportWarning(file, unreadableRecord(release.id, filed.problem, 'a build follows what the previous out/ and private tree hold instead, and leaves the file as it is, not updated; repair it, or delete it to have the next build record afresh from those trees'), 'publication-record', { line: 1, column: 1 });
  }
  const noRecord = filed.text === undefined || filed.problem !== undefined;
  // No record (a project built before there was one, or its record deleted): out/ says what agencies were handed,
  // and the private tree what they hold under embargo; the private tree too wherever the record has no word of those
  // copies: a record written before it kept them cannot say they are none, and at the lift a kill, a copy or a
  // translation gone stale under embargo (a withheld notice) must follow what agencies hold. Where there are truly
  // none, the private tree has none either.
  if (place.records) {
    if (noRecord && place.previousPublic) filed.record = recordFromTree(place.previousPublic, release.id);
    if (Object.keys(filed.embargoed).length === 0 && place.previousPrivate) filed.embargoed = recordFromTree(place.previousPrivate, release.id);
  }
  // Neither the record nor the trees say what agencies hold: a kill cannot follow it (buildRelease), and says so (below).
  const unknown = noRecord && Object.keys(filed.record).length === 0 && Object.keys(filed.embargoed).length === 0;
  const taken = takenBack(release, filed.record, context.settings.now);
  if (taken) {
    // Held as a release that does not parse is (link.ts): what agencies filed stays, and the date is the error.
    reportError(file, taken.problem, 'republished-later', release.fieldPositions[taken.field] ?? { line: 1, column: 1 });
    return madeNothing(file, readAll, { media: pictures?.paths, review });
  }
  const until = reportFutureChanges(release, file, context.settings.now);
  const built = buildRelease(release, file, memories, context, timings, pictures?.pictures, filed.record, filed.embargoed, unknown);
  // A preview (no records) hands nothing out: its kill numbered blind is the build's to warn of.
  if (built.unknownKill && place.records) reportUnknownKill(release, file);
  const beforeLift = heldState(release, context.settings.now) !== undefined;
  const unrecorded = filed.problem === undefined ? place.records?.write(release.id, built.record, filed.text, built.embargoed) : undefined;
  // Not recorded, the next build cannot tell agencies what changed since: said, not fatal.
  if (unrecorded) reportWarning(file, `what was published of this release could not be recorded (${unrecorded}); the next build may number its versions afresh`, 'publication-record', { line: 1, column: 1 });
  if (Object.keys(built.feed).length > 0) built.files.set(feedEntriesPath(release.id), JSON.stringify(built.feed));
  const binary = new Map<string, Uint8Array>();
  if (pictures) {
    // Public sizes only where the release is public; under embargo they go to agencies with the private copies,
    // unless it was withdrawn: a kill hands out nothing of the release.
    const held = !release.withdrawal && Object.values(built.states).some((state) => state === 'embargoed' || state === 'scheduled');
    const published = Object.values(built.states).some((state) => state === 'published');
    for (const picture of pictures.pictures) {
      for (const { path, bytes } of picture.files) {
        if (path.startsWith('.pressroom/')) binary.set(path, bytes);
        else if (published) binary.set(path, bytes);
        else if (held) binary.set(`embargoed/${path}`, bytes);
      }
    }
  }
  const files = [...new Set([...built.files.keys(), ...binary.keys()])].sort();
  timed(timings, 'write', () => {
    for (const path of files) writer.writeSoon(path, built.files.get(path) ?? binary.get(path)!);
  });
  const memoryMessages: Partial<Record<TargetLanguage, Message[]>> = {};
  for (const [language, report] of Object.entries(built.memoryReports) as [TargetLanguage, VFile][]) memoryMessages[language] = report.messages.map(toMessage);
  return {
    id: release.id,
    // When it becomes public: the manifest reuses it only while that stays on the same side of the clock.
    embargo: publicFrom(release.meta).at,
    publicFrom: publicFrom(release.meta),
    ...(until ? { until } : {}),
    messages: file.messages.map(toMessage),
    memoryMessages,
    // A notice under embargo is in the private tree alone: listed nowhere public until the lift.
    listed: { ...Object.fromEntries(Object.entries(built.localized).map(([language, view]) => [language, indexEntry(view)])), ...(beforeLift ? {} : Object.fromEntries(Object.entries(built.notices).map(([language, notice]) => [language, noticeIndexEntry(notice)]))) },
    states: built.states,
    ...(Object.keys(built.notices).length > 0 ? { notices: Object.fromEntries(Object.entries(built.notices).map(([language, notice]) => [language, notice.kind])) } : {}),
    read: readAll,
    files,
    ...(pictures ? { media: pictures.paths } : {}),
    ...(review ? { review } : {}),
  };
}

/**
 * An embargo or date now later than the clock, on a release agencies were already handed: out of out/, it would
 * vanish from the site and the feeds with no word to them. Undefined when it was never published or is not held.
 */
function takenBack(release: Release, filed: PublicationRecord, now: Date): { problem: string; field: 'embargo' | 'date' } | undefined {
  const from = publicFrom(release.meta);
  const version = Object.values(filed).find((one) => one !== undefined);
  if (!version || !isHeld(from, now)) return undefined;
  const field = from.reason === 'embargo' ? 'embargo' : 'date';
  const problem = `this release was published (version ${version.version} of ${version.versionCreated}) and its \`${field}\` is now later than the build's clock, which would take it off the site without a word to the agencies that filed it: set the \`${field}\` back; to take the release down, withdraw it (\`status: withdrawn\`, with a \`reason\` and \`updated\`, in its front matter); what was published stays as it was until then`;
  return { problem, field };
}

/** The release's pictures read and their sizes made; `ok` is false when one cannot be published (messages on `file`). */
async function picturesOf(release: Release, file: VFile, place: RenderPlace, timings?: Timings): Promise<{ ok: boolean; pictures: Picture[]; read: Record<string, Stamp>; paths: string[] }> {
  const start = performance.now();
  const { media, read, paths, ok } = readReleaseMedia(place.root, release, file);
  const pictures: Picture[] = [];
  let made = ok;
  if (media.length > 0) {
    // derivatives.ts loads sharp only to make sizes the previous build did not (libvips takes most of a second to load).
    const { makePicture } = await import('./derivatives.ts');
    for (const one of media) {
      const picture = await makePicture(one, release.id, place.previousState);
      if ('problem' in picture) {
        reportError(file, picture.problem, picture.rule, one.image.filePosition);
        made = false;
      } else pictures.push(picture);
    }
  }
  if (timings) timings.images += performance.now() - start;
  return { ok: made, pictures, read, paths };
}
