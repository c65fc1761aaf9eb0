// What search engines and crawlers read: a sitemap per language with each page's other-language versions
// (hreflang, x-default to the language chooser), a sitemap index, and robots.txt pointing at it.
import type { Language } from '../release.ts';
import { indexPagePath, type IndexEntry } from './indexes.ts';
import { archivePath, type ArchivePage } from './archive-plan.ts';
import { entryUpdated, rfc3339 } from './dates.ts';
import { recent } from './recent.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** The same page in each language it exists in. */
  alternates: Partial<Record<Language, string>>;
}

function urlElement(url: SitemapUrl, chooser: string): string {
  const links = Object.entries(url.alternates).map(([language, href]) => `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(href)}"/>`);
  if (links.length > 0) links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(chooser)}"/>`);
  return `<url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}${links.join('')}</url>`;
}

/**
 * out/<lang>/sitemap.xml: the language's index pages, its archive pages (`archive`, this language's) and every
 * release published in it, each release with its versions in the other languages and its last change as lastmod.
 * A line at a time, as they are written: at 10,000 releases a sitemap is 5 MB, made whole three times over (its
 * lines, joined, and the file's bytes).
 */
export function* sitemapLines(language: Language, releases: IndexEntry[], languagesOf: (id: string) => Language[], indexPages: number, baseUrl: string, archive: ArchivePage[] = []): Generator<string> {
  const absolute = (path: string) => new URL(path, baseUrl).href;
  yield URLSET_START;
  for (let page = 1; page <= indexPages; page++) {
    const alternates = page === 1 ? Object.fromEntries(languagesOf('').map((other) => [other, absolute(`${other}/`)])) : {};
    yield `${urlElement({ loc: absolute(indexPagePath(language, page)), alternates }, baseUrl)}\n`;
  }
  for (const page of archive) {
    const month = page.kind === 'month' ? page.month : undefined;
    yield `${urlElement({ loc: absolute(archivePath(language, month)), alternates: Object.fromEntries(page.languages.map((other) => [other, absolute(archivePath(other, month))])) }, baseUrl)}\n`;
  }
  for (const release of releases) yield `${releaseElement(elementKey(language, release, languagesOf, baseUrl))}\n`;
  yield URLSET_END;
}

const URLSET_START = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_END = '</urlset>\n';

// lastmod is its last change, never before it went public (as the feeds' `updated`): a crawler that read the sitemap
// while it was under embargo must find it changed once it lifts.
const elementKey = (language: Language, release: IndexEntry, languagesOf: (id: string) => Language[], baseUrl: string) =>
  JSON.stringify([language, release.id, entryUpdated(release.modified, release.date), languagesOf(release.id), baseUrl]);

/**
 * Take back the release entries of a sitemap the previous build wrote (`xml`) from the same `releases`, `languagesOf`
 * and `baseUrl`, one line each after the pages: a change to one release then writes the sitemap again from entries
 * already made. Nothing is taken unless the lines after the pages are exactly one entry for each release.
 */
export function rememberSitemap(xml: string, language: Language, releases: IndexEntry[], languagesOf: (id: string) => Language[], baseUrl: string): void {
  if (!xml.startsWith(URLSET_START) || !xml.endsWith(URLSET_END)) return;
  const lines = xml.slice(URLSET_START.length, -URLSET_END.length).split('\n');
  if (lines.pop() !== '' || lines.length < releases.length) return;
  const entries = lines.slice(lines.length - releases.length);
  if (!entries.every((line) => line.startsWith('<url><loc>') && line.endsWith('</url>'))) return;
  releases.forEach((release, index) => releaseElement.remember(elementKey(language, release, languagesOf, baseUrl), entries[index]!));
}

/** A release's entry, kept for the same release: every change to the archive writes the whole sitemap again. */
const releaseElement = recent((key: string): string => {
  const [language, id, lastmod, languages, baseUrl] = JSON.parse(key) as [Language, string, string, Language[], string];
  const absolute = (path: string) => new URL(path, baseUrl).href;
  const alternates = Object.fromEntries(languages.map((other) => [other, absolute(`${other}/${id}/`)]));
  return urlElement({ loc: absolute(`${language}/${id}/`), lastmod: rfc3339(lastmod), alternates }, baseUrl);
}, 50_000, undefined, true);

/** out/sitemap.xml: one sitemap per language. */
export function renderSitemapIndex(languages: Language[], baseUrl: string): string {
  const entries = languages.map((language) => `<sitemap><loc>${escapeXml(new URL(`${language}/sitemap.xml`, baseUrl).href)}</loc></sitemap>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`;
}

/** out/robots.txt: everything may be crawled; the sitemap index says what there is. */
export function renderRobots(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', baseUrl).href}\n`;
}
