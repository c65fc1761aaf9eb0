// Line wrapping for wire text: display width with East Asian wide characters as two columns,
// breaks between words (Latin) or BudouX phrases (Japanese), and the Japanese kinsoku rules.
//
// Contract, checked by property tests (tests/wrap.test.ts):
// - every line, prefix or indent included, is at most `width` columns wide;
// - the lines, with the first prefix and the indent removed, joined with one space where a break fell on
//   whitespace and with nothing elsewhere, give back the text with each whitespace run collapsed to one
//   space and the ends trimmed: nothing is lost, added or reordered;
// - no line starts with a NO_LINE_START character nor ends with a NO_LINE_END one, except where the text
//   leaves no other choice within a line, and except a spaced dash (an Italian incise may open a line);
// - of two spaced dashes setting off an incise in a sentence, the first ends no line and the second starts none
//   (but where the text leaves no other choice);
// - a break never falls inside a Latin word (a run of narrow characters without spaces: an address, a figure)
//   unless that word alone is wider than a line;
// - a break never falls inside a grapheme cluster (as Intl.Segmenter finds them between whitespace);
// - no line has trailing spaces.
// Japanese breaks fall between BudouX phrases, except that a line a third full or less goes on into a phrase too long
// for the rest of it (a role and a name BudouX keeps whole), at a seam of scripts or after a 中黒.
import stringWidth from 'string-width';
import { eastAsianWidth } from 'get-east-asian-width';
import { japaneseParser } from './japanese-parser.ts';

export const WIRE_WIDTH = 69;

/** May not start a line: closing brackets, stops, iteration marks, prolonged sound mark, small kana. */
export const NO_LINE_START = new Set(
  [...'、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐゠–〜～…‥」』）］｝〕〉》】〙〗〟’”｠»,.:;?!%)]}', ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ'],
);
/** May not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'「『（［｛〔〈《【〘〖〝‘“｟«([{']);

/** A dash after a space opens an incise in Italian and English, so it may start a line. */
const SPACED_MAY_START = new Set(['–', '—']);

export interface WrapOptions {
  /** Columns per line. */
  width?: number;
  /** Starts the first line, e.g. a list marker. */
  firstPrefix?: string;
  /** Starts every other line. */
  indent?: string;
  /**
   * Count East Asian Ambiguous characters (“ ” … – ○) as two columns, as Japanese fixed-pitch fonts and
   * terminals show them.
   */
  ambiguousIsWide?: boolean;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Grapheme clusters ------------------------------------------------------------------------------------

/**
 * A code unit that may share a grapheme cluster with a neighbour (UAX #29): marks (Extend, SpacingMark), controls and
 * format characters (CR LF, ZWJ, ZWNJ, Prepend such as U+0600), the Lo-class SpacingMark and Prepend letters, Hangul
 * jamo and syllables, the halfwidth voiced sound marks, and surrogates (astral characters: emoji, their modifiers,
 * regional indicators). A text without any is one cluster per code unit, as tests/wrap.test.ts checks against
 * Intl.Segmenter. Tested once per code unit and remembered in the tables below: a scan with the regex is slower.
 */
const MAY_JOIN = /[\p{M}\p{C}\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\uFF9E\uFF9F\u{10000}-\u{10FFFF}]/u;
const WHITESPACE = /\s/;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

// What the wrapper needs to know of a cluster, cached: its width, then flags.
// Narrow and not Japanese, not a space: letters and digits of scripts written with spaces between words, and the
// marks that join them into addresses, figures and codes (`www.x.it/a-b`, `10.5%`, `COVID-19`), which stay whole.
const NARROW = 1;
const HAS_JAPANESE = 2;
const NOT_START = 4;
const NOT_END = 8;
const SPACED_START = 16;
const SPACE = 32;
const JOINS = 64; // (one code unit) may share a cluster with a neighbour
const KNOWN = 128;
const WIDTH_SHIFT = 8;

/**
 * Of what string-width counts as taking no column, what a code unit joining nothing can be: marks, controls, formats
 * and surrogates all may join (MAY_JOIN), and go to string-width itself; "ㅤ" (U+3164) and the like are left.
 */
const ZERO_WIDTH = /\p{Default_Ignorable_Code_Point}/u;

/**
 * The columns of one cluster, as string-width counts them. A code unit that joins nothing (see MAY_JOIN) is its East
 * Asian Width, as string-width finds it (a BMP emoji's presentation is Wide): asking string-width itself cost 20 µs a
 * character and some 40 ms at its first non-ASCII one (its emoji pattern), most of a one-release rebuild's wire and
 * <title> time. tests/wrap.test.ts checks every such code unit against string-width.
 */
export function clusterWidth(cluster: string, ambiguousIsWide: boolean): number {
  if (cluster.length === 1 && !MAY_JOIN.test(cluster)) return ZERO_WIDTH.test(cluster) ? 0 : eastAsianWidth(cluster.charCodeAt(0), { ambiguousAsWide: ambiguousIsWide });
  return stringWidth(cluster, { ambiguousIsNarrow: !ambiguousIsWide });
}

function describe(cluster: string, ambiguousIsWide: boolean): number {
  const width = clusterWidth(cluster, ambiguousIsWide);
  const japanese = JAPANESE.test(cluster);
  return (
    (width << WIDTH_SHIFT) |
    KNOWN |
    (japanese ? HAS_JAPANESE : 0) |
    (width < 2 && !japanese && !WHITESPACE.test(cluster) ? NARROW : 0) |
    (NO_LINE_START.has(cluster) ? NOT_START : 0) |
    (NO_LINE_END.has(cluster) ? NOT_END : 0) |
    (SPACED_MAY_START.has(cluster) ? SPACED_START : 0) |
    (cluster === ' ' ? SPACE : 0) |
    (cluster.length === 1 && MAY_JOIN.test(cluster) ? JOINS : 0)
  );
}

// One table per `ambiguousIsWide`: by code unit for one-unit clusters, by string (bounded) for longer ones.
const unitTables = [new Int32Array(0x10000), new Int32Array(0x10000)] as const;
const clusterTables = [new Map<string, number>(), new Map<string, number>()] as const;
const CLUSTER_TABLE_LIMIT = 10_000;

/** 0, 1, 2, …: the cluster bounds of a text of one-unit clusters, shared (read-only) by every call. */
let identity = new Int32Array(0);

interface Clusters {
  /** Code-unit offsets where the clusters start, then the text's length. */
  bounds: Int32Array;
  /** Width << WIDTH_SHIFT | flags, per cluster. */
  described: Int32Array;
}

// Intl.Segmenter costs microseconds a call and half of one a cluster, more per cluster the longer its input: it
// only sees the stretches around code units that may join, a bounded length at a time.
const SEGMENTER_CHUNK = 256;

/**
 * The grapheme clusters of `text`, as Intl.Segmenter finds them between whitespace, each whitespace character a
 * cluster of its own (Intl.Segmenter attaches a following mark to a space, but the text breaks into words there).
 */
function clustersOf(text: string, ambiguousIsWide: boolean): Clusters {
  const units = unitTables[ambiguousIsWide ? 1 : 0];
  const length = text.length;
  const unit = (index: number) => {
    const code = text.charCodeAt(index);
    return units[code] || (units[code] = describe(text[index]!, ambiguousIsWide));
  };
  let described = new Int32Array(length);
  let index = 0;
  for (; index < length; index++) {
    const value = unit(index);
    if (value & JOINS) break;
    described[index] = value;
  }
  if (index === length) {
    if (identity.length <= length) {
      identity = new Int32Array(Math.max(length + 1, identity.length * 2));
      for (let at = 0; at < identity.length; at++) identity[at] = at;
    }
    return { bounds: identity.subarray(0, length + 1), described };
  }

  // Two code units that may not join have a cluster boundary between them, and no rule of UAX #29 looks back past
  // it: the text segments stretch by stretch.
  const clusters = clusterTables[ambiguousIsWide ? 1 : 0];
  const bounds = new Int32Array(length + 1);
  described = new Int32Array(length);
  let count = 0;
  const add = (start: number, end: number) => {
    bounds[count] = start;
    if (end - start === 1) {
      described[count++] = unit(start);
      return;
    }
    const cluster = text.slice(start, end);
    let value = clusters.get(cluster);
    if (value === undefined) {
      if (clusters.size >= CLUSTER_TABLE_LIMIT) clusters.clear();
      clusters.set(cluster, (value = describe(cluster, ambiguousIsWide)));
    }
    described[count++] = value;
  };
  // The first joining unit may join the one before it.
  index = Math.max(index - 1, 0);
  for (let at = 0; at < index; at++) add(at, at + 1);
  while (index < length) {
    if (!(unit(index) & JOINS) && (index + 1 === length || !(unit(index + 1) & JOINS))) {
      add(index, index + 1);
      index++;
      continue;
    }
    let end = index + 2;
    while (end < length && (unit(end - 1) & JOINS || unit(end) & JOINS)) end++;
    end = Math.min(end, length);
    segment(text, index, end, add);
    index = end;
  }
  bounds[count] = length;
  return { bounds: bounds.subarray(0, count + 1), described: described.subarray(0, count) };
}

/** Report the clusters of text[start, end), which start and end at cluster boundaries, whitespace apart. */
function segment(text: string, start: number, end: number, add: (start: number, end: number) => void): void {
  let size = SEGMENTER_CHUNK;
  while (start < end) {
    let stop = Math.min(end, start + size);
    // Cut between code points: half a surrogate pair would end the cluster before it early.
    if (stop < end && /[\uD800-\uDBFF]/.test(text[stop - 1]!)) stop++;
    const found: number[] = [];
    for (const part of segmenter.segment(text.slice(start, stop))) found.push(start + part.index);
    // The last cluster of a chunk may go on past it: segment again from its start (a cluster boundary, where
    // segmentation restarts as it was).
    if (stop < end && found.length < 2) {
      size *= 2;
      continue;
    }
    const last = stop < end ? found.length - 1 : found.length;
    found.push(stop);
    for (let at = 0; at < last; at++) {
      let from = found[at]!;
      const to = found[at + 1]!;
      for (let inside = from; inside < to && to - from > 1; inside++) {
        if (!WHITESPACE.test(text[inside]!)) continue;
        if (inside > from) add(from, inside);
        add(inside, inside + 1);
        from = inside + 1;
      }
      if (to > from) add(from, to);
    }
    start = found[last]!;
    size = SEGMENTER_CHUNK;
  }
}

/** The grapheme clusters of a text as Intl.Segmenter finds them between whitespace, each whitespace character apart. */
export function graphemeClusters(text: string): string[] {
  const { bounds } = clustersOf(text, false);
  return Array.from({ length: bounds.length - 1 }, (_, index) => text.slice(bounds[index], bounds[index + 1]));
}

// Breaks ------------------------------------------------------------------------------------------------

// BudouX scores a boundary from the three code units on either side of it, so a window that wide decides it as the
// whole word would: wrapping asks only about the few positions near each line's end, a block of them at a time.
const BUDOUX_CONTEXT = 3;
const BUDOUX_BLOCK = 5;

/**
 * Whether BudouX starts a phrase at code unit `offset` of the word [wordStart, wordEnd) of `text`. `memo` holds one
 * entry per code unit of `text`: 0 not yet known, 1 a boundary, 2 not.
 */
function phraseBoundary(memo: Int8Array, text: string, wordStart: number, wordEnd: number, offset: number): boolean {
  if (memo[offset] === 0) {
    // Wrapping mostly walks back from a line's end; when it walks forward, the position before is known.
    const forward = offset > wordStart + 1 && memo[offset - 1] !== 0;
    const blockStart = forward ? offset : Math.max(wordStart + 1, offset - BUDOUX_BLOCK + 1);
    const blockEnd = forward ? Math.min(wordEnd, offset + BUDOUX_BLOCK) : offset + 1;
    const windowStart = Math.max(wordStart, blockStart - BUDOUX_CONTEXT);
    memo.fill(2, blockStart, blockEnd);
    for (const boundary of japaneseParser().parseBoundaries(text.slice(windowStart, Math.min(wordEnd, blockEnd + BUDOUX_CONTEXT - 1)))) {
      const at = windowStart + boundary;
      if (at >= blockStart && at < blockEnd) memo[at] = 1;
    }
  }
  return memo[offset] === 1;
}

/** Whether BudouX starts a phrase at a code-unit offset of `word`, worked out a few offsets at a time as asked. */
export function phraseStarts(word: string): (offset: number) => boolean {
  const memo = new Int8Array(word.length + 1);
  return (offset) => offset > 0 && offset < word.length && phraseBoundary(memo, word, 0, word.length, offset);
}

/**
 * Two spaced dashes in one sentence set off an incise (“Il piano – ha detto la sindaca – è pronto”): each stays with
 * the words it encloses, the first ending no line and the second starting none. A dash alone in its sentence (a
 * dateline's “ROMA – …”) keeps the usual rule. `described` is this call's own copy, changed in place.
 */
function pairDashes(text: string, bounds: Int32Array, described: Int32Array): void {
  let open = -1;
  for (let at = 0; at < described.length; at++) {
    const flags = described[at]!;
    if (SENTENCE_ENDS.has(text[bounds[at]!]!)) open = -1;
    else if (flags & SPACED_START && (at === 0 || described[at - 1]! & SPACE)) {
      if (open < 0) open = at;
      else {
        described[open] = described[open]! | NOT_END;
        described[at] = flags & ~SPACED_START;
        open = -1;
      }
    }
  }
}

const SENTENCE_ENDS = new Set([...'.!?…']);

/**
 * Whether a line may start at a cluster: after a space, or between BudouX phrases of a space-free word containing
 * Japanese (never between two narrow characters: a Latin word, an address, a figure), unless kinsoku glues the two sides. Asked only near line ends.
 */
function lineStarts(text: string, bounds: Int32Array, described: Int32Array): (at: number) => boolean {
  const count = described.length;
  // The code-unit extent of the word each cluster is in, for words containing Japanese (wordStart -1 elsewhere),
  // and what BudouX said: made only for text with Japanese in it.
  let wordStart: Int32Array | undefined;
  let wordEnd: Int32Array | undefined;
  let phrases: Int8Array | undefined;
  let word = 0;
  let japanese = false;
  for (let index = 0; index <= count; index++) {
    const flags = index < count ? described[index]! : SPACE;
    if (!(flags & SPACE)) {
      japanese ||= (flags & HAS_JAPANESE) !== 0;
      continue;
    }
    if (japanese) {
      wordStart ??= new Int32Array(count).fill(-1);
      wordEnd ??= new Int32Array(count);
      phrases ??= new Int8Array(text.length + 1);
      wordStart.fill(bounds[word]!, word, index);
      wordEnd.fill(bounds[index]!, word, index);
    }
    word = index + 1;
    japanese = false;
  }
  return (at) => {
    if (at <= 0 || at >= count) return false;
    const flags = described[at]!;
    const previous = described[at - 1]!;
    if (flags & SPACE) return false;
    const spaced = (previous & SPACE) !== 0;
    if (!spaced) {
      const start = wordStart?.[at] ?? -1;
      if (start < 0 || previous & flags & NARROW || !phraseBoundary(phrases!, text, start, wordEnd![at]!, bounds[at]!)) return false;
    }
    const startForbidden = flags & NOT_START && !(spaced && flags & SPACED_START);
    return !(startForbidden || described[spaced ? at - 2 : at - 1]! & NOT_END);
  };
}

/** How good a cut before cluster `at` of the unit [first, end) is: 2 clean, 1 inside a Latin word, 0 against kinsoku. */
function cutQuality(described: Int32Array, first: number, end: number, at: number): number {
  // A cut at a space drops the space, so the marks that end and start the lines are the nearest non-spaces.
  let back = at - 1;
  while (back > first && described[back]! & SPACE) back--;
  let ahead = at;
  while (ahead < end - 1 && described[ahead]! & SPACE) ahead++;
  const before = described[back]!;
  const after = described[ahead]!;
  const spaced = back !== at - 1 || ahead !== at;
  if (before & NOT_END) return 0;
  if (after & NOT_START && !(spaced && after & SPACED_START)) return 0;
  if (!spaced && before & after & NARROW) return 1;
  return 2;
}

/**
 * Cut the unit [first, end), wider than a line, at cluster boundaries: the first piece fits `firstRoom`, the others
 * `room`. Returns [start, end, width] of each piece.
 */
function hardBreak(described: Int32Array, first: number, end: number, firstRoom: number, room: number): [number, number, number][] {
  const pieces: [number, number, number][] = [];
  let start = first;
  while (start < end) {
    const limit = pieces.length === 0 ? firstRoom : room;
    let stop = start;
    let used = 0;
    while (stop < end && used + (described[stop]! >> WIDTH_SHIFT) <= limit) used += described[stop++]! >> WIDTH_SHIFT;
    if (stop === start) stop = start + 1;
    let cut = stop;
    if (stop < end) {
      // The latest cut of the best quality available on this line.
      let best = -1;
      for (let at = stop; at > start; at--) {
        const quality = cutQuality(described, first, end, at);
        if (quality > best) {
          best = quality;
          cut = at;
        }
        if (quality === 2) break;
      }
    }
    // A cut at a glued space drops the space, as any break at whitespace does.
    let last = cut;
    while (last > start && described[last - 1]! & SPACE) last--;
    let width = 0;
    for (let index = start; index < last; index++) width += described[index]! >> WIDTH_SHIFT;
    pieces.push([start, last, width]);
    start = cut;
    while (start < end && described[start]! & SPACE) start++;
  }
  return pieces;
}

const SCRIPTS = [/\p{Script=Han}/u, /\p{Script=Katakana}/u, /\p{Script=Hiragana}/u];
const scriptOf = (cluster: string) => SCRIPTS.findIndex((script) => script.test(cluster));
const HIRAGANA = 2;

/**
 * The latest cut in (start, reach] inside a Japanese phrase where a reader sees a seam: after a 中黒 (アンドレア・|トロン
 * ツァーノ) or where the script changes to kanji or katakana (評議員|アンドレア, 州の|予算), clean of kinsoku; never inside a
 * run of one script (a name in katakana, a compound in kanji), before hiragana, nor in a Latin word. 0 if none.
 */
function innerCut(text: string, bounds: Int32Array, described: Int32Array, start: number, reach: number): number {
  const cluster = (index: number) => text.slice(bounds[index], bounds[index + 1]);
  for (let at = Math.min(reach, described.length - 1); at > start; at--) {
    if ((described[at - 1]! | described[at]!) & SPACE) continue;
    const before = cluster(at - 1);
    const after = scriptOf(cluster(at));
    // Never before hiragana: okurigana and particles stay with their word (貸し付け, 一覧を).
    const seam = after >= 0 && after !== HIRAGANA && (before === '・' || (scriptOf(before) >= 0 && scriptOf(before) !== after));
    if (seam && cutQuality(described, start, described.length, at) === 2) return at;
  }
  return 0;
}

/**
 * Wrap one paragraph into lines no wider than `width` columns: each line takes as many units (the text between two
 * line starts) as fit, and a unit wider than a line on its own is cut by hardBreak.
 */
export function wrap(text: string, options: WrapOptions = {}): string[] {
  const { width = WIRE_WIDTH, firstPrefix = '', indent = '', ambiguousIsWide = false } = options;
  const measure = (value: string) => stringWidth(value, { ambiguousIsNarrow: !ambiguousIsWide });
  const words = text.trim().replace(/\s+/g, ' ');
  const { bounds, described } = clustersOf(words, ambiguousIsWide);
  pairDashes(words, bounds, described);
  const count = described.length;
  const isStart = lineStarts(words, bounds, described);
  // Widths are summed per cluster: `edge[b] - edge[a]` is the width of clusters [a, b). string-width sums its own
  // per-cluster widths, so a sum equals the width of the joined text, except that it strips ANSI escape sequences
  // whole: counted per cluster they can only count more, so the width bound still holds.
  const edge = new Int32Array(count + 1);
  for (let index = 0; index < count; index++) edge[index + 1] = edge[index]! + (described[index]! >> WIDTH_SHIFT);
  /** The furthest cluster a line has `room` for from `from`: the clusters [from, furthest) fit. */
  const furthest = (from: number, room: number) => {
    let at = from;
    while (at < count && edge[at + 1]! - edge[from]! <= room) at++;
    return at;
  };
  /** Where the content of a unit ending before line start `at` ends: before the space, if any. */
  const endBefore = (at: number) => (at < count && described[at - 1]! & SPACE ? at - 1 : at);

  // A line is its lead then words[bounds[from]..bounds[to]): the units on a line are consecutive in the text.
  const lines: string[] = [];
  const indentWidth = measure(indent);
  let lead = firstPrefix;
  let lineWidth = measure(firstPrefix);
  let from = 0;
  let to = 0;
  let empty = true;
  const flush = () => {
    lines.push((lead + words.slice(bounds[from], bounds[to])).trimEnd());
    lead = indent;
    lineWidth = indentWidth;
    empty = true;
  };
  let position = 0;
  while (position < count) {
    const spacedCost = !empty && position > 0 && described[position - 1]! & SPACE ? 1 : 0;
    const room = width - lineWidth - spacedCost;
    // The furthest cluster the line has room for, then the latest line start whose unit ends there or before.
    const reach = furthest(position, room);
    let next = reach === count && edge[count]! - edge[position]! <= room ? count : 0;
    for (let at = Math.min(reach + 1, count - 1); next === 0 && at > position; at--) {
      if (endBefore(at) <= reach && isStart(at)) next = at;
    }
    if (next > 0) {
      if (empty) from = position;
      to = endBefore(next);
      lineWidth += spacedCost + edge[to]! - edge[position]!;
      empty = false;
      position = next;
      // The unit after `next` did not fit, or there is none.
      if (position < count) {
        // A line a third full or less before a phrase too long for the rest of it (a role and a name BudouX keeps
        // whole) goes on into the phrase, cut between Japanese characters where kinsoku allows.
        if (lineWidth - indentWidth <= width / 3 && !(described[position - 1]! & SPACE)) {
          const cut = innerCut(words, bounds, described, position, furthest(position, width - lineWidth));
          if (cut > 0) to = position = cut;
        }
        flush();
      }
      continue;
    }
    if (!empty) {
      flush();
      continue;
    }
    // A unit wider than a line on its own.
    next = position + 1;
    while (next < count && !isStart(next)) next++;
    const pieces = hardBreak(described, position, endBefore(next), Math.max(width - lineWidth, 1), Math.max(width - indentWidth, 1));
    pieces.forEach(([start, stop, pieceWidth], index) => {
      if (index > 0) flush();
      if (empty) from = start;
      to = stop;
      lineWidth += pieceWidth;
      empty = false;
    });
    position = next;
  }
  if (empty) from = to = 0;
  if (!empty || lines.length === 0) lines.push((lead + words.slice(bounds[from], bounds[to])).trimEnd());
  return lines;
}
