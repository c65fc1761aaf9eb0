// Parse: a release file (front matter + Markdown) into validated metadata and Markdown trees.
import type { VFile } from 'vfile';
import type { ParsedRelease } from '../release.ts';
import { releaseParser, textToParse } from './processor.ts';

export { isIsoWithOffset, RELEASE_ID } from './front-matter.ts';
export { segmentRelease } from './segments.ts';
export { segmentKey } from '../inline/index.ts';
export type { QuoteMark } from './segments.ts';
export { releaseLoader, releaseParser } from './processor.ts';

/** Parse one release file. Problems go to `file.messages`; the result is undefined when any is an error. */
export function parseRelease(file: VFile): ParsedRelease | undefined {
  const text = textToParse(file);
  if (text === undefined) return undefined;
  releaseParser.runSync(releaseParser.parse(text), file);
  return file.data.parsed;
}
