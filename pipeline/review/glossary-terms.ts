// The glossary at hand: which terms of locales/glossary.yaml the segment's Italian holds, and how each must read in
// every translation. The check rule `glossary` says when a translation misses one; this shows them before it does.
import type { Element } from 'hast';
import type { TFunction } from 'i18next';
import { h } from 'hastscript';
import { hasWord } from '../check/text.ts';
import { plainText, readInlineAsWritten } from '../inline/index.ts';
import type { Glossary } from '../glossary.ts';
import type { TargetLanguage } from '../release.ts';

export interface TermAtHand {
  /** The Italian term as the glossary gives it. */
  term: string;
  /** `keep`: written the same in every language; else the fixed translation per language. */
  keep: boolean;
  translations: Partial<Record<TargetLanguage, string>>;
}

/** The glossary's terms found, as whole words, in a segment's Italian, in glossary order. */
export function termsIn(source: string, glossary: Glossary): TermAtHand[] {
  const text = plainText(readInlineAsWritten(source));
  const found: TermAtHand[] = [];
  for (const term of glossary.keep) if (hasWord(text, term)) found.push({ term, keep: true, translations: {} });
  for (const [term, translations] of Object.entries(glossary.terms)) if (hasWord(text, term)) found.push({ term, keep: false, translations });
  return found;
}

/** Beside the Italian: each term and what it must be in the languages shown. */
export function termsBox(terms: TermAtHand[], languages: readonly TargetLanguage[], t: TFunction): Element | undefined {
  if (terms.length === 0) return undefined;
  return h('aside.terms', { ariaLabel: t('terms.label') }, [
    h('p.terms-title', t('terms.label')),
    h('ul', terms.map((item) =>
      h('li', { dataTerm: item.term }, [
        h('span.term', { lang: 'it' }, item.term),
        ' → ',
        item.keep
          ? h('span.keep', t('terms.keep'))
          : h('span.wanted', languages.flatMap((language, index) => {
              const wanted = item.translations[language];
              return wanted ? [index ? ' · ' : '', h('abbr', { title: t(`language.${language}`) }, language.toUpperCase()), ' ', h('span', { lang: language, dataLanguage: language }, wanted)] : [];
            })),
      ]),
    )),
  ]);
}
