// Four eyes and comments at the desk (issue 19, points 6 and 7) in real headless Chromium: a reviewed text is
// approved only by someone other than its last editor, reviewers beyond loopback are named by their own tokens,
// and every segment has a thread of comments kept beside the memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumPerFile, POLL } from './helpers/browser.ts';
import { startReviewServer, type ReviewServer, type ReviewServerOptions } from '../pipeline/review/server.ts';
import { reviewProject, RELEASE_ID, type ReviewProject } from './helpers/review-project.ts';
import { releaseFrom } from './helpers/review.ts';
import { exportXliff } from '../pipeline/xliff/export.ts';
import type { Comments } from '../pipeline/translate/comments.ts';

const ANNA = 'a3f1c9e27b4d8f60a3f1c9e27b4d8f61';
const BRUNO = '5be0d7a19c3e4f825be0d7a19c3e4f83';

let fixture: ReviewProject;
let server: ReviewServer;

const chromium = chromiumPerFile();
afterEach(async () => {
  await server?.close();
  fixture?.project.remove();
  server = undefined as unknown as ReviewServer;
  fixture = undefined as unknown as ReviewProject;
});

/** The review project with four eyes on for English (its publication policy requires approved). */
async function start(options: Partial<ReviewServerOptions> = {}) {
  fixture = reviewProject();
  fixture.project.write('package.json', JSON.stringify({ pressroom: { publication: { en: 'approved' } } }));
  server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'default reviewer', ...options });
}

/** The desk's address as a browser on this machine reaches it (a desk on 0.0.0.0 answers on 127.0.0.1 too). */
const address = () => server.url.replace('0.0.0.0', '127.0.0.1');

async function open(path: string, options: { name?: string; locale?: string } = {}): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: options.locale ?? 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${address()}${path}`);
  if (options.name !== undefined) {
    await page.fill('#reviewer', options.name);
    await page.locator('#reviewer').dispatchEvent('input');
  }
  return page;
}

const cell = (page: Page, language: 'en' | 'ja', key: string) => page.locator(`#cell-${language}-${key}`);
const approveButton = (page: Page, language: 'en' | 'ja', key: string) => cell(page, language, key).locator('button.approve');
const comments = (language: 'en' | 'ja'): Comments => JSON.parse(readFileSync(join(fixture.project.root, `locales/${language}/comments/${RELEASE_ID}.json`), 'utf8')) as Comments;

describe('four eyes on loopback, with typed names', () => {
  it('offers Approve only to someone other than the last editor, records who and when, and an edit drops it', async () => {
    await start();
    const title = fixture.keys[0]!;
    // Laura Ferrero wrote the English title: she is not offered its approval.
    const page = await open(`releases/${RELEASE_ID}?lang=en`, { name: 'Laura Ferrero' });
    expect(await cell(page, 'en', title).getAttribute('data-state')).toBe('reviewed');
    expect(await cell(page, 'en', title).locator('.awaiting').textContent()).toBe('awaiting a second reviewer');
    await expect.poll(() => approveButton(page, 'en', title).isHidden(), POLL).toBe(true);

    // Nor does the server take it from her, whatever the page shows.
    await page.evaluate(`(() => { const button = document.querySelector('#cell-en-${title} button.approve'); button.form.requestSubmit(button); })()`);
    await expect.poll(() => cell(page, 'en', title).locator('.status').textContent(), POLL).toContain('Laura Ferrero last edited this text, and four eyes apply: someone else must approve it');
    expect(fixture.memory('en').segments[title]).not.toHaveProperty('approvedBy');

    // Anna is someone else: she approves it.
    await page.fill('#reviewer', 'Anna');
    await page.locator('#reviewer').dispatchEvent('input');
    await expect.poll(() => approveButton(page, 'en', title).isVisible(), POLL).toBe(true);
    await approveButton(page, 'en', title).click();
    await expect.poll(() => cell(page, 'en', title).getAttribute('data-state'), POLL).toBe('approved');
    expect(await cell(page, 'en', title).locator('.pill').first().textContent()).toBe('approved');
    expect(await cell(page, 'en', title).locator('.approved-by').textContent()).toMatch(/^approved by Anna · \d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(fixture.memory('en').segments[title]).toMatchObject({ state: 'reviewed', reviewer: 'Laura Ferrero', approvedBy: 'Anna' });
    expect(fixture.memory('en').segments[title]!.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await page.locator('#summary-en .pill.approved').textContent()).toBe('1 approved');
    await page.screenshot({ path: join(ARTIFACTS, 'review-four-eyes-approved.png'), fullPage: false });

    // The filter keeps only approved segments.
    const filtered = await open(`releases/${RELEASE_ID}?lang=en&state=approved`);
    expect(await filtered.locator('.row').count()).toBe(1);
    expect(await filtered.locator(`#segment-${title}`).count()).toBe(1);
    await filtered.context().close();

    // An edit after approval drops it; its new last editor, Anna, is not offered the approval.
    await cell(page, 'en', title).locator('textarea').fill('SMEs: €12 million from the Piedmont Region for going digital');
    await cell(page, 'en', title).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'en', title).getAttribute('data-state'), POLL).toBe('reviewed');
    expect(fixture.memory('en').segments[title]).toMatchObject({ reviewer: 'Anna', target: 'SMEs: €12 million from the Piedmont Region for going digital' });
    expect(fixture.memory('en').segments[title]).not.toHaveProperty('approvedBy');
    await expect.poll(() => approveButton(page, 'en', title).isHidden(), POLL).toBe(true);
    // Japanese has no four eyes here: its reviewed title offers no Approve at all.
    const both = await open(`releases/${RELEASE_ID}`, { name: 'Anna' });
    expect(await approveButton(both, 'ja', title).count()).toBe(0);
    await both.context().close();
    await page.context().close();
  });
});

describe('four eyes beyond loopback: each reviewer has a token of their own that names them', () => {
  it('records the token\'s name, not a typed one, and lets only the other reviewer approve', async () => {
    await start({ host: '0.0.0.0', reviewers: [{ name: 'Anna Rossi', token: ANNA }, { name: 'Bruno Neri', token: BRUNO }] });
    expect(server.token).toBeUndefined();
    const machine = fixture.keys[2]!;

    const anna = await open(`releases/${RELEASE_ID}?lang=en&token=${ANNA}`);
    expect(await anna.locator('#reviewer').inputValue()).toBe('Anna Rossi');
    expect(await anna.locator('#reviewer').getAttribute('readonly')).not.toBeNull();
    // Typing another name changes nothing: the server records whom the token names.
    await anna.evaluate(`(() => { const input = document.getElementById('reviewer'); input.readOnly = false; input.value = 'Bruno Neri'; })()`);
    await cell(anna, 'en', machine).locator('textarea').fill('The Piedmont Region is making €12 million available to SMEs investing in digital innovation.');
    await cell(anna, 'en', machine).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(anna, 'en', machine).getAttribute('data-state'), POLL).toBe('reviewed');
    expect(fixture.memory('en').segments[machine]!.reviewer).toBe('Anna Rossi');
    // Her own text: the desk does not even offer her its approval.
    expect(await approveButton(anna, 'en', machine).count()).toBe(0);
    // Reloaded, the page names her again, and still offers no approval of her own text.
    await anna.reload();
    expect(await anna.locator('#reviewer').inputValue()).toBe('Anna Rossi');
    expect(await approveButton(anna, 'en', machine).count()).toBe(0);
    await cell(anna, 'en', machine).scrollIntoViewIfNeeded();
    await anna.screenshot({ path: join(ARTIFACTS, 'review-four-eyes-own-token.png') });

    const bruno = await open(`releases/${RELEASE_ID}?lang=en&token=${BRUNO}`);
    expect(await bruno.locator('#reviewer').inputValue()).toBe('Bruno Neri');
    await approveButton(bruno, 'en', machine).click();
    await expect.poll(() => cell(bruno, 'en', machine).getAttribute('data-state'), POLL).toBe('approved');
    expect(fixture.memory('en').segments[machine]).toMatchObject({ reviewer: 'Anna Rossi', approvedBy: 'Bruno Neri' });

    // A wrong token is refused, as any wrong access token is.
    const stranger = await open(`releases/${RELEASE_ID}?token=${'f'.repeat(32)}`);
    expect(await stranger.locator('h1').textContent()).toBe('Access token needed');
    for (const page of [anna, bruno, stranger]) await page.context().close();
  });

  it('with one shared token, names are anybody\'s: Approve is neither offered nor accepted', async () => {
    await start({ host: '0.0.0.0' });
    const title = fixture.keys[0]!;
    const page = await open(`releases/${RELEASE_ID}?lang=en&token=${server.token}`, { name: 'Anna' });
    expect(await approveButton(page, 'en', title).count()).toBe(0);
    const answer = (await page.evaluate(`(async () => {
      const body = new URLSearchParams(new FormData(document.querySelector('#cell-en-${title} form.edit')));
      body.set('reviewer', 'Anna');
      const response = await fetch('/releases/${RELEASE_ID}/en/${title}/approve', { method: 'POST', body, headers: { Accept: 'application/json' } });
      return { status: response.status, body: await response.json() };
    })()`)) as { status: number; body: { message: string } };
    expect(answer.status).toBe(403);
    expect(answer.body.message).toContain('approving needs your own token');
    expect(fixture.memory('en').segments[title]).not.toHaveProperty('approvedBy');
    await page.context().close();
  });
});

describe('comments: a thread per segment, beside the memory', () => {
  it('adds a comment, counts it on the badge, keeps it in the comments file and exports it as an XLIFF note', async () => {
    await start();
    const machine = fixture.keys[2]!;
    const page = await open(`releases/${RELEASE_ID}`, { name: 'Anna' });
    const box = page.locator(`#comments-en-${machine}`);
    expect(await box.locator('.badge').textContent()).toBe('0');
    await box.locator('summary').click();
    await box.locator('textarea').fill('Are the “piccole e medie imprese” SMEs in the EU sense here?\nThe call text says so.');
    await box.getByRole('button', { name: 'Add comment' }).click();
    const thread = page.locator(`#comments-en-${machine}`);
    await expect.poll(() => thread.locator('.badge').textContent(), POLL).toBe('1');
    expect(await thread.locator('.comment-head strong').textContent()).toBe('Anna');
    expect(await thread.locator('.comment-text').textContent()).toBe('Are the “piccole e medie imprese” SMEs in the EU sense here?\nThe call text says so.');
    expect(comments('en').threads[machine]).toEqual([{ id: 'c1', author: 'Anna', at: expect.stringMatching(/^\d{4}-/), text: 'Are the “piccole e medie imprese” SMEs in the EU sense here?\nThe call text says so.' }]);

    // The Italian author answers, in the Japanese desk: the same thread, in English's column, with the desk's words in Japanese.
    const author = await open(`releases/${RELEASE_ID}`, { name: 'Marco Bianchi', locale: 'ja-JP' });
    const theirs = author.locator(`#comments-en-${machine}`);
    expect(await theirs.locator('summary').textContent()).toContain('コメント');
    expect(await theirs.getAttribute('open')).not.toBeNull();
    await theirs.locator('textarea').fill('Sì: PMI secondo la definizione europea.');
    await theirs.getByRole('button', { name: 'コメントを追加' }).click();
    await expect.poll(() => author.locator(`#comments-en-${machine} .badge`).textContent(), POLL).toBe('2');
    await author.screenshot({ path: join(ARTIFACTS, 'review-comments-ja.png') });
    expect(comments('en').threads[machine]!.map((comment) => [comment.id, comment.author])).toEqual([['c1', 'Anna'], ['c2', 'Marco Bianchi']]);
    // The Japanese column's thread of the same segment is its own, still empty.
    expect(await author.locator(`#comments-ja-${machine} .badge`).textContent()).toBe('0');

    // Reloaded, the thread is read back from the file; the translation memory itself was not touched.
    await page.reload();
    expect(await page.locator(`#comments-en-${machine} .badge`).textContent()).toBe('2');
    await cell(page, 'en', machine).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'review-comments-thread.png') });
    expect(fixture.memory('en').segments[machine]!.state).toBe('machine');

    const xml = exportXliff('en', [{ release: fixture.release, memory: fixture.memory('en'), comments: comments('en') }]);
    expect(xml).toMatch(/<note id="comment-c1" category="comment">Anna, \d{4}-\d\d-\d\d \d\d:\d\d: Are the “piccole e medie imprese” SMEs in the EU sense here\?\nThe call text says so\.<\/note>/);
    expect(xml).toContain('category="comment">Marco Bianchi, ');
    for (const opened of [page, author]) await opened.context().close();
  });

  it('shows a stale segment the thread of its old Italian, and moves it with the translation when saved', async () => {
    await start();
    const stale = fixture.keys[3]!;
    // The thread was started on the Italian before it changed: under the old segment key.
    const old = releaseFrom(RELEASE_ID, 'title: x', 'Le domande si presentano online dal 15 gennaio 2026.').release.segments[1]!.key;
    fixture.project.write(`locales/en/comments/${RELEASE_ID}.json`, JSON.stringify({ release: RELEASE_ID, language: 'en', threads: { [old]: [{ id: 'c1', author: 'Anna', at: '2025-10-14T10:00:00+02:00', text: 'Until when can one apply?' }] } }));
    const page = await open(`releases/${RELEASE_ID}?lang=en`, { name: 'Bruno' });
    expect(await cell(page, 'en', stale).getAttribute('data-state')).toBe('stale');
    expect(await page.locator(`#comments-en-${stale} .comment-text`).textContent()).toBe('Until when can one apply?');
    await cell(page, 'en', stale).locator('textarea').fill('Applications are accepted online only, from 15 January to 31 March 2026.');
    await cell(page, 'en', stale).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'en', stale).getAttribute('data-state'), POLL).toBe('reviewed');
    expect(comments('en').threads).toEqual({ [stale]: [{ id: 'c1', author: 'Anna', at: '2025-10-14T10:00:00+02:00', text: 'Until when can one apply?' }] });
    expect(await page.locator(`#comments-en-${stale} .badge`).textContent()).toBe('1');
    await page.context().close();
  });
});
