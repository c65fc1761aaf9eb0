import { describe, expect, it } from 'vitest';
import { approveMachineSegments, approveSegment, countReviews, entryVersion, reviewSegments, saveTarget } from '../pipeline/translate/review.ts';
import { htmlKey } from '../pipeline/inline/index.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';

const NOW = '2025-10-15T09:30:00+02:00';
const { release } = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo.\n\nSecondo paragrafo.\n\nTerzo paragrafo.');
const [title, first, second, third] = release.segments;

function memory() {
  return memoryOf(release, 'en', (source, index) =>
    index === 0 ? entry(source, 'New call', { state: 'reviewed', engine: 'human', reviewer: 'Anna' }) : index === 3 ? undefined : entry(source, `EN ${source}`),
  );
}

describe('review: where each segment stands', () => {
  it('names every segment reviewed, machine, stale or missing, and counts them', () => {
    const edited = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo.\n\nSecondo paragrafo, riscritto.\n\nTerzo paragrafo.').release;
    const reviews = reviewSegments(edited, memory());
    expect(reviews.map((review) => review.state)).toEqual(['reviewed', 'machine', 'stale', 'missing']);
    expect(reviews[2]!.entryKey).toBe(second!.key);
    expect(reviews[2]!.target).toBe('EN Secondo paragrafo.');
    expect(countReviews(reviews)).toEqual({ total: 4, approved: 0, reviewed: 1, machine: 1, stale: 1, missing: 1 });
  });

  it('counts an entry with an empty target as missing', () => {
    const empty = memoryOf(release, 'en', (source) => entry(source, '  ', { state: 'reviewed' }));
    expect(countReviews(reviewSegments(release, empty)).missing).toBe(4);
  });

  it('gives each entry a version that changes with any field', () => {
    const base = entry('a', 'b');
    expect(entryVersion(base)).toBe(entryVersion({ ...base }));
    expect(entryVersion({ ...base, reviewer: 'x' })).not.toBe(entryVersion(base));
    expect(entryVersion({ ...base, previous: { source: 'a', target: 'c', state: 'machine' } })).not.toBe(entryVersion(base));
    expect(entryVersion(undefined)).toBe('none');
  });
});

describe('review: saving a target', () => {
  it('records the target as reviewed by the reviewer at that time', () => {
    const before = memory();
    const version = reviewSegments(release, before)[1]!.version;
    const result = saveTarget(release, before, { key: first!.key, version, target: 'First paragraph.', reviewer: 'Kenji', now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.memory.segments[first!.key]).toEqual({ source: first!.source, target: 'First paragraph.', state: 'reviewed', engine: 'human', updated: NOW, reviewer: 'Kenji' });
    expect(result.review.version).not.toBe(version);
    expect(before.segments[first!.key]!.state).toBe('machine');
  });

  it('creates the entry of a missing segment', () => {
    const result = saveTarget(release, memory(), { key: third!.key, version: 'none', target: 'Third paragraph.', reviewer: 'Kenji', now: NOW });
    expect(result.ok && result.memory.segments[third!.key]?.target).toBe('Third paragraph.');
  });

  it('refuses a save that started from an older version, and shows the current text', () => {
    const start = memory();
    const version = reviewSegments(release, start)[1]!.version;
    const saved = saveTarget(release, start, { key: first!.key, version, target: 'One.', reviewer: 'Anna', now: NOW });
    if (!saved.ok) throw new Error(saved.message);
    const late = saveTarget(release, saved.memory, { key: first!.key, version, target: 'Two.', reviewer: 'Kenji', now: NOW });
    expect(late.ok).toBe(false);
    if (late.ok || late.reason !== 'conflict') throw new Error('expected a conflict');
    expect(late.current.target).toBe('One.');
    expect(late.message).toMatch(/changed by someone else.*Anna/);
  });

  it('refuses a save for a segment that is no longer in the release', () => {
    const result = saveTarget(release, memory(), { key: '0123456789abcdef', version: 'none', target: 'x', reviewer: 'Anna', now: NOW });
    expect(result.ok === false && result.reason).toBe('unknown-segment');
  });

  it('moves a stale segment to its new key and keeps the old source and translation until approved', () => {
    const edited = releaseFrom('bando', 'title: Nuovo bando', 'Primo paragrafo.\n\nSecondo paragrafo, riscritto.\n\nTerzo paragrafo.').release;
    const start = memory();
    const stale = reviewSegments(edited, start)[2]!;
    const newKey = stale.segment.key;
    const saved = saveTarget(edited, start, { key: newKey, version: stale.version, target: 'Second paragraph, rewritten.', reviewer: 'Anna', now: NOW });
    if (!saved.ok) throw new Error(saved.message);
    expect(saved.memory.segments[second!.key]).toBeUndefined();
    expect(saved.memory.segments[newKey]).toMatchObject({ source: 'Secondo paragrafo, riscritto.', state: 'reviewed', previous: { source: 'Secondo paragrafo.', target: 'EN Secondo paragrafo.', state: 'machine' } });
    expect(saved.review.state).toBe('reviewed');

    const approved = approveSegment(edited, saved.memory, { key: newKey, version: saved.review.version, reviewer: 'Anna', now: NOW });
    if (!approved.ok) throw new Error(approved.message);
    expect(approved.memory.segments[newKey]!.previous).toBeUndefined();
    expect(approved.memory.segments[newKey]!.target).toBe('Second paragraph, rewritten.');
  });
});

describe('review: approving', () => {
  it('turns a machine target into a reviewed one, keeping the engine', () => {
    const start = memory();
    const review = reviewSegments(release, start)[1]!;
    const result = approveSegment(release, start, { key: first!.key, version: review.version, reviewer: 'Kenji', now: NOW });
    if (!result.ok) throw new Error(result.message);
    expect(result.memory.segments[first!.key]).toEqual({ ...start.segments[first!.key], state: 'reviewed', reviewer: 'Kenji', updated: NOW });
  });

  it('accepts the old translation of a stale segment for the new source, quote ids renumbered', () => {
    const quoted = releaseFrom('q', 'title: T', 'Disse: «Bene». Poi: «Male».', [{ text: 'Bene', name: 'Anna Rossi' }, { text: 'Male', name: 'Luca Bianchi' }]).release;
    const segment = quoted.segments[1]!;
    expect(segment.source).toContain('<q data-quote="q2">Male</q>');
    const oldSource = segment.source.replace('Poi', 'Dopo');
    const start = { release: 'q', language: 'en' as const, segments: { [htmlKey(oldSource)]: entry(oldSource, 'Said: “<q data-quote="q1">Good</q>”. Then: “<q data-quote="q2">Bad</q>”.') } };
    const review = reviewSegments(quoted, start)[1]!;
    expect(review.state).toBe('stale');
    const result = approveSegment(quoted, start, { key: segment.key, version: review.version, reviewer: 'Kenji', now: NOW });
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.memory.segments)).toEqual([segment.key]);
    expect(result.memory.segments[segment.key]).toMatchObject({ source: segment.source, state: 'reviewed', reviewer: 'Kenji' });
  });

  it('has nothing to approve where there is no translation', () => {
    const result = approveSegment(release, memory(), { key: third!.key, version: 'none', reviewer: 'Kenji', now: NOW });
    expect(result.ok === false && result.reason).toBe('nothing-to-approve');
  });

  it('approves every machine segment the reviewer saw, all or nothing', () => {
    const start = memoryOf(release, 'en', (source) => entry(source, `EN ${source}`));
    const versions = Object.fromEntries(reviewSegments(release, start).map((review) => [review.segment.key, review.version]));
    const done = approveMachineSegments(release, start, { versions, reviewer: 'Anna', now: NOW });
    if (!done.ok) throw new Error('expected approval');
    expect(done.approved).toHaveLength(4);
    expect(Object.values(done.memory.segments).every((item) => item.state === 'reviewed' && item.reviewer === 'Anna')).toBe(true);

    const changed = saveTarget(release, start, { key: title!.key, version: versions[title!.key]!, target: 'Changed', reviewer: 'Kenji', now: NOW });
    if (!changed.ok) throw new Error(changed.message);
    const refused = approveMachineSegments(release, changed.memory, { versions, reviewer: 'Anna', now: NOW });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.conflicts).toHaveLength(1);

    const { [first!.key]: _unseen, ...partial } = versions;
    const unseen = approveMachineSegments(release, start, { versions: partial, reviewer: 'Anna', now: NOW });
    expect(unseen.ok).toBe(false);
  });
});
