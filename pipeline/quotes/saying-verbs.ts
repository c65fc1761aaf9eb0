// Where SAYING matches in a text, found once per text: the verb-of-saying pattern is a long alternation, slow to try
// at every character, and the extractor asks about the same narration over and over.
import { SAYING } from './lexicon.ts';
import { charClass, charWidth, isSurrogate, LETTER, unitClass } from './letters.ts';
import { firstAtLeast, perText } from './per-text.ts';

/** Lower case, with the long s that case-insensitive matching takes for an s. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * Every word SAYING is written with, by a hash of its lower-case UTF-16 units. A match starts at a run of letters that
 * is one of these (the first word of each alternative is spelt out whole in the pattern), so only runs whose hash is
 * here are tried: a hash shared by chance only costs a try.
 */
const OPENERS = new Set<number>();
let longest = 0;
for (const word of new Set((SAYING.source.match(/\p{L}+/gu) ?? []).map(fold))) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  OPENERS.add(hash);
  longest = Math.max(longest, word.length);
}

/** Each UTF-16 unit folded as `fold` folds it, plus one (0: not yet; -1: it folds to more than one unit). */
const folded = new Int32Array(0x10000);
function foldUnit(unit: number): number {
  let found = folded[unit]!;
  if (found === 0) {
    const lower = fold(String.fromCharCode(unit));
    folded[unit] = found = lower.length === 1 ? lower.charCodeAt(0) + 1 : -1;
  }
  return found - 1;
}

/**
 * SAYING matched where it is asked to start, on the text folded to lower case (`foldedText`). Its words are all in
 * lower case, so it needs no i flag: with it, V8 compiled the long alternation some four times slower (every letter a
 * set of its cases), a cost each process and render thread paid on its first release.
 */
const SAYING_FOLDED = new RegExp(SAYING.source, 'uy');

/**
 * `text` in lower case as `fold` makes it, unit for unit, so that an index means the same place in both. A unit whose
 * lower case is longer (İ) stays as it is: the i flag does not match it to i either.
 */
const foldedText = perText((text): string => {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
  let folded = '';
  for (let at = 0; at < text.length; at++) {
    const unit = foldUnit(text.charCodeAt(at));
    folded += unit < 0 ? text[at] : String.fromCharCode(unit);
  }
  return folded;
});

interface Openers {
  /** Where a run of letters and marks (the words SAYING's boundaries see) that is one of OPENERS starts, in order. */
  starts: number[];
  /** Length of SAYING's match at each start, -1 for none, -2 until tried. */
  lengths: Int32Array;
}

const openersOf = perText((text): Openers => {
  const starts: number[] = [];
  const length = text.length;
  for (let at = 0; at < length; ) {
    // Outside the surrogates a code unit is a character, classed by table (see unitClass).
    const first = text.charCodeAt(at);
    const surrogate = isSurrogate(first);
    if ((surrogate ? charClass(text, at) : unitClass(first)) !== LETTER) {
      at += surrogate ? charWidth(text, at) : 1;
      continue;
    }
    // Hash the run's lower case; a letter outside the BMP, or one lower-cased to two, is in no opener.
    const start = at;
    let hash = 0;
    let possible = true;
    while (at < length) {
      const unit = text.charCodeAt(at);
      let lower: number;
      if (isSurrogate(unit)) {
        if (charClass(text, at) !== LETTER) break;
        const width = charWidth(text, at);
        lower = width === 1 ? foldUnit(unit) : -1;
        at += width;
      } else {
        if (unitClass(unit) !== LETTER) break;
        lower = foldUnit(unit);
        at++;
      }
      if (lower < 0) possible = false;
      hash = (Math.imul(hash, 31) + lower) | 0;
    }
    if (possible && at - start <= longest && OPENERS.has(hash)) starts.push(start);
  }
  return { starts, lengths: new Int32Array(starts.length).fill(-2) };
});

function lengthAt(text: string, openers: Openers, index: number): number {
  let length = openers.lengths[index]!;
  if (length === -2) {
    SAYING_FOLDED.lastIndex = openers.starts[index]!;
    length = SAYING_FOLDED.exec(foldedText(text))?.[0].length ?? -1;
    openers.lengths[index] = length;
  }
  return length;
}

/** The length of SAYING's match starting exactly at `at`, or -1: a sticky, case-insensitive SAYING run at `at`. */
export function sayingLength(text: string, at: number): number {
  const openers = openersOf(text);
  const index = firstAtLeast(openers.starts, at);
  return openers.starts[index] === at ? lengthAt(text, openers, index) : -1;
}

/** SAYING's first match starting in [from, to), as [start, length]: SAYING.exec from lastIndex `from`. */
export function nextSaying(text: string, from: number, to: number): [number, number] | undefined {
  const openers = openersOf(text);
  for (let index = firstAtLeast(openers.starts, Math.max(0, from)); index < openers.starts.length && openers.starts[index]! < to; index++) {
    const length = lengthAt(text, openers, index);
    if (length >= 0) return [openers.starts[index]!, length];
  }
  return undefined;
}
