// Body checks: only the Markdown a release may hold; raw HTML and the rest are errors, never passed through.
import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { eachNode } from '../tree-walk.ts';
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
  table: 'tables are not supported in a release; write the figures as a list or in sentences',
  yaml: 'a second front matter block is not allowed',
};

/** Schemes that run code or embed a document where a reader expects a page: never a link in a release. */
const UNSAFE_SCHEME = /^(?:javascript|data|vbscript):/;

/** The scheme as a browser reads it: ASCII whitespace and control characters anywhere in it are dropped. */
const schemeOf = (url: string) => url.replace(/[\u0000-\u0020]/g, '').toLowerCase();

/**
 * A Markdown table (GitHub's syntax): CommonMark reads it as a paragraph of pipes, so it would be published as
 * such. A line of dashes and pipes under a line with a pipe gives it away.
 */
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*\r?$/;
function looksLikeTable(file: VFile, node: Nodes): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const lines = String(file.value).slice(start, end).split('\n');
  return lines.some((line, index) => index > 0 && line.includes('|') && lines[index - 1]!.includes('|') && TABLE_DELIMITER.test(line));
}

/** Report every node a release body may not contain; returns true when the body is clean. */
export function checkBody(file: VFile, tree: Root, where = 'the body'): boolean {
  let clean = true;
  const flag = (node: Nodes, reason: string, ruleId: string) => {
    clean = false;
    reportError(file, reason, ruleId, node.position?.start);
  };
  const checkUrl = (node: Nodes & { url: string }) => {
    const scheme = UNSAFE_SCHEME.exec(schemeOf(node.url));
    if (scheme) flag(node, `a link to ${scheme[0]} runs code or embeds a document in the reader's browser; link to a web page (https://…) instead`, 'unsafe-link');
  };
  for (const block of tree.children) {
    if (block.type === 'yaml') continue;
    if (block.type === 'definition') {
      checkUrl(block);
      continue;
    }
    if (block.type === 'paragraph' && looksLikeTable(file, block)) {
      flag(block, HINTS.table!, 'unsupported-markdown');
      continue;
    }
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
    eachNode(block, (node: Nodes) => {
      if (node.type === 'html') {
        // One message per element: the closing tag of an inline element adds nothing.
        if (!node.value.startsWith('</')) flag(node, HINTS.html!, 'raw-html');
      } else if (node.type === 'link') {
        checkUrl(node);
      } else if (node.type === 'image' || node.type === 'imageReference') {
        flag(node, HINTS.image!, 'unsupported-markdown');
      } else if (!BLOCKS.has(node.type) && !INLINE.has(node.type) && node.type !== 'listItem') {
        flag(node, HINTS[node.type] ?? `${node.type} is not supported in ${where}`, 'unsupported-markdown');
      }
    });
  }
  return clean;
}
