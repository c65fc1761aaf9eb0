// Numbers spelt out, up to 99, for the numbers check, which compares by value: Italian and English cardinals
// (venti = twenty = 20) and ordinals (terzo, terza, terzi, terze = third = 3rd = 第3). Built from their parts, so
// the compounds (ventitré, ventitreesimo, twenty-third) need no list of their own.
import type { Language } from '../release.ts';

const UNITS_IT = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const TEENS_IT = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const TENS_IT = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
const ORDINALS_IT = ['primo', 'secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo'];

const UNITS_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS_EN = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_EN = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** ventuno, ventidue, ventitré (and ventitre): the tens lose their vowel before uno and otto. */
function italianCardinals(n: number): string[] {
  if (n < 10) return [UNITS_IT[n]!];
  if (n < 20) return [TEENS_IT[n - 10]!];
  const tens = TENS_IT[Math.floor(n / 10)]!;
  const unit = n % 10;
  if (unit === 0) return [tens];
  const stem = unit === 1 || unit === 8 ? tens.slice(0, -1) : tens;
  return unit === 3 ? [`${stem}tré`, `${stem}tre`] : [`${stem}${UNITS_IT[unit]}`];
}

/** primo … decimo, then the cardinal with -esimo: undicesimo, ventesimo, ventunesimo, ventitreesimo, ventiseiesimo. */
function italianOrdinal(n: number): string {
  if (n <= 10) return ORDINALS_IT[n - 1]!;
  const cardinal = italianCardinals(n).at(-1)!;
  return /(?:tre|sei)$/.test(cardinal) ? `${cardinal}esimo` : `${cardinal.slice(0, -1)}esimo`;
}

function englishCardinals(n: number): string[] {
  if (n < 10) return [UNITS_EN[n]!];
  if (n < 20) return [TEENS_EN[n - 10]!];
  const tens = TENS_EN[Math.floor(n / 10)]!;
  const unit = n % 10;
  return unit === 0 ? [tens] : [`${tens}-${UNITS_EN[unit]}`, `${tens} ${UNITS_EN[unit]}`];
}

function englishOrdinals(n: number): string[] {
  if (n <= 12) return [ORDINALS_EN[n - 1]!];
  if (n < 20) return [`${TEENS_EN[n - 10]}th`];
  const tens = TENS_EN[Math.floor(n / 10)]!;
  const unit = n % 10;
  return unit === 0 ? [`${tens.slice(0, -1)}ieth`] : [`${tens}-${ORDINALS_EN[unit - 1]}`, `${tens} ${ORDINALS_EN[unit - 1]}`];
}

const upTo99 = Array.from({ length: 98 }, (_, index) => index + 2);

/** Words and their values; `one` and `uno` are left out, since they are mostly articles (un minuto, 1分). */
function table(entries: [string[], number][]): Map<string, number> {
  return new Map(entries.flatMap(([words, value]) => words.map((word) => [word.toLowerCase(), value] as const)));
}

const inflections = (word: string) => ['o', 'a', 'i', 'e'].map((ending) => `${word.slice(0, -1)}${ending}`);

/** Number words the translation must keep (or give as figures): cardinals, and in English ordinals too. */
const REQUIRED: Partial<Record<Language, Map<string, number>>> = {
  it: table(upTo99.map((n) => [italianCardinals(n), n])),
  en: table([...upTo99.map((n): [string[], number] => [englishCardinals(n), n]), ...[1, ...upTo99].map((n): [string[], number] => [englishOrdinals(n), n])]),
};

/**
 * Italian words that may stand for a number or not: ordinals are also other words (secondo = according to, prima =
 * before, il primo ministro = the Prime Minister, un terzo = a third), and cento, mille round phrases (per cento =
 * %). A figure in the translation may match them; their absence from it is no lost number.
 */
const OPTIONAL: Partial<Record<Language, Map<string, number>>> = {
  it: table([
    ...[1, ...upTo99].map((n): [string[], number] => [inflections(italianOrdinal(n)), n]),
    [inflections('centesimo'), 100],
    [inflections('millesimo'), 1000],
    [['cento'], 100],
    [['mille'], 1000],
  ]),
};

const patterns = new Map<Map<string, number>, RegExp>();

/** The values of the words of `words` found in `text`, as whole words, whatever their case. */
function found(text: string, words: Map<string, number> | undefined): number[] {
  if (!words) return [];
  let pattern = patterns.get(words);
  if (!pattern) {
    // Longest first, so that twenty-one is read before twenty.
    const alternatives = [...words.keys()].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(words, pattern);
  }
  return [...text.matchAll(pattern)].map((match) => words.get(match[1]!.toLowerCase())!);
}

/** Numbers spelt out that the translation must give too (as words or figures). */
export const spelledNumbers = (text: string, language: Language): number[] => found(text, REQUIRED[language]);

/** Numbers spelt out that a figure of the translation may stand for, without being owed one. */
export const optionalNumbers = (text: string, language: Language): number[] => found(text, OPTIONAL[language]);
