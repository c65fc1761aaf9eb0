// A release page with a picture in real headless Chromium: the picture loads from its srcset, and axe-core finds
// no accessibility violation. Screenshots go to test-artifacts/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { buildIn } from './helpers/build.ts';
import { makeProject, REPO, type Project } from './helpers/project.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(REPO, 'test-artifacts');
const RELEASE_ID = 'torino-piemonte-giappone-scienze-vita';

let browser: Browser;
let project: Project;

beforeAll(async () => {
  project = makeProject({ withBundled: true });
  const result = await buildIn(project.root, { now: new Date('2026-06-01T00:00:00Z') });
  expect(result.exitCode, result.stderr).toBe(0);
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  project?.remove();
});

describe('a release page with a picture, in Chromium', () => {
  it.each(['it', 'en', 'ja'])('%s: the picture loads from its srcset and axe-core finds no violation', async (language) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    try {
      await page.goto(pathToFileURL(join(project.root, 'out', language, RELEASE_ID, 'index.html')).href);
      // The page's own image element (this project's TypeScript has no DOM types).
      type Img = { decode(): Promise<void>; currentSrc: string; naturalWidth: number; getBoundingClientRect(): { width: number; height: number } };
      const picture = await page.locator('figure.picture img').evaluate(async (element) => {
        const img = element as unknown as Img;
        await img.decode();
        return { currentSrc: img.currentSrc, naturalWidth: img.naturalWidth, shownWidth: img.getBoundingClientRect().width, shownHeight: img.getBoundingClientRect().height };
      });
      // A 390-pixel phone screen at 2× wants about 780 device pixels: the 960 size, not the 1600.
      expect(picture.currentSrc).toMatch(/-960\.[0-9a-f]+\.png$/);
      // Its natural width is in CSS pixels, the 960 device pixels spread over the shown width: it was decoded.
      expect(picture.naturalWidth).toBeGreaterThan(0);
      expect(Math.round((picture.shownHeight / picture.shownWidth) * 16)).toBe(9);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `photos-${language}.png`) });
    } finally {
      await page.close();
    }
  });
});
