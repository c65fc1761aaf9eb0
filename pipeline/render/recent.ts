// A bounded memo for pure functions of a string: every output of a release version reads the same segments,
// so the parse of one is worth keeping until the next few releases have gone by, and no longer.

/** `compute` memoised on its string argument, forgetting everything once `limit` answers are held. */
export function recent<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  const held = new Map<string, T>();
  return (key) => {
    let value = held.get(key);
    if (value === undefined) {
      if (held.size >= limit) held.clear();
      value = compute(key);
      held.set(key, value);
    }
    return value;
  };
}

/** `compute` memoised on an object, for as long as the object lives (a localized release, its outputs). */
export function perObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const held = new WeakMap<K, T>();
  return (key) => {
    if (held.has(key)) return held.get(key) as T;
    const value = compute(key);
    held.set(key, value);
    return value;
  };
}
