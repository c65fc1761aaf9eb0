// A notice in place of a version: the release was withdrawn (a kill, in every language, Italian included), or a
// translation agencies filed stopped being current (the Italian changed under it, a segment is unreviewed machine
// output, a check failed). Agencies must be told rather than find a 404 or, worse, text they could still file;
// readers too. A notice hands out no text of the release: a withdrawn text is not to be used, and a translation
// that no longer follows the Italian is wrong text. A translation's notice names the Italian original instead.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { writeHtml } from './html-text.ts';
import type { Language, PressOffice } from '../release.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import { inlineNodes, type Inline } from '../inline/index.ts';
import type { Labels } from './i18n.ts';
import { entryUpdated, readersDate, rfc3339 } from './dates.ts';
import { renderPage } from './page.ts';
import { documentTitle } from './document-title.ts';
import { markedHeadline } from './headline-marks.ts';
import { datedHeading, wireText } from './wire.ts';
import { wrap, WIRE_WIDTH } from './wrap.ts';
import { wireTimeLine } from './wire-time.ts';
import { agencyNodes, alternatesNav, type ReleaseLinks } from './html.ts';
import { copyrightNotice, PRESS_RELEASE_GENRE, pressOffice } from './office.ts';
import { itemHead, type NinjsLinks } from './ninjs.ts';
import { feedAuthor, type FeedEntry } from './feeds.ts';
import type { IndexEntry } from './indexes.ts';
import { renderQuotesJson } from './quotes.ts';

/** `withdrawn`: ninjs `canceled`. `withheld`: ninjs `withheld`, until a reviewed translation is published again. */
export type NoticeKind = 'withdrawn' | 'withheld';

export interface VersionNotice {
  id: string;
  language: Language;
  kind: NoticeKind;
  /** The headline agencies filed the version under, plain text. */
  headline: string;
  /** The release's date, as written: firstCreated, the wire's header, where indexes and the archive list it. */
  date: string;
  /** When it became public (its embargo lifted): the page's and the feeds' published date, as for the release. */
  published: string;
  version: number;
  /** When this version was made: versionCreated. */
  modified: string;
  /** For a withdrawal: when, and why, in this language or else in the Italian (`original`), labelled as such. */
  withdrawn?: { date: string; reason: Inline; original: boolean };
  office?: PressOffice;
  located?: string;
  /**
   * Until when agencies hold it under embargo, as written: a translation withheld before the lift replaces a copy they
   * hold under embargo, and names the Italian original, itself under embargo. (A kill holds from now: none.)
   */
  embargo?: string;
}

const glue = (labels: Labels) => (labels.language === 'ja' ? '' : ' ');

/** "WITHDRAWN ON 20 November 2025: <reason> (in Italian)": the line a desk reads first. */
function withdrawalLine(notice: VersionNotice, labels: Labels): string {
  const { withdrawn } = notice;
  if (!withdrawn) return '';
  const reason = wireText(withdrawn.reason, labels);
  const label = withdrawn.original ? `${glue(labels)}${labels.t('notice.inItalian')}` : '';
  return `${datedHeading('wire.withdrawn', withdrawn.date, labels)}${glue(labels)}${reason}${label}`;
}

/** The notice in words: what happened, and where the text to use is. */
function noticeText(notice: VersionNotice, labels: Labels): string {
  return notice.kind === 'withdrawn' ? labels.t('notice.withdrawn') : labels.t('notice.withheld');
}

const originalUrl = (notice: VersionNotice, baseUrl: string) => new URL(`${SOURCE_LANGUAGE}/${notice.id}/`, baseUrl).href;

/** A translation's notice points to the Italian original; the Italian's, being the original, does not. */
const isTranslation = (notice: VersionNotice) => notice.language !== SOURCE_LANGUAGE;

/**
 * What the Italian is, where a translation's notice points to it: the original to use, or, once withdrawn, only the
 * Italian kill notice (there is no text left to read), named as such so that nobody follows it for the text.
 */
const italianLabel = (notice: VersionNotice, labels: Labels, url?: string): string =>
  notice.kind === 'withdrawn' ? (url === undefined ? labels.t('notice.originalNotice') : labels.t('notice.originalNoticeAt', { url })) : url === undefined ? labels.t('notice.original') : labels.t('notice.originalAt', { url });

/** The withdrawal, or the notice, as HTML: for the page and for what leaves the site (ninjs, feeds). */
function noticeNodes(notice: VersionNotice, labels: Labels, originalHref: string): ElementContent[] {
  const { withdrawn } = notice;
  const reason = withdrawn && (withdrawn.original ? [h('span', { lang: SOURCE_LANGUAGE }, inlineNodes(withdrawn.reason))] : inlineNodes(withdrawn.reason));
  return [
    ...(withdrawn
      ? [
          h('p.withdrawn', [
            h('strong', labels.t('release.withdrawn', { date: readersDate(withdrawn.date, labels) })),
            { type: 'text' as const, value: glue(labels) },
            ...reason!,
            ...(withdrawn.original ? [{ type: 'text' as const, value: `${glue(labels)}${labels.t('notice.inItalian')}` }] : []),
          ]),
        ]
      : []),
    h(notice.kind === 'withheld' ? 'p.withheld' : 'p', notice.kind === 'withheld' ? { role: 'note' } : {}, noticeText(notice, labels)),
    ...(isTranslation(notice) ? [h('p', [h('a', { href: originalHref, hrefLang: SOURCE_LANGUAGE }, italianLabel(notice, labels))])] : []),
  ];
}

const marks = (notice: VersionNotice) => ({ withdrawn: notice.kind === 'withdrawn', withheld: notice.kind === 'withheld' });

export function renderNoticePage(notice: VersionNotice, labels: Labels, links: ReleaseLinks): string {
  const title = markedHeadline(marks(notice), notice.headline, labels);
  const description = noticeText(notice, labels);
  const url = links.alternates[notice.language];
  const meta = (property: string, content: string) => h('meta', { property, content });
  // A notice made under embargo was new to readers only at the lift, as for a release page (html.ts).
  const updated = entryUpdated(notice.modified, notice.published);
  return renderPage({
    labels,
    title: documentTitle(title, labels.t('site.name')),
    description,
    canonical: url,
    alternates: links.alternates,
    chooser: links.baseUrl,
    head: [
      meta('og:type', 'article'),
      meta('og:site_name', labels.t('site.name')),
      meta('og:title', title),
      meta('og:description', description),
      ...(url ? [meta('og:url', url)] : []),
      meta('og:locale', labels.locale.replace('-', '_')),
    ],
    home: '../',
    main: [
      h('article', [
        h('header', [
          h('p.meta', [
            h('time', { dateTime: notice.published }, labels.t('release.published', { date: readersDate(notice.published, labels) })),
            { type: 'text' as const, value: ' · ' },
            h('time', { dateTime: updated }, labels.t('release.updated', { date: readersDate(updated, labels) })),
          ]),
          h('h1', notice.headline),
        ]),
        ...noticeNodes(notice, labels, `../../${SOURCE_LANGUAGE}/${notice.id}/`),
        agencyNodes(labels),
        ...alternatesNav(notice.id, notice.language, labels, links),
      ]),
    ],
  });
}

/**
 * The wire text: under embargo the embargo line, then the status (the withdrawal, with its date and reason, or the
 * withheld line), before who issues it and when; then the headline agencies filed, the
 * notice, where the Italian original is (for a translation), the end mark.
 */
export function renderNoticeWire(notice: VersionNotice, labels: Labels, baseUrl: string): string {
  const lines = (text: string) => wrap(text, { width: WIRE_WIDTH, ambiguousIsWide: labels.language === 'ja' });
  const sections: string[][] = [];
  // The embargo line first and whole, as on every copy agencies hold under embargo (renderWire).
  if (notice.embargo) sections.push([wireTimeLine('embargo.line', notice.embargo, labels)]);
  sections.push(lines(notice.kind === 'withdrawn' ? withdrawalLine(notice, labels) : labels.t('notice.withheldWire')));
  if (notice.office) sections.push(lines(labels.t('wire.issuer', { office: notice.office.name })));
  sections.push([wireTimeLine('wire.header', notice.date, labels)]);
  sections.push(lines(notice.headline));
  sections.push(lines(noticeText(notice, labels)));
  if (isTranslation(notice)) sections.push(lines(italianLabel(notice, labels, originalUrl(notice, baseUrl))));
  sections.push([labels.t('wire.endMark')]);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}

/** The ninjs item, with `version` and `versionCreated` from the notice. */
export function noticeNinjsItem(notice: VersionNotice, labels: Labels, links: NinjsLinks & { baseUrl: string }): Record<string, unknown> {
  const office = pressOffice(notice.office, labels);
  const original = originalUrl(notice, links.baseUrl);
  const plain = [...(notice.withdrawn ? [withdrawalLine(notice, labels)] : []), noticeText(notice, labels), ...(isTranslation(notice) ? [italianLabel(notice, labels, original)] : [])].join('\n\n');
  const others = (Object.entries(links.versions) as [Language, string][]).filter(([language]) => language !== notice.language);
  return {
    ...itemHead(notice.id, notice.language, links.uri),
    version: String(notice.version),
    firstCreated: rfc3339(notice.date),
    versionCreated: rfc3339(notice.modified),
    ...(notice.embargo ? { embargoedUntil: rfc3339(notice.embargo) } : {}),
    // IPTC: `canceled`, the item is withdrawn; `withheld`, not to be used for now, may become usable again.
    pubStatus: notice.kind === 'withdrawn' ? 'canceled' : 'withheld',
    edNote: notice.kind === 'withdrawn' ? withdrawalLine(notice, labels) : labels.t('notice.withheldNote', { url: original }),
    copyrightHolder: office.name,
    copyrightNotice: copyrightNotice(office, notice.date),
    usageTerms: labels.t('office.usageTerms', { office: office.name }),
    genres: [{ name: labels.t('office.genre'), uri: PRESS_RELEASE_GENRE }],
    headlines: [{ role: 'main', contentType: 'text/plain', value: notice.headline }],
    bodies: [
      { role: 'main', contentType: 'text/plain', value: plain },
      { role: 'main', contentType: 'text/html', value: writeHtml({ type: 'root', children: noticeNodes(notice, labels, original) }) },
    ],
    by: office.name,
    ...(notice.located ? { located: notice.located } : {}),
    ...(others.length > 0 ? { associations: others.map(([language, uri]) => ({ name: links.languageNames[language], rel: 'translation', uri, type: 'text', language })) } : {}),
  };
}

export function renderNoticeQuotes(notice: VersionNotice): string {
  const { withdrawn } = notice;
  return renderQuotesJson({ id: notice.id, language: notice.language, quotes: [], ...(withdrawn ? { withdrawn } : { withheld: true }) });
}

export function noticeFeedEntry(notice: VersionNotice, labels: Labels, baseUrl: string): FeedEntry {
  return {
    id: notice.id,
    date: notice.published,
    updated: entryUpdated(notice.modified, notice.published),
    ...(notice.kind === 'withdrawn' ? { withdrawn: true } : { withheld: true }),
    headline: markedHeadline(marks(notice), notice.headline, labels),
    summary: noticeText(notice, labels),
    content: writeHtml({ type: 'root', children: noticeNodes(notice, labels, originalUrl(notice, baseUrl)) }),
    author: feedAuthor(pressOffice(notice.office, labels, baseUrl)),
    tags: [],
  };
}

export const noticeIndexEntry = (notice: VersionNotice): IndexEntry => ({
  id: notice.id,
  title: notice.headline,
  date: notice.published,
  modified: notice.modified,
  ...(notice.kind === 'withdrawn' ? { withdrawn: true as const } : { withheld: true as const }),
});
