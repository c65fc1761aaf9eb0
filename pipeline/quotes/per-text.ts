// Work done once per text: the extractor asks about the same prose and narration hundreds of times per release.

/** Texts shorter than this are cheaper to read again than to look up. */
const SHORT = 200;

/**
 * `build` memoised for the last few long texts it was asked about (a release's prose and narration, and those of its
 * body read again for headline excerpts). Short texts get a fresh value each time and are not kept.
 */
export function perText<T>(build: (text: string) => T, size = 8): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (text.length < SHORT) return build(text);
    let value = kept.get(text);
    if (value === undefined) {
      value = build(text);
      kept.set(text, value);
      if (kept.size > size) kept.delete(kept.keys().next().value!);
    }
    return value;
  };
}

/** Index of the first of `sorted` that is at least `value` (sorted.length if none). */
export function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
