// The translation checks where reviewers work: the same rules as `pressroom check`, run on the text a reviewer is
// about to save or approve, and on every translated segment the desk shows.
import { checkRelease, findingJson, RULES, type Severity } from '../check/index.ts';
import type { Glossary } from '../glossary.ts';
import type { Release, TargetLanguage } from '../release.ts';
import type { Memory } from '../translate/memory.ts';

export interface SegmentFinding {
  rule: string;
  severity: Severity;
  message: string;
}

/** Rules on the translated text; the state rules (missing, stale, unreviewed) are what the state pill already says. */
const TEXT_RULES = RULES.filter((rule) => rule.scope === 'translation');

/** Findings on each translated segment, by segment key, in the order `pressroom check` lists them. */
export function findingsBySegment(release: Release, language: TargetLanguage, memory: Memory | undefined, glossary: Glossary): Map<string, SegmentFinding[]> {
  const bySegment = new Map<string, SegmentFinding[]>();
  for (const finding of checkRelease({ release, language, memory, glossary, rules: TEXT_RULES })) {
    const list = bySegment.get(finding.segment) ?? [];
    const { rule, severity, message } = findingJson(finding);
    list.push({ rule, severity, message });
    bySegment.set(finding.segment, list);
  }
  return bySegment;
}

export const errorsOf = (findings: readonly SegmentFinding[] | undefined): SegmentFinding[] => (findings ?? []).filter((finding) => finding.severity === 'error');
