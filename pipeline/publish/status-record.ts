// The build's part of the status digest (project/status-digest.ts): what its threads made of the releases they
// parsed, and what the previous digest knew of the others while their bytes and memories are the same, all under
// the stamps this build took. `pressroom status` then stats the files instead of parsing them.
import { memoryPath } from '../translate/memory.ts';
import { TARGET_LANGUAGES } from '../release.ts';
import { readStatusDigest, writeStatusDigest, type NewDigest, type ReleaseRecord } from '../project/status-digest.ts';
import type { BuildInputs } from './inputs.ts';
import type { BuildPlan } from './plan.ts';
import type { RenderedRelease } from './render-task.ts';
import type { ReleaseReview } from '../project/status-digest.ts';

/**
 * What the digest needs of the render phase's results, in plan order: taken once the link phase has them, so that
 * the rest of each result need not live until the digest is written, after the swap.
 */
export const reviewsOf = (rendered: Iterable<RenderedRelease>): (string | undefined)[] => Array.from(rendered, (release) => release.review);

/** After the build: `reviews` in plan order, as reviewsOf took them from the render phase's results (JSON). */
export async function keepStatusDigest(inputs: BuildInputs, plan: BuildPlan, reviews: (string | undefined)[]): Promise<void> {
  const previous = await readStatusDigest(inputs.root);
  const { current, readAt } = inputs.stamps;
  const next: NewDigest = { readAt, releases: {}, memories: {} };
  let index = 0;
  for (const item of plan.releases) {
    const written = item.state === 'render' ? reviews[index++] : undefined;
    const made = written === undefined ? undefined : (JSON.parse(written) as ReleaseReview);
    const stamp = current[item.path];
    const before = previous?.releases[item.path];
    // A summary is of the bytes it was made from; rows, of those and of their memory's.
    const kept = !made && before !== undefined && before.stamp.hash === stamp?.hash ? before : undefined;
    const keys = made?.keys ?? (kept && previous?.keys()?.[item.path]);
    const review = made ? { ...made, segments: made.keys.length } : kept;
    if (!stamp || !review || !keys) continue;
    const record: ReleaseRecord = { ...review, keys, stamp, rows: {} };
    for (const language of TARGET_LANGUAGES) {
      if (review.id === undefined) break;
      const memory = memoryPath(language, review.id);
      const row = review.rows[language];
      // This build's stamp of the memory, taken where its threads read it or where the plan hashed it.
      const known = current[memory];
      if (known) next.memories[memory] = known;
      if (row && row.memory === known?.hash) record.rows[language] = row;
    }
    next.releases[item.path] = record;
  }
  await writeStatusDigest(inputs.root, next);
}
