// Find and filter: a search across every release, in the Italian and its translations; which segments a state filter
// keeps; the order of the release list. Pure functions over what the server has read.
import type { Release, TargetLanguage } from '../release.ts';
import { collapsedText, inlineText, publishedInline } from '../inline/index.ts';
import type { ReviewCounts, ReviewState, SegmentReview } from '../translate/review.ts';
import type { SegmentFinding } from './findings.ts';

/** What a reviewer can filter segments by: a state, or "the checks found something". */
export const SEGMENT_FILTERS = ['missing', 'machine', 'stale', 'reviewed', 'approved', 'findings'] as const;
export type SegmentFilter = (typeof SEGMENT_FILTERS)[number];

export const isSegmentFilter = (value: string | undefined): value is SegmentFilter => (SEGMENT_FILTERS as readonly string[]).includes(value ?? '');

/** Does this segment, in any of the languages shown, match the filter? */
export function keptByFilter(filter: SegmentFilter, reviews: (SegmentReview | undefined)[], findings: (SegmentFinding[] | undefined)[]): boolean {
  if (filter === 'findings') return findings.some((list) => (list?.length ?? 0) > 0);
  return reviews.some((review) => review?.state === (filter as ReviewState));
}

/** Case, width and accents do not matter: "citta" finds "città", "ＰＭＩ" finds "PMI". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLocaleLowerCase('und');
}

export interface SearchHit {
  release: Release;
  review: { key: string; kind: string; source: string; targets: Partial<Record<TargetLanguage, string>> };
  /** Where the words were found. */
  in: ('it' | TargetLanguage)[];
}

/**
 * Segments whose Italian or translation holds `query` (plain text, markup ignored), release by release, in order.
 * `targets` gives each release's translations by segment key.
 */
export function searchReleases(releases: readonly Release[], targets: (release: Release) => Partial<Record<TargetLanguage, Map<string, string>>>, query: string, limit = 200): SearchHit[] {
  const wanted = searchKey(query.trim());
  if (!wanted) return [];
  const hits: SearchHit[] = [];
  for (const release of releases) {
    const translations = targets(release);
    const seen = new Set<string>();
    for (const segment of release.segments) {
      if (seen.has(segment.key)) continue;
      seen.add(segment.key);
      const texts: Partial<Record<TargetLanguage, string>> = {};
      for (const [language, map] of Object.entries(translations) as [TargetLanguage, Map<string, string>][]) {
        const text = map.get(segment.key);
        if (text) texts[language] = text;
      }
      const found: SearchHit['in'] = [];
      if (searchKey(collapsedText(publishedInline(segment.content))).includes(wanted)) found.push('it');
      for (const [language, text] of Object.entries(texts) as [TargetLanguage, string][]) if (searchKey(inlineText(text)).includes(wanted)) found.push(language);
      if (found.length === 0) continue;
      hits.push({ release, review: { key: segment.key, kind: segment.kind, source: segment.source, targets: texts }, in: found });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** Pieces of `text` with the parts matching `query` marked, for highlighting; matching ignores case and accents. */
export function markMatches(text: string, query: string): { text: string; match: boolean }[] {
  const wanted = searchKey(query.trim());
  if (!wanted) return [{ text, match: false }];
  // Fold character by character so positions in the folded text map back to the original.
  const chars = [...text];
  const folded = chars.map((char) => searchKey(char));
  const pieces: { text: string; match: boolean }[] = [];
  let start = 0;
  let i = 0;
  while (i < chars.length) {
    let j = i;
    let built = '';
    while (j < chars.length && built.length < wanted.length) built += folded[j++];
    if (built.startsWith(wanted)) {
      if (i > start) pieces.push({ text: chars.slice(start, i).join(''), match: false });
      pieces.push({ text: chars.slice(i, j).join(''), match: true });
      start = i = j;
    } else i++;
  }
  if (start < chars.length) pieces.push({ text: chars.slice(start).join(''), match: false });
  return pieces;
}

/** How the release list can be ordered. */
export const RELEASE_ORDERS = ['date', 'work'] as const;
export type ReleaseOrder = (typeof RELEASE_ORDERS)[number];

/** Segments still needing a reviewer across languages: everything not reviewed. */
export const workLeft = (counts: (ReviewCounts | undefined)[]): number => counts.reduce((sum, item) => sum + (item ? item.total - item.reviewed - item.approved : 0), 0);

/** Newest first by date; most work left first by work (then newest). */
export function orderReleases<T extends { release: Release; work: number }>(items: T[], order: ReleaseOrder): T[] {
  const byDate = (a: T, b: T) => Date.parse(b.release.meta.date) - Date.parse(a.release.meta.date) || a.release.id.localeCompare(b.release.id);
  return [...items].sort(order === 'work' ? (a, b) => b.work - a.work || byDate(a, b) : byDate);
}
