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

/** A character that may open Markdown syntax (or be read as other than itself) anywhere in a line, or a line break. */
const INLINE_SYNTAX = /[\\`*_[\]<>!&\u0000-\u001f\u007f]/;
/** What may open a block other than a paragraph (a list, heading, quote, fence, rule or indented code), or be stripped. */
const BLOCK_START = /^(?:[ \t+*>#=_~`-]|\d+[.)])/;

/**
 * A boilerplate field's Markdown (no front matter), its positions left to the caller, which places the tree on the
 * field. One line with nothing the parser would read as syntax is a paragraph of itself: made so, without the
 * parser (a boilerplate is one such sentence or two in most releases); anything else is parsed.
 */
export function parseBoilerplate(text: string): Root {
  const line = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (line === '' || INLINE_SYNTAX.test(line) || BLOCK_START.test(line) || /[ \t]$/.test(line)) return plainMarkdown.parse(text);
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: line }] }] };
}
