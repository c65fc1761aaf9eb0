// Quotation marks in the prose: “…”, «…», "…" (anything nested inside is content), paired into spans.
import type { Prose } from './prose.ts';
import { apostropheMarks } from './apostrophes.ts';
import { ROLE_GROUP } from './lexicon.ts';

/** A top-level quoted stretch: its marks and the words between them, one piece per paragraph it runs through. */
export interface QuotedSpan {
  /** Index of the opening mark in the prose. */
  open: number;
  /** Index of the closing mark; undefined when the paragraph ended with the quotation still open. */
  close?: number;
  pieces: { start: number; end: number }[];
  /** The writer left the closing mark out: `close` is where the words end (the full stop before what follows). */
  unclosed?: boolean;
}

type Family = 'guillemet' | 'curly' | 'straight' | 'doubled' | 'single';
type Role = 'open' | 'close' | 'either';

const SPACE_BEFORE = /[\s([{\u2013\u2014/:;]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2013\u2014\u2026'’-]/u;

function classify(text: string, at: number, start: number, end: number): { family: Family; role: Role } | undefined {
  const char = text[at];
  if (char !== '«' && char !== '»' && char !== '“' && char !== '„' && char !== '”' && char !== '"') return undefined;
  const before = at > start ? text[at - 1]! : ' ';
  const after = at + 1 < end ? text[at + 1]! : ' ';
  const openSide = SPACE_BEFORE.test(before) && !/\s/u.test(after);
  const closeSide = !/\s/u.test(before) && AFTER_CLOSE.test(after);
  switch (char) {
    case '«':
      return { family: 'guillemet', role: 'open' };
    case '»':
      return { family: 'guillemet', role: 'close' };
    case '“':
    case '„':
      // Some copy closes with “ too: a mark glued to the word before and followed by a space closes.
      return { family: 'curly', role: closeSide && !openSide ? 'close' : 'open' };
    case '”':
      return { family: 'curly', role: openSide && !closeSide ? 'open' : 'close' };
    case '"':
      return { family: 'straight', role: openSide && !closeSide ? 'open' : closeSide && !openSide ? 'close' : 'either' };
    default:
      return undefined;
  }
}

const APOSTROPHES: Family[] = ['guillemet', 'doubled', 'single'];
const pairs = (opener: Family, closer: Family) =>
  opener === closer || (!APOSTROPHES.includes(opener) && !APOSTROPHES.includes(closer));

/** Does a paragraph open with a quote mark (the Italian way of going on with a quotation from the paragraph before)? */
function reopens(text: string, start: number, end: number): boolean {
  return /^\s*(?:[«“"„”]|''|‘’)/u.test(text.slice(start, end));
}

/** Is the first mark of `family` in a paragraph a closing one: a quotation that runs on without being reopened? */
function closesFirst(text: string, start: number, end: number, family: Family): boolean {
  for (let at = start; at < end; at++) {
    const mark = classify(text, at, start, end);
    if (mark && pairs(family, mark.family)) return mark.role === 'close';
  }
  return false;
}

/** End `span` at `end`, the closing mark the writer left out. */
function endUnclosed(span: QuotedSpan, pieceStart: number, end: number) {
  span.pieces.push({ start: pieceStart, end });
  span.close = end;
  span.unclosed = true;
}

/** Where the last sentence in [from, to) ends: its full stop, before a space and a capital. */
function lastSentenceEnd(text: string, from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const match of text.slice(from, to).matchAll(/[.!?](?=\s+\p{Lu})/gu)) found = from + match.index;
  return found;
}

/** A sentence in [from, to) that names who spoke, as a pointer does ("Così il ministro", "Così la presidente X"): its full stop before. */
function attributionInside(text: string, from: number, to: number): number | undefined {
  for (const match of text.slice(from, to).matchAll(/[.!?](?=\s+(?:Così|Cosi[’'])\s+(?:(?:il|la|lo|l[’'])\s*(\p{L}+)|\p{Lu}\p{Ll}+\s+\p{Lu}))/gu)) {
    const role = match[1]?.toLowerCase();
    if (role === undefined || ROLE_GROUP.has(role)) return from + match.index;
  }
  return undefined;
}

/** Pair the marks of every paragraph; a quotation left open at a paragraph's end goes on if the next opens with a mark
 * or closes it before opening anything. Closing marks that close nothing go into `strays`, by index. */
export function scanMarks(prose: Prose, strays: number[] = []): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const { text } = prose;
  let stack: Family[] = [];
  let current: QuotedSpan | undefined;
  let pieceStart = 0;

  prose.paragraphs.forEach((paragraph, index) => {
    let from = paragraph.start;
    if (current) {
      // A quotation running on from the paragraph before: skip the mark that reopens it.
      const lead = /^\s*/u.exec(text.slice(from, paragraph.end))![0].length;
      from += lead + (reopens(text, paragraph.start, paragraph.end) ? (/^(?:''|‘’)/u.test(text.slice(from + lead, from + lead + 2)) ? 2 : 1) : 0);
      pieceStart = from;
    }
    const apostrophes = apostropheMarks(text, paragraph.start, paragraph.end);
    for (let at = from; at < paragraph.end; at++) {
      const apostrophe = text[at] === "'" || text[at] === '‘' || text[at] === '’' ? apostrophes.get(at) : undefined;
      const mark = apostrophe ? { family: (apostrophe.length === 2 ? 'doubled' : 'single') as Family, role: apostrophe.role as Role } : classify(text, at, paragraph.start, paragraph.end);
      if (!mark) continue;
      const length = apostrophe?.length ?? 1;
      const top = stack.at(-1);
      const closes = mark.role === 'close' || (mark.role === 'either' && top !== undefined && pairs(top, mark.family));
      // Guillemets do not nest: «…« means the first was never closed. It ends at its last full stop (or here).
      if (!closes && mark.family === 'guillemet' && current && stack.length === 1 && stack[0] === 'guillemet') {
        endUnclosed(current, pieceStart, lastSentenceEnd(text, pieceStart, at) ?? at);
        spans.push(current);
        current = undefined;
        stack = [];
      }
      if (!closes) {
        if (stack.length === 0) {
          current = { open: at, pieces: [] };
          pieceStart = at + length;
        }
        stack.push(mark.family);
        at += length - 1;
        continue;
      }
      // Close the innermost compatible opener; a stray closer closes nothing, and is reported.
      let depth = stack.length - 1;
      while (depth >= 0 && !pairs(stack[depth]!, mark.family)) depth--;
      if (depth < 0) {
        if (mark.role === 'close') strays.push(at);
        continue;
      }
      stack = stack.slice(0, depth);
      if (stack.length === 0 && current) {
        current.pieces.push({ start: pieceStart, end: at });
        current.close = at;
        spans.push(current);
        current = undefined;
      }
    }
    // Left open at the paragraph's end with a sentence saying who spoke inside ("… mafie. Così il ministro X, …"):
    // the closing mark was left out before that sentence.
    const attributed = current ? attributionInside(text, pieceStart, paragraph.end) : undefined;
    if (current && attributed !== undefined) {
      endUnclosed(current, pieceStart, attributed);
      spans.push(current);
      current = undefined;
      stack = [];
    }
    if (current) {
      current.pieces.push({ start: pieceStart, end: paragraph.end });
      const next = prose.paragraphs[index + 1];
      const opensNext = next && (reopens(text, next.start, next.end) || closesFirst(text, next.start, next.end, stack[0]!));
      if (!opensNext) {
        spans.push(current);
        current = undefined;
      }
      stack = current ? stack.slice(0, 1) : [];
    }
  });
  return spans;
}
