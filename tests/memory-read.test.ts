// Memories are read by hand when they have the usual shape (usualMemory), by the schema otherwise: the hand reading
// must give exactly what the schema gives (fields in its order), and nothing where the schema refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memorySchema, usualMemory } from '../pipeline/translate/memory-file.ts';

// Mostly well formed, now and then an empty text, a wrong value or an extra field.
const odd = fc.oneof(fc.constant(null), fc.integer(), fc.constant('extra'), fc.array(fc.string(), { maxLength: 1 }));
const often = <T>(usual: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: fc.constant(''), weight: 1 }, { arbitrary: odd, weight: 1 });
const text = often(fc.string({ minLength: 1, maxLength: 4 }));
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined, freq: 2 });
const state = often(fc.constantFrom('machine', 'reviewed'));
const entry = fc
  .record({
    source: text,
    target: text,
    state,
    engine: text,
    updated: text,
    reviewer: maybe(text),
    approvedBy: maybe(text),
    approvedAt: maybe(text),
    previous: maybe(fc.oneof({ arbitrary: fc.record({ source: text, target: text, state }), weight: 8 }, { arbitrary: fc.record({ source: text, target: text, state, other: odd }), weight: 1 }, { arbitrary: odd, weight: 1 })),
    other: fc.option(odd, { nil: undefined, freq: 12 }),
  })
  .map((fields) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
const key = fc.oneof({ arbitrary: fc.stringMatching(/^[0-9a-f]{16}$/), weight: 12 }, { arbitrary: fc.constantFrom('short', '__proto__', 'ABCDEF0123456789'), weight: 1 });
// Fields in any order, as a hand-edited file may have them.
const shuffled = (value: Record<string, unknown>, order: number[]) => {
  const keys = Object.keys(value);
  return Object.fromEntries(keys.map((_, index) => keys[order[index]! % keys.length]!).filter((name, index, all) => all.indexOf(name) === index).concat(keys).filter((name, index, all) => all.indexOf(name) === index).map((name) => [name, value[name]]));
};

describe('reading a memory by hand', () => {
  it('gives what the schema gives, or leaves it to the schema', () => {
    let read = 0;
    fc.assert(
      fc.property(
        fc.record({ release: text, language: often(fc.constantFrom('en', 'ja')), segments: fc.dictionary(key, entry, { maxKeys: 3 }) }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (memory, order) => {
          const data = JSON.parse(JSON.stringify({ ...shuffled(memory, order), segments: Object.fromEntries(Object.entries(memory.segments).map(([name, value]) => [name, shuffled(value, order)])) }));
          const bySchema = memorySchema.safeParse(data);
          const byHand = usualMemory(data);
          if (!bySchema.success) expect(byHand).toBeUndefined();
          else if (byHand !== undefined) expect(JSON.stringify(byHand)).toBe(JSON.stringify(bySchema.data));
          if (byHand !== undefined) read++;
        },
      ),
      { numRuns: 3000 },
    );
    // Enough of them well formed for the comparison to mean something.
    expect(read).toBeGreaterThan(300);
  });

  it('reads the usual memory by hand', () => {
    const data = { release: 'bando', language: 'en', segments: { '0123456789abcdef': { target: 'Call', source: 'Bando', state: 'reviewed', updated: '2025-10-15T11:00:00+02:00', engine: 'human', approvedAt: '2025-10-16T11:00:00+02:00', reviewer: 'Anna', approvedBy: 'Bruno' } } };
    expect(JSON.stringify(usualMemory(data))).toBe(JSON.stringify(memorySchema.parse(data)));
  });

  it('leaves to the schema every memory it refuses', () => {
    const entry = { source: 'Bando', target: 'Call', state: 'reviewed', engine: 'human', updated: '2025-10-15T11:00:00+02:00' };
    const memory = (change: Record<string, unknown>, top: Record<string, unknown> = {}) => ({ release: 'bando', language: 'en', ...top, segments: { '0123456789abcdef': { ...entry, ...change } } });
    const refused = [
      memory({ engine: '' }),
      memory({ updated: '' }),
      memory({ state: 'draft' }),
      memory({ source: 1 }),
      memory({ reviewer: null }),
      memory({ approvedBy: 'Bruno' }),
      memory({ approvedBy: '', approvedAt: '' }),
      memory({ state: 'machine', approvedBy: 'Bruno', approvedAt: 'now' }),
      memory({ previous: { source: 'a', target: 'b' } }),
      memory({ previous: { source: 'a', target: 'b', state: 'machine', extra: 1 } }),
      memory({ extra: 1 }),
      memory({}, { release: '' }),
      memory({}, { language: 'it' }),
      memory({}, { extra: 1 }),
      { release: 'bando', language: 'en', segments: { ABCDEF0123456789: entry } },
      { release: 'bando', language: 'en', segments: [] },
    ];
    for (const data of refused) {
      expect(memorySchema.safeParse(data).success).toBe(false);
      expect(usualMemory(data)).toBeUndefined();
    }
    expect(usualMemory(memory({}))).toEqual(memorySchema.parse(memory({})));
  });
});
