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
 * A render thread's young generation, in MB: what V8 grows it to while rendering. Capped at 12, the thread spent a
 * fifth of its time collecting garbage (against a twelfth for the main thread), some 10% of a cold build's processor
 * time; the cap was no help to peak memory at 10,000 releases either (README: 370 MB without it, 395 MB with it).
 */
const WORKER_YOUNG_GENERATION_MB = 48;

/**
 * The young generation of a thread rendering a large archive, in MB. Halved, the thread's heap is smaller (its two
 * semi-spaces, and the old generation's limit, which V8 sets at what survived plus a semi-space): peak RSS 12-24 MB
 * lower at 1000 releases, 13 MB at 10,000 (305 to 292 MB), for some 5% more processor time: worth it only where the
 * render phase is where the build's memory peaks.
 */
const LARGE_YOUNG_GENERATION_MB = 24;

/**
 * Releases to render from which the render phase is shaped for memory: this thread renders none (see renderShape)
 * and the render threads' young generation is halved.
 */
export const LARGE_RENDER = 5000;

/** Below this many releases to render, starting threads costs more than it saves. */
const MIN_PARALLEL = 16;

/** How a render phase is spread: `threads` render threads, and whether this thread renders besides them. */
export interface RenderShape {
  threads: number;
  here: boolean;
}

/**
 * The shape of a render phase of `releases` releases for `jobs` jobs. Usually this thread renders beside jobs - 1
 * threads. A large render is left to the threads (at least one) while this one plans, writes and keeps the results:
 * a thread that renders grows its heap to some 110 MB (V8 sizes this thread's young generation for speed, and no
 * setting made from inside changes it), against some 40 MB for one that does not, and at 10,000 releases two heaps
 * that render do not fit in 256 MB beside the node binary. On two cores that is one render thread: a cold build of
 * 10,000 releases took 221 s against 150 s.
 */
export function renderShape(jobs: number, releases: number, large = LARGE_RENDER): RenderShape {
  if (releases >= large) return { threads: Math.max(1, jobs - 1), here: false };
  if (jobs > 1 && releases >= MIN_PARALLEL) return { threads: jobs - 1, here: true };
  return { threads: 0, here: true };
}

/** The young generation, in MB, of a thread that is to render `releases` releases (with the others' share). */
export const youngGenerationMb = (releases: number): number => (releases >= LARGE_RENDER ? LARGE_YOUNG_GENERATION_MB : WORKER_YOUNG_GENERATION_MB);

/**
 * `count` render threads loading their code, for a render phase of `releases` releases. Unreferenced until the pool
 * takes them (a build that stops before rendering never waits on them); whoever started them terminates them.
 */
export function startRenderThreads(count: number, releases: number): Worker[] {
  const maxYoungGenerationSizeMb = youngGenerationMb(releases);
  return Array.from({ length: count }, () => {
    const worker = new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb } });
    worker.unref();
    return worker;
  });
}

export const stopRenderThreads = (workers: Worker[] | undefined): Promise<unknown> => Promise.all((workers ?? []).map((worker) => worker.terminate()));
