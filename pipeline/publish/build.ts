// `pressroom build`: releases/ + locales/ -> out/, as a sequence of named phases over a typed plan:
// read (inputs.ts), plan (plan.ts), render (render.ts), link unchanged (link.ts), indexes and feeds
// (indexes.ts), commit (commit.ts). The CLI and the tests call runBuild alike.
//
// Incremental: the manifest says what each release's files were made from; releases whose inputs are unchanged
// are not parsed or rendered again, their files are hard-linked from the previous out/.
import { resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { VFile } from 'vfile';
import { addMessages, type Message } from './messages.ts';
import { noTimings, type Timings } from '../timings.ts';
import { TARGET_LANGUAGES, type Language, type TargetLanguage } from '../release.ts';
import { DEFAULT_CONCURRENCY, deeplSettings, type EnglishVariant } from '../translate/deepl-settings.ts';
import { printReports, problemFile, type Console } from '../problems.ts';
import { readInputs, type BuildInputs } from './inputs.ts';
import { planBuild, renderTasks, type BuildPlan } from './plan.ts';
import { misread, renderPlan } from './render.ts';
import { renderShape, startRenderThreads, stopRenderThreads } from './render-threads.ts';
import { holdYoungGeneration } from './young-generation.ts';
import { heldResults, spooledResults, type RenderedResults } from './render-results.ts';
import { builtReleases, linkUnchanged } from './link.ts';
import { indexesAndFeeds, indexKeyOf } from './indexes.ts';
import { commitBuild } from './commit.ts';
import { isOutput, MANIFEST_PATH, readManifest, readRecordedManifest, type Manifest } from './manifest.ts';
import type { PublishedBefore } from './held.ts';
import { ownedTreesOf, treeIdentity } from './owned-trees.ts';
import { printSummary, printTimings, reportsOf } from './report.ts';
import { outputPlaces, type OutputPlaces } from './out-place.ts';
import { inPlaceTrees, listTrees, stageTrees, type StagedTrees } from './trees.ts';
import type { BuildSession } from './session.ts';
import { nextChange } from '../schedule.ts';
import { DEFAULT_BASE_URL } from '../project/read.ts';
import { GLOSSARY_PATH } from '../project/glossary-file.ts';
import type { LanguageSummary } from './summary.ts';
import { nextChangeOf } from './next-change.ts';
import { keepStatusDigest, reviewsOf } from './status-record.ts';
import type { TextSpool } from './text-spool.ts';
import { forgetRecent, lastPass } from '../render/recent.ts';

export interface BuildOptions {
  root: string;
  out: string;
  /** Where embargoed copies go, for agencies (default: package.json pressroom.privateDir, else out-private/ beside out/). */
  private?: string;
  languages: Language[];
  now: Date;
  baseUrl?: string;
  strict: boolean;
  /** English of machine translations, when DEEPL_AUTH_KEY is set. */
  english?: EnglishVariant;
  env?: NodeJS.ProcessEnv;
  /** Threads rendering releases (default: the number of cores). */
  jobs?: number;
  /** Releases to render from which this thread leaves them all to render threads (default LARGE_RENDER, render-threads.ts): a test's few. */
  largeRender?: number;
  /** Print stage timings, files written and peak memory as one JSON line on stderr. */
  timings?: boolean;
  /** Kept between the builds of a preview (pressroom dev), whose trees are then updated in place: see session.ts. */
  session?: BuildSession;
  /**
   * Called once the releases rendered have their files written, before the indexes and feeds are: a preview reloads
   * the pages of the edited release then. `files`: the paths written (as renderers name them); `reports`: every
   * message the build will report (the indexes add none).
   */
  releasesWritten?(files: string[], reports: VFile[]): Promise<void> | void;
  /**
   * With a session: the paths a watcher reported since its last build began reading (directories stand for what is
   * under them), and which files it watches. Every other file it watches is taken as that build stamped it, without
   * a stat. Absent: every file is stat-ed.
   */
  watched?: { changed: string[]; covers(path: string): boolean };
}

export interface BuildOutcome {
  /** 0: built without errors; 1: errors in the input (the rest was built); 2: nothing was built. */
  exitCode: number;
  /** Every file with messages: releases in path order, then memory files. */
  reports: VFile[];
  summaries: LanguageSummary[];
  /** The soonest embargo lift or scheduled publication after `now`: when a rebuild would publish more. */
  nextChange?: Date;
}

export const DEFAULT_JOBS = availableParallelism();

const refused = (exitCode: number): BuildOutcome => ({ exitCode, reports: [], summaries: [] });

export async function runBuild(options: BuildOptions, io: Console): Promise<BuildOutcome> {
  const started = performance.now();
  await options.session?.persisting;
  const root = resolve(options.root);
  const placed = outputPlaces(root, options.out, options.private);
  if ('problem' in placed) {
    printReports([problemFile('', `${placed.flag} ${placed.value} cannot be the output directory, because ${placed.problem}; the build replaces that directory whole, so nothing was touched`, 'out-place')], io);
    return refused(2);
  }
  const { places } = placed;
  for (const place of placed.adopt) ownedTreesOf(place).add(place);
  const translation = await translateFirst(options, root, io);
  const timings = noTimings();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      phases[name] = (phases[name] ?? 0) + performance.now() - start;
    }
  };
  const jobs = options.jobs ?? DEFAULT_JOBS;

  const { session } = options;
  const known = session?.stamps;
  const watched = known && options.watched ? { ...known, ...options.watched } : undefined;
  // Until this build ends well, the next one trusts nothing it did not stat.
  if (session) delete session.stamps;
  const inputs = await phase('read', () => readInputs({ ...options, watched }));
  if (inputs.configProblem) {
    printReports([problemFile('package.json', inputs.configProblem, 'policy')], io);
    return refused(2);
  }
  if (inputs.paths.length === 0) {
    printReports([problemFile('', `no releases found in ${resolve(root, 'releases')}; add releases/<id>.md or run pressroom import`, 'no-releases')], io);
    return refused(1);
  }
  const previous = await phase('manifest', () => {
    const kept = session?.manifest;
    const tree = treeIdentity(places.public);
    if (kept && kept.tree === tree && kept.pipeline === inputs.pipeline && kept.settings === inputs.settingsKey) return kept;
    return readManifest(places.state, tree, inputs.pipeline, inputs.settingsKey);
  });
  // What was published, whatever made it: releases held since are carried over even when nothing else is (held.ts).
  // Read only when asked (a contested id, the link phase), and let go after: most builds from scratch need none.
  let recorded: Promise<PublishedBefore | undefined> | undefined;
  const publishedBefore = () =>
    (recorded ??= (async () => {
      const manifest = previous ?? (await readRecordedManifest(places.state));
      return manifest && { manifest, inTree: manifest.tree === treeIdentity(places.public) };
    })());
  // With no manifest to go by every release renders: the render threads load their code while this one plans.
  const threads = !session && previous === undefined ? startRenderThreads(renderShape(jobs, inputs.paths.length, options.largeRender).threads, inputs.paths.length) : undefined;
  // What the trees hold: as the last build of this session left them, else listed.
  const treeFiles = () => (session?.files && previous === session.manifest ? session.files : listTrees(places));
  let plan = await phase('parse', () => planBuild(inputs, previous, false, timings, publishedBefore));

  const reportsFor = (entries: Parameters<typeof reportsOf>[1], built: ReturnType<typeof builtReleases>, lost: Record<string, Message[]> = {}): VFile[] => {
    // Not parsed when nothing was rendered: its bytes are those of the previous build, and so are its problems.
    const glossaryReport = inputs.settingsLoaded() ? inputs.glossaryReport : messagesFile(GLOSSARY_PATH, previous?.glossaryMessages ?? []);
    const records = Object.entries(lost).map(([path, messages]) => messagesFile(path, messages));
    return [glossaryReport, ...reportsOf(options.languages, entries, built), ...records].filter((report) => report.messages.length > 0);
  };
  const finish = (entries: Parameters<typeof reportsOf>[1], built: ReturnType<typeof builtReleases>, rendered: number, written: number, kept: number, lost?: Record<string, Message[]>): BuildOutcome => {
    const reports = reportsFor(entries, built, lost);
    const next = nextChange(built, options.now);
    const announce = next && `next scheduled change: ${next.at}, ${next.reason === 'embargo' ? 'the embargo on' : 'the publication of'} ${next.release.id}${next.reason === 'embargo' ? ' lifts' : ''}; build again then`;
    // Every absolute link (canonical, hreflang, feeds, sitemaps, ninjs uri) starts with the base URL.
    const placeholder = inputs.baseUrl === DEFAULT_BASE_URL && `warning: links in out/ point to the placeholder ${DEFAULT_BASE_URL}; set "pressroom": { "baseUrl": "https://…/" } in package.json or pass --base-url`;
    const summaries = printSummary(io, options.out, options.languages, reports, built, written, kept, [announce, placeholder].filter((note): note is string => Boolean(note)));
    if (options.timings) printTimings(io, { jobs, releasesRendered: rendered, filesRead: inputs.stamps.reads, filesWritten: written, filesKept: kept, stages: timings, phases, started });
    const ok = !reports.some((report) => report.messages.some((message) => message.fatal === true));
    return { exitCode: ok && translation === 0 ? 0 : 1, reports, summaries, nextChange: nextChangeOf(built, options.now) };
  };

  const unchanged = await phase('link', () => unchangedTree(plan, inputs, previous, treeFiles));
  const keepStamps = () => session && (session.stamps = { stamps: inputs.stamps.current, readAt: inputs.stamps.readAt });
  if (unchanged) {
    if (inputs.stamps.changed()) await inputs.stamps.save();
    keepStamps();
    return finish(unchanged.entries, builtReleases(plan, unchanged.entries), 0, 0, unchanged.outputs);
  }

  // A session's trees are its own: changed in place, their files known without listing them.
  const stage = async () => (session ? inPlaceTrees(places, MANIFEST_PATH) : stageTrees(places));
  /** What the session's trees held before this build, when known: what this build does not make is removed at the end. */
  let held: string[] | undefined;
  const recycled = async (staging: StagedTrees, again = false) => {
    if (!session) return recycledManifest(staging, inputs);
    // Starting again after a misread: the first pass wrote files the session does not know of.
    if (again) {
      held = undefined;
      staging.writer.holds(listTrees(places));
    } else held = treeFiles();
    return previous;
  };
  await phase('read', () => inputs.loadSettings());
  let staging = await phase('stage', stage);
  // A build of out/ keeps the results on disk until the link phase (render-results.ts); a preview, its few in memory.
  const resultsStore = () => (session ? heldResults() : spooledResults(staging.setup.dirs.state));
  /** To close should the build fail. */
  let open: RenderedResults | undefined;
  let endLastPass: (() => void) | undefined;
  /** To call when the build ends, should it hold this thread's young generation (young-generation.ts). */
  let releaseYoung: (() => void) | undefined;
  /** The reviews kept for the status digest: to close should the build fail. */
  let kept: TextSpool | undefined;
  try {
    let spare = await phase('link', () => recycled(staging));
    let rendered = (open = resultsStore());
    await phase('render', () => renderPlan(plan, inputs, staging, jobs, timings, rendered, !session, threads, options.largeRender));
    if (misread(plan, rendered)) {
      rendered.close();
      await staging.abort();
      staging = await phase('stage', stage);
      spare = await phase('link', () => recycled(staging, true));
      plan = await phase('parse', () => planBuild(inputs, previous, true, timings, publishedBefore));
      rendered = open = resultsStore();
      await phase('render', () => renderPlan(plan, inputs, staging, jobs, timings, rendered, !session, [], options.largeRender));
    }
    // A build that ends renders nothing more: what the render phase's memos hold on this thread need not live
    // through the link and index phases, and its indexes ask for each list item and sitemap entry once.
    if (!session) endLastPass = lastPass();
    // Past a large render this thread alone does the rest, and its young generation need not grow for it.
    if (!session && !renderShape(jobs, renderTasks(plan).length, options.largeRender).here) releaseYoung = holdYoungGeneration();
    const linked = await phase('link', async () => linkUnchanged(plan, rendered, inputs, staging, spare, await publishedBefore()));
    recorded = undefined;
    if (options.releasesWritten) await options.releasesWritten(Array.from(rendered, (release) => release.files).flat(), reportsFor(linked.entries, linked.built, linked.lost));
    // From here on only the digest needs the results themselves, and only their reviews: the rest goes.
    const reviews = (kept = reviewsOf(rendered, !session));
    rendered.close();
    const indexes = await phase('indexes', () => indexesAndFeeds(linked.built, inputs, staging, spare, previous, timings));
    // Kept for the next build of a session; a build that ends has no use for them in writing its manifest.
    if (!session) forgetRecent();
    const files = session && [...Object.values(linked.recorded).flatMap((entry) => entry.files), ...indexes.indexFiles, MANIFEST_PATH].sort();
    // Told only now, rather than held from the start and kept file by file (a dozen thousand calls per edit).
    if (files && held) staging.writer.holds(absentFrom(held, files));
    const { manifest, persisted } = await phase('swap', () => commitBuild(inputs, staging, linked.recorded, indexes, session !== undefined, linked.lostIds));
    // What `pressroom status` needs of the releases parsed here, so that it need not parse them again.
    const digested = persisted.then(() => keepStatusDigest(inputs, plan, reviews)).finally(() => reviews.close());
    if (!session) await phase('swap', () => digested);
    if (session) {
      // Not written is only slower: the next start builds afresh.
      session.persisting = digested.catch(() => undefined);
      session.manifest = manifest;
      session.files = files;
      keepStamps();
    }
    return finish(linked.entries, linked.built, renderTasks(plan).length, linked.written + indexes.written, linked.kept + indexes.kept, linked.lost);
  } catch (error) {
    await stopRenderThreads(threads);
    open?.close();
    kept?.close();
    // Writes still under way would land in the trees being removed.
    await staging.writer.settle().catch(() => undefined);
    await staging.abort();
    // Trees changed in place and left halfway: the next build knows nothing of them.
    if (session) {
      delete session.manifest;
      delete session.files;
    }
    throw error;
  } finally {
    endLastPass?.();
    releaseYoung?.();
  }
}

/** With a DeepL key, what is missing is translated first; without one the memory is used as it is. Non-zero: something failed. */
async function translateFirst(options: BuildOptions, root: string, io: Console): Promise<number> {
  const env = options.env ?? process.env;
  const languages = TARGET_LANGUAGES.filter((language): language is TargetLanguage => options.languages.includes(language));
  if (!deeplSettings(env) || languages.length === 0) return 0;
  const { translateProject } = await import('../project/translate-run.ts');
  return translateProject(
    { root, languages, dryRun: false, english: options.english ?? 'en-GB', concurrency: DEFAULT_CONCURRENCY, env, now: () => new Date(), terminal: process.stdout },
    io,
    true,
  );
}

function messagesFile(path: string, messages: Message[]): VFile {
  const file = new VFile({ path });
  addMessages(file, messages);
  return file;
}

/** The paths of `sorted` that `other` (sorted too) lacks. */
function absentFrom(sorted: string[], other: string[]): string[] {
  const absent: string[] = [];
  let at = 0;
  for (const path of sorted) {
    while (at < other.length && other[at]! < path) at++;
    if (other[at] !== path) absent.push(path);
  }
  return absent;
}

/** Nothing changed and out/ holds exactly the files of the manifest: out/ is already this build's tree. */
function unchangedTree(plan: BuildPlan, inputs: BuildInputs, previous: Manifest | undefined, treeFiles: () => string[]): { entries: Manifest['releases']; outputs: number } | undefined {
  // What was lost is named on every build (link.ts): not a build that does nothing.
  if (!previous || plan.held.length > 0 || (previous.lost?.length ?? 0) > 0 || plan.releases.length !== Object.keys(previous.releases).length) return undefined;
  const entries: Manifest['releases'] = {};
  for (const item of plan.releases) {
    if (item.state !== 'unchanged') return undefined;
    entries[item.path] = item.entry;
  }
  if (indexKeyOf(inputs.settingsKey, builtReleases(plan, entries)) !== previous.indexKey) return undefined;
  const expected = [...plan.releases.flatMap((item) => entries[item.path]!.files), ...previous.indexFiles, MANIFEST_PATH].sort();
  if (JSON.stringify(treeFiles()) !== JSON.stringify(expected)) return undefined;
  return { entries, outputs: expected.filter(isOutput).length };
}

/** Recycled staging trees (the spares) hold a previous build: what their manifest says is current stays as it is. */
async function recycledManifest(staging: StagedTrees, inputs: BuildInputs): Promise<Manifest | undefined> {
  // Listed (as the spare was staged), not taken from the manifest: a file someone left in out/ must not outlive the next build.
  staging.writer.holds(staging.held);
  const tree = staging.recycled.public && staging.recycled.state ? staging.identity : undefined;
  return readManifest(staging.setup.dirs.state, tree, inputs.pipeline, inputs.settingsKey);
}
