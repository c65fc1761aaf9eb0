// The Italian changed after it was translated: the old translation is kept for the reviewer but not published.
import type { CheckRule } from '../rule.ts';

export const stale: CheckRule = {
  id: 'stale-translation',
  description: 'the Italian changed since this translation was made',
  severity: 'error',
  scope: 'state',
  check({ review }) {
    if (review.state !== 'stale') return [];
    return [`the Italian of this ${review.segment.kind} changed since it was translated (now segment ${review.segment.key}); review the translation`];
  },
};
