// How the render phase cuts its releases into batches for the threads: every release once, in order, with the
// batches smaller towards the end so that no thread is left rendering a whole batch while the others wait; and
// when a rebuild's few releases go to a thread of their own.
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../pipeline/publish/render-pool.ts';
import { handsOff, rendersInThreads } from '../pipeline/publish/render.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('render batches', () => {
  it('hold every release once, in order, at most 16 each', () => {
    for (const [count, jobs] of [[1, 2], [16, 2], [17, 2], [1000, 2], [1000, 4], [10_000, 2], [37, 8]] as const) {
      const batches = batchesOf(numbers(count), jobs);
      expect(batches.flat()).toEqual(numbers(count));
      expect(Math.max(...batches.map((batch) => batch.length))).toBeLessThanOrEqual(16);
      expect(batches.every((batch) => batch.length > 0)).toBe(true);
    }
  });

  it('shrink towards the end: the last batches are single releases, none larger than the one before', () => {
    const sizes = batchesOf(numbers(1000), 2).map((batch) => batch.length);
    expect(sizes[0]).toBe(16);
    expect(sizes.at(-1)).toBe(1);
    expect(sizes.at(-2)).toBe(1);
    for (let index = 1; index < sizes.length; index++) expect(sizes[index]).toBeLessThanOrEqual(sizes[index - 1]!);
    // What is left once the batches stop being full is a few threads' worth of small batches, not a long tail.
    const tail = sizes.filter((size) => size < 16).length;
    expect(tail).toBeGreaterThan(10);
    expect(tail).toBeLessThan(40);
  });

  it('go to one thread started early when a rebuild has too few releases for threads, and to none with one job', () => {
    expect([0, 1, 15, 16, 1000].map((count) => handsOff(2, count))).toEqual([false, true, true, false, false]);
    expect([1, 15].map((count) => handsOff(1, count))).toEqual([false, false]);
    // Every count renders one way: on this thread alone, handed off, or spread over threads.
    for (const jobs of [1, 2, 4]) for (const count of [1, 15, 16, 500]) expect(Number(handsOff(jobs, count)) + Number(rendersInThreads(jobs, count))).toBeLessThanOrEqual(1);
  });
});
