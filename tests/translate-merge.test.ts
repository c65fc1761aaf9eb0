// A translate run saving into a memory file others changed meanwhile: their change wins, the run's own lands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeIntoDisk } from '../pipeline/translate/merge.ts';
import type { Memory, MemoryEntry } from '../pipeline/translate/memory.ts';

const KEYS = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004'];
const entry: fc.Arbitrary<MemoryEntry> = fc.record({
  source: fc.constantFrom('Uno.', 'Due.'),
  target: fc.constantFrom('One.', 'Two.', 'Reviewed.'),
  state: fc.constantFrom('machine' as const, 'reviewed' as const),
  engine: fc.constantFrom('deepl', 'human'),
  updated: fc.constant('2025-10-14T10:00:00+02:00'),
});
const memory: fc.Arbitrary<Memory> = fc
  .dictionary(fc.constantFrom(...KEYS), entry)
  .map((segments) => ({ release: 'r', language: 'en' as const, segments }));

describe('translate: saving merges into the file as others left it (property)', () => {
  it('keeps every entry changed on disk since the run read it, and takes the run’s where nobody else wrote', () => {
    fc.assert(
      fc.property(memory, memory, memory, (base, ours, disk) => {
        const merged = mergeIntoDisk(base, ours, disk);
        for (const key of KEYS) {
          const changedOnDisk = JSON.stringify(disk.segments[key]) !== JSON.stringify(base.segments[key]);
          expect(merged.segments[key]).toEqual(changedOnDisk ? disk.segments[key] : ours.segments[key]);
          // In particular a reviewed target someone saved meanwhile is never dropped.
          if (changedOnDisk && disk.segments[key]?.state === 'reviewed') expect(merged.segments[key]).toEqual(disk.segments[key]);
        }
      }),
    );
  });

  it('with nobody else writing, saves exactly the run’s memory', () => {
    fc.assert(
      fc.property(memory, memory, (base, ours) => {
        expect(mergeIntoDisk(base, ours, base).segments).toEqual(ours.segments);
      }),
    );
  });
});
