// Memory files for fixtures: a translation per segment from a function the test chooses.
import type { Release, TargetLanguage } from '../../pipeline/release.ts';
import type { Memory, TranslationState } from '../../pipeline/translate/memory.ts';
import { serializeMemory } from '../../pipeline/translate/memory-file.ts';
import { numbersIn } from '../../pipeline/check/rules/numbers.ts';
import { plainText, readInlineAsWritten } from '../../pipeline/inline/index.ts';

export function memoryFor(
  release: Release,
  language: TargetLanguage,
  translate: (source: string) => string,
  state: TranslationState = 'reviewed',
): Memory {
  const segments: Memory['segments'] = {};
  for (const segment of release.segments) {
    segments[segment.key] = { source: segment.source, target: translate(segment.source), state, engine: 'human', updated: '2025-10-14T10:00:00+02:00' };
  }
  return { release: release.id, language, segments };
}

export const memoryJson = (memory: Memory, release?: Release) => serializeMemory(memory, release);

/**
 * A stand-in translation the checks accept for words they cannot read: `tag` and the Italian, its figures (and
 * month names, number words) also written as digits, as any translation writes them.
 */
export function standIn(tag: string): (source: string) => string {
  return (source) => `${tag} ${source} ${numbersIn(plainText(readInlineAsWritten(source)), 'it').join(' ')}`.trimEnd();
}
