// JSON-LD for search engines: a schema.org NewsArticle, in a script element nothing in the data can close.
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../release.ts';
import type { LocalizedRelease } from './localize.ts';
import { inlineText } from '../inline/index.ts';
import { rfc3339 } from './dates.ts';
import { SOURCE_LANGUAGE } from '../release.ts';

export interface ArticleContext {
  /** Absolute URLs of this release in each published language. */
  alternates: Partial<Record<Language, string>>;
  /** Absolute URL of the press room. */
  baseUrl: string;
  /** The press room's name, as publisher. */
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
  const publisher = { '@type': 'Organization', name: context.publisher, url: context.baseUrl };
  const original = context.alternates[SOURCE_LANGUAGE];
  const translations = (Object.entries(context.alternates) as [Language, string][]).filter(([language]) => language !== SOURCE_LANGUAGE);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(url ? { '@id': url, url, mainEntityOfPage: url } : {}),
    headline: inlineText(release.title),
    ...(release.subtitle ? { alternativeHeadline: inlineText(release.subtitle) } : {}),
    ...(context.description ? { description: context.description } : {}),
    datePublished: rfc3339(release.date),
    inLanguage: release.language,
    publisher,
    // The agency of the dateline wrote the dispatch; without one, the press room itself.
    author: release.agency ? { '@type': 'Organization', name: release.agency } : publisher,
    ...(release.located ? { locationCreated: { '@type': 'Place', name: release.located } } : {}),
    // Tags are Italian words: only the Italian page carries them.
    ...(release.language === SOURCE_LANGUAGE && release.tags.length > 0 ? { keywords: release.tags } : {}),
    ...(release.language !== SOURCE_LANGUAGE && original ? { translationOfWork: { '@id': original } } : {}),
    ...(release.language === SOURCE_LANGUAGE && translations.length > 0 ? { workTranslation: translations.map(([, href]) => ({ '@id': href })) } : {}),
  };
}
