// Machine translations into the memory: new entries, stale ones replaced with their history, reviewed ones untouched.
import type { Release } from '../release.ts';
import type { Memory, MemoryEntry, PreviousTranslation } from './memory.ts';
import { currentTarget } from './memory-match.ts';
import type { Pending } from './pending.ts';

export interface MachineTranslation {
  pending: Pending;
  /** The engine's inline HTML. */
  target: string;
  /** Where it came from, when not the run's engine (`memory:<release-id>`, see recall.ts). */
  engine?: string;
}

export interface Stamp {
  engine: string;
  /** ISO 8601 time written into `updated`. */
  updated: string;
}

function previousOf(old: MemoryEntry): PreviousTranslation {
  // A machine target that followed a reviewed one: the reviewer must still see what they approved.
  if (old.state === 'machine' && old.previous?.state === 'reviewed') return old.previous;
  return { source: old.source, target: old.target, state: old.state };
}

/**
 * Put machine translations into `memory` (which is not modified) and bring every current entry's source up to
 * date with its segment. A current `reviewed` entry keeps its target whatever arrives; a stale entry moves to
 * the segment's new key as `previous`; entries no segment uses are kept.
 */
export function applyMachineTranslations(
  release: Release,
  memory: Memory,
  translations: MachineTranslation[],
  stamp: Stamp,
): { memory: Memory; changed: boolean } {
  const segments: Record<string, MemoryEntry> = { ...memory.segments };
  const wanted = new Set(release.segments.map((segment) => segment.key));
  let changed = false;

  for (const { pending, target, engine } of translations) {
    const { segment } = pending;
    if (target.trim() === '') continue;
    const existing = segments[segment.key];
    if (existing?.state === 'reviewed') continue;
    const entry: MemoryEntry = { source: segment.source, target, state: 'machine', engine: engine ?? stamp.engine, updated: stamp.updated };
    if (existing) {
      if (existing.previous) entry.previous = existing.previous;
    } else if (pending.reason === 'stale') {
      entry.previous = previousOf(segments[pending.key] ?? pending.entry);
      if (!wanted.has(pending.key)) delete segments[pending.key];
    }
    segments[segment.key] = entry;
    changed = true;
  }

  // Quote markers do not change a key: keep each source, and the quote ids in its target, in step with the release.
  const refreshed = new Set<string>();
  for (const segment of release.segments) {
    // A segment written twice shares one entry: the first occurrence speaks for it, as in pendingSegments.
    if (refreshed.has(segment.key)) continue;
    refreshed.add(segment.key);
    const entry = segments[segment.key];
    if (!entry || entry.source === segment.source) continue;
    segments[segment.key] = { ...entry, source: segment.source, target: currentTarget(segment, entry) };
    changed = true;
  }
  return { memory: { ...memory, segments }, changed };
}

/** Stale entries a run moved to their segment's new key (old key -> new key), for what travels with them. */
export function movedEntries(pending: readonly Pending[], memory: Memory): Map<string, string> {
  const moves = new Map<string, string>();
  for (const item of pending) {
    if (item.reason === 'stale' && item.key !== item.segment.key && memory.segments[item.segment.key] && !memory.segments[item.key]) moves.set(item.key, item.segment.key);
  }
  return moves;
}
