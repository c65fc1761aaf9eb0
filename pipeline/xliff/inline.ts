// Segment inline HTML <-> XLIFF inline content, losslessly: every tag becomes an inline code whose original markup
// is kept verbatim (XLIFF <originalData>), text becomes plain characters, and the rare character written in an
// unusual way (`&amp;` where we write `&#x26;`, a bare `<`) becomes a placeholder holding its original spelling.
// The HTML is read by the inline module's parse with places; each tag's bytes are cut from the string where the
// parse says it is written, and what the parse drops (a stray end tag) becomes an isolated code of its own, so
// joining the pieces back gives the original string to the byte.
import type { Element, ElementContent, RootContent, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { Position } from 'unist';
import { parseEntities } from 'parse-entities';
import { toHtml } from 'hast-util-to-html';
import { readInlineWithPlaces } from '../inline/index.ts';
import { recent } from '../render/recent.ts';

export type Inline =
  | { type: 'text'; value: string }
  /** A start and end tag around content: <pc>. */
  | { type: 'pc'; name: string; start: string; end: string; children: Inline[] }
  /** A standalone code: a void tag such as <br>, a comment, or a character spelled unusually: <ph>. */
  | { type: 'ph'; kind: 'tag' | 'comment' | 'char'; name: string; raw: string; value?: string }
  /** A start tag never closed: <sc isolated="yes">. */
  | { type: 'sc'; name: string; raw: string }
  /** An end tag never opened: <ec isolated="yes">. */
  | { type: 'ec'; name: string; raw: string };

/** Elements that never hold content: their start tag is the whole of them. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** How we write a text character in HTML, the way the rest of the pipeline (hast-util-to-html) writes it. */
const encodeText = recent((value: string): string => toHtml({ type: 'text', value }));

/** A character as text, or as a placeholder when `encodeText` would not give back how it was written. */
function characterPiece(value: string, raw: string): Inline {
  return encodeText(value) === raw ? { type: 'text', value } : { type: 'ph', kind: 'char', name: '#char', raw, value };
}

/** A piece of text as written, and the characters it stands for. */
type Written = { raw: string; value: string };

/** Characters the parser may drop on their own: NUL, the line feed after <pre> or <textarea>, white space in a table. */
const DROPPABLE = new Set(['\0', '\n', '\r', '\t', '\f', ' ']);

/**
 * Which of `units` are text, so that the text units spell `parsed` (line ends and NUL as the parser reads them)
 * and the others are markup the parser dropped: from a `<` to a `>` (or to the end), or a lone droppable
 * character. Text is preferred wherever both fit. Undefined when no such reading exists.
 */
function align(units: Written[], parsed: string): boolean[] | undefined {
  const expected = parsed.replace(/[\0\uFFFD]/g, '');
  const valueAt = (index: number) => {
    const { raw, value } = units[index]!;
    return raw === '\r' ? (units[index + 1]?.raw === '\n' ? '' : '\n') : value.replace(/[\0\uFFFD]/g, '');
  };
  // Well-formed text, the usual case: every unit is text.
  if (units.map((_, index) => valueAt(index)).join('') === expected) return units.map(() => true);
  // A search over readings, text first, without recursion (a paragraph has thousands of units); a state known to
  // lead nowhere is not tried twice.
  const failed = new Set<number>();
  const state = (index: number, at: number) => index * (expected.length + 1) + at;
  type Frame = { index: number; at: number; step: number; to?: number; text?: boolean };
  const stack: Frame[] = [{ index: 0, at: 0, step: 0 }];
  const nextReading = (frame: Frame): { to: number; at: number; text: boolean } | undefined => {
    const unit = units[frame.index]!;
    if (frame.step === 0) {
      frame.step = 1;
      const value = valueAt(frame.index);
      if (expected.startsWith(value, frame.at)) return { to: frame.index + 1, at: frame.at + value.length, text: true };
    }
    if (unit.raw === '<') {
      // Dropped markup up to each `>` in turn, the nearest first, or to the end.
      for (let end = Math.max(frame.step, frame.index + 1); end <= units.length; end++) {
        if (end === units.length || units[end - 1]!.raw === '>') {
          frame.step = end + 1;
          return { to: end, at: frame.at, text: false };
        }
      }
      frame.step = units.length + 1;
      return undefined;
    }
    if (frame.step === 1 && DROPPABLE.has(unit.raw)) {
      frame.step = 2;
      return { to: frame.index + 1, at: frame.at, text: false };
    }
    return undefined;
  };
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.index === units.length && frame.at === expected.length) break;
    const reading = frame.index === units.length ? undefined : nextReading(frame);
    if (!reading) {
      failed.add(state(frame.index, frame.at));
      stack.pop();
      continue;
    }
    if (failed.has(state(reading.to, reading.at))) continue;
    frame.to = reading.to;
    frame.text = reading.text;
    stack.push({ index: reading.to, at: reading.at, step: 0 });
  }
  if (stack.length === 0) return undefined;
  const read = new Array<boolean>(units.length).fill(false);
  for (const frame of stack.slice(0, -1)) read.fill(frame.text!, frame.index, frame.to);
  return read;
}

/**
 * Pieces of `raw`, which the parse read as the text `parsed` and markup it dropped: character references decoded
 * as the parser decodes them, or, where it decodes none (inside <script>, say), every character as written; each
 * run of dropped markup a code of its own. Undefined when neither reading gives `parsed`.
 */
function readPieces(raw: string, parsed: string): Inline[] | undefined {
  if (raw === '') return [];
  const decoded: Written[] = [];
  parseEntities(raw, {
    text(value) {
      for (const char of value) decoded.push({ raw: char, value: char });
    },
    reference(value, _position, source) {
      decoded.push({ raw: source, value });
    },
  });
  const literal: Written[] = [...raw].map((char) => ({ raw: char, value: char }));
  let units = decoded;
  let read = align(decoded, parsed);
  if (!read) [units, read] = [literal, align(literal, parsed)];
  if (!read) return undefined;

  const pieces: Inline[] = [];
  let dropped = '';
  units.forEach((unit, index) => {
    if (!read[index]) {
      dropped += unit.raw;
      return;
    }
    if (dropped) pieces.push(stray(dropped));
    dropped = '';
    joinText(pieces, characterPiece(unit.value, unit.raw));
  });
  if (dropped) pieces.push(stray(dropped));
  return pieces;
}

/** Add `piece` to `pieces`, text run on into the text before it. */
function joinText(pieces: Inline[], piece: Inline): Inline[] {
  const last = pieces.at(-1);
  if (piece.type === 'text' && last?.type === 'text') last.value += piece.value;
  else pieces.push(piece);
  return pieces;
}

type ParsedText = { start: number; value: string };

/**
 * Pieces of `raw` (starting at `offset` in the HTML), read as the texts `parsed`: as one when one reading fits the
 * whole; else text by text where the parse placed each, for a stretch mixing both readings (decoded text, then a
 * script's raw text after markup the parser dropped without placing it); else, a reading of the parser's this codec
 * does not know, every character kept as text.
 */
function textPieces(raw: string, offset: number, parsed: ParsedText[]): Inline[] {
  return (
    readPieces(raw, parsed.map((text) => text.value).join('')) ??
    (parsed.length > 1 ? readEach(raw, offset, parsed) : undefined) ??
    [...raw].map((char) => characterPiece(char, char)).reduce<Inline[]>(joinText, [])
  );
}

/** `raw` cut where each parsed text starts, each stretch read on its own; undefined when a cut or a stretch does not fit. */
function readEach(raw: string, offset: number, parsed: ParsedText[]): Inline[] | undefined {
  const bounds = [0, ...parsed.map((text) => text.start - offset), raw.length];
  if (bounds.some((bound, index) => bound < (bounds[index - 1] ?? 0) || bound > raw.length)) return undefined;
  const pieces: Inline[] = [];
  for (let index = 0; index < bounds.length - 1; index++) {
    const read = readPieces(raw.slice(bounds[index], bounds[index + 1]), index === 0 ? '' : parsed[index - 1]!.value);
    if (!read) return undefined;
    for (const piece of read) joinText(pieces, piece);
  }
  return pieces;
}

type Place = { start: number; end: number };

const placeOf = (position: Position | undefined): Place | undefined =>
  position?.start.offset === undefined || position.end.offset === undefined ? undefined : { start: position.start.offset, end: position.end.offset };

/** Markup the parse dropped, kept as written: an end tag with nothing to close, or anything else, standing alone. */
function stray(raw: string): Inline {
  return raw.startsWith('</') ? { type: 'ec', name: '', raw } : { type: 'ph', kind: raw.startsWith('<!--') ? 'comment' : 'tag', name: '', raw };
}

/** Inline HTML as a tree of XLIFF inline content. */
export function htmlToInline(html: string): Inline[] {
  const tree = readInlineWithPlaces(html);
  // The text the parse read, in the order it is written (the parser may build it into the tree elsewhere, as it
  // does when a misnested end tag makes it reopen an element).
  const texts: ParsedText[] = [];
  visit(tree, 'text', (node: Text) => {
    const place = placeOf(node.position);
    if (place) texts.push({ start: place.start, value: node.value });
  });
  texts.sort((a, b) => a.start - b.start);
  let read = 0;

  // `at` is how far the pieces have come: each piece is the next slice of `html`, so nothing is lost or repeated.
  // Tags and comments are cut where the parse places them; what lies between is the text the parse read there
  // (its places for text are less exact: a character reference can shift them) and markup it dropped.
  let at = 0;
  const textUpTo = (end: number, out: Inline[]) => {
    const parsed: ParsedText[] = [];
    while (read < texts.length && texts[read]!.start < end) parsed.push(texts[read++]!);
    out.push(...textPieces(html.slice(at, end), at, parsed));
  };
  const upTo = (place: Place, out: Inline[]) => {
    textUpTo(place.start, out);
    at = place.end;
    return html.slice(place.start, place.end);
  };
  // A node the parser made twice (an element reopened after a misnested end tag), or placed after markup written
  // later, has its place behind `at`: its bytes have been taken already.
  const ahead = (place: Place | undefined): place is Place => place !== undefined && place.start >= at;

  const element = (node: Element, out: Inline[]) => {
    const opening = placeOf(node.data?.position?.opening);
    const start = ahead(opening) ? upTo(opening, out) : undefined;
    const children: Inline[] = [];
    nodes(node.children, children);
    const closing = placeOf(node.data?.position?.closing);
    const end = ahead(closing) ? upTo(closing, children) : undefined;
    const name = node.tagName;
    if (start !== undefined && end !== undefined) out.push({ type: 'pc', name, start, end, children });
    else {
      if (start !== undefined) out.push(VOID.has(name) ? { type: 'ph', kind: 'tag', name, raw: start } : { type: 'sc', name, raw: start });
      out.push(...children);
      if (end !== undefined) out.push({ type: 'ec', name, raw: end });
    }
  };

  const nodes = (list: (RootContent | ElementContent)[], out: Inline[]) => {
    for (const node of list) {
      if (node.type === 'element') element(node, out);
      else if (node.type === 'comment') {
        const place = placeOf(node.position);
        if (ahead(place)) out.push({ type: 'ph', kind: 'comment', name: '#comment', raw: upTo(place, out) });
      }
    }
  };

  const root: Inline[] = [];
  nodes(tree.children, root);
  textUpTo(html.length, root);
  return root;
}

/** Inline content back to HTML: text encoded as the pipeline writes it, codes as they were written. */
export function inlineToHtml(content: Inline[]): string {
  return content
    .map((node) => {
      if (node.type === 'text') return encodeText(node.value);
      if (node.type === 'pc') return node.start + inlineToHtml(node.children) + node.end;
      return node.raw;
    })
    .join('');
}
