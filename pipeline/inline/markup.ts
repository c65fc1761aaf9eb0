// The markup of a segment: its tags, and the <q data-quote> markers that tie quoted words to a quotation.
import type { Element, ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { Inline } from './read.ts';

/** The id of a quote marker, or undefined for any other node. */
export function quoteIdOf(node: ElementContent): string | undefined {
  return node.type === 'element' && node.tagName === 'q' ? String(node.properties.dataQuote ?? '') : undefined;
}

/** Ids of the quote markers, in order of first appearance. */
export function quoteIds(inline: Inline): string[] {
  const ids: string[] = [];
  visit(inline, 'element', (node: Element) => {
    const id = quoteIdOf(node);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  });
  return ids;
}

/** Tag descriptions (`<em>`, `<a href="…">`) with their counts; quote markers are metadata and left out. */
export function inlineTags(inline: Inline): Map<string, number> {
  const tags = new Map<string, number>();
  visit(inline, 'element', (node: Element) => {
    if (node.tagName === 'q') return;
    const name = node.tagName === 'a' && node.properties.href !== undefined ? `<a href="${String(node.properties.href)}">` : `<${node.tagName}>`;
    tags.set(name, (tags.get(name) ?? 0) + 1);
  });
  return tags;
}

/** The content with every quote marker unwrapped: its words stay, the marker goes. */
export function withoutQuotes(inline: Inline): Inline {
  const unwrap = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node) => (quoteIdOf(node) !== undefined ? unwrap((node as Element).children) : node.type === 'element' ? [{ ...node, children: unwrap(node.children) }] : [node]));
  return { type: 'root', children: unwrap(inline.children as ElementContent[]) };
}

/** The content with quote ids renamed by `rename` (ids it does not know stay). */
export function renameQuotes(inline: Inline, rename: ReadonlyMap<string, string>): Inline {
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((node) => {
      if (node.type !== 'element') return node;
      const id = quoteIdOf(node);
      const properties = id !== undefined && rename.has(id) ? { ...node.properties, dataQuote: rename.get(id)! } : node.properties;
      return { ...node, properties, children: walk(node.children) };
    });
  return { type: 'root', children: walk(inline.children as ElementContent[]) };
}

/** The content with every quote id left out, its markers kept: the same words quoted in two releases (ids are numbered per release). */
export function unnumberedQuotes(inline: Inline): Inline {
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((node) => {
      if (node.type !== 'element') return node;
      const properties = quoteIdOf(node) !== undefined ? { ...node.properties, dataQuote: '' } : node.properties;
      return { ...node, properties, children: walk(node.children) };
    });
  return { type: 'root', children: walk(inline.children as ElementContent[]) };
}
