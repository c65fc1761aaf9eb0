// Requests to the engine: runs of neighbouring segments of one release, each with its context.
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
  /** Plain text DeepL reads but does not translate or bill: the title and the segments around the run. */
  context: string;
}

const encodedSize = (value: string) => new URLSearchParams({ text: value }).toString().length + 1;

/**
 * Cut a release's pending segments into requests. DeepL translates each text of a request on its own and
 * applies one `context` to all of them, so a request holds neighbouring segments and its context is the release
 * title plus the segment before and the segment after the run.
 */
export function batchRelease(release: Release, pending: Pending[], limits: BatchLimits = DEEPL_LIMITS): Batch[] {
  const index = new Map<string, number>();
  release.segments.forEach((segment, at) => {
    if (!index.has(segment.key)) index.set(segment.key, at);
  });
  const title = plainText(release.title.content).trim();
  const runs: Pending[][] = [];
  let run: Pending[] = [];
  let bytes = 0;
  let last = -2;
  for (const item of [...pending].sort((a, b) => index.get(a.segment.key)! - index.get(b.segment.key)!)) {
    const at = index.get(item.segment.key)!;
    const size = encodedSize(item.segment.source);
    const full = run.length >= limits.maxTexts || (run.length > 0 && bytes + size > limits.maxBytes - contextBudget(title));
    if (run.length > 0 && (at !== last + 1 || full)) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += size;
    last = at;
  }
  if (run.length > 0) runs.push(run);

  return runs.map((items) => {
    const first = index.get(items[0]!.segment.key)!;
    const end = index.get(items.at(-1)!.segment.key)!;
    const before = release.segments[first - 1];
    const after = release.segments[end + 1];
    const around = [
      before && before.key !== release.title.key ? plainText(before.content).trim().slice(-NEIGHBOUR_CHARACTERS) : '',
      after ? plainText(after.content).trim().slice(0, NEIGHBOUR_CHARACTERS) : '',
    ];
    return { release: release.id, items, context: [title, ...around].filter(Boolean).join('\n\n') };
  });
}

/** Each neighbour in the context is cut to its part nearest the run, so the context stays small. */
const NEIGHBOUR_CHARACTERS = 600;

/** Room kept for the context: the title and two neighbours, at 9 encoded bytes a character at worst. */
function contextBudget(title: string): number {
  return encodedSize(title) + 2 * NEIGHBOUR_CHARACTERS * 9;
}
