// Body checks: only the Markdown a release may hold; raw HTML and the rest are errors, never passed through.
import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportError } from '../problems.ts';

const BLOCKS = new Set(['paragraph', 'heading', 'list']);
const INLINE = new Set(['text', 'emphasis', 'strong', 'link', 'linkReference', 'inlineCode', 'break']);

const HINTS: Record<string, string> = {
  html: 'raw HTML is not allowed in a release; write it as Markdown (emphasis, links) or remove it',
  image: 'images are not part of a release text; remove the image',
  imageReference: 'images are not part of a release text; remove the image',
  code: 'code blocks are not part of a release text; write the text as a paragraph',
  blockquote: 'block quotes are not supported; write the quotation inside a paragraph with “…” or «…»',
  thematicBreak: 'horizontal rules are not supported; put the “about us” text in the `boilerplate` field',
  table: 'tables are not supported',
  yaml: 'a second front matter block is not allowed',
};

/** Report every node a release body may not contain; returns true when the body is clean. */
export function checkBody(file: VFile, tree: Root, where = 'the body'): boolean {
  let clean = true;
  const flag = (node: Nodes, reason: string, ruleId: string) => {
    clean = false;
    reportError(file, reason, ruleId, node.position?.start);
  };
  for (const block of tree.children) {
    if (block.type === 'yaml' || block.type === 'definition') continue;
    if (!BLOCKS.has(block.type)) {
      flag(block, `${HINTS[block.type] ?? `${block.type} is not supported in ${where}`}`, block.type === 'html' ? 'raw-html' : 'unsupported-markdown');
      continue;
    }
    if (block.type === 'list') {
      for (const item of block.children) {
        if (item.children.length !== 1 || item.children[0]?.type !== 'paragraph') {
          flag(item, 'a list item must be a single paragraph (no nested lists or several paragraphs)', 'unsupported-markdown');
        }
      }
    }
    visit(block, (node) => {
      if (node.type === 'html') {
        // One message per element: the closing tag of an inline element adds nothing.
        if (!node.value.startsWith('</')) flag(node, HINTS.html!, 'raw-html');
      } else if (node.type === 'image' || node.type === 'imageReference') {
        flag(node, HINTS.image!, 'unsupported-markdown');
      } else if (!BLOCKS.has(node.type) && !INLINE.has(node.type) && node.type !== 'listItem') {
        flag(node, HINTS[node.type] ?? `${node.type} is not supported in ${where}`, 'unsupported-markdown');
      }
    });
  }
  return clean;
}
