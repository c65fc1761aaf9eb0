// A bounded memo for pure functions of a string: every output of a release version reads the same segments,
// so the parse of one is worth keeping until the next few releases have gone by, and no longer.

/** How to forget each memo recent() and perObject() made: a one-shot build does once it has rendered (see forgetRecent). */
const memos = new Set<() => void>();

/** Builds in their last pass in this thread (see lastPass). */
let lastPasses = 0;

/** A memo of `compute` that can also be told an answer already known (a fragment the previous build wrote). */
export interface Recent<T> {
  (key: string): T;
  remember(key: string, value: T): void;
}

/**
 * `compute` memoised on its string argument, forgetting everything once `limit` answers are held. `heldAs`: what
 * stands for a long argument in the memo (a hash of it), so that thousands of arguments are not kept besides the answers.
 * `betweenBuilds`: a build asks for each answer once, so they pay off only in the next build (or when told one the
 * previous build wrote): after lastPass(), what it computes is not kept.
 */
export function recent<T>(compute: (key: string) => T, limit = 4096, heldAs: (key: string) => string = (key) => key, betweenBuilds = false): Recent<T> {
  const held = new Map<string, T>();
  memos.add(() => held.clear());
  const hold = (as: string, value: T) => {
    if (held.size >= limit) held.clear();
    held.set(as, value);
  };
  const memo = (key: string) => {
    const as = heldAs(key);
    let value = held.get(as);
    if (value === undefined) {
      value = compute(key);
      if (!betweenBuilds || lastPasses === 0) hold(as, value);
    }
    return value;
  };
  return Object.assign(memo, { remember: (key: string, value: T) => hold(heldAs(key), value) });
}

/** `compute` memoised on an object, for as long as the object lives (a localized release, its outputs). */
export function perObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  let held = new WeakMap<K, T>();
  memos.add(() => (held = new WeakMap()));
  return (key) => {
    if (held.has(key)) return held.get(key) as T;
    const value = compute(key);
    held.set(key, value);
    return value;
  };
}

/**
 * Forget every answer recent() and perObject() hold in this thread: they pay off across the builds of a long-running
 * preview, but a build that ends would carry thousands of list items, index entries as JSON and parsed segments
 * into its last steps, the manifest's and the digest's writing.
 */
export function forgetRecent(): void {
  for (const forget of memos) forget();
}

/**
 * A build that ends once its indexes are written: every memo forgotten, and until the returned function is called
 * the memos of answers that pay off only between builds (recent's `betweenBuilds`: list items, sitemap entries)
 * keep none they compute. At 10,000 releases those were some 50 MB of the main thread's heap, held for nothing.
 */
export function lastPass(): () => void {
  forgetRecent();
  lastPasses++;
  let ended = false;
  return () => {
    if (!ended) lastPasses--;
    ended = true;
  };
}
