// What a headline carries wherever a list shows it (feeds, indexes, the archive): a reader who scans the list
// sees that a release was withdrawn, or that this language's version is unreviewed machine output, before opening it.
import type { Labels } from './i18n.ts';

export interface Marked {
  withdrawn?: unknown;
  /** A translation being updated: a notice stands where it was. */
  withheld?: boolean;
  machine?: boolean;
}

/** The marks before a headline, in order: withdrawn or being updated, then machine translation. */
const headlineMarks = (release: Marked, labels: Labels): string[] => [
  ...(release.withdrawn ? [labels.t('release.withdrawnMark')] : []),
  ...(release.withheld ? [labels.t('release.withheldMark')] : []),
  ...(release.machine ? [labels.t('machine.tag')] : []),
];

/** The headline as a list shows it: its marks, then its words (in Japanese with no space after 】, as the wire text). */
export const markedHeadline = (release: Marked, headline: string, labels: Labels): string =>
  [...headlineMarks(release, labels), headline].join(labels.language === 'ja' ? '' : ' ');
