// `pressroom dev` in real headless Chromium: the page reloads when its release changes, shows the build's problems
// over itself when the release breaks, and drops them when it is fixed. The server runs in this process and
// watches a temp copy of the bundled project, edited as a press office would, by writing the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { startDevServer, type DevServer } from '../pipeline/preview/dev-server.ts';
import { makeProject, type Project } from './helpers/project.ts';

const ID = 'torino-piemonte-giappone-scienze-vita';
const POLL = { timeout: 15_000 };

let browser: Browser;
let project: Project;
let dev: DevServer;
const printed: string[] = [];

beforeAll(async () => {
  project = makeProject({ withBundled: true });
  dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, jobs: 1, io: { log: (line) => printed.push(line), error: (line) => printed.push(line) } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await dev?.close();
  project?.remove();
});

const source = () => join(project.root, 'releases', `${ID}.md`);
const setDate = (value: string) => writeFileSync(source(), readFileSync(source(), 'utf8').replace(/^date: .*$/m, `date: ${value}`));
const edit = (from: string, to: string) => {
  const text = readFileSync(source(), 'utf8');
  expect(text).toContain(from);
  writeFileSync(source(), text.replace(from, to));
};

async function openPage(): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${dev.url}it/${ID}/`);
  // Listening before the edit: the page has opened its event stream.
  await expect.poll(() => dev.hub.listening, POLL).toBeGreaterThan(0);
  return page;
}

describe('pressroom dev in the browser', () => {
  it('reloads with the new text, shows the broken front matter over the page as the terminal prints it, and clears it when fixed', async () => {
    const page = await openPage();
    expect(await page.locator('h1').textContent()).toContain('Piemonte in Giappone');
    // The bundled releases build without errors (a warning at most, shown as a badge, not over the page).
    expect(await page.locator('#pressroom-problems[role="alert"]').count()).toBe(0);
    // The script is the server's, not the build's: the file in the dev tree has none.
    const built = readFileSync(join(project.root, '.pressroom/dev/out/it', ID, 'index.html'), 'utf8');
    expect(built).not.toContain('data-pressroom-dev');
    expect(await page.locator('script[data-pressroom-dev]').count()).toBe(1);

    // The Italian index open beside it: told to reload once the indexes are written, after the release's own page.
    const index = await browser.newPage();
    await index.goto(`${dev.url}it/`);
    await expect.poll(() => dev.hub.listening, POLL).toBeGreaterThan(1);
    expect(await index.locator('body').textContent()).toContain('Piemonte in Giappone');
    edit('title: "Piemonte in Giappone:', 'title: "Piemonte e Giappone, insieme:');
    await expect.poll(() => page.locator('h1').textContent(), POLL).toContain('Piemonte e Giappone, insieme');
    await expect.poll(() => index.locator('body').textContent(), POLL).toContain('Piemonte e Giappone, insieme');
    await index.close();

    printed.length = 0;
    edit('date: 2025-09-26T10:00:00+02:00', 'date: 2025-09-31T10:00:00+02:00');
    // Warnings alone (the translations of the edited title are stale now) make a badge; an error, the overlay.
    const overlay = page.locator('#pressroom-problems[data-errors="1"]');
    await expect.poll(() => overlay.count(), POLL).toBe(1);
    const text = (await overlay.textContent()) ?? '';
    const line = printed.find((candidate) => candidate.startsWith(`releases/${ID}.md:`) && candidate.includes(': error: '));
    expect(line, printed.join('\n')).toMatch(new RegExp(`^releases/${ID}\\.md:5:\\d+: error: .*\\[pressroom:front-matter\\]$`));
    expect(text).toContain(line!);
    expect(await overlay.getAttribute('data-errors')).toBe('1');
    // The page under the overlay is still the last good build.
    expect(await page.locator('h1').textContent()).toContain('Piemonte e Giappone, insieme');
    await page.screenshot({ path: join(project.root, 'overlay.png') });

    edit('date: 2025-09-31T10:00:00+02:00', 'date: 2025-09-27T10:00:00+02:00');
    await expect.poll(() => page.locator('#pressroom-problems[data-errors="1"]').count(), POLL).toBe(0);
    await expect.poll(() => page.locator('time').first().textContent(), POLL).toContain('27 settembre 2025');
    await page.close();
  });

  it('a page opened while a release is broken shows the problems at once', async () => {
    setDate('yesterday');
    await expect.poll(() => dev.live.last()?.outcome?.exitCode, POLL).toBe(1);
    const page = await browser.newPage();
    await page.goto(`${dev.url}it/`);
    await expect.poll(() => page.locator('#pressroom-problems').textContent(), POLL).toContain(`releases/${ID}.md:5:`);
    setDate('2025-09-28T10:00:00+02:00');
    await expect.poll(() => page.locator('#pressroom-problems[data-errors="1"]').count(), POLL).toBe(0);
    await page.close();
  });
});
