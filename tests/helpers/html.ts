// Reading rendered pages as trees: what a browser would fetch, what could run, what JSON-LD says.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export const parsePage = (html: string): Root => fromHtml(html);

export function elements(tree: Root, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

const FETCHING_RELS = /\b(stylesheet|preload|prefetch|modulepreload|icon|manifest|dns-prefetch|preconnect|import)\b/i;

/** Everything in the page that would make a browser fetch something or run code. */
export function externalRequests(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parsePage(html))) {
    const { tagName, properties } = element;
    for (const name of ['src', 'srcSet', 'poster', 'data', 'action', 'formAction', 'background']) {
      if (properties[name] !== undefined) found.push(`<${tagName} ${name}>`);
    }
    if (['iframe', 'object', 'embed', 'img', 'video', 'audio', 'source', 'frame', 'image', 'svg', 'math', 'form', 'base', 'meta'].includes(tagName)) {
      if (tagName !== 'meta' || properties.httpEquiv !== undefined) found.push(`<${tagName}>`);
    }
    if (tagName === 'link' && FETCHING_RELS.test(String(properties.rel ?? ''))) found.push(`<link rel=${String(properties.rel)}>`);
    if (tagName === 'script' && properties.type !== 'application/ld+json') found.push('<script>');
    if (tagName === 'style' && /url\(|@import/i.test(toString(element))) found.push('<style> with url() or @import');
    if (typeof properties.style === 'string' && /url\(/i.test(properties.style)) found.push(`<${tagName} style=url()>`);
    for (const [name, value] of Object.entries(properties)) {
      if (/^on/i.test(name)) found.push(`<${tagName} ${name}>`);
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`<${tagName} ${name}=${value}>`);
    }
  }
  return found;
}

/** The parsed JSON-LD blocks of a page. */
export function jsonLd(html: string): unknown[] {
  return elements(parsePage(html), (element) => element.tagName === 'script' && element.properties.type === 'application/ld+json').map((element) =>
    JSON.parse(toString(element)),
  );
}

export const metaContent = (html: string, property: string): string[] =>
  elements(parsePage(html), (element) => element.tagName === 'meta' && (element.properties.property === property || element.properties.name === property)).map((element) =>
    String(element.properties.content),
  );
