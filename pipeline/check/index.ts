// `pressroom check`: every rule on every segment of a release in one language, as findings placed on files.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { readInlineAsWritten } from '../inline/index.ts';
import { reportError, reportWarning } from '../problems.ts';
import type { Release, TargetLanguage } from '../release.ts';
import { entryPoint } from '../translate/memory-file.ts';
import type { Memory } from '../translate/memory.ts';
import { publishableReviews } from '../translate/review.ts';
import type { Glossary } from '../glossary.ts';
import type { CheckRule, Severity } from './rule.ts';
import { missing } from './rules/missing.ts';
import { stale } from './rules/stale.ts';
import { unreviewed } from './rules/unreviewed.ts';
import { numbers } from './rules/numbers.ts';
import { dayFirstDate } from './rules/dates.ts';
import { markup } from './rules/markup.ts';
import { speakerNames } from './rules/speakers.ts';
import { glossaryTerms } from './rules/glossary.ts';
import { sameAsSource } from './rules/same.ts';
import { whitespace } from './rules/whitespace.ts';
import { endPunctuation } from './rules/punctuation.ts';
import { lengthRatio } from './rules/length.ts';
import { jaHalfWidthPunctuation } from './rules/ja-punctuation.ts';
import { controlCharacters } from './rules/control.ts';
import { unmarkedQuotation } from './rules/unmarked-quotation.ts';
import { unapproved } from './rules/unapproved.ts';

export type { CheckRule, Severity } from './rule.ts';

export { STATE_RULES } from './state-rules.ts';

/** Every check, in the order their messages are listed for a segment. */
export const RULES: readonly CheckRule[] = [
  missing,
  stale,
  unreviewed,
  numbers,
  dayFirstDate,
  markup,
  controlCharacters,
  speakerNames,
  glossaryTerms,
  sameAsSource,
  whitespace,
  endPunctuation,
  lengthRatio,
  jaHalfWidthPunctuation,
  unmarkedQuotation,
  unapproved,
];

/** What a check message says beyond its place and rule: which release, language and segment it is about. */
export interface FindingData {
  release: string;
  language: TargetLanguage;
  segment: string;
  /** The problem in words, without the language the one-line form adds when it is placed on the release. */
  problem: string;
}

/** A check finding is a VFileMessage: placed on the memory entry or the release segment, with its rule id. */
export type Finding = VFileMessage & FindingData;

/** A finding as plain data, for `pressroom check --format json`. */
export function findingJson(finding: Finding) {
  return {
    rule: finding.ruleId ?? '',
    severity: (finding.fatal ? 'error' : 'warning') as Severity,
    message: finding.problem,
    release: finding.release,
    language: finding.language,
    segment: finding.segment,
    file: finding.file,
    line: finding.line ?? 1,
    column: finding.column ?? 1,
  };
}

export interface CheckInput {
  release: Release;
  language: TargetLanguage;
  memory: Memory | undefined;
  /** Path and text of the memory file, to place messages on the entries' lines. */
  memoryFile?: { path: string; text: string };
  glossary: Glossary;
  rules?: readonly CheckRule[];
  /** The language's publication policy needs a second reviewer (`approved`): reviewed segments nobody else approved are findings. */
  needsApproval?: boolean;
}

export function checkRelease(input: CheckInput): Finding[] {
  const { release, language, memory, glossary, needsApproval } = input;
  const rules = input.rules ?? RULES;
  const memoryFile = input.memoryFile && new VFile({ path: input.memoryFile.path, value: input.memoryFile.text });
  const releaseFile = new VFile({ path: release.path });
  const findings: Finding[] = [];
  // A withdrawn release publishes its reason alone (the kill notice): the text it withdrew is no work.
  for (const review of publishableReviews(release, memory)) {
    const translated = review.state === 'machine' || review.state === 'reviewed' || review.state === 'approved';
    // An entry's messages go on its key in the memory file; a segment with no entry is placed in the release.
    const onMemory = Boolean(review.entryKey && memoryFile);
    const [file, point] = onMemory ? [memoryFile!, entryPoint(memoryFile!, review.entryKey!)] : [releaseFile, review.segment.position];
    const source = review.segment.content;
    const target = readInlineAsWritten(review.target);
    for (const rule of rules) {
      if (rule.scope === 'translation' && !translated) continue;
      for (const problem of rule.check({ release, language, review, glossary, source, target, ...(needsApproval ? { needsApproval } : {}) })) {
        // On the release file the line is the Italian segment, so the message says which language it is about.
        const reason = onMemory ? problem : `${language}: ${problem}`;
        const message = rule.severity === 'error' ? reportError(file, reason, rule.id, point) : reportWarning(file, reason, rule.id, point);
        findings.push(Object.assign(message, { release: release.id, language, segment: review.segment.key, problem }));
      }
    }
  }
  return findings;
}
