// What may go out in a language: the press office's publication policy, and the checks a version must pass.
// A language version is published whole or withheld whole; a version that mixes reviewed and machine segments
// is a machine translation.
import type { Finding } from '../check/index.ts';
import type { Segment } from '../release.ts';
import type { SegmentStatus } from '../translate/memory.ts';
import { isApproved } from '../translate/review.ts';
import type { PublicationPolicy } from './publication-policy.ts';
export { DEFAULT_POLICIES, DEFAULT_POLICY, PUBLICATION_POLICIES, type Policies, type PublicationPolicy } from './publication-policy.ts';

import { STATE_RULES } from '../check/state-rules.ts';

export type Verdict =
  | { publish: true; machine: boolean; machineSegments: Segment[]; replacedReviewed: Segment[] }
  | { publish: false; reason: 'failed-checks'; errors: Finding[] }
  | { publish: false; reason: 'unreviewed'; machineSegments: Segment[]; replacedReviewed: Segment[] }
  /** Under `approved`: reviewed segments no second person approved yet (machine ones are in `machineSegments`). */
  | { publish: false; reason: 'unapproved'; machineSegments: Segment[]; unapprovedSegments: Segment[]; replacedReviewed: Segment[] };

/**
 * Judge one complete language version: error-level check findings withhold it under any policy; machine
 * segments withhold it under `reviewed` and make it a labelled machine translation under `machine`.
 */
export function judgeVersion(segments: readonly Segment[], statuses: Map<string, SegmentStatus>, findings: readonly Finding[], policy: PublicationPolicy): Verdict {
  const errors = findings.filter((finding) => finding.fatal === true && !STATE_RULES.has(finding.ruleId ?? ''));
  if (errors.length > 0) return { publish: false, reason: 'failed-checks', errors };
  const machineSegments: Segment[] = [];
  const replacedReviewed: Segment[] = [];
  const unapprovedSegments: Segment[] = [];
  for (const segment of segments) {
    const status = statuses.get(segment.key);
    if (status?.state === 'current' && status.entry.state === 'reviewed' && !isApproved(status.entry) && !unapprovedSegments.includes(segment)) unapprovedSegments.push(segment);
    if (status?.state !== 'current' || status.entry.state !== 'machine') continue;
    if (!machineSegments.includes(segment)) machineSegments.push(segment);
    // The Italian changed under an approved translation and machine output took its place.
    if (status.entry.previous?.state === 'reviewed' && !replacedReviewed.includes(segment)) replacedReviewed.push(segment);
  }
  if (policy === 'approved' && machineSegments.length + unapprovedSegments.length > 0) return { publish: false, reason: 'unapproved', machineSegments, unapprovedSegments, replacedReviewed };
  if (machineSegments.length > 0 && policy !== 'machine') return { publish: false, reason: 'unreviewed', machineSegments, replacedReviewed };
  return { publish: true, machine: machineSegments.length > 0, machineSegments, replacedReviewed };
}
