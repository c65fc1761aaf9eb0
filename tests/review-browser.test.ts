// The review UI in real headless Chromium, against a server started in this process on a free port.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, chromiumPerFile, POLL } from './helpers/browser.ts';
import { startReviewServer, type ReviewServer } from '../pipeline/review/server.ts';
import { reviewProject, RELEASE_ID, type ReviewProject } from './helpers/review-project.ts';

/** The page's own timeout: on a busy shared machine a save and a reload can take seconds. */
const HOSTILE = '<script>window.pwned = 1; alert("script")</script><img src=x onerror="window.pwned = 2; alert(\'img\')">“quoted”';

let fixture: ReviewProject;
let server: ReviewServer;

const chromium = chromiumPerFile();

async function start(options: { hostile?: string } = {}) {
  fixture = reviewProject(options);
  server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'default reviewer' });
}

afterEach(async () => {
  await server?.close();
  fixture?.project.remove();
  server = undefined as unknown as ReviewServer;
  fixture = undefined as unknown as ReviewProject;
});

/** A fresh browser profile (its own cookies, so its own session) on the release page. */
async function openRelease(name?: string): Promise<Page> {
  const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}releases/${RELEASE_ID}`);
  if (name) await page.fill('#reviewer', name);
  return page;
}

const cell = (page: Page, language: 'en' | 'ja', key: string) => page.locator(`#cell-${language}-${key}`);

describe('review UI: edit and save in the browser', () => {
  it('saves a Japanese segment, which is there after a reload and in locales/ja/releases/<id>.json', async () => {
    await start();
    const page = await openRelease('鈴木 一郎');
    const key = fixture.keys[2]!;
    const box = cell(page, 'ja', key);
    await expect.poll(() => box.getAttribute('data-state'), POLL).toBe('machine');
    const text = 'ピエモンテ州は、デジタル革新に取り組む中小企業に1,200万ユーロを用意した。';
    await box.locator('textarea').fill(text);
    await box.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'ja', key).locator('.status').textContent(), POLL).toMatch(/^Saved as 鈴木 一郎/);
    expect(await cell(page, 'ja', key).getAttribute('data-state')).toBe('reviewed');
    expect(await page.locator('#summary-ja .pill.reviewed').textContent()).toBe('2 reviewed');

    await page.reload();
    expect(await cell(page, 'ja', key).locator('textarea').inputValue()).toBe(text);
    const saved = fixture.memory('ja').segments[key]!;
    expect(saved).toMatchObject({ target: text, state: 'reviewed', engine: 'human', reviewer: '鈴木 一郎' });
    expect(saved.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    await page.context().close();
  });

  it('shows the stale segment with the Italian diff and the old translation, and saves it under the new key', async () => {
    await start();
    const page = await openRelease('Anna');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review-release.png'), fullPage: true });
    const key = fixture.keys[3]!;
    const box = cell(page, 'en', key);
    expect(await box.getAttribute('data-state')).toBe('stale');
    expect(await box.locator('.changes del').allTextContents()).toEqual(['presentano']);
    expect(await box.locator('.changes ins').allTextContents()).toEqual(['inviano', 'esclusivamente ', 'al 31 marzo ']);
    expect(await box.locator('.old-target').textContent()).toBe('Applications can be submitted online from 15 January 2026.');
    await box.locator('textarea').fill('Applications can be submitted online only, from 15 January to 31 March 2026.');
    await box.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'en', key).getAttribute('data-state'), POLL).toBe('reviewed');
    // The old source and translation stay beside it until approved.
    expect(await cell(page, 'en', key).locator('.changes summary').textContent()).toMatch(/awaits approval/);
    const memory = fixture.memory('en');
    expect(memory.segments[key]?.previous?.target).toBe('Applications can be submitted online from 15 January 2026.');
    await cell(page, 'en', key).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => cell(page, 'en', key).locator('.changes').count(), POLL).toBe(0);
    expect(fixture.memory('en').segments[key]?.previous).toBeUndefined();
    await page.context().close();
  });

  it('approves every machine segment of a language at once', async () => {
    await start();
    const page = await openRelease('Anna');
    await page.locator('#summary-en').getByRole('button', { name: /Approve all 2 machine translations/ }).click();
    await expect.poll(() => page.locator('#summary-en .pill.reviewed').textContent(), POLL).toBe('4 reviewed');
    const states = Object.values(fixture.memory('en').segments).map((item) => item.state);
    expect(states.filter((state) => state === 'machine')).toHaveLength(1); // the stale one keeps its old state
    await page.context().close();
  });
});

describe('review UI: in the reviewer\'s language', () => {
  it('speaks Italian to an Italian browser, switches to Japanese on request, and remembers the choice', async () => {
    await start();
    const context = await chromium.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'it-IT' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}releases/${RELEASE_ID}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.locator('#summary-en .pill.reviewed').textContent()).toBe('2 revisionati');
    const key = fixture.keys[2]!;
    expect(await cell(page, 'ja', key).getByRole('button', { name: 'Salva' }).count()).toBe(1);
    expect(await page.locator('#summary-en button.approve').textContent()).toBe('Approva tutte le 2 traduzioni automatiche');

    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(/ui=ja/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review-release-ja.png'), fullPage: true });
    // Pages opened later, without ?ui=, stay in Japanese: the cookie outranks the browser's Italian.
    await page.goto(`${server.url}releases/${RELEASE_ID}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.fill('#reviewer', '鈴木');
    const box = cell(page, 'ja', key);
    await box.locator('textarea').fill('ピエモンテ州は中小企業に1,200万ユーロを用意した。');
    await box.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => cell(page, 'ja', key).locator('.status').textContent(), POLL).toMatch(/^鈴木 が \d\d:\d\d に保存しました。$/);
    expect(await page.locator('#summary-ja .pill.reviewed').textContent()).toBe('校閲済み 2');

    // The preview's banner is the desk's, in the desk's language; the page below stays the published one.
    await page.goto(`${server.url}preview/en/${RELEASE_ID}`);
    expect(await page.locator('[role=note]').textContent()).toContain('プレビュー（未公開）。');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});

describe('review UI: the checks beside each segment', () => {
  it('refuses a save with errors, shows them beside the segment, and saves once they are fixed', async () => {
    await start();
    const page = await openRelease('Anna');
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    const box = cell(page, 'en', key);
    await box.locator('textarea').fill('The Piedmont Region is making €10 million available to <b>SMEs.');
    await box.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'en', key).locator('.status').textContent(), POLL).toBe('Not saved: the checks found 3 errors in this translation; fix them and save again.');
    const errors = cell(page, 'en', key).locator('.findings li.error');
    expect(await errors.count()).toBe(3);
    expect(await errors.first().textContent()).toMatch(/^Error the Italian has 12000000, not found in the translation/);
    expect(await cell(page, 'en', key).locator('textarea').inputValue()).toBe('The Piedmont Region is making €10 million available to <b>SMEs.');
    expect(await cell(page, 'en', key).getAttribute('data-state')).toBe('machine');
    expect(fixture.memoryText('en')).toBe(before);
    mkdirSync(ARTIFACTS, { recursive: true });
    await cell(page, 'en', key).screenshot({ path: join(ARTIFACTS, 'review-check-refused.png') });

    await cell(page, 'en', key).locator('textarea').fill('The Piedmont Region is making €12 million available to small firms');
    await cell(page, 'en', key).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'en', key).getAttribute('data-state'), POLL).toBe('reviewed');
    // A warning is shown and does not block.
    expect(await cell(page, 'en', key).locator('.findings li.error').count()).toBe(0);
    expect(await cell(page, 'en', key).locator('.findings li.warning[data-rule="end-punctuation"]').count()).toBe(1);
    expect(fixture.memory('en').segments[key]).toMatchObject({ target: 'The Piedmont Region is making €12 million available to small firms', state: 'reviewed' });
    await page.context().close();
  });

  it('approves all only the machine segments without errors, and says how many it skipped', async () => {
    // The Japanese subtitle is a machine translation with a stray <b>: an error of the markup check.
    await start({ hostile: '公募「ピエモンテ・デジタル・インプレーザ」を<b>承認' });
    const page = await openRelease('Anna');
    const subtitle = fixture.keys[1]!;
    expect(await cell(page, 'ja', subtitle).locator('.findings li.error[data-rule="markup"]').count()).toBe(1);
    // Approving it as it is would be refused, so it is not offered; Save is.
    expect(await cell(page, 'ja', subtitle).getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(await cell(page, 'ja', fixture.keys[2]!).getByRole('button', { name: 'Approve' }).count()).toBe(1);
    const summary = page.locator('#summary-ja');
    expect(await summary.locator('.blocked').textContent()).toBe('1 machine translation has errors and is left out: fix it first.');
    await page.screenshot({ path: join(ARTIFACTS, 'review-check-approve-all.png'), fullPage: true });
    await summary.getByRole('button', { name: 'Approve the 1 machine translation' }).click();
    await expect.poll(() => page.locator('#summary-ja .status').textContent(), POLL).toBe('Approved 1 machine translation. 1 with errors was skipped.');
    const memory = fixture.memory('ja');
    expect(memory.segments[fixture.keys[2]!]!.state).toBe('reviewed');
    expect(memory.segments[subtitle]!.state).toBe('machine');
    expect(await page.locator('#summary-ja button.approve').count()).toBe(0);
    await page.context().close();
  });

  it('previews with the checks\' count, never "every segment is translated" while findings remain', async () => {
    await start();
    const page = await openRelease();
    await page.goto(`${server.url}preview/en/${RELEASE_ID}`);
    const banner = (await page.locator('[role=note]').textContent()) ?? '';
    expect(banner).toBe('Preview, not published. 1 segment has no translation and is shown in Italian; 1 stale segment shows its old translation; 2 segments are machine translations not yet reviewed. Back to the review');
    expect(banner).not.toContain('Every segment is translated');
    await page.screenshot({ path: join(ARTIFACTS, 'review-check-preview.png') });
    await page.context().close();
  });
});

describe('review UI: two reviewers on one segment', () => {
  it('gives the second save a conflict, shown in the page, and keeps both texts', async () => {
    await start();
    const first = await openRelease('Anna');
    const second = await openRelease('Kenji');
    const key = fixture.keys[2]!;
    await cell(first, 'ja', key).locator('textarea').fill('アンナの訳：1,200万ユーロ');
    await cell(second, 'ja', key).locator('textarea').fill('ケンジの訳：1,200万ユーロ');
    await cell(first, 'ja', key).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(first, 'ja', key).getAttribute('data-state'), POLL).toBe('reviewed');

    await cell(second, 'ja', key).getByRole('button', { name: 'Save' }).click();
    const conflict = cell(second, 'ja', key).locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.locator('strong').textContent()).toMatch(/^Conflict: this segment was changed by someone else since you opened it \(Anna, /);
    expect(await conflict.locator('.theirs').textContent()).toBe('アンナの訳：1,200万ユーロ');
    expect(await cell(second, 'ja', key).locator('textarea').inputValue()).toBe('ケンジの訳：1,200万ユーロ');
    expect(fixture.memory('ja').segments[key]).toMatchObject({ target: 'アンナの訳：1,200万ユーロ', reviewer: 'Anna' });

    // Saving again, having seen their text, replaces it on purpose.
    await cell(second, 'ja', key).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => fixture.memory('ja').segments[key]?.target, POLL).toBe('ケンジの訳：1,200万ユーロ');
    await first.context().close();
    await second.context().close();
  });
});

describe('review UI: safety', () => {
  it('shows a hostile translation as text and never runs it', async () => {
    await start({ hostile: HOSTILE });
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      // Leaving with the refused text unsaved asks first (issue 19); that question is the desk's, not the script's.
      if (dialog.type() === 'beforeunload') return void dialog.accept();
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}releases/${RELEASE_ID}`, { waitUntil: 'load' });
    expect(await cell(page, 'ja', fixture.keys[1]!).locator('textarea').inputValue()).toBe(HOSTILE);
    expect(await cell(page, 'ja', fixture.keys[3]!).locator('.old-target').textContent()).toContain('“quoted”');
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);

    // Refused by the checks (tags the Italian does not have), and shown again through the page's own script.
    const box = cell(page, 'ja', fixture.keys[1]!);
    await box.locator('textarea').fill(`${HOSTILE} again`);
    await box.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => cell(page, 'ja', fixture.keys[1]!).locator('.findings li.error').count(), POLL).toBeGreaterThan(0);
    expect(await cell(page, 'ja', fixture.keys[1]!).getAttribute('data-state')).toBe('machine');
    expect(await cell(page, 'ja', fixture.keys[1]!).locator('textarea').inputValue()).toBe(`${HOSTILE} again`);
    expect(fixture.memory('ja').segments[fixture.keys[1]!]!.target).toBe(HOSTILE);

    await page.goto(`${server.url}preview/ja/${RELEASE_ID}`, { waitUntil: 'load' });
    expect(await page.locator('body').textContent()).toContain('Preview, not published');
    // The page's only script is its JSON-LD data block, which browsers never run.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('refuses a state change without the CSRF token, or from another origin, with 403', async () => {
    await start();
    const page = await openRelease('Anna');
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('ja');
    const version = await cell(page, 'ja', key).locator('input[name=version]').inputValue();
    const csrf = await cell(page, 'ja', key).locator('input[name=csrf]').inputValue();
    const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
      page.evaluate(
        async ({ url, form, headers }) => (await fetch(url, { method: 'POST', body: new URLSearchParams(form), headers: { Accept: 'application/json', ...headers } })).status,
        { url: `/releases/${RELEASE_ID}/ja/${key}/save`, form, headers },
      );
    expect(await post({ version, target: 'forged' })).toBe(403);
    expect(await post({ version, target: 'forged', csrf: '0'.repeat(64) })).toBe(403);
    // Another origin is turned away even with a valid token in hand.
    const foreign = await page.request.post(`${server.url}releases/${RELEASE_ID}/ja/${key}/save`, { form: { version, target: 'forged', csrf }, headers: { Origin: 'http://evil.example' } });
    expect(foreign.status()).toBe(403);
    expect(fixture.memoryText('ja')).toBe(before);
    // The same request from the page itself, with its token, goes through.
    expect(await post({ version, target: '本物：1,200万ユーロ', csrf })).toBe(200);
    await page.context().close();
  });
});
