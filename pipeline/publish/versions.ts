// ninjs `version` and `versionCreated` of one language of a release: they move whenever what an agency receives in
// that language changes (a correction, a reviewer's edit of the translation alone, a notice in its place), and stay
// put while it does not, from the record of what was last published (publication-record.ts). Same inputs and the same
// record give the same bytes: the clock dates a version only when nothing in the inputs does, and is then recorded.
import { contentHash } from './messages.ts';
import { rfc3339 } from '../render/dates.ts';

export interface Version {
  version: number;
  /** ISO 8601, as written. */
  created: string;
}

/**
 * What identifies a version's content: the ninjs item without its version and date, nor the links to the other
 * languages (a translation appearing or held back elsewhere changes nothing an agency receives in this one).
 */
export function versionHash(item: Record<string, unknown>): string {
  const { version: _version, versionCreated: _created, associations, ...content } = item;
  const kept = ((associations as { rel?: string }[] | undefined) ?? []).filter((association) => association.rel !== 'translation');
  return contentHash(content, kept);
}

/** The build's clock to the second, in UTC: a version date nothing in the inputs gives. */
const clockOf = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * `fresh`: the version the release's own dates give (1, then one more per dated change) and the latest of its dates
 * and review times. A first publication takes it as it is; later, new content is the next version (never behind the
 * dated count), dated by the inputs when they name a later time than the version it replaces, else by the clock.
 */
export function nextVersion(previous: { version: number; versionCreated: string; hash: string } | undefined, hash: string, fresh: Version, now: Date): Version {
  if (!previous) return fresh;
  if (previous.hash === hash && previous.version >= fresh.version) return { version: previous.version, created: previous.versionCreated };
  const version = Math.max(previous.version + 1, fresh.version);
  const before = Date.parse(previous.versionCreated);
  if (Date.parse(fresh.created) > before) return { version, created: fresh.created };
  const clock = clockOf(now);
  return { version, created: Date.parse(clock) > before ? clock : previous.versionCreated };
}

/**
 * A ninjs item as it goes out: its version and date settled against what agencies filed (`filed`), from the ones its
 * release gives (`fresh`), with the hash the record keeps and the text written. `hash`: the item's versionHash, when
 * the caller has it already (hashing the whole item is a fair share of writing its ninjs).
 */
export function settleVersion(item: Record<string, unknown>, filed: Parameters<typeof nextVersion>[0], fresh: Version, now: Date, hash = versionHash(item)): Version & { hash: string; ninjs: string } {
  const { version, created } = nextVersion(filed, hash, fresh, now);
  const ninjs = `${JSON.stringify(Object.assign(item, { version: String(version), versionCreated: rfc3339(created) }), null, 2)}\n`;
  return { version, created, hash, ninjs };
}
