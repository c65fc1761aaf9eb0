// `pressroom review`: a small node:http server over releases/ and locales/. Every request reads the files afresh, so
// what reviewers see is what is on disk; every edit goes through the translation-memory operations and is written
// atomically, one write at a time per memory file.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { loadReleases } from '../publish/render-release.ts';
import type { Language, Release, TargetLanguage } from '../release.ts';
import { LANGUAGES, TARGET_LANGUAGES } from '../release.ts';
import { RELEASE_ID } from '../parse/index.ts';
import { formatMessages } from '../problems.ts';
import { readBaseUrl, readReleases, readUi } from '../project/read.ts';
import { editableMemory, readMemorySource, updateMemory, type MemorySource } from '../project/workspace.ts';
import { localIso } from '../local-time.ts';
import { approveMachineSegments, approveSegment, countReviews, reviewSegments, saveTarget, type EditFailure, type EditResult } from '../translate/review.ts';
import type { Memory } from '../translate/memory.ts';
import { createLabels } from '../render/i18n.ts';
import { localize } from '../render/localize.ts';
import { renderReleasePage } from '../render/html.ts';
import { BodyTooLarge, Guard, isLoopback, readBody, SESSION_COOKIE, AUTH_COOKIE, cookies } from './security.ts';
import { conflictPage, fragment, languageSummary, messagePage, releaseListPage, releasePage, segmentCell, type LanguageColumn, type PageFrame } from './pages.ts';

export interface ReviewServerOptions {
  /** Project directory holding releases/ and locales/. */
  root: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Required for any host but loopback; reviewers open /?token=… once. */
  token?: string;
  /** Name recorded when a reviewer gives none. */
  reviewer: string;
  /** The clock for `updated`. */
  now?: () => Date;
}

export interface ReviewServer {
  server: Server;
  /** http://host:port/ */
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
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
  if (!RELEASE_ID.test(id)) throw new HttpError(404, `no release ${id}`);
  const { releases, reports } = loadReleases(await readReleases(root));
  const release = releases.find((candidate) => candidate.id === id);
  if (!release) {
    const problems = reports.filter((file) => file.stem === id).flatMap(formatMessages);
    throw new HttpError(problems.length ? 422 : 404, problems.length ? problems.join('\n') : `no release ${id} in releases/`);
  }
  return release;
}

function column(language: TargetLanguage, release: Release, source: MemorySource): LanguageColumn {
  const memory = source.text === undefined ? undefined : source.memory;
  if (source.text !== undefined && !memory) {
    // Shown read-only with every segment missing, and the file's problems above.
    const reviews = reviewSegments(release, undefined);
    return { language, reviews: new Map(reviews.map((review) => [review.segment.key, review])), problem: formatMessages(source.file).join('\n') };
  }
  const reviews = reviewSegments(release, memory);
  return { language, reviews: new Map(reviews.map((review) => [review.segment.key, review])), counts: countReviews(reviews) };
}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const loopback = isLoopback(options.host);
  if (!loopback && !options.token) {
    throw new Error(`listening on ${options.host} makes the review server reachable from other machines; give it an access token with --token (for example --token $(openssl rand -hex 16))`);
  }
  if (options.token !== undefined && options.token.length < 12) throw new Error('the access token must be at least 12 characters long');
  const now = options.now ?? (() => new Date());
  let port = options.port;
  const guard = new Guard({ token: options.token, port: () => port, loopbackOnly: loopback });
  const locks = new Map<string, Promise<unknown>>();

  /** Run `task` after every earlier task on the same file, so read-modify-write never interleaves. */
  function exclusive<T>(path: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(path) ?? Promise.resolve();
    const next = previous.then(task, task);
    locks.set(path, next.catch(() => undefined));
    return next;
  }

  function send(response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string | string[]> = {}, nonce?: string): void {
    const csp = nonce
      ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; form-action 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'`
      : "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      ...extra,
    });
    response.end(body);
  }

  function session(request: IncomingMessage): { id: string; cookie?: string } {
    const existing = cookies(request).get(SESSION_COOKIE);
    if (existing && /^[0-9a-f]{48}$/.test(existing)) return { id: existing };
    const id = guard.newSession();
    return { id, cookie: `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict` };
  }

  function frame(title: string, nonce: string): PageFrame {
    return { title, nonce, reviewer: options.reviewer };
  }

  function html(request: IncomingMessage, response: ServerResponse, status: number, render: (nonce: string, csrf: string) => string): void {
    const nonce = randomBytes(16).toString('base64');
    const { id, cookie } = session(request);
    send(response, status, 'text/html; charset=utf-8', render(nonce, guard.csrfFor(id)), cookie ? { 'Set-Cookie': cookie } : {}, nonce);
  }

  const wantsJson = (request: IncomingMessage) => (request.headers.accept ?? '').includes('application/json');

  function fail(request: IncomingMessage, response: ServerResponse, status: number, message: string): void {
    if (request.method === 'POST' && wantsJson(request)) {
      send(response, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, message }));
      return;
    }
    const headings: Record<number, string> = { 400: 'Bad request', 401: 'Access token needed', 403: 'Refused', 404: 'Not found', 405: 'Method not allowed', 409: 'Conflict', 413: 'Too large', 415: 'Unsupported form', 421: 'Wrong address', 422: 'The release has errors', 500: 'Something went wrong' };
    html(request, response, status, (nonce) => messagePage(frame(headings[status] ?? 'Error', nonce), headings[status] ?? 'Error', message.split('\n')));
  }

  async function listPage(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { releases, reports } = loadReleases(await readReleases(options.root));
    const summaries = await Promise.all(
      releases.map(async (release) => ({
        release,
        languages: await Promise.all(
          TARGET_LANGUAGES.map(async (language) => {
            const source = await readMemorySource(options.root, language, release.id);
            const result = column(language, release, source);
            return { language, counts: result.counts, problem: result.problem ? 'memory file has errors' : undefined };
          }),
        ),
      })),
    );
    const broken = reports.flatMap(formatMessages);
    html(request, response, 200, (nonce) => releaseListPage(frame('Releases', nonce), summaries, broken));
  }

  async function columns(release: Release, languages: readonly TargetLanguage[]): Promise<LanguageColumn[]> {
    return Promise.all(languages.map(async (language) => column(language, release, await readMemorySource(options.root, language, release.id))));
  }

  async function releaseView(request: IncomingMessage, response: ServerResponse, id: string, query: URLSearchParams): Promise<void> {
    const release = await readRelease(options.root, id);
    const only = query.get('lang');
    const languages = only && isTarget(only) ? [only] : TARGET_LANGUAGES;
    const view = await columns(release, languages);
    html(request, response, 200, (nonce, csrf) => releasePage(frame(release.id, nonce), release, view, csrf));
  }

  /** The page as it would be published, rendered in memory; what is untranslated is said so at the top. */
  async function preview(request: IncomingMessage, response: ServerResponse, language: string, id: string): Promise<void> {
    if (!(LANGUAGES as readonly string[]).includes(language)) throw new HttpError(404, `no language ${language}`);
    const release = await readRelease(options.root, id);
    const ui = await readUi(options.root);
    const labels = createLabels(language as Language, ui[language as Language]);
    let memory: Memory | undefined;
    const gaps: string[] = [];
    if (language !== 'it') {
      const source = await readMemorySource(options.root, language as TargetLanguage, id);
      if (source.text !== undefined && !source.memory) throw new HttpError(422, formatMessages(source.file).join('\n'));
      // Fill the gaps for the preview only: stale segments with their old translation, missing ones with the Italian.
      const segments: Memory['segments'] = {};
      let missing = 0;
      let stale = 0;
      for (const review of reviewSegments(release, source.memory)) {
        const entry = review.entry ?? { source: review.segment.source, target: '', state: 'machine' as const, engine: 'preview', updated: '' };
        if (review.state === 'stale') stale++;
        if (review.state === 'missing') missing++;
        const target = review.state === 'missing' ? review.segment.source : review.target;
        segments[review.segment.key] = { ...entry, source: review.segment.source, target };
      }
      if (missing) gaps.push(`${missing} segment${missing === 1 ? ' has' : 's have'} no translation and ${missing === 1 ? 'is' : 'are'} shown in Italian`);
      if (stale) gaps.push(`${stale} stale segment${stale === 1 ? ' shows its' : 's show their'} old translation`);
      memory = { release: id, language: language as TargetLanguage, segments };
    }
    const result = localize(release, labels, memory);
    if (!result.ok) throw new HttpError(500, 'the preview could not be rendered');
    const names = Object.fromEntries(LANGUAGES.map((code) => [code, createLabels(code, ui[code]).t('languageName')])) as Record<Language, string>;
    const rendered = renderReleasePage(result.release, labels, { alternates: {}, languageNames: names, baseUrl: await readBaseUrl(options.root), locales: {} });
    const tree = fromHtml(rendered) as Root;
    const body = (tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')?.children ?? []).find(
      (node): node is Element => node.type === 'element' && node.tagName === 'body',
    );
    const banner = h(
      'div',
      { role: 'note', style: 'background:#fff7e0;border-bottom:1px solid #e0c060;padding:.6rem 1.25rem;font:14px/1.5 system-ui,sans-serif;color:#5a4300' },
      [
        h('strong', 'Preview, not published. '),
        gaps.length ? `${gaps.join('; ')}. ` : 'Every segment is translated. ',
        h('a', { href: `/releases/${id}` }, 'Back to the review'),
      ],
    );
    body?.children.unshift(banner);
    // The page links to its neighbours in out/; here they would lead nowhere, so they lead back to the review.
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('../')) node.properties.href = `/releases/${id}`;
    });
    send(response, 200, 'text/html; charset=utf-8', toHtml(tree));
  }

  async function edit(request: IncomingMessage, response: ServerResponse, parts: string[], form: URLSearchParams): Promise<void> {
    const [, id = '', language = '', keyOrAction = '', action = ''] = parts;
    if (!isTarget(language)) throw new HttpError(404, `no translation language ${language}`);
    const bulk = keyOrAction === 'approve-machine' && parts.length === 4;
    if (parts.length > 5) throw new HttpError(404, 'no such action');
    if (!bulk && (!KEY.test(keyOrAction) || !['save', 'approve'].includes(action))) throw new HttpError(404, 'no such action');
    const release = await readRelease(options.root, id);
    const reviewer = reviewerName(form.get('reviewer'), options.reviewer);
    const time = localIso(now());
    const path = `${language}/${id}`;

    type Outcome = { kind: 'bulk-conflict'; failures: EditFailure[] } | { kind: 'bulk'; approved: number } | { kind: 'single'; result: EditResult };
    const outcome = await exclusive(path, () => updateMemory(options.root, language, release, (source): { memory?: Memory; answer: Outcome } => {
      const memory = editableMemory(source, language, release);
      if (!memory) throw new HttpError(409, `locales/${language}/releases/${id}.json has errors; fix it first:\n${formatMessages(source.file).join('\n')}`);
      if (bulk) {
        let versions: Record<string, string>;
        try {
          versions = JSON.parse(form.get('versions') ?? '') as Record<string, string>;
          if (typeof versions !== 'object' || versions === null || Object.values(versions).some((value) => typeof value !== 'string')) throw new Error('shape');
        } catch {
          throw new HttpError(400, 'the list of segments to approve is missing; reload the page');
        }
        const result = approveMachineSegments(release, memory, { versions, reviewer, now: time });
        if (!result.ok) return { answer: { kind: 'bulk-conflict', failures: result.conflicts } };
        return { memory: result.approved.length > 0 ? result.memory : undefined, answer: { kind: 'bulk', approved: result.approved.length } };
      }
      const version = form.get('version') ?? '';
      const result: EditResult =
        action === 'save'
          ? saveTarget(release, memory, { key: keyOrAction, version, reviewer, now: time, target: (form.get('target') ?? '').replace(/\r\n?/g, '\n') })
          : approveSegment(release, memory, { key: keyOrAction, version, reviewer, now: time });
      return { memory: result.ok && result.memory !== memory ? result.memory : undefined, answer: { kind: 'single', result } };
    }));

    const { id: sessionId } = session(request);
    const csrf = guard.csrfFor(sessionId);
    if (outcome.kind === 'bulk-conflict') {
      const message = `${outcome.failures.length} segment${outcome.failures.length === 1 ? '' : 's'} changed since you opened the page; nothing was approved. Reload to see them.`;
      if (wantsJson(request)) send(response, 409, 'application/json; charset=utf-8', JSON.stringify({ ok: false, reason: 'conflict', message }));
      else fail(request, response, 409, message);
      return;
    }
    if (outcome.kind === 'bulk') {
      if (wantsJson(request)) send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, approved: outcome.approved }));
      else send(response, 303, 'text/plain; charset=utf-8', 'approved', { Location: `/releases/${id}` });
      return;
    }
    const { result } = outcome;
    if (!result.ok) {
      const failure = result as EditFailure;
      const status = failure.reason === 'unknown-segment' ? 404 : 409;
      const current = 'current' in failure ? failure.current : undefined;
      if (wantsJson(request)) {
        send(response, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, reason: failure.reason, message: failure.message, theirs: current?.target, version: current?.version }));
      } else if (failure.reason === 'conflict' && current) {
        const mine = (form.get('target') ?? current.target).replace(/\r\n?/g, '\n');
        html(request, response, 409, (nonce) => conflictPage(frame('Conflict', nonce), { release, language, review: current, csrf, message: failure.message, mine }));
      } else {
        fail(request, response, status, failure.message);
      }
      return;
    }
    if (!wantsJson(request)) {
      send(response, 303, 'text/plain; charset=utf-8', 'saved', { Location: `/releases/${id}#segment-${result.review.segment.key}` });
      return;
    }
    const saved = action === 'save' ? 'Saved' : 'Approved';
    const cell = segmentCell({ release, language, review: result.review, csrf, notice: { kind: 'ok', text: `${saved} as ${reviewer}, ${time.slice(11, 16)}.` } });
    const [summaryColumn] = await columns(release, [language]);
    send(response, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, cell: fragment(cell), summary: fragment(languageSummary(release, summaryColumn!, csrf)) }));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!guard.hostAllowed(request)) throw new HttpError(421, `this server answers to 127.0.0.1:${port} or localhost:${port} only`);
    // Dot segments, plain or percent-encoded, never name anything here: refuse them before URL parsing folds them away.
    if (/(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i.test(request.url ?? '')) throw new HttpError(400, 'the address is not valid');
    const url = new URL(request.url ?? '/', 'http://review.invalid');
    let parts: string[];
    try {
      parts = url.pathname.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
    } catch {
      throw new HttpError(400, 'the address is not valid');
    }
    if (parts.some((part) => part === '.' || part === '..' || /[/\\\0]/.test(part))) throw new HttpError(400, 'the address is not valid');

    if (guard.needsToken && request.method === 'GET' && guard.tokenMatches(url.searchParams.get('token'))) {
      // The token is traded for a cookie once, and dropped from the address bar.
      url.searchParams.delete('token');
      send(response, 303, 'text/plain; charset=utf-8', 'signed in', {
        Location: `${url.pathname}${url.search}`,
        'Set-Cookie': `${AUTH_COOKIE}=${guard.authCookie()}; Path=/; HttpOnly; SameSite=Strict`,
      });
      return;
    }
    if (!guard.authenticated(request)) {
      throw new HttpError(401, 'This review server needs its access token: open the address pressroom review printed, ending in ?token=…');
    }

    if (request.method === 'GET' || request.method === 'HEAD') {
      if (parts.length === 0) return listPage(request, response);
      if (parts[0] === 'releases' && parts.length === 2) return releaseView(request, response, parts[1]!, url.searchParams);
      if (parts[0] === 'preview' && parts.length === 3) return preview(request, response, parts[1]!, parts[2]!);
      throw new HttpError(404, `nothing at ${url.pathname}`);
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'GET, POST');
      throw new HttpError(405, `${request.method} is not used here`);
    }
    if (parts[0] !== 'releases' || parts.length < 4) throw new HttpError(404, `nothing to post to at ${url.pathname}`);
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'send the form as application/x-www-form-urlencoded');
    const form = new URLSearchParams(await readBody(request));
    const allowed = guard.postAllowed(request, form);
    if (!allowed.ok) throw new HttpError(403, allowed.reason);
    return edit(request, response, parts, form);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof BodyTooLarge) {
        response.setHeader('Connection', 'close');
        fail(request, response, 413, 'the request is too large');
        request.resume();
        return;
      }
      if (error instanceof HttpError) {
        fail(request, response, error.status, error.message);
        return;
      }
      fail(request, response, 500, error instanceof Error ? error.message : String(error));
    });
  });
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
