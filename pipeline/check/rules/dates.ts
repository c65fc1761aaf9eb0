// A date in figures the Italian way (26.09.2025, 26/09/2025, 1-3.10.2025) is another day to an American desk
// (September the 26th read as the 9th of a 26th month, 03/10 as March the 10th) and backwards to a Japanese reader,
// who writes the year first. The translation writes the month out, as the pages' own dates do (Intl).
import type { TargetLanguage } from '../../release.ts';
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';
import { MONTHS } from './numbers.ts';

/** Day (or a range of days), month and a four-digit year, one separator throughout; not inside a longer figure. */
const DAY_FIRST = /(?<![\d.,/])(\d{1,2})(?:\s?[-–]\s?(\d{1,2}))?([./])(\d{1,2})\3(\d{4})(?![\d]|[.,/]\d)/gu;

const LOCALES: Record<TargetLanguage, string> = { en: 'en-GB', ja: 'ja-JP' };
const FORMATS = Object.fromEntries(Object.entries(LOCALES).map(([language, locale]) => [language, new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })])) as Record<TargetLanguage, Intl.DateTimeFormat>;

/** A day as a key to compare by: "26-9-2025". */
const dayKey = (day: string | number, month: string | number, year: string) => `${Number(day)}-${Number(month)}-${year}`;

/** The day, if `day`/`month`/`year` is one (no 31 April, no month 13). */
function dayOf(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** Every date of `text` written day first in figures, with how `language` writes it. */
export function dayFirstDates(text: string, language: TargetLanguage): { written: string; suggested: string; days: string[] }[] {
  const format = FORMATS[language];
  const dates: { written: string; suggested: string; days: string[] }[] = [];
  for (const match of text.matchAll(DAY_FIRST)) {
    const [written, first, last, , month, year] = match;
    const from = dayOf(Number(year), Number(month), Number(first));
    const to = last === undefined ? from : dayOf(Number(year), Number(month), Number(last));
    if (!from || !to || to < from) continue;
    // Intl's ranges are 1 – 3 October and 2025/10/01～2025/10/03: desks write 1–3 October and 2025年10月1日～3日.
    const range = language === 'en' ? `${from.getUTCDate()}–${format.format(to)}` : `${format.format(from)}～${to.getUTCDate()}日`;
    const days = [first, ...(last === undefined ? [] : [last])].map((day) => dayKey(day!, month!, year!));
    dates.push({ written, suggested: to > from ? range : format.format(from), days });
  }
  return dates;
}

const WRITTEN_OUT = new RegExp(`(?<!\\d)(\\d{1,2})(?:\\s?[-–]\\s?(\\d{1,2}))?(?:°|º)?\\s+(${MONTHS.it.join('|')})\\s+(\\d{4})(?!\\d)`, 'giu');

/** The days the Italian gives, in figures or written out ("26 settembre 2025"), as day-month-year keys. */
function italianDays(text: string): Set<string> {
  const days = new Set<string>();
  for (const [, first, last, , month, year] of text.matchAll(DAY_FIRST)) for (const day of [first, last]) if (day) days.add(dayKey(day, month!, year!));
  for (const [, first, last, month, year] of text.matchAll(WRITTEN_OUT)) for (const day of [first, last]) if (day) days.add(dayKey(day, MONTHS.it.indexOf(month!.toLowerCase()) + 1, year!));
  return days;
}

export const dayFirstDate: CheckRule = {
  id: 'date-order',
  description: 'a date left in figures in the Italian day-month-year order',
  severity: 'warning',
  scope: 'translation',
  check({ source, target, language }) {
    // Only a day the Italian gives: figures in another order (an American 10/03/2025 for 3 October) are not this
    // rule's to read, and a suggestion from them would name another day.
    const days = italianDays(plainText(source));
    return dayFirstDates(plainText(target), language)
      .filter(({ days: written }) => written.every((day) => days.has(day)))
      .map(({ written, suggested }) => `the date “${written}” keeps the Italian day-month order in figures; write “${suggested}”`);
  },
};
