// Under the `approved` publication policy a reviewed translation publishes only once a second person approved it:
// the reviewer who would hold the language back should hear it from `pressroom check`, not from a withheld build.
import type { CheckRule } from '../rule.ts';

export const unapproved: CheckRule = {
  id: 'unapproved',
  description: 'the publication policy needs a second reviewer’s approval (four eyes), and this reviewed translation has none yet',
  severity: 'warning',
  scope: 'state',
  check({ review, needsApproval, language }) {
    if (!needsApproval || review.state !== 'reviewed') return [];
    const editor = review.entry?.reviewer ? `reviewed by ${review.entry.reviewer}` : 'reviewed';
    return [`${editor}, not yet approved by a second reviewer; the publication policy for ${language} is approved, so ${language} is withheld until it is`];
  },
};
