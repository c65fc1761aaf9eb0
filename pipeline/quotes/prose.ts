// The body's paragraphs as one string of prose, every character mapped back to its place in the source file.
import type { Nodes, Paragraph, Root } from 'mdast';
import { eachOfType } from '../tree-walk.ts';
import type { HeadlineBlock, Point } from '../release.ts';
import { withDashesRestored } from './mangled-dashes.ts';
import { withDoubledOpeningsSingled } from './doubled-openings.ts';

export interface Prose {
  /** Paragraph texts joined by a blank line ("\n\n"), inline markup removed. */
  text: string;
  /** Source offset of each character of `text` (and of the end). */
  offsets: number[];
  lines: number[];
  columns: number[];
  /** Where each paragraph lies in `text`, in document order: the headlines first, then the body's. */
  paragraphs: { start: number; end: number; block?: HeadlineBlock }[];
  /** How many of `paragraphs` are headlines (their offsets are in the headline's own text). */
  headlines: number;
}

/** A title or subtitle to read like a paragraph, and where its field starts in the source. */
export interface Headline {
  block: HeadlineBlock;
  text: string;
  at?: Point;
}

interface Builder {
  /** The text, value by value (one string per value: joined once at the end). */
  values: string[];
  /** One per character of the text. */
  offsets: number[];
  lines: number[];
  columns: number[];
}

function pushValue(into: Builder, value: string, node: Nodes) {
  const start = node.position?.start;
  const end = node.position?.end;
  const span = start?.offset !== undefined && end?.offset !== undefined ? end.offset - start.offset : undefined;
  // Escapes and entities make a value shorter than its source. Plain text imported as Markdown escapes what opens
  // a line ("\\- «…»"), so such a value is mapped from its end: what follows the escape keeps its place.
  const exact = span === value.length;
  const shift = span !== undefined && span > value.length && !value.includes('\n') ? span - value.length : undefined;
  let line = start?.line ?? 1;
  let column = start?.column ?? 1;
  into.values.push(value);
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    into.offsets.push((start?.offset ?? 0) + (exact ? i : shift !== undefined ? i + shift : 0));
    into.lines.push(line);
    into.columns.push(column);
    if (exact) {
      if (char === '\n') {
        line++;
        column = 1;
      } else column++;
    }
  }
}

function pushInline(into: Builder, node: Nodes) {
  if (node.type === 'text') pushValue(into, node.value, node);
  else if (node.type === 'inlineCode') pushValue(into, node.value, { ...node, position: undefined });
  else if (node.type === 'break') pushValue(into, '\n', { type: 'text', value: '\n', position: node.position });
  else if ('children' in node) for (const child of node.children) pushInline(into, child as Nodes);
}

/** The headlines, then every paragraph of the body (list items included), in document order. */
export function proseOf(body: Root, headlines: Headline[] = []): Prose {
  const into: Builder = { values: [], offsets: [], lines: [], columns: [] };
  const paragraphs: Prose['paragraphs'] = [];
  const separate = () => {
    if (paragraphs.length === 0) return;
    const at = into.offsets.at(-1) ?? 0;
    into.values.push('\n\n');
    for (let i = 0; i < 2; i++) {
      into.offsets.push(at);
      into.lines.push(into.lines.at(-1) ?? 1);
      into.columns.push(into.columns.at(-1) ?? 1);
    }
  };
  for (const headline of headlines) {
    separate();
    const start = into.offsets.length;
    // A headline's offsets count from its own first character; its places are its field's line.
    into.values.push(headline.text);
    for (let index = 0; index < headline.text.length; index++) {
      into.offsets.push(index);
      into.lines.push(headline.at?.line ?? 1);
      into.columns.push((headline.at?.column ?? 1) + index);
    }
    paragraphs.push({ start, end: into.offsets.length, block: headline.block });
  }
  eachOfType(body, 'paragraph', (paragraph: Paragraph) => {
    separate();
    const start = into.offsets.length;
    for (const child of paragraph.children) pushInline(into, child);
    paragraphs.push({ start, end: into.offsets.length });
  });
  const last = body.position?.end;
  const text = withDoubledOpeningsSingled(withDashesRestored(into.values.join('')));
  into.offsets.push(into.offsets.length > 0 ? into.offsets.at(-1)! + 1 : (last?.offset ?? 0));
  into.lines.push(into.lines.at(-1) ?? 1);
  into.columns.push((into.columns.at(-1) ?? 0) + 1);
  return { text, offsets: into.offsets, lines: into.lines, columns: into.columns, paragraphs, headlines: headlines.length };
}

/** 0-based index of the paragraph holding character `at`. */
export function paragraphAt(prose: Prose, at: number): number {
  let low = 0;
  let high = prose.paragraphs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (prose.paragraphs[mid]!.start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function pointAt(prose: Prose, at: number): Point {
  return { line: prose.lines[at] ?? 1, column: prose.columns[at] ?? 1, offset: prose.offsets[at] };
}

/** Source offset just after character `at - 1`: the end of a range [start, at). */
export function endOffset(prose: Prose, at: number): number {
  return at > 0 ? prose.offsets[at - 1]! + 1 : prose.offsets[0] ?? 0;
}

/**
 * A subheading over a paragraph of the body ("Le prossime aste", "La ritorsione politica"): a short line with no
 * sentence end, no quotation and no name in capitals ("Conferenza stampa ROSSI" announces who speaks next).
 */
function isSubheading(prose: Prose, index: number): boolean {
  if (index < prose.headlines) return false;
  const { start, end } = prose.paragraphs[index]!;
  const line = prose.text.slice(start, end).trim();
  return line.length > 0 && line.length <= 64 && !/[.!?:;…]$/u.test(line) && !/[«»“”"„]/u.test(line) && !/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/u.test(line);
}

/**
 * How many paragraphs `to` is from `from`, not counting a subheading right above `to` that names nobody (`names`
 * tells): a speaker goes on under a subheading.
 */
export function paragraphsApart(prose: Prose, from: number, to: number, names: (start: number, end: number) => boolean): number {
  const above = to - 1;
  const heading = above > from && isSubheading(prose, above) && !names(prose.paragraphs[above]!.start, prose.paragraphs[above]!.end);
  return to - from - (heading ? 1 : 0);
}
