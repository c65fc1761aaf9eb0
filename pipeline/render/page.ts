// The page frame shared by every HTML output: doctype, head with inline CSS, site header.
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import type { Language } from '../release.ts';
import type { Labels } from './i18n.ts';
import { STYLESHEET } from './style.ts';
import { insertPhraseBreaks } from './phrase-breaks.ts';
import { keepPhoneNumbersWhole } from './phone-links.ts';
import { HTML_OUTPUT } from './html-text.ts';

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
  /** Rules this page needs beyond the common stylesheet. */
  style?: string;
}

/** Japanese has no spaces: the body's text gets <wbr> between phrases, so lines break where a reader expects. */
function rehypePhraseBreaks() {
  return (tree: Root) => {
    const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
    const body = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'body');
    if (body) insertPhraseBreaks(body);
  };
}

function rehypePhoneNumbers() {
  return (tree: Root) => keepPhoneNumbersWhole(tree);
}

/** A page tree to HTML, built once and reused. Raw nodes are fragments the renderers made with hast-util-to-html (index items). */
const pageWriter = unified().use(rehypePhoneNumbers).use(rehypeStringify, { ...HTML_OUTPUT, allowDangerousHtml: true }).freeze();
const japanesePageWriter = unified().use(rehypePhoneNumbers).use(rehypePhraseBreaks).use(rehypeStringify, { ...HTML_OUTPUT, allowDangerousHtml: true }).freeze();

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
    h('style', options.style ? STYLESHEET + options.style : STYLESHEET),
  ].filter((node) => node !== undefined);
  const body = h('body', [h('header.site', [h('a.name', { href: options.home }, labels.t('site.name'))]), h('main', options.main)]);
  const tree: Root = { type: 'root', children: [h('html', { lang: labels.language }, [h('head', head), body])] };
  const writer = labels.language === 'ja' ? japanesePageWriter : pageWriter;
  // Upper case, as html-validate's doctype-style asks: the form the HTML standard itself writes.
  return `<!DOCTYPE html>\n${writer.stringify(writer.runSync(tree) as Root)}\n`;
}
