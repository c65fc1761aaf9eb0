// The memory across releases: a paragraph already translated and reviewed in one release (a boilerplate, a contact,
// a recurring sentence) is not sent to DeepL again for another. Its translation is taken as it is, marked
// `memory:<release-id>` and left `machine`, so the reviewer of the new release confirms it in context.
import type { Release, TargetLanguage } from '../release.ts';
import type { MachineTranslation } from './apply.ts';
import { readInlineAsWritten, unnumberedHtml } from '../inline/index.ts';
import type { Memory, MemoryEntry } from './memory.ts';
import { currentTarget, similarity } from './memory-match.ts';
import type { Pending } from './pending.ts';

/** A reviewed translation of some Italian, and the release it was reviewed in. */
export interface Recalled {
  release: string;
  entry: MemoryEntry;
}

/** The engine recorded for a translation taken from another release's memory. */
export const memoryEngine = (release: string) => `memory:${release}`;

/** Quote ids are numbered per release: the same words quoted in two releases may be q1 in one and q3 in the other. */
const sameWords = unnumberedHtml;

/** Reviewed entries of every release in one language, by their Italian; the most recently reviewed wins. */
export function reviewedIndex(memories: readonly Memory[]): Map<string, Recalled> {
  const index = new Map<string, Recalled>();
  for (const memory of memories) {
    for (const entry of Object.values(memory.segments)) {
      if (entry.state !== 'reviewed' || entry.target.trim() === '') continue;
      const key = sameWords(entry.source);
      const known = index.get(key);
      if (!known || entry.updated > known.entry.updated || (entry.updated === known.entry.updated && memory.release < known.release)) index.set(key, { release: memory.release, entry });
    }
  }
  return index;
}

/**
 * Split a job's pending segments: those whose Italian another release has reviewed (filled from it, billing
 * nothing) and those left for the engine. A release never recalls from itself.
 */
export function recallPending(release: Release, pending: readonly Pending[], index: ReadonlyMap<string, Recalled>): { recalled: MachineTranslation[]; rest: Pending[] } {
  const recalled: MachineTranslation[] = [];
  const rest: Pending[] = [];
  for (const item of pending) {
    const found = index.get(sameWords(item.segment.source));
    if (found && found.release !== release.id) recalled.push({ pending: item, target: currentTarget(item.segment, found.entry), engine: memoryEngine(found.release) });
    else rest.push(item);
  }
  return { recalled, rest };
}

/** A suggestion for the desk: a reviewed translation of similar Italian in another release. */
export interface FuzzyMatch extends Recalled {
  /** 0..1, word overlap of the two Italian texts. */
  score: number;
}

/** Reviewed translations of other releases whose Italian is at least `threshold` similar, best first. */
export function fuzzyMatches(source: string, releaseId: string, memories: readonly Memory[], threshold = 0.75, limit = 3): FuzzyMatch[] {
  const best = new Map<string, FuzzyMatch>();
  for (const memory of memories) {
    if (memory.release === releaseId) continue;
    for (const entry of Object.values(memory.segments)) {
      if (entry.state !== 'reviewed' || entry.target.trim() === '') continue;
      const score = similarity(readInlineAsWritten(source), readInlineAsWritten(entry.source));
      if (score < threshold) continue;
      const key = sameWords(entry.source);
      const known = best.get(key);
      if (!known || score > known.score) best.set(key, { release: memory.release, entry, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.release.localeCompare(b.release)).slice(0, limit);
}
