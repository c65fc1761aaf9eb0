// The archive by month: for each language a page listing the months with releases, and a page per month
// listing that month's releases as the index does, linked to the months before and after it.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Labels } from './i18n.ts';
import { archivePath, type ArchivePage } from './archive-plan.ts';
import { newestFirst, rememberReleaseList, releaseList } from './indexes.ts';
import { renderPage } from './page.ts';

// Making a formatter costs far more than formatting: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function format(month: string, locale: string, style: 'month' | 'year'): string {
  const key = `${style} ${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, style === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(`${month}-01T00:00:00Z`));
}

/** ottobre 2025 / October 2025 / 2025年10月 */
export const monthName = (month: string, labels: Labels) => format(month, labels.locale, 'month');

/** From <lang>/archive/ or <lang>/archive/YYYY/MM/ back up to <lang>/. */
const archiveUp = (month: string | undefined) => (month === undefined ? '../' : '../../../');

/** Take back the items of a month's page as the previous build wrote it (`html`, from `page`): see rememberReleaseList. */
export function rememberArchivePage(html: string, page: Extract<ArchivePage, { kind: 'month' }>, labels: Labels): void {
  rememberReleaseList(html, [...page.releases].sort(newestFirst), labels, archiveUp(page.month));
}

/** The archive page `page`, in its language. */
export function renderArchivePage(page: ArchivePage, labels: Labels, baseUrl: string): string {
  const { language } = page;
  const month = page.kind === 'month' ? page.month : undefined;
  const up = archiveUp(month);
  const heading = month === undefined ? labels.t('archive.title') : labels.t('archive.month', { month: monthName(month, labels) });
  return renderPage({
    labels,
    title: `${heading} – ${labels.t('site.name')}`,
    description: labels.t('site.tagline'),
    canonical: new URL(archivePath(language, month), baseUrl).href,
    alternates: Object.fromEntries(page.languages.map((other) => [other, new URL(archivePath(other, month), baseUrl).href])),
    chooser: baseUrl,
    home: up,
    main: [h('h1', heading), ...(page.kind === 'month' ? monthContent(page, labels, up) : monthsContent(page, labels))],
  });
}

function monthContent(page: Extract<ArchivePage, { kind: 'month' }>, labels: Labels, up: string): ElementContent[] {
  // From <lang>/archive/YYYY/MM/ to another month's page.
  const to = (month: string) => `../../${month.replace('-', '/')}/`;
  return [
    releaseList([...page.releases].sort(newestFirst), labels, up),
    h('nav.pages', { ariaLabel: labels.t('archive.title') }, [
      h('ul.pages', [
        ...(page.newer ? [h('li', [h('a', { href: to(page.newer), rel: 'prev' }, monthName(page.newer, labels))])] : []),
        h('li', [h('a', { href: '../../' }, labels.t('archive.title'))]),
        ...(page.older ? [h('li', [h('a', { href: to(page.older), rel: 'next' }, monthName(page.older, labels))])] : []),
      ]),
    ]),
  ];
}

function monthsContent(page: Extract<ArchivePage, { kind: 'months' }>, labels: Labels): ElementContent[] {
  const years = new Map<string, { month: string; count: number }[]>();
  for (const entry of page.months) years.set(entry.month.slice(0, 4), [...(years.get(entry.month.slice(0, 4)) ?? []), entry]);
  return [...years].flatMap(([year, months]) => [
    h('h2', format(`${year}-01`, labels.locale, 'year')),
    h('ul.months', months.map(({ month, count }) => h('li', [h('a', { href: `${month.replace('-', '/')}/` }, labels.t('archive.entry', { month: monthName(month, labels), releases: count }))]))),
  ]);
}
