// A QA check is one small named rule: an id, a description, a severity and a function of one translated segment.
import type { Release, TargetLanguage } from '../release.ts';
import type { SegmentReview } from '../translate/review.ts';
import type { Glossary } from '../glossary.ts';
import type { Inline } from '../inline/index.ts';

export type Severity = 'error' | 'warning';

export interface CheckContext {
  release: Release;
  language: TargetLanguage;
  review: SegmentReview;
  glossary: Glossary;
  /** The Italian segment's content. */
  source: Inline;
  /** The target as written in the memory, unsanitised, so that a stray <script> is seen too. */
  target: Inline;
  /** The language's publication policy needs a second reviewer's approval (`approved` in package.json). */
  needsApproval?: boolean;
}

export interface CheckRule {
  /** Printed as [pressroom:<id>]. */
  id: string;
  description: string;
  severity: Severity;
  /**
   * `translation` rules judge a current target (machine or reviewed) against the current source;
   * `state` rules look at every segment, translated or not.
   */
  scope: 'translation' | 'state';
  /** One message per problem, or none. */
  check(context: CheckContext): string[];
}
