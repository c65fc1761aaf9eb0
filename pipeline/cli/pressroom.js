#!/usr/bin/env node
// Entry point for `npx pressroom`: runs the pipeline as bundled at install (`npm run compile`, run by `prepare`)
// into dist/, so no process or render thread compiles TypeScript or loads hundreds of modules at start-up. Plain
// JavaScript, so it runs first.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const version = new URL('../../dist/version.json', import.meta.url);
if (!existsSync(version)) {
  process.stderr.write('pressroom: error: the pipeline is not compiled; run npm install (or npm run compile) in the pressroom package\n');
  process.exit(2);
}
// A checkout being worked on: say so when a source is newer than what was compiled (a stat of each, no hashing).
const sources = fileURLToPath(new URL('../', import.meta.url));
const compiledAt = statSync(version).mtimeMs;
const newer = readdirSync(sources, { recursive: true, withFileTypes: true }).find(
  (entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name) && statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs > compiledAt,
);
if (newer) process.stderr.write(`pressroom: warning: ${newer.name} changed after the pipeline was compiled; run npm run compile\n`);
await import('../../dist/main.js');
