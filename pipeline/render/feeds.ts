// Subscribers' feeds per language: Atom and JSON Feed 1.1 through the `feed` package, links absolute.
import { Feed, type Item } from 'feed';
import { markedHeadline } from './headline-marks.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedRelease } from './localize.ts';
import { collapsedText } from '../inline/index.ts';
import { releaseHtml, pageDescription } from './html.ts';
import { newestFirst } from './indexes.ts';
import { SOURCE_LANGUAGE, type PressOffice } from '../release.ts';
import { pressOffice } from './office.ts';
import { creditLine } from './picture-labels.ts';
import { entryUpdated, publishedAt } from './dates.ts';

export interface Feeds {
  atom: string;
  json: string;
}

/**
 * Feeds carry the newest releases only: subscribers poll them for what is new, and a feed of a press office's
 * whole archive would be megabytes on every poll. The language index lists everything.
 */
export const FEED_LENGTH = 50;

/** An empty feed still needs an `updated`; the epoch keeps it independent of the clock. */
const NO_RELEASES = new Date(0);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `feed` (through xml-js) escapes only & and " in attribute values and ends a CDATA section at its first ]]>
 * only: a tag with < or a body with ]]> twice would make feed.xml ill-formed. Its category elements are the only
 * ones with free text in attributes, and values hold no raw " (written &quot;), so each can be matched exactly.
 */
const escapeCategories = (atom: string) =>
  atom.replace(/<category label="([^"]*)" term="([^"]*)"\/>/g, (_, label: string, term: string) => {
    const escape = (value: string) => value.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<category label="${escape(label)}" term="${escape(term)}"/>`;
  });
/** In HTML, > in text and attribute values may be written &gt;: then no ]]> is left to end the CDATA section early. */
const cdataSafe = (html: string) => html.replaceAll(']]>', ']]&gt;');

/** What a feed shows of one release, worked out once for both formats (and kept between incremental builds). */
export interface FeedEntry {
  id: string;
  /** When it went public (its embargo's lift, else its date): the entry's `published`, and its place in the feed. */
  date: string;
  /** When this version was made (corrections, reviews): the entry's `updated`. */
  updated: string;
  /** A withdrawn release stays in the feed, marked as withdrawn. */
  withdrawn?: boolean;
  /** A translation held back until it is reviewed again: a notice stands in its place. */
  withheld?: boolean;
  headline: string;
  summary?: string;
  content: string;
  /** The press office that issued it. */
  author: FeedAuthor;
  tags: string[];
  /** Its pictures, the widest size of each, absolute: Atom enclosures and JSON Feed attachments. */
  images?: FeedImage[];
}

export interface FeedImage {
  url: string;
  type: string;
  /** The caption, else the alt text, plain, and the credit under its label: "… (Photo: Piedmont Region)". */
  title: string;
}

/** A feed author as the `feed` package takes it. */
export interface FeedAuthor {
  name: string;
  link?: string;
  email?: string;
}

export const feedAuthor = (office: PressOffice): FeedAuthor => ({
  name: office.name,
  ...(office.url ? { link: office.url } : {}),
  ...(office.email ? { email: office.email } : {}),
});

export function feedEntry(release: LocalizedRelease, labels: Labels, baseUrl: string): FeedEntry {
  const summary = pageDescription(release);
  const images = (release.images ?? [])
    .filter((image) => image.renditions.length > 0)
    .map((image) => {
      const widest = image.renditions.at(-1)!;
      const words = image.caption ? collapsedText(image.caption) : image.alt;
      // The credit, in the feed's language, as the page's figure gives it: an agency taking the picture from the feed
      // alone must be able to credit it.
      const credit = creditLine(image, labels);
      return { url: new URL(widest.path, baseUrl).href, type: widest.contentType, title: labels.language === 'ja' ? `${words}（${credit}）` : `${words} (${credit})` };
    });
  // A machine translation says so in the headline a reader scans and atop the content they open; so does a withdrawal.
  const machineNotice = release.machine ? `<p><strong>${escapeHtml(labels.t('machine.notice'))}</strong></p>` : '';
  const published = publishedAt(release);
  return {
    id: release.id,
    date: published,
    updated: entryUpdated(release.modified, published),
    ...(release.withdrawn ? { withdrawn: true } : {}),
    headline: markedHeadline(release, collapsedText(release.title), labels),
    ...(summary ? { summary } : {}),
    content: `${machineNotice}${releaseHtml(release, labels)}`,
    author: feedAuthor(pressOffice(release.office, labels, baseUrl)),
    tags: release.tags,
    ...(images.length > 0 ? { images } : {}),
  };
}

const escapeAttribute = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** Atom enclosures, one link per picture after the entry's own link (the `feed` package writes one, typed by extension). */
function withEnclosures(atom: string, entries: FeedEntry[], home: string): string {
  let out = atom;
  for (const entry of entries) {
    if (!entry.images) continue;
    const own = `<link href="${escapeAttribute(new URL(`${entry.id}/`, home).href)}"/>`;
    const indent = /\n( *)<link href=/.exec(out)?.[1] ?? '';
    const links = entry.images.map((image) => `\n${indent}<link rel="enclosure" href="${escapeAttribute(image.url)}" type="${escapeAttribute(image.type)}" title="${escapeAttribute(image.title)}"/>`).join('');
    out = out.replace(own, `${own}${links}`);
  }
  return out;
}

/** Both feeds of one language: the newest FEED_LENGTH releases first; `updated` is the newest release's date, never the clock. */
export function renderFeedEntries(releases: FeedEntry[], labels: Labels, baseUrl: string, office?: PressOffice): Feeds {
  const sorted = [...releases].sort(newestFirst).slice(0, FEED_LENGTH);
  const home = new URL(`${labels.language}/`, baseUrl).href;
  const title = `${labels.t('nav.releases')} – ${labels.t('site.name')}`;
  const publisher = feedAuthor(pressOffice(office, labels, baseUrl));
  // The newest change of any entry listed: a correction to an older release updates the feed too.
  const updated = sorted.reduce((newest, release) => (Date.parse(release.updated) > newest.getTime() ? new Date(release.updated) : newest), NO_RELEASES);

  // Atom titles and summaries are typed html, JSON Feed's are plain text: one feed per format.
  const make = (html: boolean) => {
    const feed = new Feed({
      id: home,
      title,
      description: labels.t('site.tagline'),
      link: home,
      language: labels.language,
      updated,
      generator: 'Pressroom',
      author: publisher,
      feedLinks: { atom: new URL('feed.xml', home).href, json: new URL('feed.json', home).href },
    });
    for (const release of sorted) {
      const url = new URL(`${release.id}/`, home).href;
      const { headline, summary } = release;
      const item: Item = {
        title: html ? escapeHtml(headline) : headline,
        id: url,
        link: url,
        date: new Date(release.updated),
        published: new Date(release.date),
        content: html ? cdataSafe(release.content) : release.content,
        author: [release.author],
        ...(summary ? { description: html ? escapeHtml(summary) : summary } : {}),
        ...(labels.language === SOURCE_LANGUAGE ? { category: release.tags.map((tag) => ({ name: tag, term: tag })) } : {}),
      };
      feed.addItem(item);
    }
    return feed;
  };

  const atom = withEnclosures(escapeCategories(make(true).atom1()), sorted, home).replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${labels.language}">`);
  return { atom: `${atom}\n`, json: `${JSON.stringify(withAttachments(toJsonFeed11(JSON.parse(make(false).json1()) as JsonFeed, labels.language), sorted), null, 2)}\n` };
}

/** JSON Feed attachments, one per picture, on the item of its release (items are in the entries' order). */
function withAttachments(feed: Record<string, unknown>, entries: FeedEntry[]): Record<string, unknown> {
  if (!entries.some((entry) => entry.images)) return feed;
  const items = (feed.items as Record<string, unknown>[]).map((item, index) => {
    const images = entries[index]?.images;
    return images ? { ...item, attachments: images.map((image) => ({ url: image.url, mime_type: image.type, title: image.title })) } : item;
  });
  return { ...feed, items };
}

interface JsonAuthor {
  name?: string;
  url?: string;
}
interface JsonFeed {
  version: string;
  author?: JsonAuthor;
  items: ({ author?: JsonAuthor } & Record<string, unknown>)[];
  [key: string]: unknown;
}

/** `feed` writes JSON Feed 1.0; 1.1 adds `language` and replaces `author` with `authors`. */
function toJsonFeed11(feed: JsonFeed, language: string): Record<string, unknown> {
  const { version: _version, author, items, ...rest } = feed;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, language, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  };
}
