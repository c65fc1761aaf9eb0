// A segment with no translation in this language keeps the whole language from being published.
import type { CheckRule } from '../rule.ts';

export const missing: CheckRule = {
  id: 'missing-translation',
  description: 'the segment has no translation (no entry, or an empty target)',
  severity: 'error',
  scope: 'state',
  check({ review }) {
    if (review.state !== 'missing') return [];
    return [review.entry ? `the ${review.segment.kind} has an empty translation; write one` : `the ${review.segment.kind} has no translation; run pressroom translate or write one`];
  },
};
