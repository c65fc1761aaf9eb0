// The build's part of the status digest (project/status-digest.ts): what its threads made of the releases they
// parsed, and what the previous digest knew of the others while their bytes and memories are the same, all under
// the stamps this build took. `pressroom status` then stats the files instead of parsing them.
import { memoryPath } from '../translate/memory.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../release.ts';
import { hasStatusDigest, look, readStatusDigest, trustedBefore, writeStatusDigest, type ReleaseRecord } from '../project/status-digest.ts';
import type { BuildInputs } from './inputs.ts';
import type { BuildPlan } from './plan.ts';
import type { RenderedRelease } from './render-task.ts';
import type { ReleaseReview } from '../project/status-digest.ts';
import type { Stamp } from '../project/stamps.ts';
import { heldTexts, spooledTexts, type TextSpool } from './text-spool.ts';

/**
 * What the digest needs of the render phase's results, in plan order: taken once the link phase has them, so that
 * the rest of each result need not live until the digest is written, after the swap. `spooled` (a build of out/):
 * kept in a temporary file (text-spool.ts) rather than held.
 */
export const reviewsOf = (rendered: Iterable<RenderedRelease>, spooled: boolean): TextSpool => {
  const reviews = (function* () {
    for (const release of rendered) yield release.review;
  })();
  return spooled ? spooledTexts(reviews) : heldTexts(reviews);
};

/** The target languages the build does not make: their memories are read only for status. */
const unbuilt = (inputs: BuildInputs) => TARGET_LANGUAGES.filter((language) => !inputs.settings.languages.includes(language));

/**
 * The languages whose memories the render threads count for status in the releases they parse: every one, unless
 * the build leaves some out and a digest is there to carry their counts while their memories stay as it knew them
 * (a build in Italian alone then reads no memory at all).
 */
export async function languagesToCount(inputs: BuildInputs): Promise<TargetLanguage[]> {
  const left = unbuilt(inputs);
  if (left.length === 0 || !(await hasStatusDigest(inputs.root))) return [...TARGET_LANGUAGES];
  return TARGET_LANGUAGES.filter((language) => !left.includes(language));
}

/**
 * After the build: `reviews` in plan order, as reviewsOf took them from the render phase's results (JSON). Each
 * release's record is made as the digest is written, and the previous digest is read only when some release was
 * not parsed by this build, or some language not built (a cold build of every language parses and counts them all).
 */
export async function keepStatusDigest(inputs: BuildInputs, plan: BuildPlan, reviews: Iterable<string | undefined> & { lacking: boolean }): Promise<void> {
  const { current, readAt } = inputs.stamps;
  const previous = reviews.lacking || unbuilt(inputs).length > 0 || plan.releases.some((item) => item.state !== 'render') ? await readStatusDigest(inputs.root) : undefined;
  const trusted = trustedBefore(previous);
  /**
   * The stamp of a memory: this build's, where it read or hashed it, else the previous digest's while it holds (a
   * memory of a language not built). None when the file is gone or changed: status reads it then.
   */
  const memoryStamp = (memory: string): Stamp | undefined => {
    const known = current[memory];
    if (known || !previous) return known;
    const stamp = previous.memories[memory];
    return stamp && look(inputs.root, memory, stamp, trusted).hash !== undefined ? stamp : undefined;
  };
  const memories: Record<string, Stamp> = {};
  function* records(): Generator<[string, ReleaseRecord]> {
    const made = reviews[Symbol.iterator]();
    for (const item of plan.releases) {
      const review = recordOf(item.path, item.state === 'render' ? (made.next().value as string | undefined) : undefined);
      if (review) yield [item.path, review];
    }
  }
  const recordOf = (path: string, json: string | undefined): ReleaseRecord | undefined => {
    const made = json === undefined ? undefined : (JSON.parse(json) as ReleaseReview);
    const stamp = current[path];
    const before = previous?.releases[path];
    // A summary is of the bytes it was made from; rows, of those and of their memory's.
    const kept = !made && before !== undefined && before.stamp.hash === stamp?.hash ? before : undefined;
    const keys = made?.keys ?? (kept && previous?.keys()?.[path]);
    const review = made ? { ...made, segments: made.keys.length } : kept;
    if (!stamp || !review || !keys) return undefined;
    const record: ReleaseRecord = { ...review, keys, stamp, rows: {} };
    // A row this build did not count (in a language it does not make) is the previous digest's, of the same bytes.
    const counted = before !== undefined && before.stamp.hash === stamp.hash ? before : undefined;
    for (const language of TARGET_LANGUAGES) {
      if (review.id === undefined) break;
      const memory = memoryPath(language, review.id);
      const row = review.rows[language] ?? counted?.rows[language];
      const known = memoryStamp(memory);
      if (known) memories[memory] = known;
      if (row && row.memory === known?.hash) record.rows[language] = row;
    }
    return record;
  };
  await writeStatusDigest(inputs.root, { readAt, releases: records(), memories });
}
