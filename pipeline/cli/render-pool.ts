// Releases rendered over worker threads. Batches go to whichever thread is free; results come back in task
// order, so the output does not depend on the number of threads or on which finished first.
import { Worker } from 'node:worker_threads';
import type { Timings } from '../build.ts';
import { STAGES } from '../build.ts';
import type { RenderTask, RenderedRelease } from './render-task.ts';
import type { WorkerSetup } from './render-worker.ts';

type Answer = { index: number; results: RenderedRelease[]; timings: Timings } | { index: number; error: string };

export async function renderInWorkers(tasks: RenderTask[], setup: WorkerSetup, jobs: number, timings: Timings): Promise<RenderedRelease[]> {
  // Small batches keep the threads evenly busy; not so small that messaging costs more than rendering.
  const size = Math.max(1, Math.min(32, Math.ceil(tasks.length / (jobs * 8))));
  const batches: RenderTask[][] = [];
  for (let start = 0; start < tasks.length; start += size) batches.push(tasks.slice(start, start + size));
  const results: RenderedRelease[][] = new Array(batches.length);
  const workers = Array.from({ length: Math.min(jobs, batches.length) }, () => new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: setup }));
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const send = (worker: Worker) => {
        if (next >= batches.length) return;
        const index = next++;
        worker.postMessage({ index, tasks: batches[index] });
      };
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`a render thread stopped with code ${code}`));
        });
        worker.on('message', (answer: Answer) => {
          if ('error' in answer) return reject(new Error(answer.error));
          results[answer.index] = answer.results;
          for (const stage of STAGES) timings[stage] += answer.timings[stage];
          if (++done === batches.length) resolve();
          else send(worker);
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}
