// Parse: a release file (front matter + Markdown) into validated metadata and Markdown trees.
import type { VFile } from 'vfile';
import type { ParsedRelease } from '../release.ts';
import { releaseParser, releaseText } from './processor.ts';

export { isIsoWithOffset, RELEASE_ID } from './front-matter.ts';
export { segmentRelease } from './segments.ts';
export { segmentKey } from '../inline/index.ts';
export type { QuoteMark } from './segments.ts';
export { releaseLoader, releaseParser } from './processor.ts';

/** Parse one release file. Problems go to `file.messages`; the result is undefined when any is an error. */
export function parseRelease(file: VFile): ParsedRelease | undefined {
  releaseParser.runSync(releaseParser.parse(releaseText(file)), file);
  return file.data.parsed;
}
