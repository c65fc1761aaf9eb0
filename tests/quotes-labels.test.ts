// A label before a colon, its edges trimmed: the same as the patterns it replaced, and in linear time on a long run of
// spaces (where `[\s:]+$`, tried at each of its characters, took quadratic time).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareLabel } from '../pipeline/quotes/page-labels.ts';

/** What may open a label, and what may close it. */
const LEAD = /[\s\-\u2013\u2014•*]/u;
const TAIL = /[\s:]/u;

/** The reference: a character at a time from each end. */
function trimmedByHand(label: string): string {
  let start = 0;
  while (start < label.length && LEAD.test(label[start]!)) start++;
  let end = label.length;
  while (end > start && TAIL.test(label[end - 1]!)) end--;
  return label.slice(start, end);
}

describe('quotes: a label’s edges', () => {
  const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', ':', '-', '–', '—', '•', '*', 'Gori', 'e', '(FdI)', '’');

  it('are trimmed as the patterns it replaced trimmed them, either end first', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const label = pieces.join('');
        const trimmed = bareLabel(label);
        expect(trimmed).toBe(trimmedByHand(label));
        // nameLabel's, and namesLabel's and isPageLabel's (the end first).
        expect(trimmed).toBe(label.replace(/^[\s\-\u2013\u2014•*]+|[\s:]+$/gu, ''));
        expect(trimmed).toBe(label.replace(/[\s:]+$/u, '').replace(/^[\s\-\u2013\u2014•*]+/u, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('are trimmed around and past runs of 20,000 spaces', () => {
    const spaces = ' '.repeat(20_000);
    for (const label of [`– Gori${spaces}Sarr${spaces}:${spaces}`, `${spaces}Gori${spaces}x`, `${spaces}:${spaces}`, `Gori${spaces}:`]) {
      expect(bareLabel(label)).toBe(trimmedByHand(label));
    }
    expect(bareLabel(`– Gori${spaces}Sarr${spaces}:${spaces}`)).toBe(`Gori${spaces}Sarr`);
  });
});
