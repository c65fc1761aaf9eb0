// A withdrawal's reason as the kill notice gives it in one language: the Italian in Italian; in a translation, its
// reviewed translation when the publication policy and the checks let that out, else the Italian, labelled as such.
// Nothing else of the translation matters: a kill hands out no text of the release, so none of it need be current.
import type { Language, Release, TargetLanguage } from '../release.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import { publishedInline, readInline, type Inline } from '../inline/index.ts';
import { checkRelease } from '../check/index.ts';
import { STATE_RULES } from '../check/state-rules.ts';
import type { Glossary } from '../glossary.ts';
import type { Memory, SegmentStatus } from '../translate/memory.ts';
import { currentTarget } from '../translate/memory-match.ts';
import { isApproved } from '../translate/review.ts';
import type { PublicationPolicy } from './publication-policy.ts';

export interface WithdrawalReason {
  /** When the release was withdrawn. */
  date: string;
  reason: Inline;
  /** The Italian standing in a translation: labelled as such wherever it is shown. */
  original: boolean;
  /** When the translation of the reason was reviewed: a date of the version it makes. */
  reviewed?: string;
}

export interface ReasonMemory {
  memory?: Memory;
  statuses?: Map<string, SegmentStatus>;
  policy: PublicationPolicy;
  glossary: Glossary;
}

/** The withdrawal of `release` in `language`, from that language's memory. */
export function withdrawalIn(release: Release, withdrawal: NonNullable<Release['withdrawal']>, language: Language, from?: ReasonMemory): WithdrawalReason {
  const { reason, date } = withdrawal;
  const original: WithdrawalReason = { date, reason: publishedInline(reason.content), original: language !== SOURCE_LANGUAGE };
  if (language === SOURCE_LANGUAGE || !from?.memory) return original;
  const status = from.statuses?.get(reason.key);
  const entry = status?.state === 'current' ? status.entry : undefined;
  if (!entry || entry.state !== 'reviewed' || entry.target.trim() === '' || (from.policy === 'approved' && !isApproved(entry))) return original;
  // The reason alone is checked: an error in its translation (a lost number, broken markup) sends the Italian instead.
  const findings = checkRelease({ release: { ...release, segments: [reason] }, language: language as TargetLanguage, memory: from.memory, glossary: from.glossary });
  if (findings.some((finding) => finding.fatal === true && !STATE_RULES.has(finding.ruleId ?? ''))) return original;
  return { date, reason: readInline(currentTarget(reason, entry)), original: false, reviewed: entry.updated };
}
