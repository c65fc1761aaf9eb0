// The language chooser at the root and each language's list of releases, newest first.
import { h } from 'hastscript';
import type { Language } from '../release.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedRelease } from './localize.ts';
import { inlineText } from '../inline/index.ts';
import { formatDate } from './dates.ts';
import { renderPage } from './page.ts';

export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id);
}

/** What a language's index lists of each release. */
export type IndexEntry = Pick<LocalizedRelease, 'id' | 'title' | 'date' | 'subtitle'>;

export const indexEntry = ({ id, title, date, subtitle }: LocalizedRelease): IndexEntry => (subtitle === undefined ? { id, title, date } : { id, title, date, subtitle });

export function renderLanguageIndex(releases: IndexEntry[], labels: Labels, baseUrl: string, languages: Language[]): string {
  const sorted = [...releases].sort(newestFirst);
  const list = sorted.length
    ? h(
        'ul.releases',
        sorted.map((release) =>
          h('li', [
            h('a', { href: `${release.id}/` }, inlineText(release.title)),
            h('p', [h('time', { dateTime: release.date }, formatDate(release.date, labels.locale))]),
            release.subtitle ? h('p', inlineText(release.subtitle)) : undefined,
          ].filter((node) => node !== undefined)),
        ),
      )
    : h('p', labels.t('release.empty'));
  return renderPage({
    labels,
    title: `${labels.t('nav.releases')} – ${labels.t('site.name')}`,
    description: labels.t('site.tagline'),
    canonical: new URL(`${labels.language}/`, baseUrl).href,
    alternates: Object.fromEntries(languages.map((language) => [language, new URL(`${language}/`, baseUrl).href])),
    home: './',
    head: [
      h('link', { rel: 'alternate', type: 'application/atom+xml', href: 'feed.xml', title: labels.t('nav.releases') }),
      h('link', { rel: 'alternate', type: 'application/feed+json', href: 'feed.json', title: labels.t('nav.releases') }),
    ],
    main: [h('h1', labels.t('nav.releases')), list],
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
      h('h1', all.map((labels) => labels.t('nav.chooseLanguage')).join(' · ')),
      h('ul.releases', all.map((labels) => h('li', { lang: labels.language }, [h('a', { href: `${labels.language}/`, hrefLang: labels.language }, labels.t('languageName')), h('p', labels.t('site.tagline'))]))),
    ],
  });
}
