// A translate run: batches sent with bounded concurrency, each answer put into its memory and saved at once.
import pLimit from 'p-limit';
import type { Release, TargetLanguage } from '../release.ts';
import { applyMachineTranslations, type Stamp } from './apply.ts';
import { batchRelease, DEEPL_LIMITS, type BatchLimits } from './batches.ts';
import { billedCharacters } from './billing.ts';
import { describeFailure, type EngineFailure, type TranslationEngine } from './deepl.ts';
import type { Memory } from './memory.ts';
import { pendingSegments, type Pending } from './pending.ts';

/** One release in one language. */
export interface TranslationJob {
  release: Release;
  language: TargetLanguage;
  memory: Memory;
  pending: Pending[];
}

export function planJob(release: Release, language: TargetLanguage, memory: Memory): TranslationJob {
  return { release, language, memory, pending: pendingSegments(release, memory) };
}

/** Characters a job would bill: each pending segment's text, as DeepL counts it. */
export function jobCharacters(job: TranslationJob): number {
  return job.pending.reduce((sum, item) => sum + billedCharacters(item.segment.content), 0);
}

export interface RunOptions {
  engine: TranslationEngine;
  concurrency: number;
  /** Glossary id per language, when the account has one for it. */
  glossaries: Partial<Record<TargetLanguage, string>>;
  stamp: () => Stamp;
  /** Write a job's memory; called after every batch, in order per job. */
  save: (job: TranslationJob, memory: Memory) => Promise<void>;
  /** Called once a batch's translations are saved. */
  progress?: (segments: number, job: TranslationJob) => void;
  limits?: BatchLimits;
}

export interface JobOutcome {
  job: TranslationJob;
  translated: number;
  billed: number;
}

export interface RunOutcome {
  jobs: JobOutcome[];
  translated: number;
  billed: number;
  /** Why the run stopped early; what was translated before is saved. */
  failure?: EngineFailure;
}

/**
 * Translate every job's pending segments. The first engine failure stops new requests; answers already on their
 * way are still saved, so nothing billed is lost. Jobs with nothing to translate are saved only when the
 * refresh of their sources changed something.
 */
export async function translateJobs(jobs: TranslationJob[], options: RunOptions): Promise<RunOutcome> {
  const limit = pLimit(options.concurrency);
  let failure: EngineFailure | undefined;
  const states = jobs.map((job) => {
    const refreshed = applyMachineTranslations(job.release, job.memory, [], options.stamp());
    return { job, memory: refreshed.memory, dirty: refreshed.changed, translated: 0, billed: 0, saving: Promise.resolve() };
  });

  const tasks = states.flatMap((state) =>
    batchRelease(state.job.release, state.job.pending, options.limits ?? DEEPL_LIMITS).map((batch) =>
      limit(async () => {
        if (failure) return;
        let results;
        try {
          results = await options.engine.translate({
            language: state.job.language,
            texts: batch.items.map((item) => item.segment.source),
            context: batch.context,
            glossaryId: options.glossaries[state.job.language],
          });
        } catch (error) {
          failure ??= describeFailure(error);
          return;
        }
        const translations = batch.items.map((pending, index) => ({ pending, target: results[index]!.text }));
        state.memory = applyMachineTranslations(state.job.release, state.memory, translations, options.stamp()).memory;
        state.translated += batch.items.length;
        state.billed += results.reduce((sum, result) => sum + result.billed, 0);
        state.dirty = false;
        const memory = state.memory;
        state.saving = state.saving.then(() => options.save(state.job, memory));
        await state.saving;
        options.progress?.(batch.items.length, state.job);
      }),
    ),
  );
  const settled = await Promise.allSettled(tasks);
  for (const state of states) if (state.dirty) await options.save(state.job, state.memory);
  const rejected = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected) throw rejected.reason;

  const outcomes = states.map(({ job, translated, billed }) => ({ job, translated, billed }));
  return {
    jobs: outcomes,
    translated: outcomes.reduce((sum, outcome) => sum + outcome.translated, 0),
    billed: outcomes.reduce((sum, outcome) => sum + outcome.billed, 0),
    failure,
  };
}
