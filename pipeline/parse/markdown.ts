// The Markdown readers: CommonMark plus YAML front matter, nothing else.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

/** Markdown with YAML front matter, as a release file is written. */
export const releaseMarkdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Markdown without front matter: the boilerplate field, an imported body. */
export const plainMarkdown = unified().use(remarkParse).freeze();

export function parseMarkdown(text: string, frontMatter = true): Root {
  return (frontMatter ? releaseMarkdown : plainMarkdown).parse(text);
}
