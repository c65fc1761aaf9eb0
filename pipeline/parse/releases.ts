// The parse stage over a project: releases parsed, quotes found, segments keyed; light enough for commands
// that never render (status, check, translate), so it imports nothing from the renderers.
import { VFile } from 'vfile';
import type { Point, Release } from '../release.ts';
import type { VFileMessage } from 'vfile-message';
import { reportError } from '../problems.ts';
import { checkSource, type SourceFile } from '../project/source-file.ts';
import type { Timings } from '../timings.ts';
import { releaseLoader, textToParse } from './processor.ts';

/** Parse and segment one release with the release processor; undefined when it has errors that stop it. */
export function loadRelease(source: SourceFile, file: VFile, timings?: Timings): { release: Release; idAt?: Point; quoteProblems: VFileMessage[] } | undefined {
  if (!checkSource(file, source)) return undefined;
  const text = textToParse(file);
  if (text === undefined) return undefined;
  const start = timings ? performance.now() : 0;
  const quotesBefore = timings?.quotes ?? 0;
  if (timings) file.data.timings = timings;
  releaseLoader.runSync(releaseLoader.parse(text), file);
  // The quotes plugin times itself; the rest of the run is parsing and segmentation.
  if (timings) timings.parse += performance.now() - start - (timings.quotes - quotesBefore);
  const { release, parsed, quotes } = file.data;
  // Reports outlive the build's use of a release: they keep their messages, not the trees the plugins left.
  file.data = {};
  if (!release || !parsed) return undefined;
  return { release, idAt: parsed.fieldPositions.id, quoteProblems: quotes?.problems ?? [] };
}

/** Quote warnings go on a release once it is known to be built (not on a duplicate). */
export function reportQuoteProblems(file: VFile, problems: VFileMessage[]): void {
  file.messages.push(...problems);
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
