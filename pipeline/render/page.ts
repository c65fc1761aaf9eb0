// The page frame shared by every HTML output: doctype, head with inline CSS, site header.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Language } from '../release.ts';
import type { Labels } from './i18n.ts';
import { STYLESHEET } from './style.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';

export interface PageOptions {
  labels: Labels;
  title: string;
  description?: string;
  /** Absolute URL of this page. */
  canonical?: string;
  /** Absolute URLs of the same page in each language it exists in. */
  alternates?: Partial<Record<Language, string>>;
  /** Relative link to this language's index. */
  home: string;
  /** Absolute URL of the language chooser, the x-default alternate. */
  chooser?: string;
  head?: Element[];
  main: ElementContent[];
}

export function renderPage(options: PageOptions): string {
  const { labels, alternates = {} } = options;
  const head = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', options.title),
    options.description ? h('meta', { name: 'description', content: options.description }) : undefined,
    options.canonical ? h('link', { rel: 'canonical', href: options.canonical }) : undefined,
    ...Object.entries(alternates).map(([language, href]) => h('link', { rel: 'alternate', hrefLang: language, href })),
    // Readers whose language is none of these land on the language chooser.
    options.chooser && Object.keys(alternates).length > 0 ? h('link', { rel: 'alternate', hrefLang: 'x-default', href: options.chooser }) : undefined,
    ...(options.head ?? []),
    h('style', STYLESHEET),
  ].filter((node) => node !== undefined);
  const body = h('body', [h('header.site', [h('a.name', { href: options.home }, labels.t('site.name'))]), h('main', options.main)]);
  if (labels.language === 'ja') insertPhraseBreaks(body);
  const tree = h('html', { lang: labels.language }, [h('head', head), body]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}
