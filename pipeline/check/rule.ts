// A QA check is one small named rule: an id, a description, a severity and a function of one translated segment.
import type { Release, TargetLanguage } from '../release.ts';
import type { SegmentReview } from '../translate/review.ts';
import type { Glossary } from '../glossary.ts';

export type Severity = 'error' | 'warning';

export interface CheckContext {
  release: Release;
  language: TargetLanguage;
  review: SegmentReview;
  glossary: Glossary;
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
