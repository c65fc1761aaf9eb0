// The in-context preview beside the editor (issue 19, point 8) in real headless Chromium: the page as the build
// renders it, in the segment's language, following the reviewer's typing with the segment highlighted, from the
// draft alone (nothing saved), and with no script of a draft ever running.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { ARTIFACTS, chromiumPerFile, POLL } from './helpers/browser.ts';
import { startReviewServer, type ReviewServer } from '../pipeline/review/server.ts';
import { reviewProject, RELEASE_ID, type ReviewProject } from './helpers/review-project.ts';


let fixture: ReviewProject;
let server: ReviewServer;

const chromium = chromiumPerFile();
afterEach(async () => {
  await server?.close();
  fixture?.project.remove();
  server = undefined as unknown as ReviewServer;
  fixture = undefined as unknown as ReviewProject;
});

async function open(): Promise<Page> {
  fixture = reviewProject();
  server = await startReviewServer({ root: fixture.project.root, host: '127.0.0.1', port: 0, reviewer: 'default reviewer' });
  const context = await chromium.browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-GB' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${server.url}releases/${RELEASE_ID}`);
  await page.fill('#reviewer', 'Anna');
  return page;
}

const cell = (page: Page, language: 'en' | 'ja', key: string) => page.locator(`#cell-${language}-${key}`);
const preview = (page: Page): Frame => page.frame({ name: 'desk-preview' })!;
const focused = async (page: Page) => {
  const frame = preview(page);
  const mark = frame.locator('#pressroom-focus');
  return (await mark.count()) ? ((await mark.textContent()) ?? '') : '';
};

describe('the page beside the editor', () => {
  it('shows the segment being typed, highlighted in its language, saving nothing', async () => {
    const page = await open();
    const key = fixture.keys[2]!;
    const before = fixture.memoryText('en');
    // At first: the saved English page, as the build renders it.
    await expect.poll(async () => (await preview(page).locator('html').getAttribute('lang')) ?? '', POLL).toBe('en');
    expect(await preview(page).locator('h1').textContent()).toBe('SMEs: €12 million from the Piedmont Region for digital innovation');

    const box = cell(page, 'en', key).locator('textarea');
    await box.click();
    await box.press('Control+End');
    const typed = ' Applications open in January.';
    await box.pressSequentially(typed, { delay: 15 });
    // How soon is measured by `npm run bench:preview`, not asserted here: the machines are shared.
    await expect.poll(() => focused(page), POLL).toContain('Applications open in January.');
    const mark = preview(page).locator('#pressroom-focus');
    expect(await preview(page).evaluate(`getComputedStyle(document.getElementById('pressroom-focus')).backgroundColor`)).toBe('rgb(255, 241, 168)');
    expect(await mark.textContent()).toMatch(/^TURIN \(ITALPRESS\) – The Piedmont Region is making €12 million available .* Applications open in January\.$/);
    // Highlighted once: the rest of the page is the saved text.
    expect(await preview(page).locator('.pressroom-focus').count()).toBe(1);
    expect(await preview(page).locator('[role=note]').textContent()).toContain('The highlighted segment shows the text being edited, not saved yet.');
    await page.screenshot({ path: join(ARTIFACTS, 'review-preview-typing.png') });
    // Nothing written until Save.
    expect(fixture.memoryText('en')).toBe(before);

    // Another language: the preview follows the focus, in Japanese.
    const ja = cell(page, 'ja', fixture.keys[1]!).locator('textarea');
    await ja.click();
    await expect.poll(async () => (await preview(page).locator('html').getAttribute('lang')) ?? '', POLL).toBe('ja');
    await expect.poll(() => focused(page), POLL).toContain('ピエモンテ');
    expect(await page.locator('#preview-pane .preview-language').textContent()).toBe('Japanese');

    // Saved: the memory changes, and the preview shows what is on disk.
    await box.click();
    await box.press('Control+Enter');
    await expect.poll(() => fixture.memory('en').segments[key]?.target ?? '', POLL).toContain('Applications open in January.');
    await page.context().close();
  });

  it('runs no script from a draft: neither <script>, an event handler, nor a javascript: link', async () => {
    const page = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const before = fixture.memoryText('en');
    const key = fixture.keys[4]!;
    const box = cell(page, 'en', key).locator('textarea');
    // Pasted as raw HTML into the plain box (the tag editor would keep it text): the worst a draft can hold.
    const hostile =
      'Hostile <script>parent.document.title="pwned";alert("script")</script><img src=x onerror="parent.document.title=\'pwned\';alert(\'img\')">' +
      '<a id="evil" href="javascript:parent.document.title=\'pwned\';alert(\'link\')">click me</a> <svg onload="alert(\'svg\')"></svg>end.';
    expect(await box.count()).toBe(1);
    await page.evaluate(`(() => {
      const box = document.querySelector('#cell-en-${key} textarea');
      box.value = ${JSON.stringify(hostile)};
      box.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await expect.poll(() => focused(page), POLL).toContain('Hostile');
    const frame = preview(page);
    const mark = frame.locator('#pressroom-focus');
    expect(await mark.textContent()).toBe('Hostile click me end.');
    // The inline module left a link without its address, and nothing else.
    expect(await mark.evaluate((node) => node.innerHTML)).toBe('Hostile <a>click me</a> end.');
    expect(await frame.locator('script:not([type="application/ld+json"]), img, svg, [onerror], [onload]').count()).toBe(0);
    // Clicking what is left of the link does nothing either.
    await frame.locator('#pressroom-focus a').click();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.title()).not.toBe('pwned');
    // The frame is sandboxed without scripts, and its page forbids them.
    expect(await page.locator('#preview-frame').getAttribute('sandbox')).toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'review-preview-hostile.png') });
    expect(fixture.memoryText('en')).toBe(before);
    await page.context().close();
  });
});
