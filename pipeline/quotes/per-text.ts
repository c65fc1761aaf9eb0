// Work done once per text: the extractor asks about the same prose and narration hundreds of times per release.

/** Texts shorter than this are cheaper to read again than to look up. */
const SHORT = 200;

/**
 * `build` memoised for the last few long texts it was asked about (a release's prose and narration, and those of its
 * body read again for headline excerpts). Short texts get a fresh value each time and are not kept.
 */
export function perText<T>(build: (text: string) => T, size = 8): (text: string) => T {
  // Most recent first, compared with ===: the same string object is found at once, where a Map would hash it.
  const texts: string[] = [];
  const values: T[] = [];
  forgetters.push(() => {
    texts.length = 0;
    values.length = 0;
  });
  return (text) => {
    if (text.length < SHORT) return build(text);
    const index = texts.indexOf(text);
    if (index === 0) return values[0]!;
    const value = index > 0 ? values[index]! : build(text);
    if (index > 0) {
      texts.splice(index, 1);
      values.splice(index, 1);
    }
    texts.unshift(text);
    values.unshift(value);
    if (texts.length > size) {
      texts.pop();
      values.pop();
    }
    return value;
  };
}

const forgetters: (() => void)[] = [];
let depth = 0;

/**
 * Run `read` (one release's extraction), then forget every text: kept past it, the values outlive the young
 * generation and make garbage collection slow. Nested runs forget only when the outermost ends.
 */
export function readingTexts<T>(read: () => T): T {
  depth++;
  try {
    return read();
  } finally {
    if (--depth === 0) for (const forget of forgetters) forget();
  }
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
