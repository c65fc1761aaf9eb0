// Where SAYING matches in a text, found once per text: the verb-of-saying pattern is a long alternation, slow to try
// at every character, and the extractor asks about the same narration over and over.
import { SAYING, SAYING_HERE } from './lexicon.ts';
import { charClass, charWidth, LETTER } from './letters.ts';
import { firstAtLeast, perText } from './per-text.ts';

/** Lower case, with the long s that case-insensitive matching takes for an s. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/**
 * Every word SAYING is written with, as a trie of lower-case UTF-16 units. A match starts at a run of letters that is
 * one of these (the first word of each alternative is spelt out whole in the pattern), so only those runs are tried.
 */
interface Trie {
  next: Map<number, Trie>;
  word: boolean;
}
const OPENERS: Trie = { next: new Map(), word: false };
for (const word of new Set((SAYING.source.match(/\p{L}+/gu) ?? []).map(fold))) {
  let node = OPENERS;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    let next = node.next.get(unit);
    if (!next) node.next.set(unit, (next = { next: new Map(), word: false }));
    node = next;
  }
  node.word = true;
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

interface Openers {
  /** Where a run of letters and marks (the words SAYING's boundaries see) that is one of OPENERS starts, in order. */
  starts: number[];
  /** Length of SAYING's match at each start, -1 for none, -2 until tried. */
  lengths: Int32Array;
}

const openersOf = perText((text): Openers => {
  const starts: number[] = [];
  for (let at = 0; at < text.length;) {
    if (charClass(text, at) !== LETTER) {
      at += charWidth(text, at);
      continue;
    }
    // Walk the trie along the run; a letter outside the BMP is in no opener.
    const start = at;
    let node: Trie | undefined = OPENERS;
    for (let width = charWidth(text, at); charClass(text, at) === LETTER; at += width, width = charWidth(text, at)) {
      if (node) node = width === 1 ? node.next.get(foldUnit(text.charCodeAt(at))) : undefined;
    }
    if (node?.word) starts.push(start);
  }
  return { starts, lengths: new Int32Array(starts.length).fill(-2) };
});

function lengthAt(text: string, openers: Openers, index: number): number {
  let length = openers.lengths[index]!;
  if (length === -2) {
    SAYING_HERE.lastIndex = openers.starts[index]!;
    length = SAYING_HERE.exec(text)?.[0].length ?? -1;
    openers.lengths[index] = length;
  }
  return length;
}

/** The length of SAYING's match starting exactly at `at`, or -1: SAYING_HERE.exec at `at`. */
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
