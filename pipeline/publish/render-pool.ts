// Releases rendered over threads: workers, and this one too unless the render is large (render-threads.ts
// renderShape). Batches go to whichever thread is free; results come back in task order, so the output does not
// depend on the number of threads or on which finished first. This thread renders when it can: it would otherwise
// sit waiting, and every extra thread costs a copy of the pipeline's modules in memory.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Timings } from './render-release.ts';
import { STAGES } from './render-release.ts';
import { mayHavePictures, renderTask, type RenderPlace, type RenderTask, type RenderedRelease } from './render-task.ts';
import type { WorkerSetup } from './render-worker.ts';
import type { RenderedResults } from './render-results.ts';
import { startRenderThreads, stopRenderThreads, type RenderShape } from './render-threads.ts';

/** A batch's results as JSON (one string crosses between threads as it is, and goes to `RenderedResults` so). */
type Answer = { index: number; results: string; timings: Timings } | { index: number; error: string };

/** Batches of `tasks`: small ones keep the threads evenly busy, not so small that messaging costs more than rendering. */
export function batchesOf<T>(tasks: T[], jobs: number): T[][] {
  const largest = Math.max(1, Math.min(16, Math.ceil(tasks.length / (jobs * 8))));
  const batches: T[][] = [];
  for (let start = 0; start < tasks.length; ) {
    // Smaller towards the end, so that no thread is left rendering a whole batch while the others wait for it.
    const size = Math.max(1, Math.min(largest, Math.ceil((tasks.length - start) / (jobs * 4))));
    batches.push(tasks.slice(start, start + size));
    start += size;
  }
  return batches;
}

/**
 * Fills `results` with every task's, a batch at a time (see RenderedResults), and returns it. `started`: threads
 * already loading (render-threads.ts), used before any is started; all are terminated when it returns.
 */
export async function renderInThreads(tasks: RenderTask[], setup: WorkerSetup, shape: RenderShape, local: RenderPlace, timings: Timings, results: RenderedResults, started: Worker[] = []): Promise<RenderedResults> {
  const batches = batchesOf(tasks, shape.threads + (shape.here ? 1 : 0));
  // Rendering here, a thread is worth starting only for a second batch; not rendering here, one is needed.
  const wanted = shape.here ? Math.max(0, Math.min(shape.threads, batches.length - 1)) : Math.max(1, Math.min(shape.threads, batches.length));
  const spare = started.splice(wanted);
  const stopping = stopRenderThreads(spare);
  // sharp's native library must be loaded by the main thread before any worker loads it, or a worker's exit can
  // unload it under the others (sharp's documentation on worker threads). A thread loads it only for a batch.
  if (tasks.some(mayHavePictures)) await import('sharp');
  const workers = [...started, ...startRenderThreads(wanted - started.length, tasks.length)];
  for (const worker of workers) {
    worker.ref();
    worker.postMessage({ setup });
  }
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
    while (shape.here && next < batches.length && !failed) {
      const index = next++;
      const rendered: RenderedRelease[] = [];
      for (const task of batches[index]!) {
        rendered.push(await renderTask(task, local, timings));
        // Let the workers' answers in between releases, so they are handed their next batch at once.
        await yieldToEvents();
      }
      await local.writer.settle();
      // As a worker's answer comes: JSON, which also lets go of larger strings the stages cut parts from.
      results.add(index, JSON.stringify(rendered));
      if (++done === batches.length) break;
    }
    if (done < batches.length || failed) await finished;
  } finally {
    await Promise.all([stopRenderThreads(workers), stopping]);
  }
  return results;
}
