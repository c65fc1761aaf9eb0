// When a later build would publish something this one held back: the soonest embargo lift (or scheduled
// publication) after the build's clock, or the date of a change it warned of as dated in the future. A long-running
// build waits for it instead of a cron job.

/** The first instant after `now` at which a release held back becomes public; undefined when none is held. */
export function nextChangeOf(built: { embargo?: string; publicFrom?: { at: string }; until?: string }[], now: Date): Date | undefined {
  let next: number | undefined;
  for (const release of built) {
    for (const written of [release.embargo, release.publicFrom?.at, release.until]) {
      if (written === undefined) continue;
      const at = Date.parse(written);
      if (Number.isNaN(at) || at <= now.getTime()) continue;
      if (next === undefined || at < next) next = at;
    }
  }
  return next === undefined ? undefined : new Date(next);
}
