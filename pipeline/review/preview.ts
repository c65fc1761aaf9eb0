// The desk's preview: a release page rendered in memory by the build's own renderVersion, with the gaps filled
// (stale segments with their old translation, missing ones with the Italian) and a banner saying what is not ready
// yet. Beside the editor it shows the segment being edited highlighted, with the reviewer's unsaved text: the draft
// is read by the same sanitising inline module as any translation, and nothing is written.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { TFunction } from 'i18next';
import { visit } from 'unist-util-visit';
import type { Glossary } from '../glossary.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { renderVersion, withdrawnPage, type RenderContext } from '../publish/render-release.ts';
import type { PublishedVersion } from '../publish/publication-record.ts';
import { localize } from '../render/localize.ts';
import { collapsedText } from '../inline/index.ts';
import type { Memory } from '../translate/memory.ts';
import { publishableReviews, reviewSegments } from '../translate/review.ts';
import { errorsOf, findingsBySegment } from './findings.ts';
import { HttpError } from './http.ts';
import type { DeskLanguage } from './i18n.ts';

export interface PreviewInput {
  release: Release;
  language: Language;
  /** The language's memory as read; undefined for Italian or a language with no file yet. */
  memory: Memory | undefined;
  /** What the build renders against: the project's labels, address and press office. */
  context: RenderContext;
  glossary: Glossary;
  /** The segment the reviewer is on: highlighted, and shown with their unsaved `draft` when there is one. */
  focus?: { key: string; draft?: string };
  /** The desk's words for the banner, in the reviewer's language. */
  t: TFunction;
  deskLanguage: DeskLanguage;
  /** What agencies were last handed in this language (.pressroom/published): a kill notice keeps its headline. */
  filed?: PublishedVersion;
}

/** What keeps a language from being ready, one phrase each; empty when every segment is translated and clean. */
function gapsOf(input: PreviewInput & { language: TargetLanguage }): string[] {
  const { release, language, memory, glossary, t } = input;
  const count = { missing: 0, stale: 0, unreviewed: 0 };
  // A withdrawn release publishes its reason alone: the rest is not work.
  const reviews = publishableReviews(release, memory);
  for (const review of reviews) {
    if (review.state === 'missing') count.missing++;
    if (review.state === 'stale') count.stale++;
    if (review.state === 'machine') count.unreviewed++;
  }
  // What `pressroom check` would report is said here too, so "every segment is translated" means it.
  const work = new Set(reviews.map((review) => review.segment.key));
  const findings = [...findingsBySegment(release, language, memory, glossary)].flatMap(([key, found]) => (work.has(key) ? found : []));
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

/**
 * The page as the build writes it to out/<lang>/<id>/index.html, from this memory: for a withdrawn release, its kill
 * notice (`reasonFrom`: the memory its reason is taken from, as the build takes it).
 */
function renderedPage(release: Release, language: Language, memory: Memory | undefined, context: RenderContext, reasonFrom?: Memory, filed?: PublishedVersion): string {
  const result = localize(release, context.labels[language], memory, undefined, context.settings);
  if (!result.ok) throw new HttpError(500, 'previewFailed');
  if (release.withdrawal) return withdrawnPage(release, language, collapsedText(result.release.title), reasonFrom, context, filed);
  const page = renderVersion(release, result.release, false, {}, context).files.get(`${language}/${release.id}/index.html`);
  if (page === undefined) throw new HttpError(500, 'previewFailed');
  return page;
}

/** A memory with one segment's text replaced; an empty text shows the Italian, as a missing segment does. */
function withText(release: Release, memory: Memory, key: string, text: string): Memory {
  const entry = memory.segments[key];
  const segment = release.segments.find((candidate) => candidate.key === key);
  if (!entry || !segment) return memory;
  return { ...memory, segments: { ...memory.segments, [key]: { ...entry, target: text.trim() === '' ? segment.source : text } } };
}

/**
 * The memory a withdrawn release's reason is taken from (the saved one, not filled: the build shows the Italian until
 * the reason has a reviewed translation), with the reviewer's draft of it as Save would record it: reviewed.
 */
function reasonMemory(release: Release, language: TargetLanguage, memory: Memory | undefined, focus: PreviewInput['focus'], context: RenderContext): Memory | undefined {
  const reason = release.withdrawal?.reason;
  if (!reason || focus?.key !== reason.key || focus.draft === undefined || focus.draft.trim() === '') return memory;
  // An edit drops an approval (four eyes), as Save does.
  const { approvedBy: _by, approvedAt: _at, ...entry } = memory?.segments[reason.key] ?? { engine: 'human' };
  const updated = context.settings.now.toISOString();
  return { release: release.id, language, segments: { ...memory?.segments, [reason.key]: { ...entry, source: reason.source, target: focus.draft, state: 'reviewed', updated } } };
}

/** Stands in for the focused segment in a second rendering, to find where on the page its text lands. */
const MARKER = 'pressroomfocusedsegment';

/** Child-index paths to the innermost elements of <body> whose text holds the marker. */
function markerPaths(tree: Root): number[][] {
  const paths: number[][] = [];
  const walk = (node: Root | Element, path: number[]) => {
    node.children.forEach((child, index) => {
      if (child.type !== 'element' || !toString(child).includes(MARKER)) return;
      const inner = child.children.some((grandchild) => grandchild.type === 'element' && toString(grandchild).includes(MARKER));
      if (inner && child.tagName !== 'p' && child.tagName !== 'li' && !/^h[1-6]$/.test(child.tagName)) walk(child, [...path, index]);
      else paths.push([...path, index]);
    });
  };
  const body = bodyOf(tree);
  if (body) walk(body.element, body.path);
  return paths;
}

function bodyOf(tree: Root): { element: Element; path: number[] } | undefined {
  const htmlAt = tree.children.findIndex((node) => node.type === 'element' && node.tagName === 'html');
  const html = tree.children[htmlAt] as Element | undefined;
  const bodyAt = html?.children.findIndex((node) => node.type === 'element' && node.tagName === 'body') ?? -1;
  return html && bodyAt >= 0 ? { element: html.children[bodyAt] as Element, path: [htmlAt, bodyAt] } : undefined;
}

function elementAt(tree: Root, path: number[]): Element | undefined {
  let node: Root | ElementContent | undefined = tree;
  for (const index of path) node = node && 'children' in node ? (node.children[index] as ElementContent | undefined) : undefined;
  return node?.type === 'element' ? node : undefined;
}

const FOCUS_STYLE = '.pressroom-focus{background:#fff1a8;box-shadow:0 0 0 3px #fff1a8,0 0 0 5px #d9a400;border-radius:2px;scroll-margin:30vh 0}';

/**
 * The page with the focused segment's blocks marked: rendered once more with a marker for the segment's text, the
 * blocks the marker lands in are the segment's (the rest of the page is the same in both renderings).
 */
function markFocus(tree: Root, release: Release, language: TargetLanguage, memory: Memory, key: string, context: RenderContext, saved: Memory | undefined): void {
  const probe = fromHtml(renderedPage(release, language, withText(release, memory, key, MARKER), context, reasonMemory(release, language, saved, { key, draft: MARKER }, context))) as Root;
  let first = true;
  for (const path of markerPaths(probe)) {
    const element = elementAt(tree, path);
    if (!element || element.tagName !== elementAt(probe, path)?.tagName) continue;
    const classes = Array.isArray(element.properties.className) ? element.properties.className : [];
    element.properties.className = [...classes, 'pressroom-focus'];
    if (first) element.properties.id = 'pressroom-focus';
    first = false;
  }
  const head = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
  head?.children.push(h('style', FOCUS_STYLE));
}

export function previewPage(input: PreviewInput): string {
  const { release, language, context, focus, t } = input;
  const target = language === 'it' ? undefined : (language as TargetLanguage);
  const gaps = target ? gapsOf({ ...input, language: target }) : [];
  const filled = target ? filledMemory(release, target, input.memory) : undefined;
  const shown = filled && focus?.draft !== undefined ? withText(release, filled, focus.key, focus.draft) : filled;
  const reason = target && reasonMemory(release, target, input.memory, focus, context);
  const tree = fromHtml(renderedPage(release, language, shown, context, reason, input.filed)) as Root;
  if (target && shown && focus && shown.segments[focus.key]) markFocus(tree, release, target, shown, focus.key, context, input.memory);
  const body = (tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')?.children ?? []).find(
    (node): node is Element => node.type === 'element' && node.tagName === 'body',
  );
  const banner = h(
    'div',
    { role: 'note', lang: input.deskLanguage, style: 'background:#fff7e0;border-bottom:1px solid #e0c060;padding:.6rem 1.25rem;font:14px/1.5 system-ui,sans-serif;color:#5a4300' },
    [
      h('strong', `${t('preview.banner')} `),
      `${gaps.length ? t('preview.gaps', { gaps: gaps.join(t('preview.gapSeparator')) }) : t('preview.complete')} `,
      focus?.draft !== undefined ? `${t('preview.draft')} ` : '',
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
