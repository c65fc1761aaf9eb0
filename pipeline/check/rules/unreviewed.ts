// Machine output is publishable, but a person should read it.
import type { CheckRule } from '../rule.ts';

export const unreviewed: CheckRule = {
  id: 'unreviewed',
  description: 'the translation is machine output no reviewer has approved',
  severity: 'warning',
  scope: 'state',
  check({ review }) {
    return review.state === 'machine' ? [`machine translation (${review.entry?.engine ?? 'unknown engine'}) not yet reviewed`] : [];
  },
};
