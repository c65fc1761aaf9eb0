// Requests to the engine: each segment with its own context (the release title and the Italian around it).
import type { Release } from '../release.ts';
import { plainText } from '../inline/index.ts';
import type { Pending } from './pending.ts';

export interface BatchLimits {
  /** Texts per request. */
  maxTexts: number;
  /** Form-encoded bytes of the texts and context per request. */
  maxBytes: number;
}

/** DeepL takes 50 texts and 128 KiB per request; half the bytes leaves room for the other parameters. */
export const DEEPL_LIMITS: BatchLimits = { maxTexts: 50, maxBytes: 64 * 1024 };

export interface Batch {
  release: string;
  items: Pending[];
  /** Plain text DeepL reads but does not translate or bill: the title and the segments around each item. */
  context: string;
}

/** Each neighbour in the context is cut to its part nearest the segment, so the context stays small. */
const NEIGHBOUR_CHARACTERS = 600;

const encodedSize = (value: string) => new URLSearchParams({ text: value }).toString().length + 1;

/**
 * The context of the segment at `at` in release order: the title, then the Italian of the segment before and of
 * the segment after (the title itself is not repeated as a neighbour), as plain text.
 */
export function segmentContext(release: Release, at: number): string {
  const segment = release.segments[at]!;
  const title = plainText(release.title.content).trim();
  const before = release.segments[at - 1];
  const after = release.segments[at + 1];
  return [
    segment.key === release.title.key ? '' : title,
    before && before.key !== release.title.key && before.key !== segment.key ? plainText(before.content).trim().slice(-NEIGHBOUR_CHARACTERS) : '',
    after && after.key !== segment.key ? plainText(after.content).trim().slice(0, NEIGHBOUR_CHARACTERS) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Cut a release's pending segments into requests. DeepL applies one `context` to every text of a request, so
 * each segment goes with the texts that share its context exactly (usually none: one request per segment),
 * within the request limits. The context is free, so this bills what one big request would.
 */
export function batchRelease(release: Release, pending: Pending[], limits: BatchLimits = DEEPL_LIMITS): Batch[] {
  const index = new Map<string, number>();
  release.segments.forEach((segment, at) => {
    if (!index.has(segment.key)) index.set(segment.key, at);
  });
  const groups = new Map<string, Pending[]>();
  for (const item of [...pending].sort((a, b) => index.get(a.segment.key)! - index.get(b.segment.key)!)) {
    const context = segmentContext(release, index.get(item.segment.key)!);
    groups.set(context, [...(groups.get(context) ?? []), item]);
  }
  const batches: Batch[] = [];
  for (const [context, items] of groups) {
    const room = limits.maxBytes - encodedSize(context);
    let run: Pending[] = [];
    let bytes = 0;
    for (const item of items) {
      const size = encodedSize(item.segment.source);
      if (run.length > 0 && (run.length >= limits.maxTexts || bytes + size > room)) {
        batches.push({ release: release.id, items: run, context });
        run = [];
        bytes = 0;
      }
      run.push(item);
      bytes += size;
    }
    if (run.length > 0) batches.push({ release: release.id, items: run, context });
  }
  return batches;
}
