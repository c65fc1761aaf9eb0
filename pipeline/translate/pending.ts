// Which segments of a release the machine should translate into one language, and why.
import { publishedSegments, type Release, type Segment } from '../release.ts';
import type { Memory, MemoryEntry } from './memory.ts';
import { resolveMemory } from './memory-match.ts';

/** A segment with no current translation: never one whose current entry is `reviewed`. */
export type Pending =
  | { segment: Segment; reason: 'missing' }
  /** A current `machine` entry with an empty target. */
  | { segment: Segment; reason: 'empty' }
  /** The source was edited: `key` is the old entry, kept as `previous` once translated. */
  | { segment: Segment; reason: 'stale'; key: string; entry: MemoryEntry };

/** Segments to translate, each key once, in release order. */
export function pendingSegments(release: Release, memory: Memory | undefined): Pending[] {
  const statuses = resolveMemory(release, memory);
  const pending: Pending[] = [];
  const seen = new Set<string>();
  for (const segment of publishedSegments(release)) {
    if (seen.has(segment.key)) continue;
    seen.add(segment.key);
    const status = statuses.get(segment.key);
    if (!status || status.state === 'missing') pending.push({ segment, reason: 'missing' });
    else if (status.state === 'stale') pending.push({ segment, reason: 'stale', key: status.key, entry: status.entry });
    else if (status.entry.state === 'machine' && status.entry.target.trim() === '') pending.push({ segment, reason: 'empty' });
  }
  return pending;
}
