// Real headless Chromium for the browser tests: @sparticuz/chromium's binary (unpacked here, no download),
// driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { REPO } from './project.ts';

/** Where browser tests leave their screenshots. */
export const ARTIFACTS = join(REPO, 'test-artifacts');
/** How long a browser test waits for the page to show something: a loaded machine is slow. */
export const POLL = { timeout: 15_000 };

export async function launchBrowser(): Promise<Browser> {
  // --single-process suits one-page serverless runs; here a closed context would take the whole browser down.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

/** One Chromium for the test file: started before its first test, closed after its last. */
export function chromiumPerFile(): { readonly browser: Browser } {
  const held = {} as { browser: Browser };
  beforeAll(async () => {
    held.browser = await launchBrowser();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return held;
}
