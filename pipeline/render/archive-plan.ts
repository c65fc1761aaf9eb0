// The archive by month, as a plan: which archive pages each language has and what each shows, worked out
// before anything is rendered, so the build can tell which pages changed and render only those.
import type { Language } from '../release.ts';
import { readersZone } from './dates.ts';
import type { Labels } from './i18n.ts';
import type { IndexEntry } from './indexes.ts';

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * YYYY-MM: the month a release went public (its index entry's date: its embargo's lift, else its date) on the clock
 * of the language's readers (`timeZone`), the month of the date its index and page show (dates.ts readersDate):
 * 20:00 in Turin on 31 October is November in Japan. No two clocks are more than 26 hours apart, so only a date
 * within two days of the turn of a month is worth asking Intl about.
 */
export function monthOf(date: string, timeZone: string): string {
  const day = Number(date.slice(8, 10));
  if (day > 2 && day < 27) return date.slice(0, 7);
  let format = monthFormats.get(timeZone);
  if (!format) {
    // en-CA writes ISO dates: 2025-11-01.
    format = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    monthFormats.set(timeZone, format);
  }
  return format.format(new Date(date)).slice(0, 7);
}

/** Relative to out/: <lang>/archive/ lists the months, <lang>/archive/YYYY/MM/ holds one month's releases. */
export const archivePath = (language: Language, month?: string) => (month === undefined ? `${language}/archive/` : `${language}/archive/${month.replace('-', '/')}/`);

export type ArchivePage =
  /** The months with releases, newest first, each with how many. */
  | { kind: 'months'; language: Language; months: { month: string; count: number }[]; languages: Language[] }
  /** One month's releases (in release order; the page lists them newest first) and its neighbours. */
  | { kind: 'month'; language: Language; month: string; releases: IndexEntry[]; newer?: string; older?: string; languages: Language[] };
// `languages`: the languages the same page exists in, for hreflang links between them.

export const archiveFile = (page: ArchivePage) => `${archivePath(page.language, page.kind === 'month' ? page.month : undefined)}index.html`;

/**
 * Every archive page of every language, from the releases each language's index lists (so held and withheld ones are
 * in none); each language's readers' calendar (its labels' time zone) files each release in a month.
 */
export function planArchive(published: Map<Language, IndexEntry[]>, languages: Language[], labels: Record<Language, Labels>): ArchivePage[] {
  const monthsOf = new Map<Language, Map<string, IndexEntry[]>>();
  for (const language of languages) {
    const months = new Map<string, IndexEntry[]>();
    const timeZone = readersZone(labels[language]);
    for (const entry of published.get(language) ?? []) {
      const month = monthOf(entry.date, timeZone);
      const list = months.get(month);
      if (list) list.push(entry);
      else months.set(month, [entry]);
    }
    monthsOf.set(language, months);
  }
  const having = (month?: string) => languages.filter((language) => (month === undefined ? monthsOf.get(language)!.size > 0 : monthsOf.get(language)!.has(month)));
  const pages: ArchivePage[] = [];
  for (const language of languages) {
    const months = monthsOf.get(language)!;
    if (months.size === 0) continue;
    const newestFirst = [...months.keys()].sort().reverse();
    pages.push({ kind: 'months', language, months: newestFirst.map((month) => ({ month, count: months.get(month)!.length })), languages: having() });
    newestFirst.forEach((month, index) => {
      pages.push({ kind: 'month', language, month, releases: months.get(month)!, newer: newestFirst[index - 1], older: newestFirst[index + 1], languages: having(month) });
    });
  }
  return pages;
}
