// `pressroom build`: releases/ + locales/ -> out/, one summary line per language.
//
// Incremental: out/.pressroom/manifest.json says what each release's files were made from; releases whose
// inputs are unchanged are not parsed or rendered again, their files are hard-linked from the previous out/.
// Changed releases render on worker threads (--jobs); indexes and feeds render when what they list changed.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { VFile } from 'vfile';
import { noTimings, STAGES, timed } from '../timings.ts';
import { summarize } from './summary.ts';
import { TARGET_LANGUAGES, type Language, type TargetLanguage } from '../release.ts';
import type { IndexEntry } from '../render/indexes.ts';
import type { FeedEntry } from '../render/feeds.ts';
import { DEFAULT_CONCURRENCY, deeplSettings, type EnglishVariant } from '../translate/deepl-settings.ts';
import { listReleases, readBaseUrl, readPressOffice, readUi } from '../project/read.ts';
import { FileStamps, type Stamp } from '../project/stamps.ts';
import { memoryPath } from '../translate/memory.ts';
import { insidePath, stageTree, listTree } from './staged-output.ts';
import { printReports, type Console } from '../problems.ts';
import type { RenderTask, RenderedRelease } from './render-task.ts';
import { decodeSource, type SourceFile } from '../project/source-file.ts';
import { releaseIdOf } from '../parse/release-id.ts';
import { addMessages, contentHash, toMessage } from './messages.ts';
import { feedEntriesPath, isOutput, MANIFEST_PATH, pipelineVersion, readManifest, serializeManifest, type Manifest, type ReleaseEntry } from './manifest.ts';

export interface BuildOptions {
  root: string;
  out: string;
  languages: Language[];
  now: Date;
  baseUrl?: string;
  strict: boolean;
  /** English of machine translations, when DEEPL_AUTH_KEY is set. */
  english?: EnglishVariant;
  env?: NodeJS.ProcessEnv;
  /** Threads rendering releases (default: the number of cores). */
  jobs?: number;
  /** Print stage timings, files written and peak memory as one JSON line on stderr. */
  timings?: boolean;
}

export const DEFAULT_JOBS = availableParallelism();
/** Below this many releases to render, starting threads costs more than it saves. */
const MIN_PARALLEL = 16;

/** out/ is replaced whole, so it must hold nothing but output: not the project, nor its sources. */
function unsafeOutput(root: string, out: string): string | undefined {
  const within = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (within(out, root)) return 'it holds the project itself';
  for (const sources of ['releases', 'locales']) if (within(resolve(root, sources), out)) return `it is inside ${sources}/`;
  return undefined;
}

/** Messages as the stages report them: release files in order, then memory files language by language. */
function reportsOf(languages: Language[], paths: string[], entries: Record<string, ReleaseEntry>, built: { id: string; memoryMessages: ReleaseEntry['memoryMessages'] }[]): VFile[] {
  const reports: VFile[] = paths.map((path) => {
    const file = new VFile({ path });
    addMessages(file, entries[path]!.messages);
    return file;
  });
  for (const language of languages) {
    if (language === 'it') continue;
    for (const release of built) {
      const messages = release.memoryMessages[language];
      if (!messages) continue;
      const file = new VFile({ path: `locales/${language}/releases/${release.id}.json` });
      addMessages(file, messages);
      reports.push(file);
    }
  }
  return reports;
}

function finish(io: Console, options: BuildOptions, reports: VFile[], built: { id: string; states: ReleaseEntry['states'] }[], written: number, kept: number): boolean {
  printReports(reports.filter((report) => report.messages.length > 0), io);
  for (const summary of summarize(options.languages, built)) {
    const parts = [`${summary.published.length} published`];
    if (summary.embargoed.length) parts.push(`${summary.embargoed.length} embargoed (${summary.embargoed.join(', ')})`);
    if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped (${summary.skipped.join(', ')})`);
    io.log(`${summary.language}: ${parts.join(', ')}`);
  }
  io.log(`wrote ${written} files to ${options.out}${kept > 0 ? ` (${kept} unchanged)` : ''}`);
  return !reports.some((report) => report.messages.some((message) => message.fatal === true));
}

export async function runBuild(options: BuildOptions, io: Console): Promise<number> {
  const started = performance.now();
  const root = resolve(options.root);
  const outDir = resolve(root, options.out);
  const problem = unsafeOutput(root, outDir);
  if (problem) {
    io.error(`pressroom: error: --out ${options.out} cannot be the output directory, because ${problem}; the build replaces that directory whole`);
    return 2;
  }
  // With a DeepL key, what is missing is translated first; without one the memory is used as it is.
  const env = options.env ?? process.env;
  let translation = 0;
  const languages = TARGET_LANGUAGES.filter((language): language is TargetLanguage => options.languages.includes(language));
  if (deeplSettings(env) && languages.length > 0) {
    const { translateProject } = await import('../project/translate-run.ts');
    translation = await translateProject(
      { root, languages, dryRun: false, english: options.english ?? 'en-GB', concurrency: DEFAULT_CONCURRENCY, env, now: () => new Date(), terminal: process.stdout },
      io,
      true,
    );
  }
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      phases[name] = (phases[name] ?? 0) + performance.now() - start;
    }
  };
  const stamps = new FileStamps(root);
  const [listed, ui, baseUrl, pipeline, office] = await phase('read', () =>
    Promise.all([listReleases(root), readUi(root), readBaseUrl(root, options.baseUrl), pipelineVersion(), readPressOffice(root), stamps.load()]),
  );
  // Path order decides which release keeps a contested id, and the order of messages.
  const paths = [...listed].sort((a, b) => a.localeCompare(b));
  if (paths.length === 0) {
    io.error(`no releases found in ${resolve(root, 'releases')}; add releases/<id>.md or run pressroom import`);
    return 1;
  }
  const settings = { ui, languages: options.languages, now: options.now, baseUrl, strict: options.strict, ...(office ? { office } : {}) };
  const settingsKey = contentHash(pipeline, ui, options.languages, baseUrl, options.strict, office ?? null);
  const previous = await phase('manifest', () => readManifest(outDir, pipeline, settingsKey));
  const timings = noTimings();
  // The renderers load only when there is something to render.
  const renderer = async () => {
    const [{ renderContext, renderIndexes }, { renderTask }] = await Promise.all([import('./render-release.ts'), import('./render-task.ts')]);
    return { context: renderContext(settings), renderIndexes, renderTask };
  };
  const jobs = options.jobs ?? DEFAULT_JOBS;
  const embargoed = (embargo: string | undefined) => embargo !== undefined && options.now.getTime() < Date.parse(embargo);

  // Files unchanged since the previous build are known by their stamps; the rest are read. The threads read
  // the memories of the releases they build; here only the memories of releases that may be reused are hashed.
  const texts = new Map<string, SourceFile>();
  const sourceOf = (path: string): SourceFile => {
    if (!texts.has(path)) {
      const bytes = stamps.read(path);
      if (!bytes) throw new Error(`${path} disappeared while the build was reading it; build again`);
      texts.set(path, decodeSource(path, bytes));
    }
    return texts.get(path)!;
  };
  await phase('read', () => {
    for (const path of paths) if (stamps.known(path) === undefined) sourceOf(path);
  });
  const memoryHashes = (id: string | undefined, read?: Record<string, Stamp>) =>
    TARGET_LANGUAGES.map((language) => {
      if (id === undefined) return null;
      const path = memoryPath(language, id);
      return read ? (read[path]?.hash ?? null) : stamps.hash(path);
    });
  /** What a release's files are made of: the settings, its source and its memories (read by the thread that built it, if given). */
  const releaseKey = (path: string, id?: string, read?: Record<string, Stamp>) => contentHash(settingsKey, path, stamps.current[path]!.hash, memoryHashes(id, read));

  // Reuse what the manifest says is unchanged and hand the rest to the threads, which parse what they build.
  // Each release's id is read from its front matter first, to give it its memories; releases whose ids clash
  // are parsed here, in path order, so the first to parse keeps the id whichever thread finishes first.
  type Parsed = { path: string; file: VFile; entry?: ReleaseEntry; task?: RenderTask; key?: string; id?: string; duplicate?: boolean };
  const plan = async (manifest: typeof previous, exact: boolean): Promise<Parsed[]> => {
    const reusable = (path: string, entry: ReleaseEntry | undefined): entry is ReleaseEntry =>
      entry !== undefined && entry.key === releaseKey(path, entry.id) && embargoed(entry.embargo) === (entry.embargoed ?? false);
    // What each release claims: the id it was built under when it is reused, the one its front matter gives otherwise.
    const reused = paths.map((path) => (reusable(path, manifest?.releases[path]) ? manifest!.releases[path] : undefined));
    const guessed = paths.map((path, index) => (reused[index] ? reused[index].id : releaseIdOf(path, sourceOf(path).text)));
    const claims = new Map<string, number>();
    for (const id of guessed) if (id !== undefined) claims.set(id, (claims.get(id) ?? 0) + 1);
    const threaded = (index: number) => !exact && claims.get(guessed[index]!) === 1;
    // The parser loads only when a release is parsed here: a rebuild of a few releases does without it.
    const parser = paths.some((_, index) => !reused[index] && !threaded(index)) ? await import('../parse/releases.ts') : undefined;
    const seen = new Map<string, string>();
    return paths.map((path, index) => {
      const entry = reused[index];
      if (entry) {
        const file = new VFile({ path });
        if (entry.id !== undefined) {
          if (seen.has(entry.id)) return { path, file, key: entry.key, duplicate: true };
          seen.set(entry.id, path);
        }
        return { path, file, entry, key: entry.key, id: entry.id };
      }
      const source = sourceOf(path);
      const file = new VFile({ path, value: source.text });
      if (threaded(index)) return { path, file, task: { source, memoriesOf: guessed[index]! }, id: guessed[index] };
      const { duplicateId, loadRelease, reportQuoteProblems } = parser!;
      const loaded = loadRelease(source, file, timings);
      if (!loaded) return { path, file, key: releaseKey(path) };
      const { release } = loaded;
      const other = seen.get(release.id);
      if (other) {
        duplicateId(file, release.id, other, loaded.idAt);
        return { path, file, key: releaseKey(path, release.id), duplicate: true };
      }
      seen.set(release.id, path);
      reportQuoteProblems(file, loaded.quoteProblems);
      return { path, file, task: { release }, id: release.id };
    });
  };
  const settle = async (exact: boolean) => {
    const planned = await phase('parse', () => plan(previous, exact));
    // A duplicate id makes which release owns it depend on all of them: build everything, keep no manifest.
    const duplicates = planned.some((item) => item.duplicate);
    return { planned: duplicates && planned.some((item) => item.entry) ? await phase('parse', () => plan(undefined, exact)) : planned, duplicates };
  };
  let { planned, duplicates } = await settle(false);

  const printTimings = (rendered: number, written: number, kept: number) => {
    if (!options.timings) return;
    const report = {
      jobs,
      releasesRendered: rendered,
      filesRead: stamps.reads,
      filesWritten: written,
      filesKept: kept,
      stages: Object.fromEntries(STAGES.map((stage) => [stage, Math.round(timings[stage])])),
      phases: Object.fromEntries(Object.entries(phases).map(([name, ms]) => [name, Math.round(ms)])),
      totalMs: Math.round(performance.now() - started),
      maxRssKB: process.resourceUsage().maxRSS,
    };
    io.error(`pressroom-timings ${JSON.stringify(report)}`);
  };

  // Nothing changed and out/ holds exactly the files of the manifest: out/ is already this build's tree.
  if (previous && !duplicates && planned.length === Object.keys(previous.releases).length && planned.every((item) => item.entry)) {
    const entries = Object.fromEntries(planned.map((item) => [item.path, item.entry!]));
    const built = planned.flatMap((item) => (item.id !== undefined ? [{ id: item.id, ...item.entry! }] : []));
    const indexKey = contentHash(settingsKey, built.map((release) => [release.id, release.key, release.states]));
    const expected = [...planned.flatMap((item) => item.entry!.files), ...previous.indexFiles, MANIFEST_PATH].sort();
    if (indexKey === previous.indexKey && JSON.stringify(await phase('link', () => listTree(outDir))) === JSON.stringify(expected)) {
      if (stamps.changed()) await stamps.save();
      const outputs = expected.filter(isOutput).length;
      const ok = finish(io, options, reportsOf(options.languages, planned.map((item) => item.path), entries, built), built, 0, outputs);
      printTimings(0, 0, outputs);
      return ok && translation === 0 ? 0 : 1;
    }
  }

  let staging = await stageTree(outDir);
  // A recycled staging tree (the spare) holds a previous build: what its manifest says is current stays as it is.
  const recycled = async (): Promise<Manifest | undefined> => {
    if (!staging.recycled) return undefined;
    // Listed, not taken from its manifest: a file someone left in out/ must not outlive the next build.
    staging.writer.holds(listTree(staging.writer.dir));
    return readManifest(staging.writer.dir, pipeline, settingsKey);
  };
  try {
    let spare = await phase('link', recycled);
    const workerSetup = () => ({ settings: { ...settings, now: options.now.getTime() }, staging: staging.writer.dir, target: staging.target, root, recycled: staging.recycled });
    const render = (tasks: RenderTask[]) =>
      phase('render', async () => {
        const { context, renderTask } = await renderer();
        if (jobs > 1 && tasks.length >= MIN_PARALLEL) {
          const { renderInThreads } = await import('./render-pool.ts');
          return renderInThreads(tasks, workerSetup(), jobs, { context, writer: staging.writer, root }, timings);
        }
        return tasks.map((task) => renderTask(task, { context, writer: staging.writer, root }, timings));
      });
    const tasksOf = (list: Parsed[]) => list.flatMap((item) => (item.task ? [item.task] : []));
    let tasks = tasksOf(planned);
    let rendered = await render(tasks);
    // A release parsed to another id than its front matter seemed to give (YAML the quick reading took
    // differently): it was built with another release's memories. Settle every id here and build again.
    const misread = (list: Parsed[], results: RenderedRelease[]) =>
      list
        .filter((item) => item.task)
        .some((item, index) => 'source' in item.task! && results[index]!.id !== undefined && results[index]!.id !== item.id);
    if (misread(planned, rendered)) {
      await staging.abort();
      staging = await stageTree(outDir);
      spare = await phase('link', recycled);
      ({ planned, duplicates } = await settle(true));
      tasks = tasksOf(planned);
      rendered = await render(tasks);
    }
    let renderedIndex = 0;
    let kept = 0;
    const entries: Record<string, ReleaseEntry> = {};
    await phase('link', async () => {
      for (const item of planned) {
        const path = item.path;
        if (item.entry) {
          const there = spare?.releases[path];
          const current = there?.key === item.entry.key && there.files.join('\n') === item.entry.files.join('\n');
          for (const file of item.entry.files) {
            if (current) staging.writer.keep(file);
            else staging.writer.link(file, outDir);
          }
          kept += item.entry.files.filter(isOutput).length;
          entries[path] = item.entry;
          continue;
        }
        const messages = item.file.messages.map(toMessage);
        if (!item.task) {
          entries[path] = { key: item.key!, messages, memoryMessages: {}, listed: {}, states: {}, files: [] };
          continue;
        }
        const { read, ...result } = rendered[renderedIndex++]!;
        for (const file of result.files) staging.writer.keep(file);
        for (const [memory, stamp] of Object.entries(read)) stamps.record(memory, stamp);
        item.id = result.id;
        entries[path] = {
          ...result,
          key: releaseKey(path, result.id, read),
          ...(result.embargo === undefined ? {} : { embargoed: embargoed(result.embargo) }),
          messages: [...messages, ...result.messages],
        };
      }
    });
    let written = tasks.length === 0 ? 0 : rendered.reduce((sum, result) => sum + result.files.filter(isOutput).length, 0);

    // Indexes and feeds list every published release: render them again when any release they list changed.
    const built = planned.flatMap((item) => (item.id !== undefined && !item.duplicate ? [{ id: item.id, ...entries[item.path]! }] : []));
    const indexKey = contentHash(settingsKey, built.map((release) => [release.id, release.key, release.states]));
    let indexFiles: string[];
    if (spare?.indexKey === indexKey) {
      for (const path of spare.indexFiles) staging.writer.keep(path);
      indexFiles = spare.indexFiles;
      kept += indexFiles.length;
    } else if (previous && previous.indexKey === indexKey) {
      await phase('link', async () => {
        for (const path of previous.indexFiles) staging.writer.link(path, outDir);
      });
      indexFiles = previous.indexFiles;
      kept += indexFiles.length;
    } else {
      const published = new Map<Language, IndexEntry[]>();
      for (const language of options.languages) {
        published.set(language, built.flatMap((release) => (release.states[language] === 'published' ? [release.listed[language]!] : [])));
      }
      // The feeds' few entries are read back from the tree being staged, where each release left them.
      const feedEntries = new Map<string, Partial<Record<Language, FeedEntry>>>();
      const feedEntryOf = (id: string, language: Language) => {
        if (!feedEntries.has(id)) feedEntries.set(id, JSON.parse(readFileSync(insidePath(staging.writer.dir, feedEntriesPath(id)), 'utf8')) as Partial<Record<Language, FeedEntry>>);
        return feedEntries.get(id)![language]!;
      };
      const { context, renderIndexes } = await renderer();
      const files = await phase('indexes', () => renderIndexes(published, feedEntryOf, context, timings));
      indexFiles = [...files.keys()].sort();
      timed(timings, 'write', () => {
        for (const path of indexFiles) staging.writer.write(path, files.get(path)!);
      });
      written += indexFiles.length;
    }
    if (!duplicates) {
      // out/ is public: a release under embargo stays out of the manifest (and is rendered again next time).
      const recorded = Object.fromEntries(Object.entries(entries).filter(([, entry]) => !Object.values(entry.states).includes('embargoed')));
      await phase('manifest', () => staging.writer.write(MANIFEST_PATH, serializeManifest({ pipeline, settings: settingsKey, releases: recorded, indexKey, indexFiles })));
    }
    await phase('link', () => staging.writer.clearRest());

    const reports = reportsOf(options.languages, planned.map((item) => item.path), entries, built);
    await phase('swap', () => staging.commit());
    await stamps.save();
    const ok = finish(io, options, reports, built, written, kept);
    printTimings(tasks.length, written, kept);
    return ok && translation === 0 ? 0 : 1;
  } catch (error) {
    await staging.abort();
    throw error;
  }
}
