// The desk's preview: a release page rendered in memory as it would be published, with the gaps filled (stale
// segments with their old translation, missing ones with the Italian) and a banner saying what is not ready yet.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { TFunction } from 'i18next';
import { visit } from 'unist-util-visit';
import type { Glossary } from '../glossary.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { LANGUAGES } from '../release.ts';
import type { Labels } from '../render/i18n.ts';
import { renderReleasePage } from '../render/html.ts';
import { localize } from '../render/localize.ts';
import type { Memory } from '../translate/memory.ts';
import { reviewSegments } from '../translate/review.ts';
import { errorsOf, findingsBySegment } from './findings.ts';
import { HttpError } from './http.ts';
import type { DeskLanguage } from './i18n.ts';

export interface PreviewInput {
  release: Release;
  language: Language;
  /** The language's memory as read; undefined for Italian or a language with no file yet. */
  memory: Memory | undefined;
  /** The published page's labels, per language. */
  labels: Record<Language, Labels>;
  baseUrl: string;
  glossary: Glossary;
  /** The desk's words for the banner, in the reviewer's language. */
  t: TFunction;
  deskLanguage: DeskLanguage;
}

/** What keeps a language from being ready, one phrase each; empty when every segment is translated and clean. */
function gapsOf(input: PreviewInput & { language: TargetLanguage }): string[] {
  const { release, language, memory, glossary, t } = input;
  const count = { missing: 0, stale: 0, unreviewed: 0 };
  for (const review of reviewSegments(release, memory)) {
    if (review.state === 'missing') count.missing++;
    if (review.state === 'stale') count.stale++;
    if (review.state === 'machine') count.unreviewed++;
  }
  // What `pressroom check` would report is said here too, so "every segment is translated" means it.
  const findings = [...findingsBySegment(release, language, memory, glossary).values()].flat();
  const errors = errorsOf(findings).length;
  const warnings = findings.length - errors;
  return [
    count.missing ? t('preview.missing', { count: count.missing }) : '',
    count.stale ? t('preview.stale', { count: count.stale }) : '',
    count.unreviewed ? t('preview.unreviewed', { count: count.unreviewed }) : '',
    errors ? t('preview.errors', { count: errors }) : '',
    warnings ? t('preview.warnings', { count: warnings }) : '',
  ].filter(Boolean);
}

/** The memory the preview renders from: stale segments keep their old translation, missing ones show the Italian. */
function filledMemory(release: Release, language: TargetLanguage, memory: Memory | undefined): Memory {
  const segments: Memory['segments'] = {};
  for (const review of reviewSegments(release, memory)) {
    const entry = review.entry ?? { source: review.segment.source, target: '', state: 'machine' as const, engine: 'preview', updated: '' };
    const target = review.state === 'missing' ? review.segment.source : review.target;
    segments[review.segment.key] = { ...entry, source: review.segment.source, target };
  }
  return { release: release.id, language, segments };
}

export function previewPage(input: PreviewInput): string {
  const { release, language, labels, t } = input;
  const target = language === 'it' ? undefined : (language as TargetLanguage);
  const gaps = target ? gapsOf({ ...input, language: target }) : [];
  const result = localize(release, labels[language], target ? filledMemory(release, target, input.memory) : undefined);
  if (!result.ok) throw new HttpError(500, 'previewFailed');
  const names = Object.fromEntries(LANGUAGES.map((code) => [code, labels[code].t('languageName')])) as Record<Language, string>;
  const rendered = renderReleasePage(result.release, labels[language], { alternates: {}, languageNames: names, baseUrl: input.baseUrl, locales: {} });
  const tree = fromHtml(rendered) as Root;
  const body = (tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')?.children ?? []).find(
    (node): node is Element => node.type === 'element' && node.tagName === 'body',
  );
  const banner = h(
    'div',
    { role: 'note', lang: input.deskLanguage, style: 'background:#fff7e0;border-bottom:1px solid #e0c060;padding:.6rem 1.25rem;font:14px/1.5 system-ui,sans-serif;color:#5a4300' },
    [
      h('strong', `${t('preview.banner')} `),
      `${gaps.length ? t('preview.gaps', { gaps: gaps.join(t('preview.gapSeparator')) }) : t('preview.complete')} `,
      h('a', { href: `/releases/${release.id}` }, t('preview.back')),
    ],
  );
  body?.children.unshift(banner);
  // The page links to its neighbours in out/; here they would lead nowhere, so they lead back to the review.
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('../')) node.properties.href = `/releases/${release.id}`;
  });
  return toHtml(tree);
}
