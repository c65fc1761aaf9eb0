// Segmentation: a parsed release becomes blocks of translatable inline HTML, each keyed by a hash of its words.
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { linearListHandlers } from './hast-lists.ts';
import { keyedHtml, type Inline } from '../inline/index.ts';
import { h } from 'hastscript';
import type { Block, Contact, HeadlineBlock, ParsedRelease, Point, Quote, Release, ReleaseImage, Segment, SegmentKind } from '../release.ts';

/** A quoted span in the source file, by offsets, to be carried into the segment as <q data-quote>. */
export interface QuoteMark {
  id: string;
  /** Source offsets in the body; offsets in the headline's own text when `block` is set. */
  start: number;
  end: number;
  block?: HeadlineBlock;
}

/** A segment of `content`, written once to inline HTML for the edges (memory files, DeepL, XLIFF). */
function segment(kind: SegmentKind, content: Inline, position: Point): Segment {
  const { key, html } = keyedHtml(content);
  return { key, kind, content, source: html, position };
}

/** Plain text from the front matter (title, subtitle, a contact's role) as segment content. */
function textContent(value: string): Inline {
  return { type: 'root', children: value === '' ? [] : [{ type: 'text', value }] };
}

/** Split text nodes so that every marked range becomes a <q data-quote> element. */
function markQuotes(nodes: ElementContent[], marks: QuoteMark[]): ElementContent[] {
  if (marks.length === 0) return nodes;
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'element') return [{ ...node, children: markQuotes(node.children, marks) }];
    if (node.type !== 'text') return [node];
    const end = node.position?.end.offset;
    const from = node.position?.start.offset;
    if (from === undefined || end === undefined) return [node];
    // Escapes and entities make the value shorter than its source. One-line values are mapped from their end, as
    // the quotes stage maps them (plain text imported as Markdown escapes what opens a line: "\\- «…»"); others are left unmarked.
    if (end - from !== node.value.length && (end - from < node.value.length || node.value.includes('\n'))) return [node];
    const start = end - node.value.length;
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

/** Leading and trailing spaces are not part of a segment. */
function trimEdges(nodes: ElementContent[]): ElementContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') {
    const value = first.value.trimStart();
    if (value === '') out.shift();
    else out[0] = { ...first, value };
  }
  const last = out.at(-1);
  if (last?.type === 'text') {
    const value = last.value.trimEnd();
    if (value === '') out.pop();
    else out[out.length - 1] = { ...last, value };
  }
  return out;
}

function inlineContent(element: Element, marks: QuoteMark[]): Inline {
  return { type: 'root', children: trimEdges(collapseWhitespace(markQuotes(element.children, marks))) };
}

/** A title or subtitle as segment content, with the quotes found in it marked (their offsets are in the headline's text). */
function headlineContent(value: string, block: HeadlineBlock, marks: QuoteMark[]): Inline {
  const own = marks.filter((mark) => mark.block === block);
  if (own.length === 0) return textContent(value);
  const text: Text = { type: 'text', value, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: value.length + 1, offset: value.length } } };
  return { type: 'root', children: markQuotes([text], own) };
}

function pointOf(node: { position?: { start: Point } }, fallback: Point): Point {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column, offset: start.offset } : fallback;
}

function blocksOf(hast: HastRoot | undefined, kind: 'paragraph' | 'boilerplate', marks: QuoteMark[], fallback: Point): Block[] {
  if (!hast) return [];
  const blocks: Block[] = [];
  for (const node of hast.children) {
    if (node.type !== 'element') continue;
    const at = pointOf(node, fallback);
    if (node.tagName === 'p') {
      blocks.push({ type: 'paragraph', segment: segment(kind, inlineContent(node, marks), at) });
    } else if (/^h[1-6]$/.test(node.tagName)) {
      blocks.push({ type: 'heading', depth: Number(node.tagName[1]), segment: segment('heading', inlineContent(node, marks), at) });
    } else if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = node.children
        .filter((item): item is Element => item.type === 'element' && item.tagName === 'li')
        .map((item) => {
          // A tight item holds inline content directly; a loose one wraps it in <p>.
          const paragraph = item.children.find((child): child is Element => child.type === 'element' && child.tagName === 'p');
          return segment('list-item', inlineContent(paragraph ?? item, marks), pointOf(item, at));
        });
      const start = node.tagName === 'ol' ? Number(node.properties.start ?? 1) : 1;
      blocks.push({ type: 'list', ordered: node.tagName === 'ol', ...(Number.isSafeInteger(start) && start !== 1 ? { start } : {}), items });
    }
  }
  return blocks;
}

function blockSegments(blocks: Block[]): Segment[] {
  return blocks.flatMap((block) => (block.type === 'list' ? block.items : [block.segment]));
}

/** Cut a parsed release into segments; `quotes` and their `marks` come from the quotes stage. */
export function segmentRelease(parsed: ParsedRelease, quotes: Quote[] = [], marks: QuoteMark[] = []): Release {
  return segmentTrees(parsed, toHast(parsed.body, { handlers: linearListHandlers }) as HastRoot, quotes, marks);
}

/** Cut a parsed release into segments, its body already turned into hast (by remark-rehype). */
export function segmentTrees(parsed: ParsedRelease, body: HastRoot, quotes: Quote[], marks: QuoteMark[]): Release {
  const { meta, fieldPositions } = parsed;
  const top: Point = { line: 1, column: 1 };
  const title = segment('title', headlineContent(meta.title, 'title', marks), fieldPositions.title ?? top);
  const subtitle = meta.subtitle ? segment('subtitle', headlineContent(meta.subtitle, 'subtitle', marks), fieldPositions.subtitle ?? top) : undefined;
  const bodyBlocks = blocksOf(body, 'paragraph', marks.filter((mark) => !mark.block), top);
  const boilerplate = blocksOf(parsed.boilerplate && (toHast(parsed.boilerplate, { handlers: linearListHandlers }) as HastRoot), 'boilerplate', [], fieldPositions.boilerplate ?? top);
  const contacts: Contact[] = meta.contacts.map((contact) => ({
    name: contact.name,
    email: contact.email,
    phone: contact.phone,
    role: contact.role ? segment('contact-role', textContent(contact.role), fieldPositions.contacts ?? top) : undefined,
  }));
  const corrections = meta.corrections.map((correction) => ({ date: correction.date, note: segment('correction', textContent(correction.note), fieldPositions.corrections ?? top) }));
  const withdrawal = meta.status === 'withdrawn' && meta.reason ? { date: meta.updated ?? meta.date, reason: segment('withdrawal', textContent(meta.reason), fieldPositions.reason ?? top) } : undefined;
  const images: ReleaseImage[] = (meta.images ?? []).map((image, index) => {
    const position = fieldPositions[`images.${index}`] ?? fieldPositions.images ?? top;
    return {
      file: image.file,
      alt: segment('image-alt', textContent(image.alt), position),
      ...(image.caption ? { caption: segment('image-caption', textContent(image.caption), position) } : {}),
      credit: image.credit,
      kind: image.kind ?? 'photo',
      position,
      filePosition: fieldPositions[`images.${index}.file`] ?? position,
    };
  });
  const segments = [
    title,
    ...(subtitle ? [subtitle] : []),
    ...blockSegments(bodyBlocks),
    ...blockSegments(boilerplate),
    ...contacts.flatMap((contact) => (contact.role ? [contact.role] : [])),
    ...corrections.map((correction) => correction.note),
    ...(withdrawal ? [withdrawal.reason] : []),
    ...images.flatMap((image) => [image.alt, ...(image.caption ? [image.caption] : [])]),
  ];
  // A speaker's role is a segment like any other, placed at the speaker's first quote; a role written the same
  // as another segment (a contact's, say) shares its translation.
  const speakerRoles: Segment[] = [];
  const keys = new Set(segments.map((one) => one.key));
  for (const quote of quotes) {
    const role = quote.speaker?.role;
    if (!role) continue;
    const roleSegment = segment('speaker-role', textContent(role), quote.position);
    if (!speakerRoles.some((one) => one.key === roleSegment.key)) speakerRoles.push(roleSegment);
    if (!keys.has(roleSegment.key)) {
      keys.add(roleSegment.key);
      segments.push(roleSegment);
    }
  }
  return { path: parsed.path, id: meta.id, meta, title, subtitle, body: bodyBlocks, boilerplate, contacts, corrections, ...(withdrawal ? { withdrawal } : {}), speakerRoles, images, segments, quotes, fieldPositions };
}
