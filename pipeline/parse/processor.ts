// The release processors: one frozen unified processor per job, built once and reused.
import remarkRehype from 'remark-rehype';
import type { VFile } from 'vfile';
import { releaseMarkdown } from './markdown.ts';
import { remarkBodyRules, remarkQuotes, remarkRelease, remarkReleaseFrontMatter, rehypeSegments } from './plugins.ts';

/** Parse a release: front matter into `file.data.parsed`, body rules as messages. */
export const releaseParser = releaseMarkdown().use(remarkReleaseFrontMatter).use(remarkBodyRules).use(remarkRelease).freeze();

/** Parse a release, find its quotations and cut it into segments (`file.data.release`). */
export const releaseLoader = releaseParser().use(remarkQuotes).use(remarkRehype).use(rehypeSegments).freeze();

/** The text a processor reads: a byte-order mark is not part of it. */
export const releaseText = (file: VFile) => String(file.value).replace(/^\uFEFF/, '');
