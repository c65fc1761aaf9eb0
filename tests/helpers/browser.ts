// Real headless Chromium for the browser tests: @sparticuz/chromium's binary (unpacked here, no download),
// driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './chromium.ts';
import { REPO } from './project.ts';

export { launchBrowser };

/** Where browser tests leave their screenshots. */
export const ARTIFACTS = join(REPO, 'test-artifacts');
/** How long a browser test waits for the page to show something: a loaded machine is slow. */
export const POLL = { timeout: 15_000 };

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
