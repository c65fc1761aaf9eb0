// The Markdown reader: CommonMark plus YAML front matter, nothing else.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const plain = unified().use(remarkParse);

export function parseMarkdown(text: string, frontMatter = true): Root {
  return (frontMatter ? withFrontMatter : plain).parse(text);
}
