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

/** @sparticuz/chromium's flags that draw with SwiftShader, a GPU emulated on the processor. */
const EMULATED_GPU = /^--(?:use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|ignore-gpu-blocklist)\b/;

export async function launchBrowser(): Promise<Browser> {
  // --single-process suits one-page serverless runs; here a closed context would take the whole browser down.
  // Without the emulated GPU Chromium draws in software directly: a context, a page loaded, typed into and shot
  // took 2.2 s instead of 3.6 s (interleaved, three runs).
  const args = [...chromium.args.filter((arg) => arg !== '--single-process' && !EMULATED_GPU.test(arg)), '--disable-gpu'];
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
