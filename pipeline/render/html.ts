// The release page: the release in one language, with its dateline, contacts, boilerplate and language links.
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Language } from '../release.ts';
import type { Labels } from './i18n.ts';
import type { LocalizedBlock, LocalizedRelease } from './localize.ts';
import { inlineText, inlineTree } from './inline.ts';
import { markSpeakers } from './quotes.ts';
import { formatDate } from './dates.ts';
import { renderPage } from './page.ts';

export interface ReleaseLinks {
  /** Absolute URLs of this release in each published language. */
  alternates: Partial<Record<Language, string>>;
  /** Language names, to label the links. */
  languageNames: Record<Language, string>;
}

function blockNodes(block: LocalizedBlock, lead?: ElementContent): ElementContent[] {
  if (block.type === 'list') {
    return [h(block.ordered ? 'ol' : 'ul', block.items.map((item) => h('li', inlineTree(item))))];
  }
  if (block.type === 'heading') return [h(`h${Math.min(Math.max(block.depth, 2), 6)}`, inlineTree(block.html))];
  return [h('p', lead ? [lead, { type: 'text', value: ' ' }, ...inlineTree(block.html)] : inlineTree(block.html))];
}

function bodyNodes(release: LocalizedRelease): ElementContent[] {
  let lead: ElementContent | undefined = release.dateline ? h('span.dateline', release.dateline) : undefined;
  const speakers = new Map(release.quotes.map((quote) => [quote.id, quote.speaker]));
  return release.body.flatMap((block) => {
    const nodes = blockNodes(block, block.type === 'paragraph' ? lead : undefined);
    if (block.type === 'paragraph') lead = undefined;
    return markSpeakers(nodes, speakers);
  });
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
            h('strong', contact.name),
            ...(contact.role ? [{ type: 'text' as const, value: ', ' }, ...inlineTree(contact.role)] : []),
            ...(contact.email ? [h('br'), h('a', { href: `mailto:${contact.email}` }, contact.email)] : []),
            ...(contact.phone ? [h('br'), h('a', { href: `tel:${contact.phone.replace(/[^+\d]/g, '')}` }, contact.phone)] : []),
          ]),
        ),
      ),
    ]),
  ];
}

export function renderReleasePage(release: LocalizedRelease, labels: Labels, links: ReleaseLinks): string {
  const title = inlineText(release.title);
  const description = release.subtitle ? inlineText(release.subtitle) : undefined;
  const others = (Object.entries(links.alternates) as [Language, string][]).filter(([language]) => language !== release.language);
  const main: ElementContent[] = [
    h('article', [
      h('header', [
        h('p.meta', [h('time', { dateTime: release.date }, labels.t('release.published', { date: formatDate(release.date, labels.locale) }))]),
        h('h1', inlineTree(release.title)),
        release.subtitle ? h('p.subtitle', inlineTree(release.subtitle)) : undefined,
      ].filter((node) => node !== undefined)),
      h('div.body', bodyNodes(release)),
      ...(release.boilerplate.length > 0
        ? [h('section.about', [h('h2', labels.t('release.about')), ...release.boilerplate.flatMap((block) => blockNodes(block))])]
        : []),
      ...contactNodes(release, labels),
      ...(others.length > 0
        ? [
            h('nav.alternates', { ariaLabel: labels.t('nav.otherLanguages') }, [
              h('p', labels.t('nav.otherLanguages')),
              h('ul', others.map(([language]) => h('li', [h('a', { href: `../../${language}/${release.id}/`, hrefLang: language, lang: language }, links.languageNames[language])]))),
            ]),
          ]
        : []),
    ]),
  ];
  return renderPage({
    labels,
    title: `${title} – ${labels.t('site.name')}`,
    description,
    canonical: links.alternates[release.language],
    alternates: links.alternates,
    home: '../',
    main,
  });
}
