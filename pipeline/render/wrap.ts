// Line wrapping for wire text: display width with East Asian wide characters as two columns,
// breaks between words (Latin) or BudouX phrases (Japanese), and the Japanese kinsoku rules.
import stringWidth from 'string-width';
import { loadDefaultJapaneseParser } from 'budoux';

export const WIRE_WIDTH = 69;

/** May not start a line: closing brackets, stops, iteration marks, prolonged sound mark, small kana. */
export const NO_LINE_START = new Set(
  [...'、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐゠–〜～…‥」』）］｝〕〉》】〙〗〟’”｠»,.:;?!%)]}', ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ'],
);
/** May not end a line: opening brackets and quotes. */
export const NO_LINE_END = new Set([...'「『（［｛〔〈《【〘〖〝‘“｟«([{']);

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
function phrases(word: string): string[] {
  if (!WIDE.test(word)) return [word];
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(word);
}

interface Unit {
  text: string;
  /** A space separates this unit from the one before it. */
  spaced: boolean;
}

const first = (text: string) => [...text][0] ?? '';
const last = (text: string) => [...text].at(-1) ?? '';

/** Break opportunities: between spaced words and between Japanese phrases, then kinsoku glue. */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  for (const [index, word] of text.split(/\s+/).filter(Boolean).entries()) {
    phrases(word).forEach((phrase, at) => units.push({ text: phrase, spaced: index > 0 && at === 0 }));
  }
  const glued: Unit[] = [];
  for (const unit of units) {
    const previous = glued.at(-1);
    if (previous && !unit.spaced && (NO_LINE_START.has(first(unit.text)) || NO_LINE_END.has(last(previous.text)))) {
      previous.text += unit.text;
    } else {
      glued.push({ ...unit });
    }
  }
  return glued;
}

/** Cut a unit wider than a line at character boundaries, keeping kinsoku at each cut where possible. */
function hardBreak(text: string, width: number): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length && used + stringWidth(chars[end]!) <= width) used += stringWidth(chars[end++]!);
    if (end === start) end = start + 1;
    let cut = end;
    while (cut < chars.length && cut - 1 > start && (NO_LINE_START.has(chars[cut]!) || NO_LINE_END.has(chars[cut - 1]!))) cut--;
    if (cut - 1 <= start) cut = end;
    pieces.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return pieces;
}

/** Wrap one paragraph into lines no wider than `width` columns. `indent` prefixes continuation lines. */
export function wrap(text: string, width = WIRE_WIDTH, firstPrefix = '', indent = ''): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  let lineWidth = stringWidth(firstPrefix);
  let empty = true;
  const flush = () => {
    lines.push(line.trimEnd());
    line = indent;
    lineWidth = stringWidth(indent);
    empty = true;
  };
  for (const unit of unitsOf(text)) {
    const gap = !empty && unit.spaced ? 1 : 0;
    const unitWidth = stringWidth(unit.text);
    if (!empty && lineWidth + gap + unitWidth > width) flush();
    if (lineWidth + unitWidth > width) {
      const room = width - lineWidth;
      for (const piece of hardBreak(unit.text, Math.max(room, 1))) {
        if (!empty) flush();
        line += piece;
        lineWidth += stringWidth(piece);
        empty = false;
      }
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
