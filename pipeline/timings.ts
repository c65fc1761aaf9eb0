// Stage timings for `pressroom build --timings` and the benchmark: plain numbers, kept only when asked for.

/** Milliseconds spent per stage, summed over releases (and over threads, when there are several). */
export const STAGES = ['parse', 'quotes', 'translate', 'html', 'wire', 'ninjs', 'quotesJson', 'indexes', 'feeds', 'images', 'write'] as const;
export type Stage = (typeof STAGES)[number];
export type Timings = Record<Stage, number>;

export const noTimings = (): Timings => Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Timings;

/** Run `work`, adding its duration to `stage` when timings are kept. */
export function timed<T>(timings: Timings | undefined, stage: Stage, work: () => T): T {
  if (!timings) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    timings[stage] += performance.now() - start;
  }
}
