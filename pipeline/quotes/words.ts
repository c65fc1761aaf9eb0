// Words of the prose with their places, elided articles split off ("l’assessore" -> "l’", "assessore").
import { ELIDED } from './lexicon.ts';
import { charClass, charWidth, LETTER, NUMBER, OTHER } from './letters.ts';
import { firstAtLeast, perText } from './per-text.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, apostrophe dropped: "l’" -> "l". */
  key: string;
  capital: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+)*[’']?/gu;

/** The words of `text` in [from, to); a word running past `to` is cut there. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const read = readWords(text);
  const first = firstAtLeast(read.starts, from);
  // Read from inside a word, the text splits otherwise ("sessore" of "assessore"): read it afresh.
  if (from < 0 || (first > 0 && read.ends[first - 1]! > from)) return scanWords(text, from, to);
  const end = firstAtLeast(read.starts, to);
  if (end <= first) return [];
  const last = end - 1;
  if (read.ends[last]! <= to) return read.words.slice(read.firstWord[first], read.firstWord[end]);
  const words = read.words.slice(read.firstWord[first], read.firstWord[last]);
  splitWord(words, read.starts[last]!, text.slice(read.starts[last]!, to), read.lower);
  return words;
}

interface ReadWords {
  /** Where each match of WORD starts and ends. */
  starts: number[];
  ends: number[];
  /** The words, and the index among them of each match's first word (one more at the end). */
  words: Word[];
  firstWord: number[];
  /** The text in lower case, if that keeps every character in its place. */
  lower: string | undefined;
}

/**
 * `text` in lower case, if each character's lower case is one character in the same place: then a word's lower case is
 * a slice of it (two-byte strings are slow to lower-case one word at a time). Not so with a capital sigma, whose lower
 * case depends on what follows, nor past the BMP, where a character takes two places.
 */
function lowerInPlace(text: string): string | undefined {
  if (/[\u03a3\ud800-\udfff]/.test(text)) return undefined;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : undefined;
}

/** Every word of a text, read once: the extractor asks for the words of the same prose and narration over and over. */
const readWords = perText((text): ReadWords => {
  const read: ReadWords = { starts: [], ends: [], words: [], firstWord: [], lower: lowerInPlace(text) };
  for (let at = 0; at < text.length;) {
    if (charClass(text, at) === OTHER) {
      at += charWidth(text, at);
      continue;
    }
    const end = wordEnd(text, at);
    read.starts.push(at);
    read.ends.push(end);
    read.firstWord.push(read.words.length);
    splitWord(read.words, at, text.slice(at, end), read.lower);
    at = end;
  }
  read.firstWord.push(read.words.length);
  return read;
});

const isApostrophe = (unit: number) => unit === 0x2019 || unit === 0x27;
const isHyphen = (unit: number) => unit === 0x2d || unit === 0x2010;

/** Past the letters and marks from `at`, and the numbers too if `numbers`. */
function skip(text: string, at: number, numbers: boolean): number {
  for (let found = charClass(text, at); found === LETTER || (numbers && found === NUMBER); found = charClass(text, at)) at += charWidth(text, at);
  return at;
}

/** Where WORD's match starting at the letter or number at `start` ends, scanned by hand: the same greedy steps. */
function wordEnd(text: string, start: number): number {
  let at = skip(text, start, true);
  while (isApostrophe(text.charCodeAt(at)) && charClass(text, at + 1) === LETTER) at = skip(text, at + 1, false);
  while (isHyphen(text.charCodeAt(at)) && charClass(text, at + 1) !== OTHER) at = skip(text, at + 1, true);
  return isApostrophe(text.charCodeAt(at)) ? at + 1 : at;
}

function scanWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const start = match.index;
    splitWord(words, start, start + match[0].length > to ? match[0].slice(0, to - start) : match[0], undefined);
  }
  return words;
}

/** Push the words of one match of WORD starting at `start`; `lower`, if known, is the whole text in lower case. */
function splitWord(words: Word[], start: number, value: string, lower: string | undefined) {
  // Split elisions: "dell’Asl" -> "dell’" + "Asl", but keep surnames like "D’Alema" and "Dell’Acqua" whole.
  while (value.includes('’') || value.includes("'")) {
    const apostrophe = value.search(/[’']/);
    if (apostrophe <= 0 || apostrophe === value.length - 1) break;
    const head = value.slice(0, apostrophe);
    const tail = value.slice(apostrophe + 1);
    const surname = /^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(tail) && /^(d|dell|dall|de)$/i.test(head);
    if (surname || !ELIDED.has(head.toLowerCase())) break;
    words.push(word(start, value.slice(0, apostrophe + 1), lower));
    start += apostrophe + 1;
    value = tail;
  }
  words.push(word(start, value, lower));
}

const CAPITAL = /^\p{Lu}/u;

function word(start: number, text: string, lowerText: string | undefined): Word {
  const lower = lowerText === undefined ? text.toLowerCase() : lowerText.slice(start, start + text.length);
  const first = text.charCodeAt(0);
  return {
    start,
    end: start + text.length,
    text,
    key: lower.includes('’') || lower.includes("'") ? lower.replace(/[’']/g, '') : lower,
    // ASCII first: the only capitals there are A to Z.
    capital: first < 128 ? first >= 65 && first <= 90 : CAPITAL.test(text),
  };
}

/** Words in [from, to): "ai microfoni di Radio" counts 4. */
export function countWords(text: string, from = 0, to = text.length): number {
  return wordsOf(text, from, to).length;
}

/** Where the sentences of [from, to) begin: `from`, and after each full stop that a capital follows. */
export function sentenceStarts(text: string, from: number, to: number): number[] {
  return [from, ...[...text.slice(from, to).matchAll(/[.!?]\s+(?=\p{Lu})/gu)].map((stop) => from + stop.index + stop[0].length)];
}

/** `text` to be matched as written inside a RegExp: a name may hold "." or "(" ("S.p.A.", "Cgil (Roma)"). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
