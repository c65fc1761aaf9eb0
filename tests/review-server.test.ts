// The review server over plain HTTP: access, forms without JavaScript, limits and addresses.
import { request as httpRequest } from 'node:http';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startReviewServer, type ReviewServer } from '../pipeline/review/server.ts';
import { releasePage } from '../pipeline/review/pages.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { DESK_LANGUAGES, loadDeskStrings } from '../pipeline/review/i18n.ts';
import { FailedAttempts, sameSecret, tokenBits } from '../pipeline/review/security.ts';
import { countReviews, reviewSegments } from '../pipeline/translate/review.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import type { Release } from '../pipeline/release.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { reviewProject, RELEASE_ID, type ReviewProject } from './helpers/review-project.ts';
import { CLI, runCli } from './helpers/cli.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to the server under test, on 127.0.0.1 only; a POST names its origin, as browsers do. */
function call(server: ReviewServer, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const port = new URL(server.url).port;
  // An empty value leaves the header out, as a client that does not send it.
  const given = method === 'POST' ? { origin: `http://127.0.0.1:${port}`, ...options.headers } : (options.headers ?? {});
  const headers = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''));
  return new Promise((resolve, reject) => {
    // The path goes out as written, dot segments and all, the way a hostile client would send it.
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const cookieOf = (reply: Reply) => [reply.headers['set-cookie'] ?? []].flat().map((cookie) => cookie.split(';')[0]).join('; ');
const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

let fixture: ReviewProject;
let server: ReviewServer;
afterEach(async () => {
  await server?.close();
  fixture?.project.remove();
  server = undefined as unknown as ReviewServer;
  fixture = undefined as unknown as ReviewProject;
});

async function start(options: { token?: string } = {}) {
  fixture = reviewProject();
  server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'Ufficio stampa', token: options.token, now: () => new Date('2025-10-20T08:00:00Z') });
}

/** A browser-like session: the page's cookie and the form fields of one cell. */
async function session(language: 'en' | 'ja', key: string) {
  const page = await call(server, 'GET', `/releases/${RELEASE_ID}`);
  const cell = page.body.slice(page.body.indexOf(`id="cell-${language}-${key}"`));
  return { cookie: cookieOf(page), csrf: field(cell, 'csrf'), version: field(cell, 'version') };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = 'application/x-www-form-urlencoded';

describe('review server: who may use it', () => {
  it('makes a token of at least 128 bits for a desk beyond loopback, and prints it', async () => {
    fixture = reviewProject();
    server = await startReviewServer({ root: fixture.project.root, host: '0.0.0.0', port: 0, reviewer: 'x' });
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(tokenBits(server.token!)).toBeGreaterThanOrEqual(128);
    const other = await startReviewServer({ root: fixture.project.root, host: '0.0.0.0', port: 0, reviewer: 'x' });
    expect(other.token).not.toBe(server.token);
    await other.close();
    expect((await call(server, 'GET', '/')).status).toBe(401);
    expect((await call(server, 'GET', `/?token=${server.token}`)).status).toBe(303);

    const child = spawn(process.execPath, [CLI, 'review', '--host', '0.0.0.0', '--port', '0'], { cwd: fixture.project.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    const printed = await new Promise<RegExpExecArray>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const found = /Review server on http:\/\/0\.0\.0\.0:(\d+)\/\?token=([A-Za-z0-9_-]+)\n/.exec(output);
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before serving: ${output}`)));
    });
    const exited = once(child, 'exit');
    try {
      expect(tokenBits(printed[2]!)).toBeGreaterThanOrEqual(128);
      const signIn = await fetch(`http://127.0.0.1:${printed[1]}/?token=${printed[2]}`, { redirect: 'manual' });
      expect(signIn.status).toBe(303);
    } finally {
      child.kill('SIGINT');
    }
    expect((await exited)[0]).toBe(0);
  });

  it('refuses a given token shorter than 128 bits, saying how to make one', async () => {
    fixture = reviewProject();
    await expect(startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'x', token: 'a-long-access-token-1' })).rejects.toThrow(/at most 126 bits and needs 128 .*openssl rand -hex 16/);
    const cli = await runCli(['review', '--host', '0.0.0.0', '--port', '0', '--token', '0123456789abcdef0123456789abcde'], { cwd: fixture.project.root });
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^pressroom: error: the access token is too weak: it holds at most 124 bits and needs 128.* \[pressroom:weak-token\]$/m);
    expect(tokenBits('0123456789abcdef0123456789abcdef')).toBe(128);
    expect(tokenBits('password1234')).toBeLessThan(128);
  });

  it('slows down a client that keeps sending wrong tokens, even once it has the right one', async () => {
    fixture = reviewProject();
    const token = 'Zm9yLXRoZS1kZXNrLW9ubHktMTIzNDU2';
    server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'x', token, attempts: { free: 2, baseMs: 60_000 } });
    for (let attempt = 0; attempt < 3; attempt++) expect((await call(server, 'GET', `/?token=wrong-${attempt}`)).status).toBe(401);
    const locked = await call(server, 'GET', `/?token=${token}`);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBe('60');
    expect((await call(server, 'GET', '/', { headers: { authorization: `Bearer ${token}` } })).status).toBe(429);
    // Without any token the client is simply asked for one; that is not a guess.
    expect((await call(server, 'GET', '/')).status).toBe(401);
  });

  it('asks for the token, trades it for a cookie, and then serves', async () => {
    const token = '3f8a1c9e5b7d2f40a6c8e1b3d5f7a9c2';
    await start({ token });
    expect((await call(server, 'GET', '/')).status).toBe(401);
    expect((await call(server, 'GET', '/?token=wrong-token-000000')).status).toBe(401);
    const signIn = await call(server, 'GET', `/releases/${RELEASE_ID}?token=${token}`);
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe(`/releases/${RELEASE_ID}`);
    expect(String(signIn.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await call(server, 'GET', '/', { headers: { cookie: cookieOf(signIn) } })).status).toBe(200);
    expect((await call(server, 'GET', '/', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('answers only to loopback names, so a rebound domain is turned away', async () => {
    await start();
    expect((await call(server, 'GET', '/', { headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await call(server, 'GET', '/', { headers: { host: `localhost:${new URL(server.url).port}` } })).status).toBe(200);
  });
});

describe('cli: pressroom review', () => {
  it('prints its address, serves the project, and stops on Ctrl+C', async () => {
    fixture = reviewProject();
    const child = spawn(process.execPath, [CLI, 'review', '--port', '0'], { cwd: fixture.project.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8');
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        const found = /Review server on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found) resolve(found[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code} before serving: ${output}`)));
    });
    const page = await fetch(`${address}releases/${RELEASE_ID}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Pmi, dalla Regione Piemonte 12 milioni di euro');
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    expect((await exited)[0]).toBe(0);
  });
});

describe('review server: addresses and requests it refuses', () => {
  it('validates release ids: no path traversal, no unknown release', async () => {
    await start();
    for (const path of ['/releases/..%2F..%2Fpackage', '/releases/%2e%2e', '/releases/%2E%2e/package.json', '/releases/../package.json', '/releases/Bando%00', '/preview/ja/..%2Freleases%2Fx', '/releases/nope']) {
      const reply = await call(server, 'GET', path);
      expect([400, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('"dependencies"');
    }
  });

  it('finds a release by its id when its file is named otherwise', async () => {
    await start();
    const { text } = releaseFrom('nome-diverso', 'title: Un altro bando', 'Testo.');
    fixture.project.write('releases/file-qualsiasi.md', text);
    const list = await call(server, 'GET', '/');
    expect(list.body).toContain('href="/releases/nome-diverso"');
    const page = await call(server, 'GET', '/releases/nome-diverso');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Un altro bando');
  });

  it('limits request bodies (413) and accepts only form posts', async () => {
    await start();
    const key = fixture.keys[2]!;
    const { cookie, csrf, version } = await session('ja', key);
    const huge = await call(server, 'POST', `/releases/${RELEASE_ID}/ja/${key}/save`, { headers: { cookie, 'content-type': FORM }, body: form({ csrf, version, target: 'x'.repeat(70_000) }) });
    expect(huge.status).toBe(413);
    const json = await call(server, 'POST', `/releases/${RELEASE_ID}/ja/${key}/save`, { headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    expect((await call(server, 'PUT', `/releases/${RELEASE_ID}`)).status).toBe(405);
    expect((await call(server, 'GET', `/releases/${RELEASE_ID}/ja/${key}/save`)).status).toBe(404);
  });
});

describe('review server: forms without JavaScript', () => {
  it('saves and redirects back to the segment', async () => {
    await start();
    const key = fixture.keys[2]!;
    const { cookie, csrf, version } = await session('en', key);
    const reply = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie, 'content-type': FORM }, body: form({ csrf, version, target: 'SMEs get €12 million\r\nwithout script', reviewer: '' }) });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe(`/releases/${RELEASE_ID}#segment-${key}`);
    expect(fixture.memory('en').segments[key]).toMatchObject({ target: 'SMEs get €12 million\nwithout script', reviewer: 'Ufficio stampa', state: 'reviewed' });
    expect(fixture.memory('en').segments[key]!.updated).toMatch(/^2025-10-20T\d\d:00:00[+-]\d\d:\d\d$/);
  });

  it('creates the memory file of a language that has none yet', async () => {
    await start();
    const { rmSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const path = join(fixture.project.root, `locales/en/releases/${RELEASE_ID}.json`);
    rmSync(path);
    const key = fixture.keys[0]!;
    const { cookie, csrf, version } = await session('en', key);
    expect(version).toBe('none');
    const reply = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie, 'content-type': FORM }, body: form({ csrf, version, target: 'SMEs: €12 million' }) });
    expect(reply.status).toBe(303);
    expect(existsSync(path)).toBe(true);
    expect(fixture.memory('en')).toMatchObject({ release: RELEASE_ID, language: 'en', segments: { [key]: { target: 'SMEs: €12 million', state: 'reviewed' } } });
  });

  it('answers a conflicting save with a page showing both texts, escaped', async () => {
    await start();
    const key = fixture.keys[2]!;
    const first = await session('en', key);
    const second = await session('en', key);
    await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie: first.cookie, 'content-type': FORM }, body: form({ ...first, target: 'theirs < mine: €12 million', reviewer: 'Anna' }) });
    const reply = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie: second.cookie, 'content-type': FORM }, body: form({ ...second, target: 'mine: €12 million', reviewer: 'Kenji' }) });
    expect(reply.status).toBe(409);
    expect(reply.body).toContain('Someone else saved this segment first');
    expect(reply.body).toContain('theirs &#x3C; mine: €12 million');
    expect(reply.body).toMatch(/<textarea[^>]*>mine: €12 million<\/textarea>/);
    expect(fixture.memory('en').segments[key]!.target).toBe('theirs < mine: €12 million');
  });

  it('refuses a form post that names neither its origin nor its site, or comes from another site', async () => {
    await start();
    const key = fixture.keys[2]!;
    const { cookie, csrf, version } = await session('en', key);
    const before = fixture.memoryText('en');
    const post = (headers: Record<string, string>) =>
      call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie, 'content-type': FORM, ...headers }, body: form({ csrf, version, target: 'SMEs get €12 million' }) });
    const refused: Record<string, string>[] = [{ origin: '' }, { origin: 'http://evil.example' }, { origin: '', 'sec-fetch-site': 'cross-site' }];
    for (const headers of refused) {
      const reply = await post(headers);
      expect(reply.status).toBe(403);
      expect(reply.body).toContain('a request from another site was refused');
    }
    expect(fixture.memoryText('en')).toBe(before);
    expect((await post({ origin: '', 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });

  it('sends each page with its own script nonce and the security headers', async () => {
    await start();
    const page = await call(server, 'GET', `/releases/${RELEASE_ID}`);
    const nonce = /<script nonce="([^"]+)"/.exec(page.body)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; form-action 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; frame-src 'self'`,
    );
    expect(page.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' });
    expect(page.headers['strict-transport-security']).toBeUndefined();
    const again = await call(server, 'GET', `/releases/${RELEASE_ID}`);
    expect(/<script nonce="([^"]+)"/.exec(again.body)?.[1]).not.toBe(nonce);
  });

  it('refuses a post with another session\'s form token', async () => {
    await start();
    const key = fixture.keys[2]!;
    const mine = await session('en', key);
    const other = await session('en', key);
    const reply = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie: mine.cookie, 'content-type': FORM }, body: form({ csrf: other.csrf, version: mine.version, target: 'x' }) });
    expect(reply.status).toBe(403);
  });

  it('previews the page in any language, saying what is not translated', async () => {
    await start();
    const ja = await call(server, 'GET', `/preview/ja/${RELEASE_ID}`);
    expect(ja.status).toBe(200);
    expect(ja.body).toContain('<html lang="ja">');
    expect(ja.body).toContain('2 segments have no translation and are shown in Italian; 1 stale segment shows its old translation');
    expect(ja.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(ja.body).not.toMatch(/href="\.\.\//);
    const it = await call(server, 'GET', `/preview/it/${RELEASE_ID}`);
    expect(it.body).toContain('Every segment is translated');
  });

  it('previews a posted draft in the page, highlighted and sanitised, writing nothing; only the desk may frame it', async () => {
    await start();
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    const mine = await session('en', key);
    const draft = 'A draft with <em>emphasis</em><script>alert(1)</script> and <a href="javascript:alert(2)" onclick="alert(3)">a link</a>.';
    const reply = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/preview`, { headers: { cookie: mine.cookie, 'content-type': FORM }, body: form({ csrf: mine.csrf, target: draft }) });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatch(/<p class="pressroom-focus" id="pressroom-focus"><span class="dateline">TURIN \(ITALPRESS\) –<\/span> A draft with <em>emphasis<\/em> and <a>a link<\/a>\.<\/p>/);
    expect(reply.body).not.toMatch(/alert|javascript:|onclick/);
    expect(reply.body).toContain('The highlighted segment shows the text being edited, not saved yet.');
    expect(reply.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
    expect(reply.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(reply.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(fixture.memoryText('en')).toBe(before);
    // The saved page with ?segment= highlights the saved text.
    const saved = await call(server, 'GET', `/preview/en/${RELEASE_ID}?segment=${key}`);
    expect(saved.body).toMatch(/<p class="pressroom-focus" id="pressroom-focus"><span class="dateline">[^<]*<\/span> The Piedmont Region is making/);
    // A form post like any other: the session's form token, the same origin.
    const forged = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/preview`, { headers: { cookie: mine.cookie, 'content-type': FORM }, body: form({ csrf: 'x', target: draft }) });
    expect(forged.status).toBe(403);
    const unknown = await call(server, 'POST', `/releases/${RELEASE_ID}/en/0123456789abcdef/preview`, { headers: { cookie: mine.cookie, 'content-type': FORM }, body: form({ csrf: mine.csrf, target: draft }) });
    expect(unknown.status).toBe(404);
  });
});

describe('review pages: escaping and quotes', () => {
  /** The desk's page of `release` in English, its title translated as `title` and its body as `body`. */
  const englishPage = (release: Release, title: string, body: string) => {
    const memory = memoryOf(release, 'en', (source, index) => entry(source, index === 0 ? title : body));
    const reviews = reviewSegments(release, memory);
    fixture = reviewProject();
    const t = loadDeskStrings(fixture.project.root).t('en');
    return releasePage({ title: release.id, nonce: 'n', reviewer: 'x', t, language: 'en' }, release, [{ language: 'en', reviews: new Map(reviews.map((review) => [review.segment.key, review])), counts: countReviews(reviews) }], 'token');
  };

  it('keeps a hostile translation as text in the textarea and highlights quotes with their speakers', () => {
    const { release } = releaseFrom('q', 'title: T', '«Cresciamo», dichiara Anna Rossi.', [{ text: 'Cresciamo', name: 'Anna Rossi', role: 'assessora' }]);
    const html = englishPage(release, '</textarea><script>alert(1)</script>', '“<q data-quote="q1">We grow</q>”, says Anna Rossi.');
    expect(html).toContain('&#x3C;/textarea>&#x3C;script>alert(1)&#x3C;/script></textarea>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<q class="quote" data-quote="q1" title="q1: Anna Rossi, assessora">Cresciamo</q><span class="speaker" title="Anna Rossi, assessora">Anna Rossi</span>');
    expect(html).toContain('<p class="rendered" lang="en"');
  });

  it('shows a speaker the text only describes as a description, set apart from a name', () => {
    const { release } = releaseFrom('r', 'title: T', '«Qui non si dorme», racconta una residente.', [{ text: 'Qui non si dorme', description: 'residente' }]);
    const html = englishPage(release, 'T', '“<q data-quote="q1">Nobody sleeps here</q>”, says a resident.');
    expect(html).toContain('<q class="quote" data-quote="q1" title="q1: Described, not named: “residente”">Qui non si dorme</q><span class="speaker described" title="Described, not named: “residente”">residente</span>');
  });
});

describe('review server: wrong tokens', () => {
  it('doubles the wait after the free attempts, up to a ceiling, and forgets a client that got it right', () => {
    let clock = 0;
    const attempts = new FailedAttempts({ free: 2, baseMs: 1000, maxMs: 5000, now: () => clock });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      attempts.fail('10.0.0.7');
      waits.push(attempts.waitFor('10.0.0.7'));
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 5000]);
    expect(attempts.waitFor('10.0.0.8')).toBe(0);
    clock += 4999;
    expect(attempts.waitFor('10.0.0.7')).toBe(1);
    attempts.succeed('10.0.0.7');
    expect(attempts.waitFor('10.0.0.7')).toBe(0);
  });

  it('compares tokens of any length without throwing', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', 'abcd')).toBe(false);
  });
});

describe('review server: the desk\'s words', () => {
  it('has every word in Italian, English and Japanese, and will not start with one missing', async () => {
    fixture = reviewProject();
    const desk = loadDeskStrings(fixture.project.root);
    for (const language of DESK_LANGUAGES) expect(desk.t(language)('cell.save')).not.toBe('cell.save');
    expect(DESK_LANGUAGES.map((language) => desk.t(language)('release.approveAll', { count: 3 }))).toEqual([
      'Approva tutte le 3 traduzioni automatiche',
      'Approve all 3 machine translations',
      '機械翻訳 3 件をすべて承認',
    ]);
    const path = join(fixture.project.root, 'locales/ja/desk.json');
    const strings = JSON.parse(readFileSync(path, 'utf8')) as { cell: Record<string, unknown> };
    delete strings.cell.save;
    writeFileSync(path, JSON.stringify(strings));
    await expect(startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'x' })).rejects.toThrow('locales/ja/desk.json: missing "cell.save"');
  });

  it('reads desk.json like any project file: a link out of the project is refused, naming the file', async () => {
    fixture = reviewProject();
    const path = join(fixture.project.root, 'locales/en/desk.json');
    rmSync(path);
    symlinkSync('/dev/zero', path);
    const refused = startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'x' });
    await expect(refused).rejects.toThrow(/^locales\/en\/desk\.json: a symbolic link to \/dev\/zero, outside the project/);
    await expect(refused).rejects.toMatchObject({ file: { messages: [{ ruleId: 'not-a-file' }] } });
  });

  it('answers in the language asked for, from one i18next instance made at start', async () => {
    const created = vi.spyOn(i18next, 'createInstance');
    try {
      await start();
      const atStart = created.mock.calls.length;
      expect(atStart).toBe(1);
      await call(server, 'GET', `/preview/ja/${RELEASE_ID}`);
      // The preview's page labels are made once per language, then kept while ui.json stays the same.
      const warm = created.mock.calls.length;
      const pages = await Promise.all(['it', 'en', 'ja', 'it-CH,it;q=0.9', 'fr'].map((language) => call(server, 'GET', `/releases/${RELEASE_ID}`, { headers: { 'accept-language': language } })));
      await call(server, 'GET', `/preview/ja/${RELEASE_ID}`);
      await call(server, 'GET', `/preview/en/${RELEASE_ID}`);
      expect(created.mock.calls.length).toBe(warm);
      expect(pages.map((page) => /<html lang="(\w+)"/.exec(page.body)?.[1])).toEqual(['it', 'en', 'ja', 'it', 'en']);
      expect(pages[0]!.body).toContain('>Salva</button>');
      expect(pages[2]!.body).toContain('>保存</button>');
      const chosen = await call(server, 'GET', `/?ui=ja`, { headers: { 'accept-language': 'it' } });
      expect(chosen.body).toContain('<h1>校閲待ちのプレスリリース</h1>');
      expect(String(chosen.headers['set-cookie'])).toMatch(/pressroom_desk_language=ja; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict/);
    } finally {
      created.mockRestore();
    }
  });
});

describe('review server: the checks where reviewers save', () => {
  /** A one-paragraph release with its English memory, every segment in `state`, the paragraph translated as `paragraph`. */
  function simpleRelease(paragraph: string, state: 'machine' | 'reviewed') {
    const { release, text } = releaseFrom('semplice', 'title: Bando da 3 milioni', 'La Regione stanzia 3 milioni di euro.');
    fixture.project.write('releases/semplice.md', text);
    const targets = ['A €3 million call', paragraph];
    const memory = memoryOf(release, 'en', (source, index) => entry(source, targets[index]!, state === 'reviewed' ? { state, engine: 'human', reviewer: 'Anna' } : {}));
    fixture.project.write('locales/en/releases/semplice.json', serializeMemory(memory, release));
    return release;
  }

  it('gives a refusal to a script as a message with its address and rule, like the CLI\'s', async () => {
    await start();
    const key = fixture.keys[2]!;
    const { cookie, csrf, version } = await session('en', key);
    const refused = await call(server, 'POST', `/releases/${RELEASE_ID}/en/0000000000000000/save`, { headers: { cookie, 'content-type': FORM, accept: 'application/json' }, body: form({ csrf, version, target: 'x' }) });
    expect(refused.status).toBe(404);
    const answer = JSON.parse(refused.body) as { ok: boolean; message: string; problem: { file: string; reason: string; ruleId: string; source: string } };
    expect(answer.problem).toEqual({ file: `/releases/${RELEASE_ID}/en/0000000000000000/save`, reason: answer.message, ruleId: 'desk-unknown-segment', source: 'pressroom' });
  });

  it('refuses a save whose text has errors, naming them, and writes nothing; warnings do not block', async () => {
    await start();
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    const { cookie, csrf, version } = await session('en', key);
    const post = (target: string, json = true) =>
      call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/save`, { headers: { cookie, 'content-type': FORM, ...(json ? { accept: 'application/json' } : {}) }, body: form({ csrf, version, target }) });
    const refused = await post('The Region is making €10 million available to <b>SMEs.');
    expect(refused.status).toBe(422);
    const answer = JSON.parse(refused.body) as { ok: boolean; reason: string; message: string; findings: { rule: string; severity: string }[]; cell: string };
    expect(answer).toMatchObject({ ok: false, reason: 'check', message: 'Not saved: the checks found 3 errors in this translation; fix them and save again.' });
    expect(answer.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule).sort()).toEqual(['markup', 'numbers', 'numbers']);
    // The cell comes back with the findings beside the text, which is still in the box, and the version it had.
    expect(answer.cell).toContain('<li class="error" data-rule="numbers"><strong>Error</strong> the Italian has 12000000, not found in the translation');
    expect(answer.cell).toContain('>The Region is making €10 million available to &#x3C;b>SMEs.</textarea>');
    expect(answer.cell).toContain(`name="version" value="${version}"`);
    expect(fixture.memoryText('en')).toBe(before);
    // Without JavaScript the same refusal is a page with the cell and its findings.
    const page = await post('The Region is making €10 million available.', false);
    expect(page.status).toBe(422);
    expect(page.body).toContain('<h1>The checks found errors in this translation</h1>');
    expect(fixture.memoryText('en')).toBe(before);

    const saved = await post('The Region is making €12 million available to small firms');
    expect(saved.status).toBe(200);
    const cell = (JSON.parse(saved.body) as { cell: string }).cell;
    expect(cell).toContain('data-state="reviewed"');
    expect(cell).toContain('<li class="warning" data-rule="end-punctuation"><strong>Warning</strong>');
    expect(fixture.memory('en').segments[key]).toMatchObject({ target: 'The Region is making €12 million available to small firms', state: 'reviewed' });
  });

  it('refuses a comment holding a control character, and writes nothing', async () => {
    await start();
    const key = fixture.keys[2]!;
    const { cookie, csrf } = await session('en', key);
    const post = (text: string) => call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/comment`, { headers: { cookie, 'content-type': FORM, accept: 'application/json' }, body: form({ csrf, text }) });
    const refused = await post('Pasted from a PDF:\u0007 is this right?');
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, message: 'the comment holds a control character (U+0007), which is not text; delete it', problem: { ruleId: 'desk-commentControl' } });
    expect(existsSync(join(fixture.project.root, `locales/en/comments/${RELEASE_ID}.json`))).toBe(false);
    expect((await post('Is this right?\nSecond line.')).status).toBe(200);
  });

  it('refuses to approve a machine translation with errors', async () => {
    await start();
    const release = simpleRelease('The Region allocates €30 million.', 'machine');
    const page = await call(server, 'GET', '/releases/semplice?lang=en');
    const key = release.segments[1]!.key;
    const memoryPath = join(fixture.project.root, 'locales/en/releases/semplice.json');
    const before = readFileSync(memoryPath, 'utf8');
    const cellHtml = page.body.slice(page.body.indexOf(`id="cell-en-${key}"`));
    expect(cellHtml).toMatch(/^[^>]*data-errors="2"/);
    expect(page.body).toContain('<p class="blocked">1 machine translation has errors and is left out: fix it first.</p>');
    const reply = await call(server, 'POST', `/releases/semplice/en/${key}/approve`, {
      headers: { cookie: cookieOf(page), 'content-type': FORM, accept: 'application/json' },
      body: form({ csrf: field(cellHtml, 'csrf'), version: field(cellHtml, 'version') }),
    });
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body)).toMatchObject({ reason: 'check', message: 'Not approved: the checks found 2 errors in this translation; fix them and save.' });
    expect(readFileSync(memoryPath, 'utf8')).toBe(before);
  });

  it('approves all only the segments without errors, and says how many it skipped', async () => {
    await start();
    const release = simpleRelease('The Region allocates €30 million.', 'machine');
    const page = await call(server, 'GET', '/releases/semplice?lang=en');
    const summary = page.body.slice(page.body.indexOf('id="summary-en"'));
    expect(summary).toContain('>Approve the 1 machine translation</button>');
    const versions = field(summary, 'versions').replace(/&#x22;|&quot;/g, '"');
    expect(Object.keys(JSON.parse(versions) as object)).toHaveLength(2);
    const reply = await call(server, 'POST', '/releases/semplice/en/approve-machine', {
      headers: { cookie: cookieOf(page), 'content-type': FORM, accept: 'application/json' },
      body: form({ csrf: field(summary, 'csrf'), versions }),
    });
    expect(JSON.parse(reply.body)).toEqual({ ok: true, approved: 1, skipped: 1, message: 'Approved 1 machine translation. 1 with errors was skipped.' });
    // Without JavaScript the same is said on a page; with nothing left to approve, nothing more is approved.
    const again = await call(server, 'POST', '/releases/semplice/en/approve-machine', {
      headers: { cookie: cookieOf(page), 'content-type': FORM },
      body: form({ csrf: field(summary, 'csrf'), versions: JSON.stringify({ [release.segments[1]!.key]: JSON.parse(versions)[release.segments[1]!.key] }) }),
    });
    expect(again.status).toBe(200);
    expect(again.body).toContain('<p>Approved 0 machine translations. 1 with errors was skipped.</p>');
    const memory = JSON.parse(readFileSync(join(fixture.project.root, 'locales/en/releases/semplice.json'), 'utf8')) as { segments: Record<string, { state: string }> };
    expect(memory.segments[release.segments[0]!.key]!.state).toBe('reviewed');
    expect(memory.segments[release.segments[1]!.key]!.state).toBe('machine');
  });

  it('previews a withdrawn release as the build publishes it: the kill notice, none of its text', async () => {
    await start();
    const path = join(fixture.project.root, `releases/${RELEASE_ID}.md`);
    const reason = 'Il bando è stato annullato.';
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: /m, `status: withdrawn\nreason: ${reason}\nupdated: 2025-10-18T10:00:00+02:00\ntitle: `));
    for (const language of ['it', 'en', 'ja']) {
      const page = await call(server, 'GET', `/preview/${language}/${RELEASE_ID}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain(reason);
      expect(page.body).not.toContain('15 gennaio');
      expect(page.body).not.toContain('15 January');
      expect(page.body).not.toContain('€12 million available');
    }
    const en = await call(server, 'GET', `/preview/en/${RELEASE_ID}`);
    expect(en.body).toContain('This release has been withdrawn: do not use its text.');
    // What is left to do is the reason's translation, not the text withdrawn.
    expect(en.body).toContain('1 segment has no translation');
    expect(en.body).toContain('(in Italian)');
    // A draft of the reason shows as a saved one would publish: reviewed, in English.
    const key = loadReleases([{ path: `releases/${RELEASE_ID}.md`, text: readFileSync(path, 'utf8') }]).releases[0]!.withdrawal!.reason.key;
    const mine = await session('en', key);
    const drafted = await call(server, 'POST', `/releases/${RELEASE_ID}/en/${key}/preview`, { headers: { cookie: mine.cookie, 'content-type': FORM }, body: form({ csrf: mine.csrf, target: 'The call has been cancelled.' }) });
    expect(drafted.status).toBe(200);
    expect(drafted.body).toContain('The call has been cancelled.');
    expect(drafted.body).not.toContain(reason);
    // The desk's list counts what status counts: the reason alone, missing in both languages.
    const list = await call(server, 'GET', '/');
    const row = list.body.slice(list.body.indexOf(`/releases/${RELEASE_ID}`));
    const bars = [...row.matchAll(/<svg class="bar"[^>]*aria-label="([^"]*)"/g)].slice(0, 2).map((match) => match[1]);
    expect(bars).toEqual(['0 approved, 0 reviewed, 0 machine, 0 stale, 1 missing', '0 approved, 0 reviewed, 0 machine, 0 stale, 1 missing']);
  });

  it('previews a kill under the headline of the embargoed copy agencies hold, as the build does', async () => {
    await start();
    const path = join(fixture.project.root, `releases/${RELEASE_ID}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: /m, 'status: withdrawn\nreason: Il bando è stato annullato.\nupdated: 2025-10-18T10:00:00+02:00\ntitle: '));
    const copy = { version: 1, versionCreated: '2025-10-14T10:00:00+02:00', hash: 'of the copy', status: 'usable', headline: 'The headline agencies hold under embargo' };
    mkdirSync(join(fixture.project.root, '.pressroom/published'), { recursive: true });
    writeFileSync(join(fixture.project.root, `.pressroom/published/${RELEASE_ID}.json`), JSON.stringify({ embargoed: { en: copy } }));
    const en = await call(server, 'GET', `/preview/en/${RELEASE_ID}`);
    expect(en.status).toBe(200);
    expect(en.body).toContain('<h1>The headline agencies hold under embargo</h1>');
  });

  it('shows an error, not a kill under a headline nobody filed, when the record of what agencies hold cannot be read', async () => {
    await start();
    const path = join(fixture.project.root, `releases/${RELEASE_ID}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: /m, 'status: withdrawn\nreason: Il bando è stato annullato.\nupdated: 2025-10-18T10:00:00+02:00\ntitle: '));
    mkdirSync(join(fixture.project.root, '.pressroom/published'), { recursive: true });
    writeFileSync(join(fixture.project.root, `.pressroom/published/${RELEASE_ID}.json`), '{"en": {"version": 1, "versionCr');
    const en = await call(server, 'GET', `/preview/en/${RELEASE_ID}`);
    expect(en.status).toBe(409);
    expect(en.body).toContain(`.pressroom/published/${RELEASE_ID}.json`);
    expect(en.body).toContain('not valid JSON');
  });

  it('never previews "every segment is translated" while the checks find anything', async () => {
    await start();
    simpleRelease('The Region allocates €30 million.', 'reviewed');
    const withError = await call(server, 'GET', '/preview/en/semplice');
    expect(withError.body).toContain('Preview, not published. </strong>2 errors found by the checks. ');
    expect(withError.body).not.toContain('Every segment is translated');
    simpleRelease('The Region allocates €3 million.', 'machine');
    const machine = await call(server, 'GET', '/preview/en/semplice');
    expect(machine.body).toContain('2 segments are machine translations not yet reviewed.');
    expect(machine.body).not.toContain('Every segment is translated');
    simpleRelease('The Region allocates €3 million.', 'reviewed');
    const clean = await call(server, 'GET', '/preview/en/semplice');
    expect(clean.body).toContain('Every segment is translated.');
  });
});

describe('review server: checks on a draft (issue 19)', () => {
  it('runs the checks on the text being typed, with the form token only, and writes nothing', async () => {
    await start();
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    const { cookie, csrf } = await session('en', key);
    const check = (fields: Record<string, string>, path = `/releases/${RELEASE_ID}/en/${key}/check`) =>
      call(server, 'POST', path, { headers: { cookie, 'content-type': FORM, accept: 'application/json' }, body: form(fields) });
    const draft = await check({ csrf, target: 'The Region is making €10 million available to <b>SMEs.' });
    expect(draft.status).toBe(200);
    const answer = JSON.parse(draft.body) as { ok: boolean; errors: number; findings: { rule: string }[]; html: string };
    expect(answer.errors).toBe(3);
    expect(answer.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['markup', 'numbers']));
    expect(answer.html).toContain('<li class="error" data-rule="numbers">');
    const clean = JSON.parse((await check({ csrf, target: 'The Piedmont Region is making €12 million available to small and medium-sized enterprises investing in digital innovation.' })).body) as { errors: number; html: string };
    expect(clean).toMatchObject({ errors: 0, html: '' });
    expect((await check({ target: 'x' })).status).toBe(403);
    expect((await check({ csrf, target: 'x' }, `/releases/${RELEASE_ID}/en/${'0'.repeat(16)}/check`)).status).toBe(404);
    expect(fixture.memoryText('en')).toBe(before);
  });
});
