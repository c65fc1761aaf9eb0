// JSON-LD for search engines: a schema.org NewsArticle, in a script element nothing in the data can close.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../release.ts';
import type { LocalizedRelease } from './localize.ts';
import { collapsedText } from '../inline/index.ts';
import { publishedAt, rfc3339 } from './dates.ts';
import { SOURCE_LANGUAGE } from '../release.ts';
import { copyrightYear } from './office.ts';

export interface ArticleContext {
  /** Absolute URLs of this release in each published language. */
  alternates: Partial<Record<Language, string>>;
  /** Absolute URL of the press room. */
  baseUrl: string;
  /** The press room's name: the publisher when no press office is named. */
  publisher: string;
  description?: string;
}

/** JSON text safe inside <script>: `<`, `>`, `&` and the JS line separators become \u escapes, which JSON reads back. */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function jsonLdScript(data: unknown): Element {
  return h('script', { type: 'application/ld+json' }, scriptSafeJson(data));
}

export function newsArticle(release: LocalizedRelease, context: ArticleContext): Record<string, unknown> {
  const url = context.alternates[release.language];
  const office = release.office ?? { name: context.publisher, url: context.baseUrl };
  // The press office wrote, published and owns the release; the dateline agency only relays it.
  const publisher = {
    '@type': 'Organization',
    name: office.name,
    ...(office.url ? { url: office.url } : {}),
    ...(office.logo ? { logo: { '@type': 'ImageObject', url: office.logo } } : {}),
    ...(office.email ? { email: office.email } : {}),
  };
  const original = context.alternates[SOURCE_LANGUAGE];
  const speakers = [...new Map(release.quotes.flatMap((quote) => (quote.speaker ? [[quote.speaker.name, quote.speaker] as const] : []))).values()].map((speaker) => ({
    '@type': 'Person',
    name: speaker.name,
    ...(speaker.role ? { jobTitle: speaker.role } : {}),
  }));
  const images = (release.images ?? [])
    .filter((image) => image.renditions.length > 0)
    .map((image) => {
      const widest = image.renditions.at(-1)!;
      return {
        '@type': 'ImageObject',
        contentUrl: new URL(widest.path, context.baseUrl).href,
        width: widest.width,
        height: widest.height,
        encodingFormat: widest.contentType,
        ...(image.caption ? { caption: collapsedText(image.caption) } : {}),
        description: image.alt,
        creditText: image.credit,
      };
    });
  const translations = (Object.entries(context.alternates) as [Language, string][]).filter(([language]) => language !== SOURCE_LANGUAGE);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(url ? { '@id': url, url, mainEntityOfPage: url } : {}),
    headline: collapsedText(release.title),
    ...(release.subtitle ? { alternativeHeadline: collapsedText(release.subtitle) } : {}),
    ...(context.description ? { description: context.description } : {}),
    // Public from its embargo's lift: a search engine must not date it earlier. Modified only if later than that.
    datePublished: rfc3339(publishedAt(release)),
    ...(Date.parse(release.modified) > Date.parse(publishedAt(release)) ? { dateModified: rfc3339(release.modified) } : {}),
    inLanguage: release.language,
    publisher,
    author: publisher,
    copyrightHolder: publisher,
    copyrightYear: Number(copyrightYear(release.date)),
    // Every picture, the leading one first, as search engines take the article's image.
    ...(images.length > 0 ? { image: images } : {}),
    ...(release.located ? { locationCreated: { '@type': 'Place', name: release.located } } : {}),
    // The people quoted, with their roles in the page's language.
    ...(speakers.length > 0 ? { mentions: speakers } : {}),
    // Tags are Italian words: only the Italian page carries them.
    ...(release.language === SOURCE_LANGUAGE && release.tags.length > 0 ? { keywords: release.tags } : {}),
    ...(release.language !== SOURCE_LANGUAGE && original ? { translationOfWork: { '@id': original } } : {}),
    ...(release.language === SOURCE_LANGUAGE && translations.length > 0 ? { workTranslation: translations.map(([, href]) => ({ '@id': href })) } : {}),
  };
}
