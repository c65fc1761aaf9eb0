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
// - a break never falls inside a Latin word unless that word alone is wider than a line;
// - no line has trailing spaces.
import stringWidth from 'string-width';
import { loadDefaultJapaneseParser } from 'budoux';

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
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]/u;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const splitGraphemes = (text: string) => [...graphemes.segment(text)].map((part) => part.segment);
// Only the ends are segmented: a grapheme is far shorter than 16 code units, and whole-text segmentation per call
// made wrapping quadratic in the paragraph length.
const first = (text: string) => splitGraphemes(text.slice(0, 16))[0] ?? '';
const last = (text: string) => splitGraphemes(text.slice(-16)).at(-1) ?? '';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/** A letter or digit of a script written with spaces between words (not a wide character). */
function isLatinWordChar(char: string, measure: (text: string) => number): boolean {
  return char !== '' && WORD_CHAR.test(char) && measure(char) < 2 && !JAPANESE.test(char);
}

interface Unit {
  text: string;
  /** A space separates this unit from the one before it. */
  spaced: boolean;
}

/** BudouX phrases of one space-free word, never cut between two letters of a Latin word. */
function phrases(word: string, measure: (text: string) => number): string[] {
  if (!JAPANESE.test(word)) return [word];
  parser ??= loadDefaultJapaneseParser();
  const merged: string[] = [];
  for (const phrase of parser.parse(word)) {
    const previous = merged.at(-1);
    if (previous !== undefined && isLatinWordChar(last(previous), measure) && isLatinWordChar(first(phrase), measure)) {
      merged[merged.length - 1] = previous + phrase;
    } else {
      merged.push(phrase);
    }
  }
  return merged;
}

/** Break opportunities: between spaced words and between Japanese phrases, then kinsoku glue. */
function unitsOf(text: string, measure: (text: string) => number): Unit[] {
  const units: Unit[] = [];
  for (const [index, word] of text.split(/\s+/).filter(Boolean).entries()) {
    phrases(word, measure).forEach((phrase, at) => units.push({ text: phrase, spaced: index > 0 && at === 0 }));
  }
  const glued: Unit[] = [];
  for (const unit of units) {
    const previous = glued.at(-1);
    const opener = first(unit.text);
    const startForbidden = NO_LINE_START.has(opener) && !(unit.spaced && SPACED_MAY_START.has(opener));
    if (previous && (startForbidden || NO_LINE_END.has(last(previous.text)))) {
      previous.text += (unit.spaced ? ' ' : '') + unit.text;
    } else {
      glued.push({ ...unit });
    }
  }
  return glued;
}

/** How good a cut before grapheme `at` is: 2 clean, 1 inside a Latin word, 0 against kinsoku. */
function cutQuality(chars: string[], at: number, measure: (text: string) => number): number {
  // A cut at a space drops the space, so the marks that end and start the lines are the nearest non-spaces.
  let back = at - 1;
  while (back > 0 && chars[back] === ' ') back--;
  let ahead = at;
  while (ahead < chars.length - 1 && chars[ahead] === ' ') ahead++;
  const before = chars[back]!;
  const after = chars[ahead]!;
  const spaced = back !== at - 1 || ahead !== at;
  if (NO_LINE_END.has(before)) return 0;
  if (NO_LINE_START.has(after) && !(spaced && SPACED_MAY_START.has(after))) return 0;
  if (!spaced && isLatinWordChar(before, measure) && isLatinWordChar(after, measure)) return 1;
  return 2;
}

/** Cut a unit wider than a line at grapheme boundaries: the first piece fits `firstRoom`, the others `room`. */
function hardBreak(text: string, firstRoom: number, room: number, measure: (text: string) => number): string[] {
  const chars = splitGraphemes(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const limit = pieces.length === 0 ? firstRoom : room;
    let end = start;
    let used = 0;
    while (end < chars.length && used + measure(chars[end]!) <= limit) used += measure(chars[end++]!);
    if (end === start) end = start + 1;
    let cut = end;
    if (end < chars.length) {
      // The latest cut of the best quality available on this line.
      let best = -1;
      for (let at = end; at > start; at--) {
        const quality = cutQuality(chars, at, measure);
        if (quality > best) {
          best = quality;
          cut = at;
        }
        if (quality === 2) break;
      }
    }
    // A cut at a glued space drops the space, as any break at whitespace does.
    pieces.push(chars.slice(start, cut).join('').replace(/ +$/, ''));
    start = cut;
    while (chars[start] === ' ') start++;
  }
  return pieces.filter((piece) => piece !== '');
}

/** Wrap one paragraph into lines no wider than `width` columns. */
export function wrap(text: string, options: WrapOptions = {}): string[] {
  const { width = WIRE_WIDTH, firstPrefix = '', indent = '', ambiguousIsWide = false } = options;
  const measure = (value: string) => stringWidth(value, { ambiguousIsNarrow: !ambiguousIsWide });
  const lines: string[] = [];
  let line = firstPrefix;
  let lineWidth = measure(firstPrefix);
  let empty = true;
  const flush = () => {
    lines.push(line.trimEnd());
    line = indent;
    lineWidth = measure(indent);
    empty = true;
  };
  for (const unit of unitsOf(text, measure)) {
    const unitWidth = measure(unit.text);
    if (!empty && lineWidth + (unit.spaced ? 1 : 0) + unitWidth > width) flush();
    if (empty && lineWidth + unitWidth > width) {
      const pieces = hardBreak(unit.text, Math.max(width - lineWidth, 1), Math.max(width - measure(indent), 1), measure);
      pieces.forEach((piece, index) => {
        if (index > 0) flush();
        line += piece;
        lineWidth += measure(piece);
        empty = false;
      });
      continue;
    }
    if (!empty && unit.spaced) {
      line += ' ';
      lineWidth += 1;
    }
    line += unit.text;
    lineWidth += unitWidth;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
