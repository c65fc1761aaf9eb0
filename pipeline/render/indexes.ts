// The language chooser at the root and each language's list of releases, newest first.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../release.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedRelease } from './localize.ts';
import { collapsedText } from '../inline/index.ts';
import { formatDateIn, publishedAt, readersZone } from './dates.ts';
import { markedHeadline } from './headline-marks.ts';
import { renderPage } from './page.ts';
import { writeHtml } from './html-text.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';
import { recent } from './recent.ts';
import { hash } from 'node:crypto';

export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id);
}

/** `releases` in newestFirst order, each date read once (a sort compares each release many times). */
export function sortNewestFirst<T extends { date: string; id: string }>(releases: readonly T[]): T[] {
  return releases
    .map((release) => ({ release, time: Date.parse(release.date) }))
    .sort((a, b) => b.time - a.time || a.release.id.localeCompare(b.release.id))
    .map(({ release }) => release);
}

/**
 * What a language's index (and its sitemap) lists of each release: headlines as plain text, as the list shows them;
 * `withdrawn` and `machine` mark the headline.
 */
export interface IndexEntry extends Pick<LocalizedRelease, 'id' | 'modified'> {
  /**
   * When it went public: its embargo's lift, else its date (publishedAt), as the page's "Published on" and the feeds
   * date it. What indexes, the archive and the feeds list it by, newest first: a release dated before others but
   * held until after them is new when it lifts, not buried under them.
   */
  date: string;
  title: string;
  subtitle?: string;
  withdrawn?: true;
  /** A notice stands in place of a translation being updated. */
  withheld?: true;
  machine?: true;
}

// The marks are set only when true, so an entry without them is the same JSON (and the same manifest hash) as before.
export const indexEntry = ({ id, title, date, embargo, subtitle, modified, withdrawn, machine }: LocalizedRelease): IndexEntry => ({
  id,
  title: collapsedText(title),
  date: publishedAt({ date, embargo }),
  ...(subtitle === undefined ? {} : { subtitle: collapsedText(subtitle) }),
  modified,
  ...(withdrawn ? { withdrawn: true as const } : {}),
  ...(machine ? { machine: true as const } : {}),
});

/** Releases per index page: a press office's archive runs to thousands, a page stays light. */
export const INDEX_PAGE_SIZE = 50;

/** Where page `page` (1-based) of a language's index lives, relative to out/: the first at <lang>/. */
export const indexPagePath = (language: Language, page: number) => (page === 1 ? `${language}/` : `${language}/page/${page}/`);

/** The pages of a language's index, newest first: where each goes (relative to out/), what it lists, its place. */
export function indexPages(releases: IndexEntry[], language: Language): { path: string; listed: IndexEntry[]; at: { page: number; pages: number; archive: boolean } }[] {
  const sorted = sortNewestFirst(releases);
  const pages = Math.max(1, Math.ceil(sorted.length / INDEX_PAGE_SIZE));
  return Array.from({ length: pages }, (_, index) => ({
    path: `${indexPagePath(language, index + 1)}index.html`,
    listed: sorted.slice(index * INDEX_PAGE_SIZE, (index + 1) * INDEX_PAGE_SIZE),
    // Every page links the archive by month (archive.ts) when there is one.
    at: { page: index + 1, pages, archive: sorted.length > 0 },
  }));
}

function pageNav(labels: Labels, at: { page: number; pages: number }, up: string) {
  if (at.pages === 1) return [];
  const href = (page: number) => `${up}${indexPagePath(labels.language, page).slice(labels.language.length + 1)}`;
  return [
    h('nav.pages', { ariaLabel: labels.t('nav.page', { page: at.page, pages: at.pages }) }, [
      h('ul.pages', [
        ...(at.page > 1 ? [h('li', [h('a', { href: href(at.page - 1) || './', rel: 'prev' }, labels.t('nav.previous'))])] : []),
        h('li', labels.t('nav.page', { page: at.page, pages: at.pages })),
        ...(at.page < at.pages ? [h('li', [h('a', { href: href(at.page + 1), rel: 'next' }, labels.t('nav.next'))])] : []),
      ]),
    ]),
  ];
}

/**
 * One release in an index, as HTML, kept for the same entry: a release added or withdrawn moves every older one to
 * the next page, and the pages after it are rendered again with the same items. What the page writer would make of
 * the item in place (Japanese phrase breaks included), made once.
 */
const listItem = recent((key: string): string => {
  const [release, up, locale, timeZone, language, headline] = JSON.parse(key) as [IndexEntry, string, string, string, Language, string];
  const item: Element = h('li', [
    h('a', { href: `${up}${release.id}/` }, headline),
    h('p', [h('time', { dateTime: release.date }, formatDateIn(release.date, locale, timeZone))]),
    release.subtitle ? h('p', release.subtitle) : undefined,
  ].filter((node) => node !== undefined));
  return writeHtml(language === 'ja' ? insertPhraseBreaks(item) : item);
  // Held by a hash of the key, which holds the entry as JSON: some 15 MB of keys at 10,000 releases otherwise.
}, 20_000, (key) => hash('sha256', key, 'base64'), true);

const itemKey = (release: IndexEntry, labels: Labels, up: string) => JSON.stringify([release, up, labels.locale, readersZone(labels), labels.language, markedHeadline(release, release.title, labels)]);

/** The list of releases an index or archive page shows, in the order given; `up` leads from the page to <lang>/. */
export function releaseList(releases: IndexEntry[], labels: Labels, up: string): Element {
  return h('ul.releases', releases.map((release) => ({ type: 'raw' as const, value: listItem(itemKey(release, labels, up)) })));
}

const LIST_START = '<ul class="releases">';

/**
 * Take back the items of a page the previous build wrote (`html`), which listed `releases` in that order, with the
 * same `labels` and `up`: a release withdrawn or added moves every older one to another page, and those pages are
 * then put together from items already made instead of each being rendered again. Nothing is taken unless the page
 * holds exactly one item for each release.
 */
export function rememberReleaseList(html: string, releases: IndexEntry[], labels: Labels, up: string): void {
  const start = html.indexOf(LIST_START);
  const end = start === -1 ? -1 : html.indexOf('</ul>', start);
  if (end === -1) return;
  // An item holds no list of its own, and its text has every < escaped: each ends at the first </li> after it starts.
  const items = html.slice(start + LIST_START.length, end).split('</li>');
  if (items.pop() !== '' || items.length !== releases.length || !items.every((item) => item.startsWith('<li>'))) return;
  items.forEach((item, index) => listItem.remember(itemKey(releases[index]!, labels, up), `${item}</li>`));
}

/** From page n of a language's index (<lang>/page/n/) back up to <lang>/. */
const indexUp = (page: number) => (page === 1 ? '' : '../../');

/** Take back the items of page `at` of a language's index as the previous build wrote it (`html`): see rememberReleaseList. */
export function rememberLanguageIndex(html: string, releases: IndexEntry[], labels: Labels, at: { page: number }): void {
  rememberReleaseList(html, [...releases].sort(newestFirst), labels, indexUp(at.page));
}

/** One page of a language's index: `releases` are that page's, newest first. */
export function renderLanguageIndex(releases: IndexEntry[], labels: Labels, baseUrl: string, languages: Language[], at: { page: number; pages: number; archive?: boolean } = { page: 1, pages: 1 }): string {
  const sorted = [...releases].sort(newestFirst);
  const up = indexUp(at.page);
  const list = sorted.length ? releaseList(sorted, labels, up) : h('p', labels.t('release.empty'));
  const first = at.page === 1;
  return renderPage({
    labels,
    title: `${labels.t('nav.releases')}${first ? '' : ` (${labels.t('nav.page', { page: at.page, pages: at.pages })})`} – ${labels.t('site.name')}`,
    description: labels.t('site.tagline'),
    canonical: new URL(indexPagePath(labels.language, at.page), baseUrl).href,
    // Other languages' indexes list other releases page by page: only the first pages are each other's versions.
    alternates: first ? Object.fromEntries(languages.map((language) => [language, new URL(`${language}/`, baseUrl).href])) : {},
    chooser: baseUrl,
    home: up || './',
    head: [
      h('link', { rel: 'alternate', type: 'application/atom+xml', href: `${up}feed.xml`, title: labels.t('nav.releases') }),
      h('link', { rel: 'alternate', type: 'application/feed+json', href: `${up}feed.json`, title: labels.t('nav.releases') }),
    ],
    main: [h('h1', labels.t('nav.releases')), list, ...pageNav(labels, at, up), ...(at.archive ? [h('p.archive', [h('a', { href: `${up}archive/` }, labels.t('archive.link'))])] : [])],
  });
}

/** The root page: one link per language, each labelled in its own language. */
export function renderLanguageChooser(all: Labels[], baseUrl: string): string {
  const [first] = all;
  if (!first) throw new Error('no language to choose from');
  return renderPage({
    labels: first,
    title: all.map((labels) => labels.t('site.name')).join(' · '),
    canonical: baseUrl,
    home: './',
    main: [
      // Each phrase in its own language, marked so: a screen reader reads 言語を選択 in Japanese, not in Italian.
      h('h1', all.flatMap((labels, index) => [...(index > 0 ? [' · '] : []), h('span', { lang: labels.language }, labels.t('nav.chooseLanguage'))])),
      h('ul.releases', all.map((labels) => h('li', { lang: labels.language }, [h('a', { href: `${labels.language}/`, hrefLang: labels.language }, labels.t('languageName')), h('p', labels.t('site.tagline'))]))),
    ],
  });
}
