// The release page: the release in one language, with its dateline, contacts, boilerplate and language links.
import type { Element, ElementContent } from 'hast';
import { eachOfType } from '../tree-walk.ts';
import { h } from 'hastscript';
import { writeHtml } from './html-text.ts';
import type { Language } from '../release.ts';
import { aboutHeading } from './about-heading.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedImage, LocalizedRelease } from './localize.ts';
import type { Rendition } from '../release.ts';
import { collapsedText, inlineNodes, type Inline } from '../inline/index.ts';
import { markSpeakers } from './quotes.ts';
import { entryUpdated, publishedAt, readersDate, rfc3339 } from './dates.ts';
import { renderPage } from './page.ts';
import { documentTitle } from './document-title.ts';
import { markedHeadline } from './headline-marks.ts';
import { PICTURE_STYLESHEET } from './style.ts';
import { creditLine } from './picture-labels.ts';
import { jsonLdScript, newsArticle } from './json-ld.ts';
import { cutDescription } from './description.ts';
import { perObject } from './recent.ts';

export interface ReleaseLinks {
  /** Absolute URLs of this release in each published language. */
  alternates: Partial<Record<Language, string>>;
  /** Language names, to label the links. */
  languageNames: Record<Language, string>;
  /** Absolute URL of the press room, ending with a slash. */
  baseUrl: string;
  /** BCP 47 locales of the other languages, for og:locale:alternate. */
  locales: Partial<Record<Language, string>>;
}

const DESCRIPTION_WIDTH = 160;

/** How wide a picture is drawn: the text column (42rem of 17px, less padding) or the whole phone screen. */
const PICTURE_SIZES = '(max-width: 44rem) 100vw, 40rem';

/**
 * A picture as a figure: every size in `srcset` so the browser fetches the one the screen needs, width and height
 * of the widest so the page does not jump while it loads, the caption with the credit under a label. Only the
 * leading picture, above the text, loads at once; the others wait until the reader scrolls near them.
 */
function figureNode(image: LocalizedImage, labels: Labels, lead: boolean): Element {
  const widest = image.renditions.at(-1)!;
  const src = (rendition: Rendition) => `../../${rendition.path}`;
  return h('figure.picture', [
    h('img', {
      src: src(widest),
      srcSet: image.renditions.map((rendition) => `${src(rendition)} ${rendition.width}w`).join(', '),
      sizes: PICTURE_SIZES,
      width: widest.width,
      height: widest.height,
      alt: image.alt,
      ...(lead ? {} : { loading: 'lazy' }),
      decoding: 'async',
    }),
    h('figcaption', [
      ...(image.caption ? [...inlineNodes(image.caption), { type: 'text' as const, value: ' ' }] : []),
      h('span.credit', creditLine(image, labels)),
    ]),
  ]);
}

/** The pictures that have sizes to show: the desk's preview makes none. */
export const shownImages = (release: LocalizedRelease): LocalizedImage[] => (release.images ?? []).filter((image) => image.renditions.length > 0);

function blockNodes(block: LocalizedBlock, lead: ElementContent[] = []): ElementContent[] {
  if (block.type === 'list') {
    return [h(block.ordered ? 'ol' : 'ul', block.start === undefined ? {} : { start: block.start }, block.items.map((item) => h('li', inlineNodes(item))))];
  }
  if (block.type === 'heading') return [h(`h${Math.min(Math.max(block.depth, 2), 6)}`, inlineNodes(block.content))];
  return [h('p', [...lead, ...inlineNodes(block.content)])];
}

const speakersOf = (release: LocalizedRelease) => new Map(release.quotes.map((quote) => [quote.id, quote.speaker]));

function bodyNodes(release: LocalizedRelease): ElementContent[] {
  // Japanese datelines close with a bracket and run straight into the text.
  let lead: ElementContent[] | undefined = release.dateline
    ? [h('span.dateline', release.dateline), ...(release.language === 'ja' ? [] : [{ type: 'text' as const, value: ' ' }])]
    : undefined;
  const speakers = speakersOf(release);
  return release.body.flatMap((block) => {
    const nodes = blockNodes(block, block.type === 'paragraph' ? lead : undefined);
    if (block.type === 'paragraph') lead = undefined;
    return markSpeakers(nodes, speakers, release.language);
  });
}

/** "Name, role" or "Name（role）", in the order and punctuation ui.json gives, the name in bold. */
function contactLine(name: string, role: Inline, labels: Labels): ElementContent[] {
  const template = labels.t('release.contact', { name: '{{name}}', role: '{{role}}' });
  return template
    .split(/(\{\{name\}\}|\{\{role\}\})/)
    .filter(Boolean)
    .flatMap((part): ElementContent[] => (part === '{{name}}' ? [h('strong', name)] : part === '{{role}}' ? inlineNodes(role) : [{ type: 'text', value: part }]));
}

function contactNodes(release: LocalizedRelease, labels: Labels): ElementContent[] {
  if (release.contacts.length === 0) return [];
  return [
    h('section.contacts', [
      h('h2', labels.t('release.contacts')),
      h(
        'ul',
        release.contacts.map((contact) =>
          h('li', [
            ...(contact.role ? contactLine(contact.name, contact.role, labels) : [h('strong', contact.name)]),
            ...(contact.email ? [h('br'), h('a', { href: `mailto:${contact.email}` }, contact.email)] : []),
            ...(contact.phone ? [h('br'), h('a', { href: `tel:${contact.phone.replace(/[^+\d]/g, '')}` }, contact.phone)] : []),
          ]),
        ),
      ),
    ]),
  ];
}

/**
 * A quote is marked once in HTML that leaves the site: the text keeps its own marks (“…”, «…», 「…」, and an
 * interrupted quote's marks only where the writer put them), so <q>, which a reader without our stylesheet would
 * give marks of its own, becomes a <span> with the same quote id and speaker.
 */
function quotesAsSpans(nodes: ElementContent[]): ElementContent[] {
  eachOfType({ type: 'root', children: nodes }, 'element', (node: Element) => {
    if (node.tagName === 'q') node.tagName = 'span';
  });
  return nodes;
}

/** For agencies: the same release as wire text and ninjs beside the page, and this language's feeds. */
export function agencyNodes(labels: Labels): Element {
  const link = (href: string, label: string, type: string) => h('li', [h('a', { href, type }, label)]);
  return h('section.agencies', [
    h('h2', labels.t('release.agencies')),
    h('ul', [
      link('wire.txt', labels.t('release.wire'), 'text/plain'),
      link('ninjs.json', labels.t('release.ninjs'), 'application/json'),
      link('../feed.xml', labels.t('release.atom'), 'application/atom+xml'),
      link('../feed.json', labels.t('release.jsonFeed'), 'application/feed+json'),
    ]),
  ]);
}

/** A withdrawal and the corrections, newest first, where readers see them before the text. */
function changeNodes(release: LocalizedRelease, labels: Labels): Element[] {
  const note = (selector: string, key: string, date: string, content: Inline) =>
    h(selector, [h('strong', labels.t(key, { date: readersDate(date, labels) })), { type: 'text', value: labels.language === 'ja' ? '' : ' ' }, ...inlineNodes(content)]);
  return [
    ...(release.withdrawn ? [note('p.withdrawn', 'release.withdrawn', release.withdrawn.date, release.withdrawn.reason)] : []),
    ...[...release.corrections].reverse().map((correction) => note('p.correction', 'release.correction', correction.date, correction.note)),
  ];
}

/** The release's body (dateline, paragraphs, headings, lists) as sanitised HTML, for feeds and ninjs. */
export const bodyHtml = perObject((release: LocalizedRelease): string => writeHtml({ type: 'root', children: quotesAsSpans(bodyNodes(release)) }));

/** The body with its withdrawal and correction notes ahead of it, for feeds, whose readers see no page. */
export function releaseHtml(release: LocalizedRelease, labels: Labels): string {
  const notes = changeNodes(release, labels);
  return notes.length === 0 ? bodyHtml(release) : `${writeHtml({ type: 'root', children: notes })}${bodyHtml(release)}`;
}

/** The subtitle, or else the opening of the first paragraph, cut at a word or phrase to 160 columns, figures kept whole. */
export const pageDescription = perObject((release: LocalizedRelease): string | undefined => {
  const first = release.body.find((block) => block.type === 'paragraph');
  const text = release.subtitle ? collapsedText(release.subtitle) : first?.type === 'paragraph' ? collapsedText(first.content) : '';
  if (!text) return undefined;
  return cutDescription(text, DESCRIPTION_WIDTH);
});

const ogLocale = (locale: string) => locale.replace('-', '_');

function openGraph(release: LocalizedRelease, labels: Labels, links: ReleaseLinks, title: string, description?: string): Element[] {
  const meta = (property: string, content: string) => h('meta', { property, content });
  const url = links.alternates[release.language];
  return [
    meta('og:type', 'article'),
    meta('og:site_name', labels.t('site.name')),
    meta('og:title', title),
    ...(description ? [meta('og:description', description)] : []),
    ...(url ? [meta('og:url', url)] : []),
    meta('og:locale', ogLocale(labels.locale)),
    ...(Object.keys(links.alternates) as Language[])
      .filter((language) => language !== release.language && links.locales[language])
      .map((language) => meta('og:locale:alternate', ogLocale(links.locales[language]!))),
    meta('article:published_time', rfc3339(publishedAt(release))),
    // The leading picture stands for the release where it is shared.
    ...pictureMeta(shownImages(release)[0], links.baseUrl),
  ];
}

function pictureMeta(image: LocalizedImage | undefined, baseUrl: string): Element[] {
  if (!image) return [];
  const widest = image.renditions.at(-1)!;
  const meta = (property: string, content: string) => h('meta', { property, content });
  return [
    meta('og:image', new URL(widest.path, baseUrl).href),
    meta('og:image:type', widest.contentType),
    meta('og:image:width', String(widest.width)),
    meta('og:image:height', String(widest.height)),
    meta('og:image:alt', image.alt),
  ];
}

/** The same release in the other languages it is published in, linked by name; nothing when there are none. */
export function alternatesNav(id: string, language: Language, labels: Labels, links: ReleaseLinks): ElementContent[] {
  const others = (Object.keys(links.alternates) as Language[]).filter((other) => other !== language);
  if (others.length === 0) return [];
  return [
    h('nav.alternates', { ariaLabel: labels.t('nav.otherLanguages') }, [
      h('p', labels.t('nav.otherLanguages')),
      h('ul', others.map((other) => h('li', [h('a', { href: `../../${other}/${id}/`, hrefLang: other, lang: other }, links.languageNames[other])]))),
    ]),
  ];
}

export function renderReleasePage(release: LocalizedRelease, labels: Labels, links: ReleaseLinks): string {
  // A withdrawn release or a machine translation says so where a link is shared or a tab lists it, as lists do.
  const title = markedHeadline(release, collapsedText(release.title), labels);
  const description = pageDescription(release);
  const [leading, ...more] = shownImages(release);
  // A copy edited under embargo was new to readers only when the embargo lifted: never "updated" before "published".
  const published = publishedAt(release);
  const updated = entryUpdated(release.modified, published);
  const main: ElementContent[] = [
    h('article', [
      h('header', [
        h('p.meta', [
          // Who issues it, visibly: the dateline's agency only relays the text.
          ...(release.office
            ? [{ type: 'text' as const, value: `${labels.t('office.genre')} – ` }, release.office.url ? h('a', { href: release.office.url }, release.office.name) : release.office.name, { type: 'text' as const, value: ' · ' }]
            : []),
          h('time', { dateTime: published }, labels.t('release.published', { date: readersDate(published, labels) })),
          ...(release.version > 1 ? [{ type: 'text' as const, value: ' · ' }, h('time', { dateTime: updated }, labels.t('release.updated', { date: readersDate(updated, labels) }))] : []),
        ]),
        ...changeNodes(release, labels),
        h('h1', markSpeakers(inlineNodes(release.title), speakersOf(release), release.language)),
        release.subtitle ? h('p.subtitle', markSpeakers(inlineNodes(release.subtitle), speakersOf(release), release.language)) : undefined,
      ].filter((node) => node !== undefined)),
      ...(release.machine ? [h('p.machine', { role: 'note' }, labels.t('machine.notice'))] : []),
      ...(leading ? [figureNode(leading, labels, true)] : []),
      h('div.body', bodyNodes(release)),
      ...more.map((image) => figureNode(image, labels, false)),
      ...(release.boilerplate.length > 0
        ? [h('section.about', [h('h2', aboutHeading(release, labels)), ...release.boilerplate.flatMap((block) => blockNodes(block))])]
        : []),
      ...contactNodes(release, labels),
      agencyNodes(labels),
      ...alternatesNav(release.id, release.language, labels, links),
    ]),
  ];
  return renderPage({
    labels,
    title: documentTitle(title, labels.t('site.name')),
    description,
    canonical: links.alternates[release.language],
    alternates: links.alternates,
    chooser: links.baseUrl,
    head: [
      ...openGraph(release, labels, links, title, description),
      jsonLdScript(newsArticle(release, { alternates: links.alternates, baseUrl: links.baseUrl, publisher: labels.t('site.name'), description })),
    ],
    home: '../',
    main,
    ...(leading ? { style: PICTURE_STYLESHEET } : {}),
  });
}
