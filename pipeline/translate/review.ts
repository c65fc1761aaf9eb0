// What reviewers do to a translation memory: save a target, approve one segment or every machine segment.
// Pure functions of (release, memory, edit); each edit names the version of the entry it started from, and an
// edit based on an older version is a conflict, never a silent overwrite.
import { createHash } from 'node:crypto';
import { publishedSegments, type Release, type Segment } from '../release.ts';
import type { Memory, MemoryEntry } from './memory.ts';
import { currentTarget, resolveMemory } from './memory-match.ts';

/**
 * Where a segment stands for a reviewer. An entry with an empty target is no translation: `missing`. `approved` is a
 * reviewed target a second person approved (four eyes): in the memory, `reviewed` with `approvedBy` and `approvedAt`.
 */
export type ReviewState = 'approved' | 'reviewed' | 'machine' | 'stale' | 'missing';

export const REVIEW_STATES: readonly ReviewState[] = ['approved', 'reviewed', 'machine', 'stale', 'missing'];

/** Names as people type them: case and spacing do not make another person. */
export const samePerson = (a: string | undefined, b: string | undefined): boolean => {
  const norm = (name: string | undefined) => (name ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und');
  return norm(a) !== '' && norm(a) === norm(b);
};

/**
 * Is this entry approved by a second person? A fix still holding `previous` is not, whatever it says; nor is one
 * its last editor approved, which the desk refuses but a memory edited by hand (or merged) can still say.
 */
export const isApproved = (entry: MemoryEntry): boolean =>
  entry.state === 'reviewed' && entry.approvedBy !== undefined && entry.approvedBy.trim() !== '' && !samePerson(entry.approvedBy, entry.reviewer) && !entry.previous;

export interface SegmentReview {
  segment: Segment;
  state: ReviewState;
  /** The entry shown to the reviewer: under the segment's key, or the old entry of a stale segment. */
  entry?: MemoryEntry;
  /** The memory key of `entry` (differs from `segment.key` when stale). */
  entryKey?: string;
  /** The version an edit must name: a hash of `entry` as read, or `none`. */
  version: string;
  /** The target to show, quote ids renumbered to the current source; '' when there is none. */
  target: string;
}

export type ReviewCounts = Record<ReviewState, number> & { total: number };

/** Version of an entry as read: any change to any field gives another version. */
export function entryVersion(entry: MemoryEntry | undefined): string {
  if (!entry) return 'none';
  const { source, target, state, engine, updated, reviewer, previous, approvedBy, approvedAt } = entry;
  // Approval is appended only when present, so versions of entries never approved stay what they were.
  const approval = approvedBy !== undefined ? [approvedBy, approvedAt ?? null] : [];
  const canonical = JSON.stringify([source, target, state, engine, updated, reviewer ?? null, previous ? [previous.source, previous.target, previous.state] : null, ...approval]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Every segment of the release (or those of `segments`), in order, with its state, entry and version. */
export function reviewSegments(release: Release, memory: Memory | undefined, segments: Segment[] = release.segments): SegmentReview[] {
  const statuses = resolveMemory(release, memory);
  const seen = new Set<string>();
  const reviews: SegmentReview[] = [];
  for (const segment of segments) {
    // The same words twice in a release are one segment with one translation.
    if (seen.has(segment.key)) continue;
    seen.add(segment.key);
    const status = statuses.get(segment.key) ?? { state: 'missing' as const };
    if (status.state === 'missing') {
      reviews.push({ segment, state: 'missing', version: 'none', target: '' });
      continue;
    }
    const { entry } = status;
    const entryKey = status.state === 'stale' ? status.key : segment.key;
    const target = currentTarget(segment, entry);
    const state: ReviewState = status.state === 'stale' ? 'stale' : entryState(entry);
    reviews.push({ segment, state, entry, entryKey, version: entryVersion(entry), target });
  }
  return reviews;
}

/**
 * The segments a build can publish, with their state: every segment, but for a withdrawn release its reason alone (its
 * kill notice hands out none of its text): what is left to translate and review.
 */
export const publishableReviews = (release: Release, memory: Memory | undefined): SegmentReview[] => reviewSegments(release, memory, publishedSegments(release));

export function countReviews(reviews: SegmentReview[]): ReviewCounts {
  const counts: ReviewCounts = { total: reviews.length, approved: 0, reviewed: 0, machine: 0, stale: 0, missing: 0 };
  for (const review of reviews) counts[review.state]++;
  return counts;
}

/** The state of a segment with an entry under its own key. */
function entryState(entry: MemoryEntry): ReviewState {
  return entry.target.trim() === '' ? 'missing' : isApproved(entry) ? 'approved' : entry.state;
}

/**
 * countReviews(reviewSegments(release, memory)) from the release's segment keys alone (each once, as
 * reviewSegments lists them), for `pressroom status` without parsing the release. undefined when a segment could
 * be stale (it has no entry, and the memory has entries of keys the release no longer has): matching those takes
 * the segments' words.
 */
export function countByKeys(keys: readonly string[], memory: Memory | undefined): ReviewCounts | undefined {
  const counts: ReviewCounts = { total: keys.length, approved: 0, reviewed: 0, machine: 0, stale: 0, missing: 0 };
  const entries = memory?.segments ?? {};
  let unmatched = false;
  for (const key of keys) {
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (entry) counts[entryState(entry)]++;
    else {
      counts.missing++;
      unmatched = true;
    }
  }
  if (unmatched) {
    const wanted = new Set(keys);
    if (Object.keys(entries).some((key) => !wanted.has(key))) return undefined;
  }
  return counts;
}

export interface EditBase {
  /** The segment key as shown to the reviewer. */
  key: string;
  /** The version of the entry the reviewer started from (`SegmentReview.version`). */
  version: string;
  reviewer: string;
  /** ISO 8601 time of the edit. */
  now: string;
}

export type EditFailure =
  | { ok: false; reason: 'unknown-segment'; message: string }
  | { ok: false; reason: 'conflict'; message: string; current: SegmentReview }
  | { ok: false; reason: 'nothing-to-approve'; message: string; current: SegmentReview }
  | { ok: false; reason: 'own-work'; message: string; current: SegmentReview };

export type EditResult = { ok: true; memory: Memory; review: SegmentReview } | EditFailure;

function find(release: Release, memory: Memory | undefined, key: string): SegmentReview | EditFailure {
  const review = reviewSegments(release, memory).find((candidate) => candidate.segment.key === key);
  if (!review) {
    return { ok: false, reason: 'unknown-segment', message: `segment ${key} is no longer in releases/${release.id}.md (the Italian changed); reload to see the current text` };
  }
  return review;
}

function conflict(review: SegmentReview): EditFailure {
  const when = review.entry?.updated.replace('T', ' ').slice(0, 16);
  const who = review.entry ? ` (${review.entry.reviewer ? `${review.entry.reviewer}, ` : ''}${when})` : '';
  return { ok: false, reason: 'conflict', message: `this segment was changed by someone else since you opened it${who}; their text is shown, yours is kept`, current: review };
}

/** Put `entry` under the segment's key, dropping the old key of a stale segment. */
function withEntry(release: Release, memory: Memory, review: SegmentReview, entry: MemoryEntry): EditResult {
  const segments = { ...memory.segments };
  if (review.entryKey && review.entryKey !== review.segment.key) delete segments[review.entryKey];
  segments[review.segment.key] = entry;
  const next: Memory = { ...memory, segments };
  return { ok: true, memory: next, review: reviewSegments(release, next).find((candidate) => candidate.segment.key === review.segment.key)! };
}

function checked(release: Release, memory: Memory, edit: EditBase): SegmentReview | EditFailure {
  const review = find(release, memory, edit.key);
  if ('ok' in review) return review;
  if (review.version !== edit.version) return conflict(review);
  return review;
}

/**
 * A reviewer's target for a segment: state `reviewed`, with reviewer and time. When the segment is stale, the entry
 * moves to the new key and keeps the old source and translation as `previous` until the segment is approved.
 */
export function saveTarget(release: Release, memory: Memory, edit: EditBase & { target: string }): EditResult {
  const review = checked(release, memory, edit);
  if ('ok' in review) return review;
  const old = review.entry;
  const previous = review.state === 'stale' && old ? { source: old.source, target: old.target, state: old.state } : old?.previous;
  const unchanged = old !== undefined && review.state !== 'stale' && review.target === edit.target;
  // Saving an approved text as it is changes nothing; any other save writes an entry without the approval.
  if (unchanged && review.state === 'approved') return { ok: true, memory, review };
  return withEntry(release, memory, review, {
    // The reviewer edited the target as shown, with quote ids of the current source.
    source: review.segment.source,
    target: edit.target,
    state: 'reviewed',
    engine: unchanged ? old.engine : 'human',
    updated: edit.now,
    reviewer: edit.reviewer,
    ...(previous ? { previous } : {}),
  });
}

/**
 * A reviewer accepts the target as it is: a machine target becomes reviewed, a kept `previous` is dropped, and a
 * stale segment takes its old translation for the new source. With `fourEyes` (configured for the language), a
 * reviewed target approved by someone other than its last editor becomes approved, who and when recorded; its last
 * editor cannot approve it.
 */
export function approveSegment(release: Release, memory: Memory, edit: EditBase & { fourEyes?: boolean }): EditResult {
  const review = checked(release, memory, edit);
  if ('ok' in review) return review;
  const old = review.entry;
  if (!old || old.target.trim() === '') {
    return { ok: false, reason: 'nothing-to-approve', message: 'this segment has no translation to approve; write one and save it', current: review };
  }
  if (review.state === 'approved') return { ok: true, memory, review };
  if (edit.fourEyes && review.state === 'reviewed' && !samePerson(old.reviewer, edit.reviewer)) {
    const { previous: _dropped, ...kept } = old;
    return withEntry(release, memory, review, { ...kept, approvedBy: edit.reviewer, approvedAt: edit.now });
  }
  if (edit.fourEyes && review.state === 'reviewed' && !old.previous) {
    return { ok: false, reason: 'own-work', message: `${old.reviewer ?? 'you'} last edited this text; someone else must approve it`, current: review };
  }
  if (review.state === 'reviewed' && !old.previous) return { ok: true, memory, review };
  return withEntry(release, memory, review, {
    source: review.state === 'stale' ? review.segment.source : old.source,
    target: review.state === 'stale' ? review.target : old.target,
    state: 'reviewed',
    engine: old.engine,
    updated: edit.now,
    reviewer: edit.reviewer,
  });
}

export type BulkResult = { ok: true; memory: Memory; approved: string[] } | { ok: false; conflicts: EditFailure[] };

/**
 * Approve every machine segment the reviewer saw, given as key -> version. All or nothing: when any of them changed
 * since, nothing is approved and each change is reported.
 */
export function approveMachineSegments(
  release: Release,
  memory: Memory,
  edit: { versions: Record<string, string>; reviewer: string; now: string },
): BulkResult {
  const failures: EditFailure[] = [];
  const current = new Map(reviewSegments(release, memory).map((review) => [review.segment.key, review]));
  for (const [key, version] of Object.entries(edit.versions)) {
    const review = current.get(key);
    if (!review) failures.push({ ok: false, reason: 'unknown-segment', message: `segment ${key} is no longer in releases/${release.id}.md; reload` });
    else if (review.version !== version) failures.push(conflict(review));
  }
  // A machine segment the reviewer never saw is not approved behind their back.
  for (const review of current.values()) {
    if (review.state === 'machine' && !(review.segment.key in edit.versions)) failures.push(conflict(review));
  }
  if (failures.length > 0) return { ok: false, conflicts: failures };
  let next = memory;
  const approved: string[] = [];
  for (const [key, version] of Object.entries(edit.versions)) {
    if (current.get(key)?.state !== 'machine') continue;
    const result = approveSegment(release, next, { key, version, reviewer: edit.reviewer, now: edit.now });
    if (!result.ok) return { ok: false, conflicts: [result] };
    next = result.memory;
    approved.push(key);
  }
  return { ok: true, memory: next, approved };
}
