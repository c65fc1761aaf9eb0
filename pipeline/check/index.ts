// `pressroom check`: every rule on every segment of a release in one language, as findings placed on files.
import { VFile } from 'vfile';
import type { Release, TargetLanguage } from '../release.ts';
import { entryPoint } from '../translate/memory-file.ts';
import type { Memory } from '../translate/memory.ts';
import { reviewSegments } from '../translate/review.ts';
import type { Glossary } from '../glossary.ts';
import type { CheckRule, Severity } from './rule.ts';
import { missing } from './rules/missing.ts';
import { stale } from './rules/stale.ts';
import { unreviewed } from './rules/unreviewed.ts';
import { numbers } from './rules/numbers.ts';
import { markup } from './rules/markup.ts';
import { speakerNames } from './rules/speakers.ts';
import { glossaryTerms } from './rules/glossary.ts';
import { sameAsSource } from './rules/same.ts';
import { whitespace } from './rules/whitespace.ts';
import { endPunctuation } from './rules/punctuation.ts';
import { lengthRatio } from './rules/length.ts';
import { jaHalfWidthPunctuation } from './rules/ja-punctuation.ts';

export type { CheckRule, Severity } from './rule.ts';

/** Every check, in the order their messages are listed for a segment. */
export const RULES: readonly CheckRule[] = [
  missing,
  stale,
  unreviewed,
  numbers,
  markup,
  speakerNames,
  glossaryTerms,
  sameAsSource,
  whitespace,
  endPunctuation,
  lengthRatio,
  jaHalfWidthPunctuation,
];

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  release: string;
  language: TargetLanguage;
  segment: string;
  /** Where the message belongs: the entry in the memory file, or the segment in the release file. */
  file: string;
  line: number;
  column: number;
}

export interface CheckInput {
  release: Release;
  language: TargetLanguage;
  memory: Memory | undefined;
  /** Path and text of the memory file, to place messages on the entries' lines. */
  memoryFile?: { path: string; text: string };
  glossary: Glossary;
  rules?: readonly CheckRule[];
}

export function checkRelease(input: CheckInput): Finding[] {
  const { release, language, memory, glossary } = input;
  const rules = input.rules ?? RULES;
  const memoryFile = input.memoryFile && new VFile({ path: input.memoryFile.path, value: input.memoryFile.text });
  const findings: Finding[] = [];
  for (const review of reviewSegments(release, memory)) {
    const translated = review.state === 'machine' || review.state === 'reviewed';
    // An entry's messages go on its key in the memory file; a segment with no entry is placed in the release.
    const [file, point] = review.entryKey && memoryFile ? [memoryFile.path!, entryPoint(memoryFile, review.entryKey)] : [release.path, review.segment.position];
    for (const rule of rules) {
      if (rule.scope === 'translation' && !translated) continue;
      for (const message of rule.check({ release, language, review, glossary })) {
        findings.push({ rule: rule.id, severity: rule.severity, message, release: release.id, language, segment: review.segment.key, file, line: point.line, column: point.column });
      }
    }
  }
  return findings;
}
