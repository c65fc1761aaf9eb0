// The reviewers' pages, built as hast trees so that every value from a release or a memory is escaped on output.
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Release, Segment, TargetLanguage } from '../release.ts';
import { inlineText, inlineTree } from '../render/inline.ts';
import { REVIEW_STATES, type ReviewCounts, type SegmentReview } from '../translate/review.ts';
import { diffNodes, wordChanges } from './diff.ts';
import { REVIEW_STYLESHEET } from './style.ts';
import { REVIEW_SCRIPT } from './client.ts';

export const LANGUAGE_NAMES: Record<'it' | TargetLanguage, string> = { it: 'Italian', en: 'English', ja: 'Japanese' };

const KIND_LABELS: Record<Segment['kind'], string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading: 'Heading',
  paragraph: 'Paragraph',
  'list-item': 'List item',
  boilerplate: 'About us',
  'contact-role': 'Contact role',
  'speaker-role': 'Speaker role',
  correction: 'Correction note',
  withdrawal: 'Reason for withdrawal',
};

export interface PageFrame {
  title: string;
  nonce: string;
  /** Default name shown in the "Reviewing as" box. */
  reviewer: string;
  crumbs?: ElementContent[];
}

export function page(frame: PageFrame, main: ElementContent[]): string {
  const tree = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('title', `${frame.title} – Pressroom review`),
      h('style', { nonce: frame.nonce }, REVIEW_STYLESHEET),
    ]),
    h('body', [
      h('header.bar', [
        h('a.brand', { href: '/' }, ['Pressroom ', h('span', 'review')]),
        ...(frame.crumbs ?? []),
        h('label', ['Reviewing as ', h('input#reviewer', { type: 'text', name: 'reviewer', value: frame.reviewer, maxLength: 80, autoComplete: 'name', dataDefault: frame.reviewer })]),
      ]),
      h('main', main),
      h('script', { nonce: frame.nonce }, REVIEW_SCRIPT),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

export function messagePage(frame: PageFrame, heading: string, lines: string[], back = '/'): string {
  return page(frame, [h('div.notice', [h('h1', heading), ...lines.map((line) => h('p', line)), h('p', [h('a', { href: back }, 'Back')])])]);
}

export function pills(counts: ReviewCounts): Element {
  return h(
    'span.counts',
    REVIEW_STATES.filter((state) => counts[state] > 0 || state === 'reviewed').map((state) => h(`span.pill.${state}`, { dataState: state }, `${counts[state]} ${state}`)),
  );
}

/** A stacked bar of the states, drawn in SVG so that no inline style is needed. */
export function bar(counts: ReviewCounts): Element {
  let x = 0;
  const total = Math.max(counts.total, 1);
  const rects = REVIEW_STATES.map((state) => {
    const width = (counts[state] / total) * 100;
    const rect = s('rect', { class: state, x: x.toFixed(3), y: 0, width: width.toFixed(3), height: 8 });
    x += width;
    return rect;
  });
  return s('svg.bar', { viewBox: '0 0 100 8', preserveAspectRatio: 'none', role: 'img', ariaLabel: REVIEW_STATES.map((state) => `${counts[state]} ${state}`).join(', ') }, rects);
}

export interface ReleaseSummary {
  release: Release;
  languages: { language: TargetLanguage; counts?: ReviewCounts; problem?: string }[];
}

export function releaseListPage(frame: PageFrame, releases: ReleaseSummary[], broken: string[]): string {
  const languages = releases[0]?.languages.map((item) => item.language) ?? ['en', 'ja'];
  const rows = releases.map(({ release, languages: columns }) =>
    h('tr', [
      h('td.title', [h('a', { href: `/releases/${release.id}` }, inlineText(release.title.source)), h('span.id', `${release.id} · ${release.meta.date.slice(0, 10)}`)]),
      ...columns.map((column) =>
        h('td', { dataLanguage: column.language }, column.counts ? [bar(column.counts), pills(column.counts)] : [h('span.pill.stale', column.problem ?? 'unreadable')]),
      ),
    ]),
  );
  return page(frame, [
    h('h1', 'Releases to review'),
    h('p.lede', 'Each release with where its translations stand. Open one to edit the English and Japanese beside the Italian.'),
    ...broken.map((line) => h('p.problem', line)),
    releases.length === 0
      ? h('p', 'No releases in releases/.')
      : h('table.releases', [
          h('thead', h('tr', [h('th', 'Release'), ...languages.map((language) => h('th', LANGUAGE_NAMES[language]))])),
          h('tbody', rows),
        ]),
  ]);
}

/** Inline HTML (the Italian, or a translation) with each quote highlighted and its speaker named once. */
export function quotedNodes(html: string, release: Release): ElementContent[] {
  const named = new Set<string>();
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      const children = walk(node.children);
      if (node.tagName !== 'q') return [{ ...node, children }];
      const id = String(node.properties.dataQuote ?? '');
      const quote = release.quotes.find((candidate) => candidate.id === id);
      const speaker = quote ? `${quote.speaker.name}${quote.speaker.role ? `, ${quote.speaker.role}` : ''}` : undefined;
      const marked = h('q.quote', { dataQuote: id, title: speaker ? `${id}: ${speaker}` : id }, children);
      if (!speaker || named.has(id)) return [marked];
      named.add(id);
      return [marked, h('span.speaker', { title: speaker }, quote!.speaker.name)];
    });
  return walk(inlineTree(html));
}

export interface CellOptions {
  release: Release;
  language: TargetLanguage;
  review: SegmentReview;
  csrf: string;
  /** The memory file cannot be read: the cell shows the text but takes no edits. */
  readOnly?: boolean;
  notice?: { kind: 'ok' | 'error'; text: string };
}

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

function changesBox(review: SegmentReview): Element | undefined {
  const entry = review.entry;
  if (!entry) return undefined;
  const change =
    review.state === 'stale'
      ? { heading: 'The Italian changed since this was translated', before: entry.source, after: review.segment.source, old: entry.target }
      : entry.previous
        ? { heading: 'The Italian changed: the new translation awaits approval', before: entry.previous.source, after: review.segment.source, old: entry.previous.target }
        : undefined;
  if (!change) return undefined;
  return h('details.changes', { open: true }, [
    h('summary', change.heading),
    h('dl', [
      h('dt', 'Italian, old → new'),
      h('dd.diff', diffNodes(wordChanges(change.before, change.after))),
      h('dt', 'Previous translation'),
      h('dd.old-target', inlineText(change.old) || '(empty)'),
    ]),
  ]);
}

export function segmentCell(options: CellOptions): Element {
  const { release, language, review, csrf } = options;
  const key = review.segment.key;
  const entry = review.entry;
  const pending = review.state === 'reviewed' && entry?.previous !== undefined;
  const approvable = review.state === 'machine' || review.state === 'stale' || pending;
  const base = `/releases/${release.id}/${language}/${key}`;
  const meta = entry && review.state !== 'missing' ? [entry.engine, entry.reviewer, when(entry.updated)].filter(Boolean).join(' · ') : '';
  const length = [...review.target].length;
  const rows = Math.min(16, Math.max(2, Math.ceil(length / (language === 'ja' ? 34 : 62)) + 1));
  const status = h(`p.status${options.notice ? `.${options.notice.kind}` : ''}`, { role: 'status' }, options.notice?.text ?? '');
  return h(`div.cell.${review.state}`, { id: `cell-${language}-${key}`, dataLanguage: language, dataKey: key, dataState: review.state }, [
    h('div.cell-head', [
      h(`span.pill.${review.state}`, pending ? 'reviewed · awaiting approval' : review.state),
      meta ? h('span.meta', meta) : undefined,
    ].filter((node) => node !== undefined)),
    changesBox(review),
    h('form.edit', { method: 'post', action: `${base}/save`, dataAsync: '' }, [
      h('input', { type: 'hidden', name: 'csrf', value: csrf }),
      h('input', { type: 'hidden', name: 'version', value: review.version }),
      h('input', { type: 'hidden', name: 'reviewer', value: '' }),
      h('textarea', { name: 'target', lang: language, rows, ariaLabel: `${LANGUAGE_NAMES[language]} translation`, readOnly: options.readOnly, placeholder: review.state === 'missing' ? `No ${LANGUAGE_NAMES[language]} translation yet` : undefined }, review.target),
      // Quote markers are easy to misplace in raw HTML: show where they fall, with their speakers.
      /<q\b/.test(review.target) ? h('p.rendered', { lang: language, title: 'How the quotes fall in this translation' }, quotedNodes(review.target, release)) : undefined,
      options.readOnly
        ? undefined
        : h('div.actions', [
            h('button.primary', { type: 'submit', name: 'action', value: 'save' }, 'Save'),
            approvable ? h('button.approve', { type: 'submit', name: 'action', value: 'approve', formAction: `${base}/approve` }, review.state === 'stale' ? 'Keep as is' : 'Approve') : undefined,
            status,
          ].filter((node) => node !== undefined)),
    ].filter((node) => node !== undefined)),
    options.readOnly ? status : undefined,
  ].filter((node) => node !== undefined));
}

export interface LanguageColumn {
  language: TargetLanguage;
  reviews?: Map<string, SegmentReview>;
  counts?: ReviewCounts;
  /** Why the memory cannot be used, when it cannot. */
  problem?: string;
}

export function languageSummary(release: Release, column: LanguageColumn, csrf: string): Element {
  const { language, counts } = column;
  const machine = [...(column.reviews?.values() ?? [])].filter((review) => review.state === 'machine');
  return h('section', { id: `summary-${language}`, dataLanguage: language }, [
    h('h2', [LANGUAGE_NAMES[language], h('a', { href: `/preview/${language}/${release.id}` }, 'Preview page')]),
    ...(counts ? [bar(counts), pills(counts)] : [h('p.problem', column.problem ?? 'the translation memory cannot be read')]),
    machine.length > 0
      ? h('form', { method: 'post', action: `/releases/${release.id}/${language}/approve-machine`, dataAsync: '', dataReload: '' }, [
          h('input', { type: 'hidden', name: 'csrf', value: csrf }),
          h('input', { type: 'hidden', name: 'versions', value: JSON.stringify(Object.fromEntries(machine.map((review) => [review.segment.key, review.version]))) }),
          h('input', { type: 'hidden', name: 'reviewer', value: '' }),
          h('button.approve', { type: 'submit' }, `Approve all ${machine.length} machine translation${machine.length === 1 ? '' : 's'}`),
        ])
      : undefined,
    h('p.status', { role: 'status' }),
  ].filter((node) => node !== undefined));
}

export function releasePage(frame: PageFrame, release: Release, columns: LanguageColumn[], csrf: string): string {
  const layout = columns.length === 1 ? '.two' : '';
  const numbers = new Map<Segment['kind'], number>();
  const seen = new Set<string>();
  const rows = release.segments
    .filter((segment) => !seen.has(segment.key) && seen.add(segment.key))
    .map((segment) => {
      const count = (numbers.get(segment.kind) ?? 0) + 1;
      numbers.set(segment.kind, count);
      const label = ['title', 'subtitle'].includes(segment.kind) ? KIND_LABELS[segment.kind] : `${KIND_LABELS[segment.kind]} ${count}`;
      return h(`div.row${layout}`, { id: `segment-${segment.key}` }, [
        h('p.kind', label),
        h('div.source', { lang: 'it' }, h('p', quotedNodes(segment.source, release))),
        ...columns.map((column) => {
          const review = column.reviews?.get(segment.key);
          if (!review) return h('div.cell', h('p.problem', column.problem ?? 'unavailable'));
          return segmentCell({ release, language: column.language, review, csrf, readOnly: column.problem !== undefined });
        }),
      ]);
    });
  const views = [
    ['Both', '', columns.length === 2],
    ['English', '?lang=en', columns.length === 1 && columns[0]!.language === 'en'],
    ['Japanese', '?lang=ja', columns.length === 1 && columns[0]!.language === 'ja'],
  ] as const;
  return page({ ...frame, crumbs: [h('p.crumbs', [h('a', { href: '/' }, 'All releases'), ' / ', release.id])] }, [
    h('h1', { lang: 'it' }, inlineText(release.title.source)),
    h('p.lede', [
      `${release.segments.length} segments · ${release.meta.date.slice(0, 10)} · `,
      h('a', { href: `/preview/it/${release.id}` }, 'Italian page'),
      ' · show: ',
      ...views.flatMap(([name, query, active], index) => [index ? ' ' : '', active ? h('strong', name) : h('a', { href: `/releases/${release.id}${query}` }, name)]),
    ]),
    h('div.summary', columns.map((column) => languageSummary(release, column, csrf))),
    h(`div.columns${layout}`, [h('span', 'Italian (source)'), ...columns.map((column) => h('span', LANGUAGE_NAMES[column.language]))]),
    ...rows,
  ]);
}

/** Without JavaScript, a conflict comes back as this page: their text, yours, and a form to save yours over theirs. */
export function conflictPage(frame: PageFrame, options: CellOptions & { message: string; mine: string }): string {
  const cell = segmentCell({ ...options, review: { ...options.review, target: options.mine }, notice: { kind: 'error', text: 'Save again to replace their text with yours.' } });
  return page(frame, [
    h('div.notice', [
      h('h1', 'Someone else saved this segment first'),
      h('p', options.message),
      h('div.conflict', [h('strong', 'Their text'), h('div.theirs', options.review.target || '(empty)')]),
      h('p', 'Your text is below, not saved yet.'),
      cell,
      h('p', [h('a', { href: `/releases/${options.release.id}#segment-${options.review.segment.key}` }, 'Back to the release')]),
    ]),
  ]);
}

export const fragment = (node: Element) => toHtml(node);
