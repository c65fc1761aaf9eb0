// How the render phase cuts its releases into batches for the threads: every release once, in order, with the
// batches smaller towards the end so that no thread is left rendering a whole batch while the others wait.
import { describe, expect, it } from 'vitest';
import { batchesOf } from '../pipeline/publish/render-pool.ts';

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
});
