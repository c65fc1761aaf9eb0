// Matching a release's segments to its memory: current by key, stale by similarity, quote ids renumbered.
import type { Release, Segment } from '../release.ts';
import { inlineHtml, inlineWords, quoteIds, readInlineAsWritten, renameQuotes, type Inline } from '../inline/index.ts';
import type { Memory, MemoryEntry, SegmentStatus } from './memory.ts';

/** Dice coefficient over word sets: how much of an edited paragraph is still the old one. */
export function similarity(a: Inline, b: Inline): number {
  const left = inlineWords(a);
  const right = inlineWords(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

const STALE_THRESHOLD = 0.5;

/**
 * Match every segment of `release` to the memory: an entry under its key is current; otherwise the most
 * similar unclaimed entry of an edited segment makes it stale; otherwise it is missing.
 */
export function resolveMemory(release: Release, memory: Memory | undefined): Map<string, SegmentStatus> {
  const statuses = new Map<string, SegmentStatus>();
  const entries = memory?.segments ?? {};
  const wanted = new Set(release.segments.map((segment) => segment.key));
  const orphans = new Map(Object.entries(entries).filter(([key]) => !wanted.has(key)));

  for (const segment of release.segments) {
    if (statuses.has(segment.key)) continue;
    const entry = entries[segment.key];
    if (entry) {
      statuses.set(segment.key, { state: 'current', entry });
      continue;
    }
    let best: [string, MemoryEntry] | undefined;
    let bestScore = STALE_THRESHOLD;
    for (const [key, orphan] of orphans) {
      const score = similarity(segment.content, readInlineAsWritten(orphan.source));
      if (score >= bestScore) [best, bestScore] = [[key, orphan], score];
    }
    if (best) {
      orphans.delete(best[0]);
      statuses.set(segment.key, { state: 'stale', key: best[0], entry: best[1] });
    } else {
      statuses.set(segment.key, { state: 'missing' });
    }
  }
  return statuses;
}

/**
 * The target for a segment, with quote ids renumbered to the current source: quote ids are positional per
 * release, so a quote added earlier in the release renumbers later ones without changing their words.
 */
export function currentTarget(segment: Segment, entry: MemoryEntry): string {
  // The entry was made from this very source (the usual case): its quote ids are the segment's.
  if (entry.source === segment.source) return entry.target;
  const before = quoteIds(readInlineAsWritten(entry.source));
  const after = quoteIds(segment.content);
  if (before.join() === after.join()) return entry.target;
  const rename = new Map(before.map((id, index) => [id, after[index] ?? id]));
  // The memory keeps strings: the renamed target is written back the one way the pipeline writes inline HTML.
  return inlineHtml(renameQuotes(readInlineAsWritten(entry.target), rename));
}
