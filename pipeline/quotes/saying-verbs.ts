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
 * Every word SAYING is written with. A match starts at a word that is one of these (the first word of each
 * alternative is spelt out whole in the pattern), so only those words are tried.
 */
const OPENERS = new Set((SAYING.source.match(/\p{L}+/gu) ?? []).map(fold));
/** A word that matches one of OPENERS has its length: each of its letters matches one letter of the pattern. */
const LONGEST = Math.max(...[...OPENERS].map((word) => word.length));

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
    const start = at;
    while (charClass(text, at) === LETTER) at += charWidth(text, at);
    if (at - start <= LONGEST && OPENERS.has(fold(text.slice(start, at)))) starts.push(start);
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
