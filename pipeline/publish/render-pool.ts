// Releases rendered over threads: this one and jobs - 1 workers. Batches go to whichever thread is free; results
// come back in task order, so the output does not depend on the number of threads or on which finished first.
// The main thread renders too: it would otherwise sit waiting, and every extra thread costs a copy of the
// pipeline's modules in memory.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Timings } from './render-release.ts';
import { STAGES } from './render-release.ts';
import { mayHavePictures, renderTask, type RenderPlace, type RenderTask, type RenderedRelease } from './render-task.ts';
import type { WorkerSetup } from './render-worker.ts';
import type { RenderedResults } from './render-results.ts';
import { compiled } from './pipeline-version.ts';

// Bundled, the worker is its own entry point in dist/, beside every chunk; run as TypeScript (vitest), a shim that
// registers tsx first (or loads dist/ under the tests).
const WORKER = compiled ? new URL('./render-worker.js', import.meta.url) : new URL('./render-worker.mjs', import.meta.url);

/** A batch's results as JSON (one string crosses between threads as it is, and goes to `RenderedResults` so). */
type Answer = { index: number; results: string; timings: Timings } | { index: number; error: string };

/**
 * A render thread's young generation, in MB (V8 gives a third of it to each of its two semi-spaces): V8 grows it to
 * 48 MB while rendering, memory the thread holds for as long as it lives. At 12, a few percent more collection time.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/** Fills `results` with every task's, a batch at a time (see RenderedResults), and returns it. */
export async function renderInThreads(tasks: RenderTask[], setup: WorkerSetup, jobs: number, local: RenderPlace, timings: Timings, results: RenderedResults): Promise<RenderedResults> {
  // Small batches keep the threads evenly busy; not so small that messaging costs more than rendering.
  const size = Math.max(1, Math.min(16, Math.ceil(tasks.length / (jobs * 8))));
  const batches: RenderTask[][] = [];
  for (let start = 0; start < tasks.length; start += size) batches.push(tasks.slice(start, start + size));
  // sharp's native library must be loaded by the main thread before any worker loads it, or a worker's exit can
  // unload it under the others (sharp's documentation on worker threads).
  if (tasks.some(mayHavePictures)) await import('sharp');
  const workers = Array.from({ length: Math.min(jobs - 1, batches.length - 1) }, () => new Worker(WORKER, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
  let next = 0;
  let done = 0;
  let failed: Error | undefined;
  try {
    const finished = new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => {
        failed ??= error;
        reject(error);
      };
      const send = (worker: Worker) => {
        if (next >= batches.length || failed) return;
        const index = next++;
        worker.postMessage({ index, tasks: batches[index] });
      };
      for (const worker of workers) {
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a render thread stopped with code ${code}`));
        });
        worker.on('message', (answer: Answer) => {
          if ('error' in answer) return fail(new Error(answer.error));
          results.add(answer.index, answer.results);
          for (const stage of STAGES) timings[stage] += answer.timings[stage];
          if (++done === batches.length) resolve();
          else send(worker);
        });
        // Two batches each, so a worker never waits while this thread is busy rendering.
        send(worker);
        send(worker);
      }
      if (batches.length === 0) resolve();
    });
    // Keep the rejection from going unhandled while this thread renders.
    finished.catch(() => undefined);
    while (next < batches.length && !failed) {
      const index = next++;
      const rendered: RenderedRelease[] = [];
      for (const task of batches[index]!) {
        rendered.push(await renderTask(task, local, timings));
        // Let the workers' answers in between releases, so they are handed their next batch at once.
        await yieldToEvents();
      }
      // As a worker's answer comes: JSON, which also lets go of larger strings the stages cut parts from.
      results.add(index, JSON.stringify(rendered));
      if (++done === batches.length) break;
    }
    if (done < batches.length || failed) await finished;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
