// When a release becomes public: at its embargo, or at its date when that is later than the build's clock (a
// scheduled publication). Before then it is held back from every public output, the same way for both reasons.
import type { ReleaseMeta } from './release.ts';

export type HoldReason = 'embargo' | 'publication';

export interface PublicFrom {
  /** The instant, as the front matter writes it. */
  at: string;
  /** What happens then: the embargo lifts, or the scheduled publication. */
  reason: HoldReason;
}

/** The embargo when there is one (never before the date), else the release's date. */
export function publicFrom(meta: Pick<ReleaseMeta, 'date' | 'embargo'>): PublicFrom {
  return meta.embargo !== undefined ? { at: meta.embargo, reason: 'embargo' } : { at: meta.date, reason: 'publication' };
}

/** Held back at `now`: before the embargo or the scheduled date. */
export const isHeld = (from: PublicFrom, now: Date): boolean => now.getTime() < Date.parse(from.at);

/** The first change a later build would make: the soonest embargo lift or publication after `now`. */
export function nextChange<T extends { publicFrom?: PublicFrom }>(releases: T[], now: Date): (PublicFrom & { release: T }) | undefined {
  let next: (PublicFrom & { release: T }) | undefined;
  for (const release of releases) {
    const from = release.publicFrom;
    if (!from || !isHeld(from, now)) continue;
    if (!next || Date.parse(from.at) < Date.parse(next.at)) next = { ...from, release };
  }
  return next;
}
