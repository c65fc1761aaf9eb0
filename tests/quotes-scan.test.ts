// The quote extractor reads words and verbs of saying through per-text indexes and a hand-written scanner, for speed:
// they must find exactly what the plain regular expressions find, window by window.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETERMINERS, ELIDED, SAYING } from '../pipeline/quotes/lexicon.ts';
import { pointedVerb, sayingAt, sayings } from '../pipeline/quotes/attribution.ts';
import { wordsOf } from '../pipeline/quotes/words.ts';

// Texts taken from each annotated set: enough of every writer's prose, and a test that does not grow with the sets.
const PER_SET = 6;

/** Annotated quote texts, the first PER_SET of each set, and one of awkward characters: astral letters, lone surrogates, marks, digits. */
function texts(): string[] {
  const fixtures = join(import.meta.dirname, 'fixtures');
  const found: string[] = [];
  for (const set of readdirSync(fixtures).filter((name) => name.startsWith('quotes')).sort()) {
    const names = readdirSync(join(fixtures, set)).filter((name) => ['.txt', '.md'].includes(extname(name))).sort();
    for (const name of names.slice(0, PER_SET)) found.push(readFileSync(join(fixtures, set, name), 'utf8'));
  }
  const awkward = "l’a1 ab-c’d dell’Asl D’Alema 3’a 𝐀𝐁c’𝐃 -x ‐y z'- q’ 𝟘1 e\u0301’\u0301 \ud835 \udc00 a\ud835b ’’ '' a--b a-’b l'altro-ieri' 12-34 😀ab";
  const verbs = 'Ha detto X. «No», HA POI AGGIUNTO lui; la nota, dichiara, Dichiarano, ſono state dichiarate; è tornato a dire; fa sapere. ';
  found.push(`${awkward} ${verbs}`.repeat(4));
  // Capitals whose lower case moves the characters after them (İ), or depends on what follows (Σ), and plain ones.
  for (const capitals of ['İSTANBUL DELL’İSOLA, HA DETTO', 'ΟΔΟΣ ΣΑΣ dell’Asl', 'È PIÙ CITTÀ DELL’ACQUA, HA DETTO L’ASSESSORE']) found.push(`${capitals} ${verbs}`.repeat(4));
  return found;
}

/** The words as the extractor first read them: one regular expression, run from `from`. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+)*[’']?/gu;
function plainWords(text: string, from: number, to: number) {
  const words: { start: number; end: number; text: string; key: string; capital: boolean }[] = [];
  const push = (start: number, value: string) => words.push({ start, end: start + value.length, text: value, key: value.toLowerCase().replace(/[’']/g, ''), capital: /^\p{Lu}/u.test(value) });
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    let start = match.index;
    let value = match[0];
    if (start + value.length > to) value = value.slice(0, to - start);
    for (;;) {
      const apostrophe = value.search(/[’']/);
      if (apostrophe <= 0 || apostrophe === value.length - 1) break;
      const head = value.slice(0, apostrophe);
      const tail = value.slice(apostrophe + 1);
      if ((/^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(tail) && /^(d|dell|dall|de)$/i.test(head)) || !ELIDED.has(head.toLowerCase())) break;
      push(start, value.slice(0, apostrophe + 1));
      start += apostrophe + 1;
      value = tail;
    }
    push(start, value);
  }
  return words;
}

/** SAYING as written, case-insensitive, matched only where it is asked to start. */
const SAYING_HERE = new RegExp(SAYING.source, 'iuy');

/** A verb of saying at `at` as SAYING_HERE finds it, unless it is a noun after an article ("la nota"). */
function plainSayingAt(text: string, at: number): number | undefined {
  SAYING_HERE.lastIndex = at;
  const match = SAYING_HERE.exec(text);
  if (!match) return undefined;
  const before = plainWords(text, Math.max(0, at - 20), at).at(-1);
  if (!/\s/u.test(match[0]) && before && before.end >= at - 1 && DETERMINERS.has(before.key) && !(before.key === 'lo' && pointedVerb(match[0].toLowerCase()))) return undefined;
  return at + match[0].length;
}

/** The verbs of saying as a global search of SAYING finds them. */
function plainSayings(text: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  SAYING.lastIndex = from;
  for (let match = SAYING.exec(text); match && match.index < to; match = SAYING.exec(text)) {
    const end = plainSayingAt(text, match.index);
    if (end !== undefined && end <= to) found.push([match.index, end]);
    SAYING.lastIndex = match.index + match[0].length;
  }
  return found;
}

/** Windows of a text: the whole, and some starting and ending anywhere, inside words too. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [[0, text.length]];
  for (let from = 0; from < text.length; from += 97) out.push([from, Math.min(text.length, from + 11 + (from % 300))]);
  return out;
}

describe('quotes: words and verbs of saying read once per text', () => {
  const all = texts();

  it('reads the same words as the regular expression, in every window', () => {
    const cases = all.flatMap((text) => windows(text).map(([from, to]) => ({ text, from, to })));
    expect(cases.length).toBeGreaterThan(1000);
    // As JSON: comparing thousands of word lists deeply is slow.
    expect(JSON.stringify(cases.map(({ text, from, to }) => wordsOf(text, from, to)))).toBe(JSON.stringify(cases.map(({ text, from, to }) => plainWords(text, from, to))));
  });

  it('finds the same verbs of saying as a search with SAYING, in every window, and the same one at each word', () => {
    const cases = all.flatMap((text) => windows(text).map(([from, to]) => ({ text, from, to })));
    const found = cases.map(({ text, from, to }) => sayings(text, from, to));
    expect(found).toEqual(cases.map(({ text, from, to }) => plainSayings(text, from, to)));
    expect(found.flat().length).toBeGreaterThan(100);
    // At every character of the awkward text, and at every word start of the others.
    const places = all.flatMap((text, index) => (index === all.length - 1 ? [...text].map((_, at) => at) : [...text.matchAll(/(?<![\p{L}\p{M}])\p{L}/gu)].map((match) => match.index)).map((at) => ({ text, at })));
    expect(places.map(({ text, at }) => sayingAt(text, at))).toEqual(places.map(({ text, at }) => plainSayingAt(text, at)));
  });
});
