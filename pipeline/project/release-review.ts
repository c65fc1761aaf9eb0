// What status knows of a release and its memories, made alike by the build's threads (of the releases they render)
// and by `pressroom status` (of the files it reads): the summary of its loading and its counts in each language.
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { checkSource, type SourceFile } from './source-file.ts';
import type { Stamp } from './stamps.ts';
import { toMessage } from '../publish/messages.ts';
import { publishedSegments, TARGET_LANGUAGES, type Point, type Release, type TargetLanguage } from '../release.ts';
import { countByKeys, countReviews, publishableReviews, type ReviewCounts } from '../translate/review.ts';
import { readMemory } from '../translate/memory-file.ts';
import { memoryPath, type Memory } from '../translate/memory.ts';
import type { ReleaseReview, ReleaseSummary } from './status-digest.ts';

type Loaded = { release: Release; idAt?: Point; quoteProblems: VFileMessage[] } | undefined;

/** The summary of a release as loadRelease left it: `messages` are the file's, before any quote warning is added. */
export function summarize(loaded: Loaded, messages: VFileMessage[]): ReleaseSummary {
  if (!loaded) return { keys: [], messages: messages.map(toMessage), quoteMessages: [] };
  const { release, idAt, quoteProblems } = loaded;
  return {
    id: release.id,
    ...(idAt ? { idAt: { line: idAt.line, column: idAt.column } } : {}),
    keys: [...new Set(publishedSegments(release).map((segment) => segment.key))],
    messages: messages.map(toMessage),
    quoteMessages: quoteProblems.map(toMessage),
  };
}

/** A memory read for status: the memory, or undefined with its problems on `file`. */
export function memoryOfSource(source: SourceFile, language: TargetLanguage, id: string): { memory?: Memory; file: VFile } {
  const file = new VFile({ path: source.path, value: source.text });
  return { memory: checkSource(file, source) ? readMemory(file, { release: id, language }) : undefined, file };
}

export { countByKeys } from '../translate/review.ts';

/** A release's counts against its memory, every segment matched as the reviewers see it. */
export const countInFull = (release: Release, memory: Memory | undefined): ReviewCounts => countReviews(publishableReviews(release, memory));

/** What status counts of a release against its memory: from the keys when no segment can be stale, else in full. */
export function countsOf(summary: ReleaseSummary, memory: Memory | undefined, release: () => Release): ReviewCounts {
  return countByKeys(summary.keys, memory) ?? countInFull(release(), memory);
}

/** The rows of a release against the memories read with it (by language, parsed, with their stamps by path): only readable ones have rows. */
export function rowsOf(release: Release, summary: ReleaseSummary, memories: Partial<Record<TargetLanguage, { memory?: Memory }>>, read: Record<string, Stamp>): ReleaseReview['rows'] {
  const rows: ReleaseReview['rows'] = {};
  for (const language of TARGET_LANGUAGES) {
    const memory = memories[language]?.memory;
    const stamp = read[memoryPath(language, release.id)];
    if (!memory || !stamp) continue;
    rows[language] = { memory: stamp.hash, counts: countsOf(summary, memory, () => release) };
  }
  return rows;
}
