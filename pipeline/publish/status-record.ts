// The build's part of the status digest (project/status-digest.ts): what its threads made of the releases they
// parsed, and what the previous digest knew of the others while their bytes and memories are the same, all under
// the stamps this build took. `pressroom status` then stats the files instead of parsing them.
import { memoryPath } from '../translate/memory.ts';
import { TARGET_LANGUAGES } from '../release.ts';
import { readStatusDigest, writeStatusDigest, type ReleaseRecord } from '../project/status-digest.ts';
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

/**
 * After the build: `reviews` in plan order, as reviewsOf took them from the render phase's results (JSON). Each
 * release's record is made as the digest is written, and the previous digest is read only when some release was
 * not parsed by this build (a cold build parses them all).
 */
export async function keepStatusDigest(inputs: BuildInputs, plan: BuildPlan, reviews: Iterable<string | undefined> & { lacking: boolean }): Promise<void> {
  const { current, readAt } = inputs.stamps;
  const previous = reviews.lacking || plan.releases.some((item) => item.state !== 'render') ? await readStatusDigest(inputs.root) : undefined;
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
    for (const language of TARGET_LANGUAGES) {
      if (review.id === undefined) break;
      const memory = memoryPath(language, review.id);
      const row = review.rows[language];
      // This build's stamp of the memory, taken where its threads read it or where the plan hashed it.
      const known = current[memory];
      if (known) memories[memory] = known;
      if (row && row.memory === known?.hash) record.rows[language] = row;
    }
    return record;
  };
  await writeStatusDigest(inputs.root, { readAt, releases: records(), memories });
}
