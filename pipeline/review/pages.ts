// The reviewers' pages, built as hast trees so that every value from a release or a memory is escaped on output.
// Every word on them comes from locales/<lang>/desk.json through the `t` of the reviewer's language.
import type { Element, ElementContent } from 'hast';
import type { TFunction } from 'i18next';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Release, Segment, TargetLanguage } from '../release.ts';
import { collapsedText, inlineText, publishedInline, quoteIds, readInline, type Inline } from '../inline/index.ts';
import { REVIEW_STATES, samePerson, type ReviewCounts, type SegmentReview } from '../translate/review.ts';
import { COMMENT_LIMIT, type Comment } from '../translate/comments.ts';
import { diffNodes, wordChanges } from './diff.ts';
import { REVIEW_STYLESHEET } from './style.ts';
import { REVIEW_SCRIPT, scriptStrings } from './client.ts';
import { DESK_LANGUAGES, type DeskLanguage } from './i18n.ts';
import { errorsOf, type SegmentFinding } from './findings.ts';
import { KEYBOARD_SCRIPT, shortcutsDialog } from './keyboard.ts';
import { LIVE_CHECK_SCRIPT } from './live-check.ts';
import { TAG_EDITOR_SCRIPT } from './tag-editor.ts';
import { LIVE_PREVIEW_SCRIPT, previewPane } from './live-preview.ts';
import { termsBox, termsIn } from './glossary-terms.ts';
import type { Glossary } from '../glossary.ts';
import type { FuzzyMatch } from '../translate/recall.ts';
import { currentTarget } from '../translate/memory-match.ts';
import { keptByFilter, markMatches, RELEASE_ORDERS, SEGMENT_FILTERS, type ReleaseOrder, type SearchHit, type SegmentFilter } from './find.ts';

export interface PageFrame {
  title: string;
  nonce: string;
  /** Default name shown in the "Reviewing as" box. */
  reviewer: string;
  /** The desk's words in the reviewer's language, and that language. */
  t: TFunction;
  language: DeskLanguage;
  /** The address of this page, for the language switch (which adds `ui=`). */
  here?: string;
  crumbs?: ElementContent[];
  /** The words searched for, shown again in the search box. */
  query?: string;
  /** The reviewer's own token named them: the name is shown, not typed. */
  identified?: boolean;
}

/** Links to this page in each desk language; the choice is kept in a cookie from then on. */
function languageSwitch(frame: PageFrame): Element {
  const here = new URL(frame.here ?? '/', 'http://desk.invalid');
  return h('nav.languages', { ariaLabel: frame.t('deskLanguage') }, DESK_LANGUAGES.map((language) => {
    here.searchParams.set('ui', language);
    const name = frame.t(`languageSelf.${language}`);
    return language === frame.language ? h('strong', { lang: language }, name) : h('a', { href: `${here.pathname}${here.search}`, lang: language, hrefLang: language }, name);
  }));
}

export function page(frame: PageFrame, main: ElementContent[]): string {
  const { t } = frame;
  const tree = h('html', { lang: frame.language }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'robots', content: 'noindex' }),
      h('title', t('pageTitle', { title: frame.title })),
      h('style', { nonce: frame.nonce }, REVIEW_STYLESHEET),
    ]),
    // The page's script takes its words from here, so that it stays one fixed text for the CSP nonce.
    h('body', { dataStrings: JSON.stringify(scriptStrings(t)) }, [
      h('header.bar', [
        h('a.brand', { href: '/' }, [`${t('brand')} `, h('span', t('brandDesk'))]),
        ...(frame.crumbs ?? []),
        h('form.search', { method: 'get', action: '/search', role: 'search' }, [
          h('input', { type: 'search', name: 'q', value: frame.query ?? '', placeholder: t('find.placeholder'), ariaLabel: t('find.label') }),
        ]),
        h('button#shortcuts-open', { type: 'button', title: t('keys.title'), ariaKeyShortcuts: '?' }, t('keys.button')),
        languageSwitch(frame),
        frame.identified
          ? h('label', [`${t('reviewingAs')} `, h('input#reviewer', { type: 'text', name: 'reviewer', value: frame.reviewer, readOnly: true, dataIdentified: '', title: t('fourEyes.identified') })])
          : h('label', [`${t('reviewingAs')} `, h('input#reviewer', { type: 'text', name: 'reviewer', value: frame.reviewer, maxLength: 80, autoComplete: 'name', dataDefault: frame.reviewer })]),
      ]),
      h('main', main),
      shortcutsDialog(t),
      h('script', { nonce: frame.nonce }, [REVIEW_SCRIPT, TAG_EDITOR_SCRIPT, KEYBOARD_SCRIPT, LIVE_CHECK_SCRIPT, LIVE_PREVIEW_SCRIPT].join('\n')),
    ]),
  ]);
  return `<!doctype html>\n${toHtml(tree)}\n`;
}

export function messagePage(frame: PageFrame, heading: string, lines: string[], back = '/'): string {
  return page(frame, [h('div.notice', [h('h1', heading), ...lines.map((line) => h('p', line)), h('p', [h('a', { href: back }, frame.t('back'))])])]);
}

export function pills(counts: ReviewCounts, t: TFunction): Element {
  return h(
    'span.counts',
    REVIEW_STATES.filter((state) => counts[state] > 0 || state === 'reviewed').map((state) => h(`span.pill.${state}`, { dataState: state }, t(`count.${state}`, { count: counts[state] }))),
  );
}

/** A stacked bar of the states, drawn in SVG so that no inline style is needed. */
export function bar(counts: ReviewCounts, t: TFunction): Element {
  let x = 0;
  const total = Math.max(counts.total, 1);
  const rects = REVIEW_STATES.map((state) => {
    const width = (counts[state] / total) * 100;
    const rect = s('rect', { class: state, x: x.toFixed(3), y: 0, width: width.toFixed(3), height: 8 });
    x += width;
    return rect;
  });
  return s('svg.bar', { viewBox: '0 0 100 8', preserveAspectRatio: 'none', role: 'img', ariaLabel: REVIEW_STATES.map((state) => t(`count.${state}`, { count: counts[state] })).join(', ') }, rects);
}

export interface ReleaseSummary {
  release: Release;
  languages: { language: TargetLanguage; counts?: ReviewCounts; problem?: string }[];
  /** Segments not yet reviewed, across languages. */
  work: number;
}

export function releaseListPage(frame: PageFrame, releases: ReleaseSummary[], broken: string[], order: ReleaseOrder): string {
  const { t } = frame;
  const orders = h('p.sort', [
    `${t('list.sortBy')} `,
    ...RELEASE_ORDERS.flatMap((name, index) => [index ? ' · ' : '', name === order ? h('strong', { ariaCurrent: 'true' }, t(`list.sort.${name}`)) : h('a', { href: `/?sort=${name}` }, t(`list.sort.${name}`))]),
  ]);
  const languages = releases[0]?.languages.map((item) => item.language) ?? ['en', 'ja'];
  const rows = releases.map(({ release, languages: columns, work }) =>
    h('tr', [
      h('td.title', [h('a', { href: `/releases/${release.id}` }, collapsedText(publishedInline(release.title.content))), h('span.id', `${release.id} · ${release.meta.date.slice(0, 10)}`)]),
      h('td.work', String(work)),
      ...columns.map((column) =>
        h('td', { dataLanguage: column.language }, column.counts ? [bar(column.counts, t), pills(column.counts, t)] : [h('span.pill.stale', column.problem ?? t('list.unreadable'))]),
      ),
    ]),
  );
  return page(frame, [
    h('h1', t('list.heading')),
    h('p.lede', t('list.lede')),
    ...broken.map((line) => h('p.problem', line)),
    orders,
    releases.length === 0
      ? h('p', t('list.empty'))
      : h('table.releases', [
          h('thead', h('tr', [h('th', t('list.release')), h('th', t('list.workLeft')), ...languages.map((language) => h('th', t(`language.${language}`)))])),
          h('tbody', rows),
        ]),
  ]);
}

/**
 * A segment's content (the Italian, or a translation) with each quote highlighted and its speaker named once; a speaker
 * the text only describes ("residente") is shown as a description, set apart from a name.
 */
export function quotedNodes(content: Inline, release: Release, t: TFunction): ElementContent[] {
  const named = new Set<string>();
  const walk = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      const children = walk(node.children);
      if (node.tagName !== 'q') return [{ ...node, children }];
      const id = String(node.properties.dataQuote ?? '');
      const quote = release.quotes.find((candidate) => candidate.id === id);
      const described = !quote?.speaker && quote?.speakerDescription ? t('cell.describedSpeaker', { description: quote.speakerDescription }) : undefined;
      const speaker = quote?.speaker ? `${quote.speaker.name}${quote.speaker.role ? `, ${quote.speaker.role}` : ''}` : described;
      const marked = h('q.quote', { dataQuote: id, title: speaker ? `${id}: ${speaker}` : id }, children);
      if (!speaker || named.has(id)) return [marked];
      named.add(id);
      if (described) return [marked, h('span.speaker.described', { title: described }, quote!.speakerDescription!)];
      return [marked, h('span.speaker', { title: speaker }, quote!.speaker!.name)];
    });
  return walk(content.children as ElementContent[]);
}

export interface CellOptions {
  release: Release;
  language: TargetLanguage;
  review: SegmentReview;
  csrf: string;
  t: TFunction;
  /** What the translation checks say about the text in the box. */
  findings?: SegmentFinding[];
  /** Reviewed translations of similar Italian in other releases. */
  suggestions?: FuzzyMatch[];
  /** The memory file cannot be read: the cell shows the text but takes no edits. */
  readOnly?: boolean;
  /** Four eyes in this language, and who is asking; no `approval` is a language without four eyes. */
  approval?: ApprovalView;
  /** The segment's comment thread; undefined when the comments file cannot be read. */
  thread?: Comment[];
  notice?: { kind: 'ok' | 'error'; text: string };
}

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export interface ApprovalView {
  /** The reviewer named by their own token; undefined when names are typed (loopback). */
  me?: string;
  /** Names are typed but must be identities here (a shared token beyond loopback): nobody may approve. */
  identityNeeded: boolean;
}

/** The segment's thread of comments: a count on its summary, oldest first, and a form to add one. */
export function commentsBox(options: CellOptions): Element {
  const { release, language, review, csrf, t } = options;
  const thread = options.thread ?? [];
  const unreadable = options.thread === undefined;
  // Beside the cell, not in it: a save replaces the cell, and the thread stays as it is.
  return h('details.comments', { id: `comments-${language}-${review.segment.key}`, open: thread.length > 0, dataCount: thread.length, dataLanguage: language }, [
    h('summary', [t('comments.heading'), ' ', h('span.badge', { ariaLabel: t('comments.count', { count: thread.length }) }, String(thread.length))]),
    unreadable ? h('p.problem', t('comments.unreadable', { language, id: release.id })) : undefined,
    thread.length
      ? h('ol.thread', thread.map((comment) => h('li', { id: `comment-${language}-${comment.id}`, dataComment: comment.id }, [
          h('p.comment-head', [h('strong', comment.author), ' · ', when(comment.at)]),
          h('p.comment-text', comment.text),
        ])))
      : undefined,
    unreadable || options.readOnly
      ? undefined
      : h('form.comment', { method: 'post', action: `/releases/${release.id}/${language}/${review.segment.key}/comment`, dataAsync: '' }, [
          h('input', { type: 'hidden', name: 'csrf', value: csrf }),
          h('input', { type: 'hidden', name: 'reviewer', value: '' }),
          h('textarea', { name: 'text', rows: 2, maxLength: COMMENT_LIMIT, required: true, ariaLabel: t('comments.label'), placeholder: t('comments.placeholder') }),
          h('div.actions', [h('button', { type: 'submit' }, t('comments.add')), h('p.status', { role: 'status' })]),
        ]),
  ].filter((node) => node !== undefined));
}

function changesBox(review: SegmentReview, t: TFunction): Element | undefined {
  const entry = review.entry;
  if (!entry) return undefined;
  const change =
    review.state === 'stale'
      ? { heading: t('cell.staleHeading'), before: entry.source, after: review.segment.source, old: entry.target }
      : entry.previous
        ? { heading: t('cell.pendingHeading'), before: entry.previous.source, after: review.segment.source, old: entry.previous.target }
        : undefined;
  if (!change) return undefined;
  return h('details.changes', { open: true }, [
    h('summary', change.heading),
    h('dl', [
      h('dt', t('cell.italianOldNew')),
      h('dd.diff', diffNodes(wordChanges(change.before, change.after))),
      h('dt', t('cell.previousTranslation')),
      h('dd.old-target', inlineText(change.old) || t('cell.empty')),
    ]),
    // The previous translation back in the box, to edit from it (Alt+P).
    change.old ? h('button.use-previous', { type: 'button', dataFill: change.old, ariaKeyShortcuts: 'Alt+P' }, t('cell.usePrevious')) : undefined,
  ].filter((node) => node !== undefined));
}

/** Reviewed translations of similar Italian in other releases, with what differs in the Italian, to start from. */
function suggestionsBox(review: SegmentReview, matches: FuzzyMatch[] | undefined, t: TFunction): Element | undefined {
  if (!matches?.length || review.state === 'reviewed') return undefined;
  return h('details.suggestions', { open: true }, [
    h('summary', t('memory.heading', { count: matches.length })),
    h('ol', matches.map((match) => {
      const target = currentTarget(review.segment, match.entry);
      return h('li', { dataRelease: match.release, dataScore: Math.round(match.score * 100) }, [
        h('p.match-head', [h('strong', t('memory.score', { score: Math.round(match.score * 100) })), ' ', t('memory.from', { release: match.release })]),
        h('p.diff', { lang: 'it' }, diffNodes(wordChanges(match.entry.source, review.segment.source))),
        h('p.match-target', inlineText(target)),
        h('button.use-suggestion', { type: 'button', dataFill: target }, t('memory.use')),
      ]);
    })),
  ]);
}

/** The checks' findings beside the text: errors block saving and approving, warnings are for the reviewer to weigh. */
export function findingsList(findings: SegmentFinding[] | undefined, t: TFunction): Element | undefined {
  if (!findings?.length) return undefined;
  return h(
    'ul.findings',
    findings.map((finding) => h(`li.${finding.severity}`, { dataRule: finding.rule }, [h('strong', t(`severity.${finding.severity}`)), ' ', finding.message, ' ', h('span.rule', `[${finding.rule}]`)])),
  );
}

export function segmentCell(options: CellOptions): Element {
  const { release, language, review, csrf, t } = options;
  const key = review.segment.key;
  const entry = review.entry;
  const pending = review.state === 'reviewed' && entry?.previous !== undefined;
  // Four eyes: a reviewed text is approved by someone other than its last editor (the script hides the button from
  // a typed name that is the editor's; the server refuses it whatever the page shows).
  const { approval } = options;
  const secondEyes = approval !== undefined && review.state === 'reviewed' && !approval.identityNeeded && !(approval.me !== undefined && samePerson(approval.me, entry?.reviewer));
  const approvable = review.state === 'machine' || review.state === 'stale' || pending || secondEyes;
  const base = `/releases/${release.id}/${language}/${key}`;
  const meta = entry && review.state !== 'missing' ? [entry.engine, entry.reviewer, when(entry.updated)].filter(Boolean).join(' · ') : '';
  const approvedBy = review.state === 'approved' && entry?.approvedBy ? t('fourEyes.approvedBy', { who: entry.approvedBy, time: when(entry.approvedAt ?? '') }) : undefined;
  const length = [...review.target].length;
  const rows = Math.min(16, Math.max(2, Math.ceil(length / (language === 'ja' ? 34 : 62)) + 1));
  const status = h(`p.status${options.notice ? `.${options.notice.kind}` : ''}`, { role: 'status' }, options.notice?.text ?? '');
  // A text with errors cannot be approved as it is (the server would refuse): only Save is offered.
  const errors = errorsOf(options.findings).length;
  return h(`div.cell.${review.state}`, { id: `cell-${language}-${key}`, dataLanguage: language, dataKey: key, dataState: review.state, dataErrors: errors, dataSource: review.segment.source }, [
    h('div.cell-head', [
      h(`span.pill.${review.state}`, t(`state.${pending ? 'pending' : review.state}`)),
      // Taken by translate from another release's reviewed translation: to confirm here, in this release's context.
      review.state === 'machine' && entry?.engine.startsWith('memory:') ? h('span.pill.memory', { dataFrom: entry.engine.slice(7) }, t('cell.fromMemory', { release: entry.engine.slice(7) })) : undefined,
      meta ? h('span.meta', meta) : undefined,
      approvedBy ? h('span.meta.approved-by', approvedBy) : undefined,
      approval && review.state === 'reviewed' && !pending ? h('span.meta.awaiting', t('fourEyes.awaiting')) : undefined,
    ].filter((node) => node !== undefined)),
    changesBox(review, t),
    suggestionsBox(review, options.suggestions, t),
    h('form.edit', { method: 'post', action: `${base}/save`, dataAsync: '' }, [
      h('input', { type: 'hidden', name: 'csrf', value: csrf }),
      h('input', { type: 'hidden', name: 'version', value: review.version }),
      h('input', { type: 'hidden', name: 'reviewer', value: '' }),
      h('textarea', { name: 'target', lang: language, rows, ariaLabel: t(`cell.translation.${language}`), readOnly: options.readOnly, placeholder: review.state === 'missing' ? t(`cell.noTranslation.${language}`) : undefined }, review.target),
      // Quote markers are easy to misplace in raw HTML: show where they fall, with their speakers.
      findingsList(options.findings, t),
      quoteIds(readInline(review.target)).length > 0 ? h('p.rendered', { lang: language, title: t('cell.quotesTitle') }, quotedNodes(readInline(review.target), release, t)) : undefined,
      options.readOnly
        ? undefined
        : h('div.actions', [
            h('button.primary', { type: 'submit', name: 'action', value: 'save' }, t('cell.save')),
            approvable && errors === 0
              ? h('button.approve', { type: 'submit', name: 'action', value: 'approve', formAction: `${base}/approve`, ...(secondEyes ? { dataEditor: entry?.reviewer ?? '', title: t('fourEyes.approveTitle', { who: entry?.reviewer ?? '' }) } : {}) }, t(review.state === 'stale' ? 'cell.keep' : 'cell.approve'))
              : undefined,
            status,
          ].filter((node) => node !== undefined)),
    ].filter((node) => node !== undefined)),
    options.readOnly ? status : undefined,
  ].filter((node) => node !== undefined));
}

export interface LanguageColumn {
  language: TargetLanguage;
  reviews?: Map<string, SegmentReview>;
  /** The checks' findings on each translated segment, by key. */
  findings?: Map<string, SegmentFinding[]>;
  /** Fuzzy matches from other releases' reviewed translations, by key. */
  suggestions?: Map<string, FuzzyMatch[]>;
  counts?: ReviewCounts;
  /** Why the memory cannot be used, when it cannot. */
  problem?: string;
  /** Four eyes in this language (see CellOptions). */
  approval?: ApprovalView;
  /** Comment threads by segment key (a stale segment's old thread included); undefined when unreadable. */
  threads?: Map<string, Comment[]>;
}

export function languageSummary(release: Release, column: LanguageColumn, csrf: string, t: TFunction): Element {
  const { language, counts } = column;
  const machine = [...(column.reviews?.values() ?? [])].filter((review) => review.state === 'machine');
  // Every machine segment's version goes with the form (so none changed behind the reviewer's back), but only those
  // without errors are approved.
  const blocked = machine.filter((review) => errorsOf(column.findings?.get(review.segment.key)).length > 0).length;
  const approvable = machine.length - blocked;
  return h('section', { id: `summary-${language}`, dataLanguage: language }, [
    h('h2', [t(`language.${language}`), h('a', { href: `/preview/${language}/${release.id}` }, t('release.previewPage'))]),
    ...(counts ? [bar(counts, t), pills(counts, t)] : [h('p.problem', column.problem ?? t('release.memoryUnreadable'))]),
    approvable > 0
      ? h('form', { method: 'post', action: `/releases/${release.id}/${language}/approve-machine`, dataAsync: '', dataReload: '' }, [
          h('input', { type: 'hidden', name: 'csrf', value: csrf }),
          h('input', { type: 'hidden', name: 'versions', value: JSON.stringify(Object.fromEntries(machine.map((review) => [review.segment.key, review.version]))) }),
          h('input', { type: 'hidden', name: 'reviewer', value: '' }),
          h('button.approve', { type: 'submit' }, t('release.approveAll', { count: approvable })),
        ])
      : undefined,
    blocked > 0 ? h('p.blocked', t('release.approveBlocked', { count: blocked })) : undefined,
    h('p.status', { role: 'status' }),
  ].filter((node) => node !== undefined));
}

/** Links that keep only the segments in one state (or with findings), in the languages shown. */
function filterLinks(release: Release, columns: LanguageColumn[], filter: SegmentFilter | undefined, t: TFunction, shown: number, total: number): Element {
  const base = new URLSearchParams(columns.length === 1 ? { lang: columns[0]!.language } : {});
  const link = (name: SegmentFilter | undefined) => {
    const query = new URLSearchParams(base);
    if (name) query.set('state', name);
    const label = t(name ? `filter.${name}` : 'filter.all');
    const search = query.toString();
    return name === filter ? h('strong', { ariaCurrent: 'true' }, label) : h('a', { href: `/releases/${release.id}${search ? `?${search}` : ''}`, dataFilter: name ?? 'all' }, label);
  };
  return h('nav.filters', { ariaLabel: t('filter.label') }, [
    `${t('filter.label')}: `,
    ...[undefined, ...SEGMENT_FILTERS].flatMap((name, index) => [index ? ' · ' : '', link(name)]),
    filter ? h('span.shown', ` — ${t('filter.shown', { shown, total })}`) : undefined,
  ].filter((node) => node !== undefined));
}

export interface ReleaseView {
  /** The glossary whose terms are shown beside the Italian. */
  glossary?: Glossary;
  /** Only the segments in this state (or with findings). */
  filter?: SegmentFilter;
}

export function releasePage(frame: PageFrame, release: Release, columns: LanguageColumn[], csrf: string, view: ReleaseView = {}): string {
  const { glossary, filter } = view;
  const { t } = frame;
  const layout = columns.length === 1 ? '.two' : '';
  const numbers = new Map<Segment['kind'], number>();
  const seen = new Set<string>();
  const unique = release.segments.filter((segment) => !seen.has(segment.key) && seen.add(segment.key));
  const rows = unique
    .map((segment) => {
      const count = (numbers.get(segment.kind) ?? 0) + 1;
      numbers.set(segment.kind, count);
      const label = t(`kind.${segment.kind}`, { number: count });
      // Numbered before filtering, so "Paragraph 3" stays paragraph 3 in a filtered list.
      if (filter && !keptByFilter(filter, columns.map((column) => column.reviews?.get(segment.key)), columns.map((column) => column.findings?.get(segment.key)))) return undefined;
      return h(`div.row${layout}`, { id: `segment-${segment.key}` }, [
        h('p.kind', label),
        h('div.source', [
          h('p', { lang: 'it' }, quotedNodes(publishedInline(segment.content), release, t)),
          glossary && termsBox(termsIn(segment.source, glossary), columns.map((column) => column.language), t),
        ].filter((node) => node !== undefined)),
        ...columns.map((column) => {
          const review = column.reviews?.get(segment.key);
          if (!review) return h('div.cell', h('p.problem', column.problem ?? t('release.unavailable')));
          const options: CellOptions = { release, language: column.language, review, csrf, t, findings: column.findings?.get(segment.key), suggestions: column.suggestions?.get(segment.key), readOnly: column.problem !== undefined, approval: column.approval, thread: column.threads ? (column.threads.get(segment.key) ?? []) : undefined };
          return h('div.lane', { dataLanguage: column.language }, [segmentCell(options), commentsBox(options)]);
        }),
      ]);
    })
    .filter((row) => row !== undefined);
  const views = [
    [t('release.both'), '', columns.length === 2],
    [t('language.en'), '?lang=en', columns.length === 1 && columns[0]!.language === 'en'],
    [t('language.ja'), '?lang=ja', columns.length === 1 && columns[0]!.language === 'ja'],
  ] as const;
  return page({ ...frame, crumbs: [h('p.crumbs', [h('a', { href: '/' }, t('release.allReleases')), ' / ', release.id])] }, [
    h('h1', { lang: 'it' }, collapsedText(publishedInline(release.title.content))),
    h('p.lede', [
      `${t('release.segments', { count: release.segments.length })} · ${release.meta.date.slice(0, 10)} · `,
      h('a', { href: `/preview/it/${release.id}` }, t('release.italianPage')),
      ` · ${t('release.show')} `,
      ...views.flatMap(([name, query, active], index) => [index ? ' ' : '', active ? h('strong', name) : h('a', { href: `/releases/${release.id}${query}` }, name)]),
    ]),
    h('div.summary', columns.map((column) => languageSummary(release, column, csrf, t))),
    filterLinks(release, columns, filter, t, rows.length, unique.length),
    filter && rows.length === 0 ? h('p.lede', t('filter.none')) : undefined,
    // The segments, and beside them the page they make, as the reviewer types.
    h('div.with-preview', [
      h('div.segments', [h(`div.columns${layout}`, [h('span', t('release.source')), ...columns.map((column) => h('span', t(`language.${column.language}`)))]), ...rows]),
      previewPane(release, columns.map((column) => column.language), csrf, t),
    ]),
  ].filter((node) => node !== undefined));
}

/** The search's answer: each segment found, its Italian and translations with the words marked, linked to its place. */
export function searchPage(frame: PageFrame, query: string, hits: SearchHit[], limited: boolean): string {
  const { t } = frame;
  const marked = (html: string) => markMatches(inlineText(html), query).map((piece) => (piece.match ? h('mark', piece.text) : { type: 'text' as const, value: piece.text }));
  const items = hits.map((hit) =>
    h('li.hit', { dataRelease: hit.release.id, dataKey: hit.review.key }, [
      h('p.where', [h('a', { href: `/releases/${hit.release.id}#segment-${hit.review.key}` }, `${collapsedText(publishedInline(hit.release.title.content))}`), h('span.id', ` ${hit.release.id} · ${t(`kind.${hit.review.kind}`, { number: '' }).trim()}`)]),
      h('dl', [
        h('dt', t('language.it')),
        h('dd', { lang: 'it' }, marked(hit.review.source)),
        ...(Object.entries(hit.review.targets) as [TargetLanguage, string][]).flatMap(([language, text]) => [h('dt', t(`language.${language}`)), h('dd', { lang: language, dataLanguage: language }, marked(text))]),
      ]),
    ]),
  );
  return page({ ...frame, query, crumbs: [h('p.crumbs', [h('a', { href: '/' }, t('release.allReleases')), ' / ', t('find.title')])] }, [
    h('h1', t('find.heading', { query })),
    h('p.lede', t(limited ? 'find.limited' : 'find.count', { count: hits.length })),
    hits.length ? h('ol.hits', items) : h('p', t('find.none')),
  ]);
}

/** Without JavaScript, a save the checks refused comes back as this page: the text, its findings, and the form. */
export function refusedPage(frame: PageFrame, options: CellOptions & { message: string }): string {
  const cell = segmentCell({ ...options, notice: { kind: 'error', text: options.message } });
  return page(frame, [
    h('div.notice', [
      h('h1', frame.t('check.heading')),
      cell,
      h('p', [h('a', { href: `/releases/${options.release.id}#segment-${options.review.segment.key}` }, frame.t('conflict.backToRelease'))]),
    ]),
  ]);
}

/** Without JavaScript, a conflict comes back as this page: their text, yours, and a form to save yours over theirs. */
export function conflictPage(frame: PageFrame, options: CellOptions & { message: string; mine: string }): string {
  const { t } = frame;
  const cell = segmentCell({ ...options, review: { ...options.review, target: options.mine }, notice: { kind: 'error', text: t('conflict.saveAgain') } });
  return page(frame, [
    h('div.notice', [
      h('h1', t('conflict.heading')),
      h('p', options.message),
      h('div.conflict', [h('strong', t('conflict.theirs')), h('div.theirs', options.review.target || t('cell.empty'))]),
      h('p', t('conflict.yoursBelow')),
      cell,
      h('p', [h('a', { href: `/releases/${options.release.id}#segment-${options.review.segment.key}` }, t('conflict.backToRelease'))]),
    ]),
  ]);
}

export const fragment = (node: Element) => toHtml(node);
