// `pressroom review`: a Hono app on @hono/node-server over releases/ and locales/. Every request reads the files
// afresh, so what reviewers see is what is on disk; every edit goes through the translation-memory operations and is
// written atomically, one write at a time per memory file. Routing, cookies, origin checks, security headers, body
// limits and the reviewer's language are Hono's; the desk adds its access token, form tokens and Host check.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { languageDetector } from 'hono/language';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import type { TFunction } from 'i18next';
import { laterOf, loadReleases, renderContext, type BuildSettings, type RenderContext } from '../publish/render-release.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { LANGUAGES, TARGET_LANGUAGES } from '../release.ts';
import { RELEASE_ID } from '../parse/index.ts';
import { errorFile, formatMessage, formatMessages, problemFile, ProblemError } from '../problems.ts';
import { readBaseUrl, readFourEyes, readMemories, readPolicies, readPressOffice, readReleases, readUi } from '../project/read.ts';
import { VFile } from 'vfile';
import { readMemory } from '../translate/memory-file.ts';
import { fuzzyMatches, type FuzzyMatch } from '../translate/recall.ts';
import { editableMemory, readCommentsSource, readMemorySource, updateMemory, type MemorySource } from '../project/workspace.ts';
import { addComment, carryThread, COMMENT_LIMIT, commentText, threadOf, type Comments } from '../translate/comments.ts';
import { firstControlCharacter } from '../parse/characters.ts';
import type { Reviewer } from './reviewers.ts';
import { localIso } from '../local-time.ts';
import { approveMachineSegments, approveSegment, countReviews, publishableReviews, reviewSegments, saveTarget, type EditFailure, type EditResult, type SegmentReview } from '../translate/review.ts';
import type { Memory } from '../translate/memory.ts';
import { BODY_LIMIT, FailedAttempts, generateToken, Guard, isLoopback, LANGUAGE_COOKIE, SESSION_COOKIE, weakTokenReason, type AttemptOptions } from './security.ts';
import { addressCheck, tokenCheck } from './access.ts';
import { previewPage } from './preview.ts';
import { readRecord, recordPath } from '../publish/publication-record.ts';
import { HttpError, type DeskContext, type DeskEnv } from './http.ts';
import { DESK_LANGUAGES, loadDeskStrings, type DeskLanguage } from './i18n.ts';
import { draftFindings, errorsOf, findingsBySegment, type SegmentFinding } from './findings.ts';
import { EMPTY_GLOSSARY, type Glossary } from '../glossary.ts';
import { readGlossaryFile } from '../project/glossary-file.ts';
import { isSegmentFilter, orderReleases, RELEASE_ORDERS, searchReleases, workLeft, type ReleaseOrder } from './find.ts';
import { commentsBox, conflictPage, findingsList, fragment, languageSummary, messagePage, refusedPage, releaseListPage, releasePage, searchPage, segmentCell, type ApprovalView, type LanguageColumn, type PageFrame } from './pages.ts';

export interface ReviewServerOptions {
  /** Project directory holding releases/ and locales/. */
  root: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * Reviewers open /?token=… once. Beyond loopback one is always used: when none is given, a random one is made
   * (see `ReviewServer.token`). A given token must hold at least 128 bits.
   */
  token?: string;
  /** Name recorded when a reviewer gives none. */
  reviewer: string;
  /**
   * Reviewers with tokens of their own (reviewers.yaml): each token names its reviewer, and that name, not a typed
   * one, is recorded on saves, approvals and comments. Not with `token`.
   */
  reviewers?: readonly Reviewer[];
  /** The clock for `updated`. */
  now?: () => Date;
  /** How wrong access tokens are slowed down (tests shorten the waits). */
  attempts?: AttemptOptions;
}

export interface ReviewServer {
  server: Server;
  /** http://host:port/ */
  url: string;
  /** The access token in force: the one given, or the one made for a desk beyond loopback. */
  token?: string;
  close(): Promise<void>;
}


const KEY = /^[0-9a-f]{16}$/;

function isTarget(value: string): value is TargetLanguage {
  return (TARGET_LANGUAGES as string[]).includes(value);
}

/** Reviewer names are free text, but short and on one line. */
function reviewerName(value: string | null, fallback: string): string {
  const name = (value ?? '').replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return name || fallback;
}

/** The release with this id (its file name may differ): every release is read, so ids stay unique. */
async function readRelease(root: string, id: string): Promise<Release> {
  if (!RELEASE_ID.test(id)) throw new HttpError(404, 'noRelease', { id });
  const { releases, reports } = loadReleases(await readReleases(root));
  const release = releases.find((candidate) => candidate.id === id);
  if (!release) {
    const problems = reports.filter((file) => file.stem === id).flatMap(formatMessages);
    if (problems.length) throw new HttpError(422, 'noRelease', { id }, problems);
    throw new HttpError(404, 'noReleaseInFolder', { id });
  }
  return release;
}

/** Where each segment of one language stands; with a glossary, the checks' findings too (the list page needs none). */
function column(language: TargetLanguage, release: Release, source: MemorySource, glossary?: Glossary): LanguageColumn {
  const memory = source.text === undefined ? undefined : source.memory;
  if (source.text !== undefined && !memory) {
    // Shown read-only with every segment missing, and the file's problems above.
    const reviews = reviewSegments(release, undefined);
    return { language, reviews: new Map(reviews.map((review) => [review.segment.key, review])), problem: formatMessages(source.file).join('\n') };
  }
  const reviews = reviewSegments(release, memory);
  // Counted as pressroom status counts them: a withdrawn release's work is its reason alone.
  const counts = countReviews(release.withdrawal ? publishableReviews(release, memory) : reviews);
  return { language, reviews: new Map(reviews.map((review) => [review.segment.key, review])), counts, findings: glossary && findingsBySegment(release, language, memory, glossary) };
}

/** The glossary the checks use; a broken one is `pressroom check`'s to report, and its terms wait until it is fixed. */
async function readGlossary(root: string): Promise<Glossary> {
  return (await readGlossaryFile(root)).glossary ?? EMPTY_GLOSSARY;
}

/** A failed edit in the reviewer's words: the memory operations say why in codes, the desk says it. */
function failureMessage(t: TFunction, failure: EditFailure, release: Release, key: string): string {
  if (failure.reason === 'unknown-segment') return t('error.unknownSegment', { key, id: release.id });
  if (failure.reason === 'nothing-to-approve') return t('error.nothingToApprove');
  if (failure.reason === 'own-work') return t('error.ownWork', { who: failure.current.entry?.reviewer ?? '' });
  const entry = failure.current.entry;
  if (!entry) return t('error.conflict');
  const when = entry.updated.replace('T', ' ').slice(0, 16);
  return t('error.conflictBy', { who: entry.reviewer ? `${entry.reviewer}, ${when}` : when });
}

// Pages carry their own nonce'd style and script; anything else (the preview) runs no script at all.
const DESK_CSP = {
  defaultSrc: ["'none'"],
  styleSrc: [NONCE],
  scriptSrc: [NONCE],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  // The preview beside the editor: a sandboxed frame of this desk's own preview pages.
  frameSrc: ["'self'"],
};
// The preview may be framed by the desk's own pages (beside the editor), by nothing else.
const PREVIEW_CSP = { defaultSrc: ["'none'"], styleSrc: ["'unsafe-inline'"], imgSrc: ['data:'], formAction: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'self'"] };
// Plain HTTP on a desk machine: HSTS would promise HTTPS that is not there.
const HEADERS = { xFrameOptions: 'DENY', strictTransportSecurity: false, referrerPolicy: 'no-referrer' } as const;
/** The preview of a saved page, and of a draft posted beside the editor. */
const PREVIEW_PATH = /^\/preview\/|^\/releases\/[^/]+\/[^/]+\/[0-9a-f]{16}\/preview$/;

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const loopback = isLoopback(options.host);
  const reviewers = options.reviewers ?? [];
  if (reviewers.length > 0 && options.token !== undefined) throw new ProblemError('', '--token and a reviewers file do not go together: with the file, each reviewer uses their own token', 'reviewers-token');
  // Beyond loopback a desk always has a token (or one per reviewer): made here when none is given, refused when too weak.
  const token = options.token ?? (loopback || reviewers.length > 0 ? undefined : generateToken());
  if (options.token !== undefined) {
    const weak = weakTokenReason(options.token);
    if (weak) throw new ProblemError('', weak, 'weak-token');
  }
  const desk = loadDeskStrings(options.root);
  const now = options.now ?? (() => new Date());
  let port = options.port;
  const guard = new Guard({ token, reviewers, port: () => port, loopbackOnly: loopback });
  const attempts = new FailedAttempts(options.attempts);
  const locks = new Map<string, Promise<unknown>>();
  // The published page's labels, made again only when locales/<lang>/ui.json changes.
  let renderCache: { strings: string; context: RenderContext } | undefined;

  /** Run `task` after every earlier task on the same file, so read-modify-write never interleaves. */
  function exclusive<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    locks.set(path, next.catch(() => undefined));
    return next;
  }

  /** What the build renders pages against, read from the project as the build reads it. */
  async function previewContext(): Promise<RenderContext> {
    const [ui, baseUrl, { policies }, office, glossary] = await Promise.all([readUi(options.root), readBaseUrl(options.root), readPolicies(options.root), readPressOffice(options.root), readGlossary(options.root)]);
    const settings: BuildSettings = { ui, languages: [...LANGUAGES], now: now(), baseUrl, policies, glossary, ...(office ? { office } : {}) };
    const strings = JSON.stringify(ui);
    if (renderCache?.strings !== strings) renderCache = { strings, context: renderContext(settings) };
    return { ...renderCache.context, settings };
  }

  const languageOf = (c: DeskContext) => (DESK_LANGUAGES as readonly string[]).includes(c.get('language')) ? (c.get('language') as DeskLanguage) : 'en';
  const tOf = (c: DeskContext) => desk.t(languageOf(c));

  function session(c: DeskContext): string {
    const existing = getCookie(c, SESSION_COOKIE);
    if (existing && /^[0-9a-f]{48}$/.test(existing)) return existing;
    const id = guard.newSession();
    setCookie(c, SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'Strict' });
    return id;
  }

  function frame(c: DeskContext, title: string): PageFrame {
    const url = new URL(c.req.url);
    const me = c.get('reviewer');
    return { title, nonce: c.get('secureHeadersNonce') ?? '', reviewer: me ?? options.reviewer, identified: me !== undefined, t: tOf(c), language: languageOf(c), here: `${url.pathname}${url.search}` };
  }

  /** Four eyes in `language`, as this request sees it: who asks (when their token says), and whether names count. */
  async function approvalView(c: DeskContext, language: TargetLanguage): Promise<ApprovalView | undefined> {
    const { languages, problem } = await readFourEyes(options.root);
    // A setting the desk cannot read is said, never taken as "no four eyes".
    if (problem) throw new HttpError(500, 'internal', { message: problem });
    if (!languages.has(language)) return undefined;
    const me = c.get('reviewer');
    // Beyond loopback a typed name is anybody's: only a reviewer's own token tells people apart.
    return { ...(me !== undefined ? { me } : {}), identityNeeded: me === undefined && !loopback };
  }

  /** Who is acting: the reviewer their token names, else the typed name (on loopback, or a shared token's desk). */
  const actor = (c: DeskContext, form: URLSearchParams) => c.get('reviewer') ?? reviewerName(form.get('reviewer'), options.reviewer);

  function html(c: DeskContext, status: number, render: (frame: PageFrame, csrf: string) => string, title: string): Response {
    const csrfToken = guard.csrfFor(session(c));
    return c.html(render(frame(c, title), csrfToken), status as ContentfulStatusCode);
  }

  const wantsJson = (c: DeskContext) => (c.req.header('accept') ?? '').includes('application/json');

  /**
   * A refusal to a script is a message like any other: said in the reviewer's language, with the address and a
   * rule id, beside what the page script needs (`extra`).
   */
  function refusal(c: DeskContext, status: number, message: string, rule: string, extra: Record<string, unknown> = {}, details: string[] = []): Response {
    const { file, reason, ruleId, source } = problemFile(c.req.path, message, rule).messages[0]!;
    return c.json({ ok: false, ...extra, message: [message, ...details].join('\n'), problem: { file, reason, ruleId, source } }, status as ContentfulStatusCode);
  }

  function fail(c: DeskContext, status: number, message: string, details: string[] = [], rule = `http-${status}`): Response {
    const t = tOf(c);
    if (c.req.method === 'POST' && wantsJson(c)) return refusal(c, status, message, rule, {}, details);
    const heading = t([`status.${status}`, 'status.other']);
    return html(c, status, (page) => messagePage(page, heading, [message, ...details]), heading);
  }

  async function listPage(c: DeskContext): Promise<Response> {
    const t = tOf(c);
    const { releases, reports } = loadReleases(await readReleases(options.root));
    const summaries = await Promise.all(
      releases.map(async (release) => ({
        release,
        languages: await Promise.all(
          TARGET_LANGUAGES.map(async (language) => {
            const source = await readMemorySource(options.root, language, release.id);
            const result = column(language, release, source);
            return { language, counts: result.counts, problem: result.problem ? t('list.memoryErrors') : undefined };
          }),
        ),
      })),
    );
    const broken = reports.flatMap(formatMessages);
    const asked = c.req.query('sort');
    const order: ReleaseOrder = (RELEASE_ORDERS as readonly string[]).includes(asked ?? '') ? (asked as ReleaseOrder) : 'date';
    const ordered = orderReleases(summaries.map((summary) => ({ ...summary, work: workLeft(summary.languages.map((item) => item.counts)) })), order);
    return html(c, 200, (page) => releaseListPage(page, ordered, broken, order), t('list.title'));
  }

  /** Every release's Italian and translations searched for the words asked. */
  async function searchView(c: DeskContext): Promise<Response> {
    const t = tOf(c);
    const query = (c.req.query('q') ?? '').slice(0, 200);
    const { releases } = loadReleases(await readReleases(options.root));
    const targets = new Map<string, Partial<Record<TargetLanguage, Map<string, string>>>>();
    for (const release of releases) {
      const byLanguage: Partial<Record<TargetLanguage, Map<string, string>>> = {};
      for (const language of TARGET_LANGUAGES) {
        const source = await readMemorySource(options.root, language, release.id);
        const reviews = reviewSegments(release, source.memory);
        byLanguage[language] = new Map(reviews.filter((review) => review.target).map((review) => [review.segment.key, review.target]));
      }
      targets.set(release.id, byLanguage);
    }
    const LIMIT = 200;
    const hits = searchReleases(releases, (release) => targets.get(release.id) ?? {}, query, LIMIT);
    return html(c, 200, (frame) => searchPage(frame, query, hits, hits.length >= LIMIT), t('find.title'));
  }

  async function columns(c: DeskContext, release: Release, languages: readonly TargetLanguage[]): Promise<LanguageColumn[]> {
    const glossary = await readGlossary(options.root);
    const files = await readMemories(options.root, languages);
    return Promise.all(languages.map(async (language) => {
      const result: LanguageColumn = column(language, release, await readMemorySource(options.root, language, release.id), glossary);
      const comments = (await readCommentsSource(options.root, language, release.id)).comments;
      if (comments) result.threads = new Map([...(result.reviews?.values() ?? [])].map((review) => [review.segment.key, threadOf(comments, review)]));
      const approval = await approvalView(c, language);
      if (approval) result.approval = approval;
      // Other releases' reviewed translations of similar Italian, for the segments still needing work.
      const others = Object.entries(files[language] ?? {}).flatMap(([id, file]) => (id === release.id ? [] : readMemory(new VFile({ path: file.path, value: file.text }), { release: id, language }) ?? []));
      const suggestions = new Map<string, FuzzyMatch[]>();
      for (const review of result.reviews?.values() ?? []) {
        if (review.state === 'reviewed' || review.state === 'approved') continue;
        const matches = fuzzyMatches(review.segment.source, release.id, others);
        if (matches.length) suggestions.set(review.segment.key, matches);
      }
      return { ...result, suggestions };
    }));
  }

  async function releaseView(c: DeskContext, id: string): Promise<Response> {
    const release = await readRelease(options.root, id);
    const only = c.req.query('lang');
    const languages = only && isTarget(only) ? [only] : TARGET_LANGUAGES;
    const [view, glossary] = await Promise.all([columns(c, release, languages), readGlossary(options.root)]);
    const state = c.req.query('state');
    return html(c, 200, (page, csrfToken) => releasePage(page, release, view, csrfToken, { glossary, filter: isSegmentFilter(state) ? state : undefined }), release.id);
  }

  /** The checks on the text a reviewer is typing, before any save: nothing is written. */
  async function checkDraft(c: DeskContext, id: string, language: string, key: string): Promise<Response> {
    const t = tOf(c);
    if (!isTarget(language)) throw new HttpError(404, 'noTargetLanguage', { language });
    if (!KEY.test(key)) throw new HttpError(404, 'noAction');
    const release = await readRelease(options.root, id);
    const [source, glossary] = await Promise.all([readMemorySource(options.root, language, id), readGlossary(options.root)]);
    const draft = (c.get('form').get('target') ?? '').replace(/\r\n?/g, '\n');
    const findings = draftFindings(release, language, source.memory, glossary, key, draft);
    if (!findings) throw new HttpError(404, 'unknownSegment', { key, id });
    const list = findingsList(findings, t);
    return c.json({ ok: true, findings, errors: errorsOf(findings).length, html: list ? fragment(list) : '' });
  }

  /**
   * The page as it would be published, rendered in memory; what is untranslated is said so at the top. `focus` is the
   * segment highlighted (?segment= on the saved page), with the reviewer's unsaved text when posted from the editor.
   */
  async function preview(c: DeskContext, language: string, id: string, focus?: { key: string; draft?: string }): Promise<Response> {
    if (!(LANGUAGES as readonly string[]).includes(language)) throw new HttpError(404, 'noLanguage', { language });
    const release = await readRelease(options.root, id);
    const context = await previewContext();
    const memory = language === 'it' ? undefined : await readMemorySource(options.root, language as TargetLanguage, id);
    if (memory && memory.text !== undefined && !memory.memory) throw new HttpError(422, 'memoryErrors', { language, id }, formatMessages(memory.file));
    const asked = focus ?? (KEY.test(c.req.query('segment') ?? '') ? { key: c.req.query('segment')! } : undefined);
    if (focus && !release.segments.some((segment) => segment.key === focus.key)) throw new HttpError(404, 'unknownSegment', { key: focus.key, id });
    // A kill notice stands under the headline agencies filed (or hold under embargo), as the build's does.
    const record = release.withdrawal ? readRecord(options.root, release.id) : undefined;
    // Unreadable, it is not "nothing published": the kill would stand under a headline agencies may never have filed.
    if (record?.problem !== undefined) throw new HttpError(409, 'recordUnreadable', { path: recordPath(release.id) }, [record.problem]);
    const filed = record && laterOf(record.record[language as Language], record.embargoed[language as Language]);
    return c.html(previewPage({ release, language: language as Language, memory: memory?.memory, context, glossary: context.settings.glossary, focus: asked, t: tOf(c), deskLanguage: languageOf(c), ...(filed ? { filed } : {}) }));
  }

  /** The preview beside the editor: the reviewer's unsaved text in the page, highlighted; nothing is written. */
  function previewDraft(c: DeskContext, id: string, language: string, key: string): Promise<Response> {
    if (!isTarget(language)) throw new HttpError(404, 'noTargetLanguage', { language });
    if (!KEY.test(key)) throw new HttpError(404, 'noAction');
    const draft = (c.get('form').get('target') ?? '').replace(/\r\n?/g, '\n');
    return preview(c, language, id, { key, draft });
  }

  async function edit(c: DeskContext, id: string, language: string, keyOrAction: string, action: string | undefined): Promise<Response> {
    const t = tOf(c);
    const form = c.get('form');
    if (!isTarget(language)) throw new HttpError(404, 'noTargetLanguage', { language });
    const bulk = keyOrAction === 'approve-machine' && action === undefined;
    if (!bulk && (!KEY.test(keyOrAction) || !['save', 'approve'].includes(action ?? ''))) throw new HttpError(404, 'noAction');
    const release = await readRelease(options.root, id);
    const glossary = await readGlossary(options.root);
    const reviewer = actor(c, form);
    const time = localIso(now());
    const path = `${language}/${id}`;
    const approval = await approvalView(c, language);
    if (approval?.identityNeeded && action === 'approve') throw new HttpError(403, 'identityNeeded');

    type Outcome =
      | { kind: 'bulk-conflict'; failures: EditFailure[] }
      | { kind: 'bulk'; approved: number; skipped: number }
      | { kind: 'single'; result: EditResult }
      | { kind: 'refused'; review: SegmentReview; findings: SegmentFinding[] };
    const outcome = await exclusive(path, () => updateMemory(options.root, language, release, (source, commentsSource): { memory?: Memory; comments?: Comments; answer: Outcome } => {
      const memory = editableMemory(source, language, release);
      if (!memory) throw new HttpError(409, 'memoryErrors', { language, id }, formatMessages(source.file));
      if (bulk) {
        let versions: Record<string, string>;
        try {
          versions = JSON.parse(form.get('versions') ?? '') as Record<string, string>;
          if (typeof versions !== 'object' || versions === null || Object.values(versions).some((value) => typeof value !== 'string')) throw new Error('shape');
        } catch {
          throw new HttpError(400, 'approveListMissing');
        }
        // All or nothing against changes made meanwhile; then only the segments the checks find no error in.
        const whole = approveMachineSegments(release, memory, { versions, reviewer, now: time });
        if (!whole.ok) return { answer: { kind: 'bulk-conflict', failures: whole.conflicts } };
        const findings = findingsBySegment(release, language, memory, glossary);
        let next = memory;
        let skipped = 0;
        for (const key of whole.approved) {
          if (errorsOf(findings.get(key)).length > 0) {
            skipped++;
            continue;
          }
          const result = approveSegment(release, next, { key, version: versions[key]!, reviewer, now: time });
          if (result.ok) next = result.memory;
        }
        const approved = whole.approved.length - skipped;
        return { memory: approved > 0 ? next : undefined, answer: { kind: 'bulk', approved, skipped } };
      }
      const version = form.get('version') ?? '';
      const result: EditResult =
        action === 'save'
          ? saveTarget(release, memory, { key: keyOrAction, version, reviewer, now: time, target: (form.get('target') ?? '').replace(/\r\n?/g, '\n') })
          : approveSegment(release, memory, { key: keyOrAction, version, reviewer, now: time, fourEyes: approval !== undefined });
      if (result.ok) {
        // The text about to be kept must pass the checks that publishing applies; warnings are shown, not blocking.
        const key = result.review.segment.key;
        const findings = findingsBySegment(release, language, result.memory, glossary).get(key) ?? [];
        if (errorsOf(findings).length > 0) {
          // Nothing is written: the cell comes back as it was on disk, with the reviewer's text still in the box.
          const before = reviewSegments(release, memory).find((item) => item.segment.key === key) ?? result.review;
          return { answer: { kind: 'refused', review: { ...before, target: result.review.target }, findings } };
        }
      }
      // A stale segment's translation moved to its new key: its comments go with it, under the same lock.
      const before = result.ok ? reviewSegments(release, memory).find((item) => item.segment.key === result.review.segment.key) : undefined;
      const moved = result.ok && before?.entryKey && before.entryKey !== before.segment.key && commentsSource.comments ? carryThread(commentsSource.comments, before.entryKey, before.segment.key) : undefined;
      return { memory: result.ok && result.memory !== memory ? result.memory : undefined, comments: moved !== commentsSource.comments ? moved : undefined, answer: { kind: 'single', result } };
    }));

    const csrfToken = guard.csrfFor(session(c));
    if (outcome.kind === 'bulk-conflict') {
      const message = t('error.bulkConflict', { count: outcome.failures.length });
      return wantsJson(c) ? refusal(c, 409, message, 'desk-conflict', { reason: 'conflict' }) : fail(c, 409, message, [], 'desk-conflict');
    }
    if (outcome.kind === 'bulk') {
      const message = [t('release.approved', { count: outcome.approved }), outcome.skipped ? t('release.skipped', { count: outcome.skipped }) : ''].filter(Boolean).join(' ');
      if (wantsJson(c)) return c.json({ ok: true, approved: outcome.approved, skipped: outcome.skipped, message });
      // Without JavaScript, what was skipped is said on a page of its own before going back.
      if (outcome.skipped) return html(c, 200, (page) => messagePage(page, t('release.approved', { count: outcome.approved }), [message], `/releases/${id}`), t('release.approved', { count: outcome.approved }));
      return c.redirect(`/releases/${id}`, 303);
    }
    if (outcome.kind === 'refused') {
      const errors = errorsOf(outcome.findings).length;
      const message = t(action === 'save' ? 'error.saveRefused' : 'error.approveRefused', { count: errors });
      const cell = segmentCell({ release, language, review: outcome.review, csrf: csrfToken, t, findings: outcome.findings, notice: { kind: 'error', text: message } });
      if (wantsJson(c)) return refusal(c, 422, message, 'desk-check', { reason: 'check', findings: outcome.findings, cell: fragment(cell) });
      return html(c, 422, (page) => refusedPage(page, { release, language, review: outcome.review, csrf: csrfToken, t, findings: outcome.findings, message }), t('check.heading'));
    }
    const { result } = outcome;
    if (!result.ok) {
      const failure = result as EditFailure;
      const status = failure.reason === 'unknown-segment' ? 404 : 409;
      const current = 'current' in failure ? failure.current : undefined;
      const message = failureMessage(t, failure, release, keyOrAction);
      if (wantsJson(c)) return refusal(c, status, message, `desk-${failure.reason}`, { reason: failure.reason, theirs: current?.target, version: current?.version });
      if (failure.reason === 'conflict' && current) {
        const mine = (form.get('target') ?? current.target).replace(/\r\n?/g, '\n');
        return html(c, 409, (page) => conflictPage(page, { release, language, review: current, csrf: csrfToken, t, message, mine }), t('conflict.title'));
      }
      return fail(c, status, message);
    }
    if (!wantsJson(c)) return c.redirect(`/releases/${id}#segment-${result.review.segment.key}`, 303);
    const text = t(action === 'save' ? 'cell.saved' : 'cell.approved', { reviewer, time: time.slice(11, 16) });
    const [summaryColumn] = await columns(c, release, [language]);
    const key = result.review.segment.key;
    const cell = segmentCell({ release, language, review: result.review, csrf: csrfToken, t, findings: summaryColumn!.findings?.get(key), suggestions: summaryColumn!.suggestions?.get(key), approval: summaryColumn!.approval, thread: summaryColumn!.threads ? (summaryColumn!.threads.get(key) ?? []) : undefined, notice: { kind: 'ok', text } });
    return c.json({ ok: true, cell: fragment(cell), summary: fragment(languageSummary(release, summaryColumn!, csrfToken, t)) });
  }

  /** A comment added to a segment's thread, under the memory's lock; the thread comes back whole. */
  async function comment(c: DeskContext, id: string, language: string, key: string): Promise<Response> {
    const t = tOf(c);
    if (!isTarget(language)) throw new HttpError(404, 'noTargetLanguage', { language });
    if (!KEY.test(key)) throw new HttpError(404, 'noAction');
    const release = await readRelease(options.root, id);
    const form = c.get('form');
    const text = commentText(form.get('text') ?? '');
    if (text === '') throw new HttpError(400, 'commentEmpty');
    if ([...text].length > COMMENT_LIMIT) throw new HttpError(400, 'commentTooLong', { limit: COMMENT_LIMIT });
    const control = firstControlCharacter(text);
    if (control) throw new HttpError(400, 'commentControl', { character: control });
    const author = actor(c, form);
    const at = localIso(now());
    const thread = await exclusive(`${language}/${id}`, () => updateMemory(options.root, language, release, (source, commentsSource) => {
      const review = reviewSegments(release, source.memory).find((item) => item.segment.key === key);
      if (!review) throw new HttpError(404, 'unknownSegment', { key, id });
      if (!commentsSource.comments) throw new HttpError(409, 'commentsUnreadable', { language, id }, formatMessages(commentsSource.file));
      const added = addComment(commentsSource.comments, key, { author, at, text });
      return { comments: added.comments, answer: { review, thread: threadOf(added.comments, review) } };
    }));
    if (!wantsJson(c)) return c.redirect(`/releases/${id}#segment-${key}`, 303);
    const csrfToken = guard.csrfFor(session(c));
    return c.json({ ok: true, key, count: thread.thread.length, message: t('comments.added'), comments: fragment(commentsBox({ release, language, review: thread.review, csrf: csrfToken, t, thread: thread.thread })) });
  }

  const app = new Hono<DeskEnv>();

  app.onError((error, c) => {
    const t = tOf(c);
    if (error instanceof HttpError) return fail(c, error.status, t(`error.${error.key}`, error.values), error.details, `desk-${error.key}`);
    // hono/csrf refuses a form posted from another origin (or with neither Origin nor Sec-Fetch-Site).
    if (error instanceof HTTPException && error.status === 403) return fail(c, 403, t('error.crossOrigin'), [], 'desk-crossOrigin');
    const fault = errorFile(error).messages[0]!;
    return fail(c, 500, error instanceof ProblemError ? formatMessage(fault) : fault.reason, [], fault.ruleId ?? 'internal');
  });
  app.notFound((c) => fail(c, 404, tOf(c)('error.nothingAt', { path: c.req.path })));

  // The reviewer's language: ?ui=, then the cookie it leaves, then Accept-Language; English for a client naming none.
  app.use(
    languageDetector({
      order: ['querystring', 'cookie', 'header'],
      lookupQueryString: 'ui',
      lookupCookie: LANGUAGE_COOKIE,
      caches: ['cookie'],
      cookieOptions: { path: '/', sameSite: 'Strict', httpOnly: true, secure: false, maxAge: 365 * 24 * 3600 },
      supportedLanguages: [...DESK_LANGUAGES],
      fallbackLanguage: 'en',
    }),
  );
  const deskHeaders = secureHeaders({ ...HEADERS, contentSecurityPolicy: DESK_CSP });
  const previewHeaders = secureHeaders({ ...HEADERS, xFrameOptions: 'SAMEORIGIN', contentSecurityPolicy: PREVIEW_CSP });
  app.use(async (c, next) => {
    await (PREVIEW_PATH.test(c.req.path) ? previewHeaders : deskHeaders)(c, next);
    c.header('Cache-Control', 'no-store');
  });

  app.use(addressCheck(guard, () => port));
  app.use(tokenCheck(guard, attempts));

  app.get('/', (c) => listPage(c));
  app.get('/search', (c) => searchView(c));
  app.get('/releases/:id', (c) => releaseView(c, c.req.param('id')));
  app.get('/preview/:language/:id', (c) => preview(c, c.req.param('language'), c.req.param('id')));

  // A state change must come from this server's own pages: a small body, the same origin (hono/csrf), a form, and
  // the form token of this session's pages.
  app.post(
    '/releases/*',
    bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => {
      c.header('Connection', 'close');
      throw new HttpError(413, 'tooLarge');
    } }),
    csrf(),
    async (c, next) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'formOnly');
      const form = new URLSearchParams(await c.req.text());
      if (!guard.formTokenValid(getCookie(c, SESSION_COOKIE), form.get('csrf'))) throw new HttpError(403, 'formToken');
      c.set('form', form);
      await next();
    },
  );
  app.post('/releases/:id/:language/:key/comment', (c) => comment(c, c.req.param('id'), c.req.param('language'), c.req.param('key')));
  app.post('/releases/:id/:language/:key/check', (c) => checkDraft(c, c.req.param('id'), c.req.param('language'), c.req.param('key')));
  app.post('/releases/:id/:language/:key/preview', (c) => previewDraft(c, c.req.param('id'), c.req.param('language'), c.req.param('key')));
  app.post('/releases/:id/:language/:key/:action', (c) => edit(c, c.req.param('id'), c.req.param('language'), c.req.param('key'), c.req.param('action')));
  app.post('/releases/:id/:language/approve-machine', (c) => edit(c, c.req.param('id'), c.req.param('language'), 'approve-machine', undefined));
  app.post('*', (c) => fail(c, 404, tOf(c)('error.nothingToPost', { path: c.req.path })));
  app.all('*', (c) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return fail(c, 404, tOf(c)('error.nothingAt', { path: c.req.path }));
    c.header('Allow', 'GET, POST');
    return fail(c, 405, tOf(c)('error.methodNotUsed', { method: c.req.method }));
  });

  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    server,
    url: `http://${shown}:${port}/`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
