// Figures must survive translation. Numbers are compared by value, so 2.800 (it), 2,800 (en) and 2,800社 (ja)
// agree, as do 12 milioni, 12 million and 1,200万; a month name counts as its number, so 15 gennaio = 1月15日, and
// so do number words (venti = twenty = 20), an Italian ordinal word matching a figure (terzo = 3rd = 第3 = 3位).
import type { Language } from '../../release.ts';
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';
import { optionalNumbers, spelledNumbers } from '../number-words.ts';

const SCALES: Record<Language, [RegExp, number][]> = {
  it: [[/^\s?mila\b/iu, 1e3], [/^\s?(?:milion[ei]|mln\b)/iu, 1e6], [/^\s?(?:miliard[oi]|mld\b)/iu, 1e9]],
  en: [[/^\s?thousand\b/iu, 1e3], [/^\s?(?:million|m\b|mn\b)/iu, 1e6], [/^\s?(?:billion|bn\b)/iu, 1e9]],
  ja: [[/^千/u, 1e3], [/^万/u, 1e4], [/^億/u, 1e8], [/^兆/u, 1e12]],
};

export const MONTHS: { it: string[]; en: string[] } & Partial<Record<Language, string[]>> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * The value of a written number. With both separators the last is the decimal one; with one kind only, groups of
 * exactly three digits are thousands (2.800, 2,800, 1.200.000) and anything else is a decimal (2,5, 3.14).
 */
export function numberValue(written: string, language: Language = 'it'): number[] {
  const separators = written.match(/[.,]/g) ?? [];
  if (separators.length === 0) return [Number(written)];
  const kinds = new Set(separators);
  // Italian writes 2,8 and 2.800; English and Japanese 2.8 and 2,800: one decimal mark is read as the language means it.
  const decimal = language === 'it' ? ',' : '.';
  if (separators.length === 1 && kinds.has(decimal)) return [Number(written.replace(decimal, '.'))];
  if (kinds.size === 2) {
    const decimal = written.lastIndexOf('.') > written.lastIndexOf(',') ? '.' : ',';
    const [whole = '', fraction = ''] = [written.slice(0, written.lastIndexOf(decimal)), written.slice(written.lastIndexOf(decimal) + 1)];
    return [Number(`${whole.replace(/[.,]/g, '')}.${fraction}`)];
  }
  const groups = written.split(/[.,]/);
  if (groups[0]!.length <= 3 && groups.slice(1).every((group) => group.length === 3)) return [Number(groups.join(''))];
  if (groups.length === 2) return [Number(`${groups[0]}.${groups[1]}`)];
  // 26.09.2025 and the like: several numbers in a row.
  return groups.map(Number);
}

const canonical = (value: number) => String(Number(value.toPrecision(12)));

/** Every number of a text by value: scale words applied, hours on a 24-hour clock, month names and small number words as numbers. */
export function numbersIn(text: string, language: Language): string[] {
  const normal = text.normalize('NFKC');
  const values: number[] = [];
  let previous: { end: number; scale: number } | undefined;
  for (const match of normal.matchAll(/\d+(?:[.,]\d+)*/gu)) {
    const parts = numberValue(match[0], language);
    const rest = normal.slice(match.index + match[0].length);
    const scale = parts.length === 1 ? SCALES[language].find(([word]) => word.test(rest)) : undefined;
    const value = parts[0]! * (scale?.[1] ?? 1);
    // Japanese writes 1億2,000万 and 3万8,000: a smaller amount right after a scaled one adds to it.
    const adds = language === 'ja' && previous?.end === match.index && previous.scale > value;
    if (adds) values[values.length - 1] = values.at(-1)! + value;
    else if (scale) values.push(value);
    else values.push(...parts);
    // 3pm and 午後3時 are 15 on the Italian clock.
    const afternoon = (language === 'en' && /^\s?p\.?m\b/iu.test(rest)) || (language === 'ja' && normal.slice(0, match.index).endsWith('午後') && rest.startsWith('時'));
    if (afternoon && !scale && parts.length === 1 && parts[0]! < 12) values[values.length - 1] = parts[0]! + 12;
    previous = { end: match.index + match[0].length + (scale ? scale[0].exec(rest)![0].length : 0), scale: scale?.[1] ?? 0 };
  }
  const months = MONTHS[language];
  if (months) {
    // English month names are capitalised, which keeps "may" the verb out.
    const pattern = new RegExp(`(?<![\\p{L}])(${months.join('|')})(?![\\p{L}])`, language === 'en' ? 'gu' : 'giu');
    for (const found of normal.matchAll(pattern)) values.push(months.findIndex((word) => word.toLowerCase() === found[1]!.toLowerCase()) + 1);
  }
  // Numbers are often spelt out in one language and written in figures in another (quattro robot, 4台).
  values.push(...spelledNumbers(normal, language));
  return values.map(canonical);
}

/** Italian words a figure of the translation may stand for, though the translation owes none (terzo = 第3, or 'third'). */
export const optionalNumbersIn = (text: string, language: Language): string[] => optionalNumbers(text.normalize('NFKC'), language).map(canonical);

/** Values of `left` that `right` lacks; repetitions do not count (a year named twice is still the same year). */
function difference(left: string[], right: string[]): string[] {
  return [...new Set(left)].filter((value) => !right.includes(value));
}

export const numbers: CheckRule = {
  id: 'numbers',
  description: 'the numbers of the translation differ from the Italian (compared by value: separators, scale words, 万, hours, month names and number words normalised; an Italian ordinal word may be given as a figure, terzo = 3rd = 第3)',
  severity: 'error',
  scope: 'translation',
  check({ language, source: sourceContent, target: targetContent }) {
    const source = numbersIn(plainText(sourceContent), 'it');
    const target = numbersIn(plainText(targetContent), language);
    const problems: string[] = [];
    const lost = difference(source, target);
    // A lone 1 is often an article in the Italian (un minuto, 1分): only other numbers count as added.
    const added = difference(target, [...source, ...optionalNumbersIn(plainText(sourceContent), 'it')]).filter((value) => value !== '1');
    if (lost.length > 0) problems.push(`the Italian has ${lost.join(', ')}, not found in the translation`);
    if (added.length > 0) problems.push(`the translation has ${added.join(', ')}, not found in the Italian`);
    return problems;
  },
};
