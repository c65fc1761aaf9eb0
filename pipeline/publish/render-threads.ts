// Render threads, started before there is work for them: a thread takes a few hundred milliseconds to load the
// renderers, which a cold build spends reading and planning on this one. A thread waits for its setup (a
// WorkerSetup, the first message) and then renders the batches it is sent (render-pool.ts). Light: the build
// imports it at start-up, before it knows whether anything renders.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { compiled } from './pipeline-version.ts';

// Bundled, the worker is its own entry point in dist/, beside every chunk; run as TypeScript (vitest), a shim that
// registers tsx first (or loads dist/ under the tests).
const WORKER = compiled ? new URL('./render-worker.js', import.meta.url) : new URL('./render-worker.mjs', import.meta.url);

/**
 * A render thread's young generation, in MB: what V8 grows it to while rendering. Capped at 12, the thread spent a
 * fifth of its time collecting garbage (against a twelfth for the main thread), some 10% of a cold build's processor
 * time; the cap was no help to peak memory at 10,000 releases either (README: 370 MB without it, 395 MB with it).
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * The young generation of a thread rendering a large archive, in MB. A third of V8's: the thread's heap is smaller
 * (its two semi-spaces, and the old generation's limit, which V8 sets at what survived plus a semi-space). Worth it
 * only where the render phase is where the build's memory peaks: see LARGE_HEAP_GROWING_PERCENT for what it saves.
 */
const LARGE_YOUNG_GENERATION_MB = 16;

/**
 * How far past what its last full collection found alive V8 lets a heap grow, in percent, once a large archive is to
 * render (the CLI's is 50: cli/main.ts). Process-wide and read at each collection, so the main thread, which renders
 * too and holds the plan, has it as well as the render threads. With the young generation above, peak RSS at 5000
 * releases went from 280 to 254 MB (README, Performance) for some 3% more processor time.
 */
const LARGE_HEAP_GROWING_PERCENT = 25;

/** Releases to render from which the threads' young generation is a third of V8's and heaps grow by a quarter. */
export const LARGE_RENDER = 5000;

/** The young generation, in MB, of a thread that is to render `releases` releases (with the others' share). */
export const youngGenerationMb = (releases: number): number => (releases >= LARGE_RENDER ? LARGE_YOUNG_GENERATION_MB : WORKER_YOUNG_GENERATION_MB);

/**
 * `count` render threads loading their code, for a render phase of `releases` releases. Unreferenced until the pool
 * takes them (a build that stops before rendering never waits on them); whoever started them terminates them.
 */
export function startRenderThreads(count: number, releases: number): Worker[] {
  const maxYoungGenerationSizeMb = youngGenerationMb(releases);
  if (count > 0 && releases >= LARGE_RENDER) setFlagsFromString(`--heap-growing-percent=${LARGE_HEAP_GROWING_PERCENT}`);
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb } });
    worker.unref();
    return worker;
  });
}

export const stopRenderThreads = (workers: Worker[] | undefined): Promise<unknown> => Promise.all((workers ?? []).map((worker) => worker.terminate()));
