// A translate run saves into a memory file others may have changed since it was read (a reviewer saving in
// pressroom review, an XLIFF import): a three-way merge per entry, in which their change wins over the run's.
import type { Memory, MemoryEntry } from './memory.ts';

/**
 * `base`: the memory the run started from; `ours`: the run's memory now; `disk`: the file as it is now.
 * An entry nobody else touched (on disk as in `base`) takes the run's version, or goes if the run removed it;
 * an entry changed on disk since keeps the disk's version, so a reviewed target saved meanwhile is never lost.
 */
/** An entry as data, whatever its key order or prototype. */
function canonical(entry: MemoryEntry | undefined): string | undefined {
  if (!entry) return undefined;
  const sorted = (value: object) => Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(sorted(entry).map(([key, value]) => [key, value !== null && typeof value === 'object' ? sorted(value as object) : value]));
}

export function mergeIntoDisk(base: Memory, ours: Memory, disk: Memory): Memory {
  const keys = new Set([...Object.keys(base.segments), ...Object.keys(ours.segments), ...Object.keys(disk.segments)]);
  const segments: Record<string, MemoryEntry> = {};
  for (const key of keys) {
    const untouched = canonical(disk.segments[key]) === canonical(base.segments[key]);
    const entry = untouched ? ours.segments[key] : disk.segments[key];
    if (entry) segments[key] = entry;
  }
  return { ...disk, segments };
}
