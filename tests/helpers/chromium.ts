// Real headless Chromium: @sparticuz/chromium's binary (unpacked here, no download), driven by playwright-core.
// Apart from the test helpers so that the bench can start it outside vitest.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/** @sparticuz/chromium's flags that draw with SwiftShader, a GPU emulated on the processor. */
const EMULATED_GPU = /^--(?:use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|ignore-gpu-blocklist)\b/;

export async function launchBrowser(): Promise<Browser> {
  // --single-process suits one-page serverless runs; here a closed context would take the whole browser down.
  // Without the emulated GPU Chromium draws in software directly: a context, a page loaded, typed into and shot
  // took 2.2 s instead of 3.6 s (interleaved, three runs).
  const args = [...chromium.args.filter((arg) => arg !== '--single-process' && !EMULATED_GPU.test(arg)), '--disable-gpu'];
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}
