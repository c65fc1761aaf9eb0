// Render threads, started before there is work for them: a thread takes a few hundred milliseconds to load the
// renderers, which a cold build spends reading and planning on this one. A thread waits for its setup (a
// WorkerSetup, the first message) and then renders the batches it is sent (render-pool.ts). Light: the build
// imports it at start-up, before it knows whether anything renders.
import { Worker } from 'node:worker_threads';
import { compiled } from './pipeline-version.ts';

// Bundled, the worker is its own entry point in dist/, beside every chunk; run as TypeScript (vitest), a shim that
// registers tsx first (or loads dist/ under the tests).
const WORKER = compiled ? new URL('./render-worker.js', import.meta.url) : new URL('./render-worker.mjs', import.meta.url);

/**
 * A render thread's young generation, in MB (V8 gives a third of it to each of its two semi-spaces): V8 grows it to
 * 48 MB while rendering, memory the thread holds for as long as it lives. At 12, a few percent more collection time.
 */
const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * `count` render threads loading their code. Unreferenced until the pool takes them (a build that stops before
 * rendering never waits on them); whoever started them terminates them.
 */
export function startRenderThreads(count: number): Worker[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.unref();
    return worker;
  });
}

export const stopRenderThreads = (workers: Worker[] | undefined): Promise<unknown> => Promise.all((workers ?? []).map((worker) => worker.terminate()));
