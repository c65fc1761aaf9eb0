// Segmentation: a parsed release becomes blocks of translatable inline HTML, each keyed by a hash of its words.
import { createHash } from 'node:crypto';
import type { List, Root as MdastRoot } from 'mdast';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { defaultHandlers, toHast, type Handler } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Block, Contact, ParsedRelease, Point, Quote, Release, Segment, SegmentKind } from '../release.ts';

/** A quoted span in the source file, by offsets, to be carried into the segment as <q data-quote>. */
export interface QuoteMark {
  id: string;
  start: number;
  end: number;
}

/** The inline HTML of a segment without its quote markers. */
export function withoutQuoteMarkers(source: string): string {
  return source.replace(/<\/?q\b[^>]*>/g, '');
}

/** Quote markers are metadata: the key depends on the words and inline markup only. */
export function segmentKey(source: string): string {
  const words = withoutQuoteMarkers(source).replace(/\s+/g, ' ').trim().normalize('NFC');
  return createHash('sha256').update(words).digest('hex').slice(0, 16);
}

function escapeText(value: string): string {
  return toHtml({ type: 'text', value });
}

function segment(kind: SegmentKind, source: string, position: Point): Segment {
  return { key: segmentKey(source), kind, source, position };
}

/** Split text nodes so that every marked range becomes a <q data-quote> element. */
function markQuotes(nodes: ElementContent[], marks: QuoteMark[]): ElementContent[] {
  if (marks.length === 0) return nodes;
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: markQuotes(node.children, marks) }];
    if (node.type !== 'text') return [node];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Escapes and entities make the value shorter than its source; such nodes are left unmarked.
    if (start === undefined || end === undefined || end - start !== node.value.length) return [node];
    const cuts = marks
      .filter((mark) => mark.start < end && mark.end > start)
      .map((mark) => ({ id: mark.id, from: Math.max(mark.start, start) - start, to: Math.min(mark.end, end) - start }))
      .sort((a, b) => a.from - b.from);
    if (cuts.length === 0) return [node];
    const out: ElementContent[] = [];
    let at = 0;
    for (const cut of cuts) {
      if (cut.from > at) out.push({ type: 'text', value: node.value.slice(at, cut.from) });
      out.push(h('q', { dataQuote: cut.id }, node.value.slice(Math.max(cut.from, at), cut.to)));
      at = Math.max(at, cut.to);
    }
    if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
    return out;
  });
}

function collapseWhitespace(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, value: node.value.replace(/\s+/g, ' ') } satisfies Text;
    if (node.type === 'element') return { ...node, children: collapseWhitespace(node.children) };
    return node;
  });
}

function inlineHtml(element: Element, marks: QuoteMark[]): string {
  const children = collapseWhitespace(markQuotes(element.children, marks));
  return toHtml({ type: 'root', children }).trim();
}

function pointOf(node: { position?: { start: Point } }, fallback: Point): Point {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column, offset: start.offset } : fallback;
}

/**
 * mdast-util-to-hast works out for every list item whether its whole list is loose, by looking at every item of
 * the list: quadratic, minutes for a 2 MB list. Here each list's looseness is worked out once.
 */
function linearListItems(): Handler {
  const looseness = new WeakMap<List, boolean>();
  return (state, node, parent) => {
    if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
    let loose = looseness.get(parent);
    if (loose === undefined) {
      loose = Boolean(parent.spread) || parent.children.some((item) => item.spread ?? item.children.length > 1);
      looseness.set(parent, loose);
    }
    return defaultHandlers.listItem(state, node, { type: 'list', spread: loose, children: [] });
  };
}

function blocksOf(tree: MdastRoot | undefined, kind: 'paragraph' | 'boilerplate', marks: QuoteMark[], fallback: Point): Block[] {
  if (!tree) return [];
  const hast = toHast(tree, { handlers: { listItem: linearListItems() } }) as HastRoot;
  const blocks: Block[] = [];
  for (const node of hast.children) {
    if (node.type !== 'element') continue;
    const at = pointOf(node, fallback);
    if (node.tagName === 'p') {
      blocks.push({ type: 'paragraph', segment: segment(kind, inlineHtml(node, marks), at) });
    } else if (/^h[1-6]$/.test(node.tagName)) {
      blocks.push({ type: 'heading', depth: Number(node.tagName[1]), segment: segment('heading', inlineHtml(node, marks), at) });
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = node.children
        .filter((item): item is Element => item.type === 'element' && item.tagName === 'li')
        .map((item) => {
          // A tight item holds inline content directly; a loose one wraps it in <p>.
          const paragraph = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
          return segment('list-item', inlineHtml(paragraph ?? item, marks), pointOf(item, at));
        });
      blocks.push({ type: 'list', ordered: node.tagName === 'ol', items });
    }
  }
  return blocks;
}

function blockSegments(blocks: Block[]): Segment[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.segment]));
}

/** Cut a parsed release into segments; `quotes` and their `marks` come from the quotes stage. */
export function segmentRelease(parsed: ParsedRelease, quotes: Quote[] = [], marks: QuoteMark[] = []): Release {
  const { meta, fieldPositions } = parsed;
  const top: Point = { line: 1, column: 1 };
  const title = segment('title', escapeText(meta.title), fieldPositions.title ?? top);
  const subtitle = meta.subtitle ? segment('subtitle', escapeText(meta.subtitle), fieldPositions.subtitle ?? top) : undefined;
  const body = blocksOf(parsed.body, 'paragraph', marks, top);
  const boilerplate = blocksOf(parsed.boilerplate, 'boilerplate', [], fieldPositions.boilerplate ?? top);
  const contacts: Contact[] = meta.contacts.map((contact) => ({
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    role: contact.role ? segment('contact-role', escapeText(contact.role), fieldPositions.contacts ?? top) : undefined,
  }));
  const segments = [
    title,
    ...(subtitle ? [subtitle] : []),
    ...blockSegments(body),
    ...blockSegments(boilerplate),
    ...contacts.flatMap((contact) => (contact.role ? [contact.role] : [])),
  ];
  return { path: parsed.path, id: meta.id, meta, title, subtitle, body, boilerplate, contacts, segments, quotes };
}
