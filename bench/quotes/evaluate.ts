// Scores quote extraction against the hand-annotated texts in tests/fixtures/quotes: a measurement, not a test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { quotesOfFile } from '../../pipeline/import/quotable.ts';
import type { Quote } from '../../pipeline/release.ts';

export interface GoldQuote {
  parts: string[];
  /**
   * name null: the text names nobody who could have said it (a group, an unnamed title); `description` then gives the
   * common noun the text describes them by, without its article ("residente", "opposizione"), if it gives one.
   */
  speaker: { name: string | null; role: string | null; description?: string | null };
}

export interface Gold {
  origin: string;
  quotes: GoldQuote[];
  /** Quoted words that are not quotations: titles, names, nicknames, scare quotes. */
  negatives: string[];
}

export interface TextScore {
  file: string;
  gold: number;
  found: number;
  matched: number;
  speakers: number;
  roles: number;
  /** Negatives the extractor took for quotations. */
  negativesFound: string[];
  missed: string[];
  spurious: string[];
  wrongSpeaker: string[];
}

export interface Evaluation {
  texts: TextScore[];
  gold: number;
  found: number;
  matched: number;
  negatives: number;
  negativesFound: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched quotes whose speaker name is right. */
  speakerAccuracy: number;
  roleAccuracy: number;
}

/** A quotation counts as found when its words overlap the gold ones with token F1 of at least this. */
export const MATCH_F1 = 0.9;

export function tokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 || right.length === 0) return left.length === right.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const token of right) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of left) {
    const count = counts.get(token) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(token, count - 1);
    }
  }
  if (shared === 0) return 0;
  const precision = shared / left.length;
  const recall = shared / right.length;
  return (2 * precision * recall) / (precision + recall);
}

const normal = (text: string | null | undefined) => (text ?? '').normalize('NFC').replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();
const same = (a: string | null | undefined, b: string | null | undefined) => normal(a) === normal(b);

/** The people of a joint speaker ("Anna Verdi e Luca Bianchi", "Rossi, Bianchi e Verdi"), in order of name. */
const jointMembers = (name: string) => normal(name).split(/,\s*|\s+e\s+/u).sort().join('|');

/** The same speaker: the same name, or the same people speaking together named in another order. */
const sameSpeaker = (a: string, b: string | null) => same(a, b) || (b !== null && jointMembers(a) === jointMembers(b));

export function scoreText(file: string, found: Quote[], gold: Gold): TextScore {
  const pairs: [number, number, number][] = [];
  found.forEach((quote, i) => gold.quotes.forEach((expected, j) => {
    const f1 = tokenF1(quote.text, expected.parts.join(' '));
    if (f1 >= MATCH_F1) pairs.push([f1, i, j]);
  }));
  // One-to-one, best overlap first.
  pairs.sort((a, b) => b[0] - a[0]);
  const usedFound = new Set<number>();
  const usedGold = new Set<number>();
  let speakers = 0;
  let roles = 0;
  const wrongSpeaker: string[] = [];
  for (const [, i, j] of pairs) {
    if (usedFound.has(i) || usedGold.has(j)) continue;
    usedFound.add(i);
    usedGold.add(j);
    const quote = found[i]!;
    const expected = gold.quotes[j]!;
    // A speaker left null is right only where the gold says nobody can be named either (a group, an unnamed title),
    // and, where the gold gives the noun the text describes them by, with that description.
    if ((quote.speaker?.name ?? null) === null ? expected.speaker.name === null && (!expected.speaker.description || same(quote.speakerDescription, expected.speaker.description)) : sameSpeaker(quote.speaker!.name, expected.speaker.name)) speakers++;
    else wrongSpeaker.push(`${quote.id} ${quote.speaker?.name ?? (quote.speakerDescription ? `null (${quote.speakerDescription})` : 'null')} (gold ${expected.speaker.name ?? `null (${expected.speaker.description ?? ''})`})`);
    if (same(quote.speaker?.role, expected.speaker.role)) roles++;
  }
  return {
    file,
    gold: gold.quotes.length,
    found: found.length,
    matched: usedGold.size,
    speakers,
    roles,
    negativesFound: gold.negatives.filter((negative) => found.some((quote) => tokenF1(quote.text, negative) >= MATCH_F1)),
    missed: gold.quotes.filter((_, j) => !usedGold.has(j)).map((quote) => quote.parts.join(' ')),
    spurious: found.filter((_, i) => !usedFound.has(i)).map((quote) => `${quote.id} ${quote.text}`),
    wrongSpeaker,
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Run the extractor on every text of `dir` (.txt and .md with a .json of gold quotes beside them; other files are the set's notes). */
export function evaluate(dir: string): Evaluation {
  const texts: TextScore[] = [];
  let negatives = 0;
  for (const name of readdirSync(dir).sort()) {
    // A text with no gold beside it is the set's own notes (README.md, score.txt), not a text to score.
    const goldFile = join(dir, name.replace(/\.(txt|md)$/u, '.json'));
    if (!['.txt', '.md'].includes(extname(name)) || !existsSync(goldFile)) continue;
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
    negatives += gold.negatives.length;
    // The same function `pressroom quotes` runs on each file.
    const read = quotesOfFile(name, readFileSync(join(dir, name), 'utf8'));
    const found = read.ok ? read.quotes : [];
    texts.push(scoreText(name, found, gold));
  }
  const sum = (pick: (score: TextScore) => number) => texts.reduce((total, score) => total + pick(score), 0);
  const gold = sum((score) => score.gold);
  const found = sum((score) => score.found);
  const matched = sum((score) => score.matched);
  const precision = ratio(matched, found);
  const recall = ratio(matched, gold);
  return {
    texts,
    gold,
    found,
    matched,
    negatives,
    negativesFound: sum((score) => score.negativesFound.length),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAccuracy: ratio(sum((score) => score.speakers), matched),
    roleAccuracy: ratio(sum((score) => score.roles), matched),
  };
}
