// `pressroom translate`: the segments with no current translation, through DeepL, into locales/<lang>/releases/.
import { join, resolve } from 'node:path';
import { VFile } from 'vfile';
import { loadReleases } from '../publish/render-release.ts';
import type { Release, TargetLanguage } from '../release.ts';
import { createDeepL, describeFailure, type EngineFailure, type TranslationEngine } from '../translate/deepl.ts';
import { deeplSettings, redactCredentials, type EnglishVariant } from '../translate/deepl-settings.ts';
import type { Glossary } from '../glossary.ts';
import { glossaryDictionaries, glossaryName } from '../translate/glossary.ts';
import { readGlossaryFile } from './glossary-file.ts';
import { emptyMemory, type Memory } from '../translate/memory.ts';
import { readMemory } from '../translate/memory-file.ts';
import { mergeIntoDisk } from '../translate/merge.ts';
import { movedEntries } from '../translate/apply.ts';
import { carryThreads } from '../translate/comments.ts';
import { formatMessages } from '../problems.ts';
import { updateMemory } from './workspace.ts';
import { jobCharacters, planJob, translateJobs, type TranslationJob } from '../translate/run.ts';
import { recallPending, reviewedIndex } from '../translate/recall.ts';
import { readMemories, readReleases } from './read.ts';
import { createProgress } from './progress.ts';
import { tryLock } from './lock.ts';
import { statistics } from 'vfile-statistics';
import { printReports, problemFile, type Console } from '../problems.ts';

export interface TranslateOptions {
  root: string;
  languages: TargetLanguage[];
  /** Release ids; all releases when absent. */
  releases?: string[];
  dryRun: boolean;
  english: EnglishVariant;
  /** Requests in flight at once. */
  concurrency: number;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** The terminal for a progress bar; plain lines when it is not a TTY. */
  terminal?: NodeJS.WriteStream;
}

/** Held by the one pressroom translate run of a project (the build's included). */
export const TRANSLATE_LOCK = '.pressroom-translate.lock';

const label = (job: TranslationJob) => `${job.release.id} ${job.language}`;
const segmentsWord = (count: number) => `${count} segment${count === 1 ? '' : 's'}`;

/** A problem of the run as a whole, printed as `pressroom: error: … [pressroom:rule]`. */
const runError = (io: Console, reason: string, ruleId: string) => printReports([problemFile('', reason, ruleId)], io);
const runWarning = (io: Console, reason: string, ruleId: string) => printReports([problemFile('', reason, ruleId, 'warning')], io);

const MISSING_KEY =
  'DEEPL_AUTH_KEY is not set: set it to your DeepL API key (DEEPL_SERVER_URL for another DeepL-compatible server), or run pressroom translate --dry-run to see the cost first';

/** Every release x language with its memory; releases or memories with errors are reported and left out. */
async function planProject(root: string, options: Pick<TranslateOptions, 'languages' | 'releases'>, io: Console, report: boolean): Promise<{ jobs: TranslationJob[]; ok: boolean }> {
  const loaded = loadReleases(await readReleases(root));
  const reports = loaded.reports.filter((file) => file.messages.length > 0);
  let ok = statistics(reports).fatal === 0;
  let releases: Release[] = loaded.releases;
  if (options.releases) {
    const unknown = options.releases.filter((id) => !releases.some((release) => release.id === id));
    if (unknown.length > 0) {
      if (report) printReports(reports, io);
      runError(io, `no release ${unknown.join(', ')} in releases/ (known: ${releases.map((release) => release.id).join(', ') || 'none'})`, 'translate');
      return { jobs: [], ok: false };
    }
    releases = releases.filter((release) => options.releases!.includes(release.id));
  }
  const files = await readMemories(root, options.languages);
  const jobs: TranslationJob[] = [];
  for (const language of options.languages) {
    // Every release's reviewed translations, those not being translated now included: reused, never billed again.
    const readable = Object.entries(files[language] ?? {}).flatMap(([id, file]) => readMemory(new VFile({ path: file.path, value: file.text }), { release: id, language }) ?? []);
    const index = reviewedIndex(readable);
    for (const release of releases) {
      const source = files[language]?.[release.id];
      let memory: Memory | undefined = emptyMemory(release.id, language);
      if (source) {
        const file = new VFile({ path: source.path, value: source.text });
        memory = readMemory(file, { release: release.id, language });
        // A memory that does not read is never overwritten: the translator fixes it first.
        if (!memory) {
          reports.push(file);
          ok = false;
          continue;
        }
      }
      const job = planJob(release, language, memory);
      const { recalled, rest } = recallPending(release, job.pending, index);
      jobs.push({ ...job, pending: rest, recalled });
    }
  }
  if (report) printReports(reports, io);
  return { jobs, ok };
}

function explain(failure: EngineFailure, where: string): string {
  switch (failure.kind) {
    case 'quota':
      return `DeepL quota exceeded (456): the account has no characters left this billing period; raise the limit or wait, then run pressroom translate again`;
    case 'key':
      return `DeepL refused the key (403): check DEEPL_AUTH_KEY${where}`;
    case 'busy':
      return `DeepL kept answering "too many requests" (429) after every retry; wait a few minutes and run pressroom translate again`;
    case 'server':
      return `DeepL had a server error after every retry (${failure.detail}); run pressroom translate again later`;
    case 'connection':
      return `cannot reach DeepL${where} (${failure.detail}); check the network, then run pressroom translate again`;
    case 'request':
      return `DeepL rejected a request (${failure.detail})`;
  }
}

/** Segments taken from other releases' reviewed translations: said per job, with where they came from. */
function reportRecalled(jobs: TranslationJob[], io: Console, dryRun: boolean): void {
  for (const job of jobs) {
    const recalled = job.recalled ?? [];
    if (recalled.length === 0) continue;
    const from = [...new Set(recalled.map((item) => item.engine!.replace(/^memory:/, '')))].join(', ');
    io.log(`${label(job)}: ${segmentsWord(recalled.length)} ${dryRun ? 'would be taken' : 'taken'} from the reviewed translations of ${from}, 0 characters (to confirm in the review desk)`);
  }
}

/** Save a job's memory under the file's lock, keeping what others changed in the file since the run read it. */
async function saveMemory(root: string, job: TranslationJob, memory: Memory): Promise<void> {
  await updateMemory(root, job.language, job.release, (source, commentsSource) => {
    // A file someone broke meanwhile is not overwritten: the translator fixes it first.
    if (source.text !== undefined && !source.memory) throw new Error(`${source.path} was changed during the run and does not read any more; it is left as it is:\n${formatMessages(source.file).join('\n')}`);
    const saved = source.memory ? mergeIntoDisk(job.memory, memory, source.memory) : memory;
    // Reviewers' threads follow the stale translations this run moved to their segments' new keys.
    const pending = [...job.pending, ...(job.recalled ?? []).map((item) => item.pending)];
    const comments = commentsSource.comments && carryThreads(commentsSource.comments, movedEntries(pending, saved));
    return { memory: saved, comments: comments !== commentsSource.comments ? comments : undefined, answer: undefined };
  });
}

/**
 * Plan, then translate or only count. `quiet` (the build's use) leaves problems in the sources to the build and
 * prints nothing when nothing is missing.
 * Returns the exit code: 0 done, 1 problems or a stopped run (what was done is saved), 2 no key.
 */
export async function translateProject(options: TranslateOptions, io: Console, quiet = false): Promise<number> {
  const root = resolve(options.root);
  const settings = deeplSettings(options.env, options.english);
  if (!options.dryRun && !settings) {
    runError(io, MISSING_KEY, 'deepl-key');
    return 2;
  }
  if (options.dryRun) return translateUnlocked(root, options, io, quiet);
  // One run at a time per project: a second one would bill the same segments and race on the memory files.
  const taken = await tryLock(join(root, TRANSLATE_LOCK));
  if (!taken.ok) {
    const { pid, host, started } = taken.holder;
    runError(
      io,
      `another pressroom translate is running on this project (pid ${pid}${host ? ` on ${host}` : ''}${started ? `, since ${started}` : ''}); nothing was translated: run again when it has finished (if no such run exists, delete ${TRANSLATE_LOCK})`,
      'translate-lock',
    );
    return 1;
  }
  if (taken.lock.replaced) runWarning(io, `the translate run with pid ${taken.lock.replaced.pid} stopped without finishing; what it saved is kept and the rest is translated now`, 'translate-lock');
  try {
    return await translateUnlocked(root, options, io, quiet);
  } finally {
    await taken.lock.release();
  }
}

async function translateUnlocked(root: string, options: TranslateOptions, io: Console, quiet: boolean): Promise<number> {
  const settings = deeplSettings(options.env, options.english);
  // The build reports release and memory problems itself.
  const { jobs, ok } = await planProject(root, options, io, !quiet);
  const todo = jobs.filter((job) => job.pending.length > 0);
  const segments = todo.reduce((sum, job) => sum + job.pending.length, 0);
  // Translating without the fixed terms would bill for translations the reviewers then have to correct.
  const { glossary, file: glossaryFile } = await readGlossaryFile(root);
  if (!glossary && (!quiet || todo.length > 0)) {
    printReports([glossaryFile], io);
    runError(io, 'fix locales/glossary.yaml first; nothing was translated', 'glossary');
    return 1;
  }

  reportRecalled(jobs, io, options.dryRun);
  if (options.dryRun) {
    let characters = 0;
    for (const job of todo) {
      const count = jobCharacters(job);
      characters += count;
      io.log(`${label(job)}: ${count} characters, ${segmentsWord(job.pending.length)}`);
    }
    io.log(`total: ${characters} characters would be billed for ${segmentsWord(segments)} (dry run, nothing sent)`);
    return ok ? 0 : 1;
  }

  const where = settings!.serverUrl ? ` (server ${redactCredentials(settings!.serverUrl)})` : '';
  const engine: TranslationEngine = createDeepL(settings!);
  const run = {
    engine,
    concurrency: options.concurrency,
    stamp: () => ({ engine: engine.name, updated: options.now().toISOString() }),
    save: (job: TranslationJob, memory: Memory) => saveMemory(root, job, memory),
  };
  if (todo.length === 0) {
    // Nothing to send: only bring sources up to date (quote markers), without a request.
    await translateJobs(jobs, { ...run, glossaries: {} });
    if (quiet) return ok ? 0 : 1;
    io.log('nothing to translate: every segment has a current translation');
    io.log('total: 0 characters billed for 0 segments');
    await printUsage(engine, io);
    return ok ? 0 : 1;
  }

  let glossaries: Partial<Record<TargetLanguage, string>>;
  try {
    glossaries = await prepareGlossary(glossary!, engine);
  } catch (error) {
    const failure = describeFailure(error);
    runError(io, `${explain(failure, where)}; nothing was translated`, `deepl-${failure.kind}`);
    return 1;
  }

  const progress = createProgress(segments, { done: 'translated', unit: 'segments' }, io, options.terminal);
  const outcome = await translateJobs(jobs, { ...run, glossaries, progress: (count, job) => progress.advance(count, label(job)) });
  progress.stop();

  for (const { job, billed, translated } of outcome.jobs) {
    if (translated > 0) io.log(`${label(job)}: ${billed} characters billed, ${segmentsWord(translated)}`);
  }
  io.log(`total: ${outcome.billed} characters billed for ${segmentsWord(outcome.translated)}`);
  if (outcome.failure) {
    const left = segments - outcome.translated;
    runError(io, `${explain(outcome.failure, where)}; ${segmentsWord(outcome.translated)} translated and saved, ${left} left`, `deepl-${outcome.failure.kind}`);
  }
  if (!outcome.failure || outcome.failure.kind === 'quota') await printUsage(engine, io);
  return ok && !outcome.failure ? 0 : 1;
}

async function printUsage(engine: TranslationEngine, io: Console): Promise<void> {
  try {
    const usage = await engine.usage();
    if (usage) io.log(`DeepL usage this period: ${usage.count} of ${usage.limit} characters`);
  } catch (error) {
    runWarning(io, `could not read the DeepL account usage (${describeFailure(error).detail})`, 'deepl-usage');
  }
}

/** The glossary on the DeepL account, created once per content; id per language. */
async function prepareGlossary(glossary: Glossary, engine: TranslationEngine): Promise<Partial<Record<TargetLanguage, string>>> {
  const dictionaries = glossaryDictionaries(glossary);
  const use = await engine.glossary(glossaryName(dictionaries), dictionaries);
  if (!use) return {};
  return Object.fromEntries(use.languages.map((language) => [language, use.id]));
}

export function runTranslate(options: TranslateOptions, io: Console): Promise<number> {
  return translateProject(options, io);
}
