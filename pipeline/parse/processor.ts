// The release processors: one frozen unified processor per job, built once and reused.
import remarkRehype from 'remark-rehype';
import type { VFile } from 'vfile';
import { checkControlCharacters } from './characters.ts';
import { checkReleaseSize, checkStructureLimits } from './limits.ts';
import { releaseMarkdown } from './markdown.ts';
import { linearListHandlers } from './hast-lists.ts';
import { remarkBodyRules, remarkQuotes, remarkRelease, remarkReleaseFrontMatter, rehypeSegments } from './plugins.ts';

/** Parse a release: front matter into `file.data.parsed`, body rules as messages. */
export const releaseParser = releaseMarkdown().use(remarkReleaseFrontMatter).use(remarkBodyRules).use(remarkRelease).freeze();

/** Parse a release, find its quotations and cut it into segments (`file.data.release`). */
export const releaseLoader = releaseParser().use(remarkQuotes).use(remarkRehype, { handlers: linearListHandlers }).use(rehypeSegments).freeze();

/** The text a processor reads: a byte-order mark is not part of it. */
export const releaseText = (file: VFile) => String(file.value).replace(/^\uFEFF/, '');

/**
 * The text to parse, once the checks that must come before the Markdown parser have passed (characters, and
 * nesting the parser would take quadratic time or deep recursion over); undefined when it must not be parsed.
 */
export function textToParse(file: VFile): string | undefined {
  const text = releaseText(file);
  // The BOM (if any) is not in `text`: places are in the file as it is.
  const bom = String(file.value).length - text.length;
  checkControlCharacters(file, text, bom);
  // Nesting first: it names the place of a mistake more precisely than the size does.
  return checkStructureLimits(file, text, { frontMatter: true }) && checkReleaseSize(file, text, bom) ? text : undefined;
}
