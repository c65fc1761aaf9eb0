// Real headless Chromium for the browser tests: @sparticuz/chromium's binary (unpacked here, no download),
// driven by playwright-core.
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  // --single-process suits one-page serverless runs; here a closed context would take the whole browser down.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}
