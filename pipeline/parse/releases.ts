// The parse stage over a project: releases parsed, quotes found, segments keyed; light enough for commands
// that never render (status, check, translate), so it imports nothing from the renderers.
import { VFile } from 'vfile';
import type { Point, Release } from '../release.ts';
import { parseRelease, segmentRelease } from './index.ts';
import { extractQuotes, type QuoteProblem } from '../quotes/index.ts';
import { reportError, reportWarning } from '../problems.ts';
import { checkSource, type SourceFile } from '../project/source-file.ts';
import { timed, type Timings } from '../timings.ts';

/** Parse and segment one release; undefined when it has errors that stop it. */
export function loadRelease(source: SourceFile, file: VFile, timings?: Timings): { release: Release; idAt?: Point; quoteProblems: QuoteProblem[] } | undefined {
  if (!checkSource(file, source)) return undefined;
  const parsed = timed(timings, 'parse', () => parseRelease(file));
  if (!parsed) return undefined;
  const { quotes, marks, problems } = timed(timings, 'quotes', () => extractQuotes(parsed));
  return { release: timed(timings, 'parse', () => segmentRelease(parsed, quotes, marks)), idAt: parsed.fieldPositions.id, quoteProblems: problems };
}

/** Quote warnings go on a release once it is known to be built (not on a duplicate). */
export function reportQuoteProblems(file: VFile, problems: QuoteProblem[]): void {
  for (const problem of problems) reportWarning(file, problem.reason, problem.rule, problem.position);
}

export const duplicateId = (file: VFile, id: string, other: string, at?: Point) =>
  reportError(file, `release id \`${id}\` is already used by ${other}; ids must be unique`, 'duplicate-id', at ?? { line: 1, column: 1 });

/** Parse and segment every release; files with errors drop out, and duplicate ids are errors. */
export function loadReleases(sources: SourceFile[], timings?: Timings): { releases: Release[]; reports: VFile[] } {
  const releases: Release[] = [];
  const reports: VFile[] = [];
  const seen = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const file = new VFile({ path: source.path, value: source.text });
    reports.push(file);
    const loaded = loadRelease(source, file, timings);
    if (!loaded) continue;
    const { release } = loaded;
    const other = seen.get(release.id);
    if (other) {
      duplicateId(file, release.id, other, loaded.idAt);
      continue;
    }
    seen.set(release.id, source.path);
    reportQuoteProblems(file, loaded.quoteProblems);
    releases.push(release);
  }
  return { releases, reports };
}
