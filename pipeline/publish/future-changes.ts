// A correction, update or withdrawal dated after the build's clock goes out now as made then: agencies would file a
// version created in the future, and a feed reader see an entry from tomorrow. Said where it is written; the release
// is built again once the clock passes the date (`until`), so the warning does not outlive its truth.
import type { VFile } from 'vfile';
import type { Release } from '../release.ts';
import { reportWarning } from '../problems.ts';

/** Warns on `file` of each change of `release` dated after `now`; returns the soonest such date, as written. */
export function reportFutureChanges(release: Release, file: VFile, now: Date): string | undefined {
  const { meta, fieldPositions } = release;
  const changes: { what: string; field: string; at: string }[] = [
    ...(meta.updated ? [{ what: meta.status === 'withdrawn' ? 'withdrawal (`updated`)' : 'update (`updated`)', field: 'updated', at: meta.updated }] : []),
    ...meta.corrections.map((correction) => ({ what: 'correction', field: 'corrections', at: correction.date })),
  ];
  let soonest: string | undefined;
  for (const { what, field, at } of changes) {
    const time = Date.parse(at);
    if (!(time > now.getTime())) continue;
    reportWarning(
      file,
      `this ${what} is dated ${at}, after the build's clock (${now.toISOString()}): it goes out now as made then, and agencies would file a version created in the future; give it the date it was made (a change cannot be held back until its date: the text already has it)`,
      'future-change',
      fieldPositions[field] ?? { line: 1, column: 1 },
    );
    if (soonest === undefined || time < Date.parse(soonest)) soonest = at;
  }
  return soonest;
}
