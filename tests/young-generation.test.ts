// After a large render this thread holds its young generation at the size it has (young-generation.ts): V8 would
// otherwise grow it to 48 MB for the link, index and record phases, the build's peak of memory at 10,000 releases.
import { describe, expect, it } from 'vitest';
import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration } from '../pipeline/publish/young-generation.ts';

const newSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;

/** Allocates as the link phase does, much of it surviving a while; returns the largest the young generation grew to. */
function allocate(): number {
  const kept: object[] = [];
  let largest = newSpace();
  for (let index = 0; index < 1_500_000; index++) {
    const entry = { id: `release-${index}`, files: [index, index + 1], listed: { title: 'x'.repeat(index % 40) } };
    if (index % 5 === 0) kept.push(entry);
    if (kept.length > 60_000) kept.splice(0, 30_000);
    if (index % 50_000 === 0) largest = Math.max(largest, newSpace());
  }
  return largest;
}

describe('young generation', () => {
  it('does not grow while held, and grows again as V8 sees fit once let go', () => {
    const before = newSpace();
    const release = holdYoungGeneration();
    try {
      expect(allocate()).toBe(before);
    } finally {
      release();
      release();
    }
    expect(allocate()).toBeGreaterThan(before);
  });
});
