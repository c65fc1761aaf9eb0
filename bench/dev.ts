// `npm run bench:dev [-- --releases N] [-- --edits N]`: edit-to-reload of `pressroom dev` on a generated corpus.
// The dev server runs in this process; an SSE client listens as the edited release's Italian page would. Each edit
// appends a sentence to one paragraph of a different release; the time is from just before the file is written to
// the `reload` event that page obeys arriving (loopback: as good as sent). The dev server sends it once the
// release's own files are written, and a second one for every other page once the indexes, feeds and archive are:
// that one is reported too, as the end of the build. The first edit after the cold build is reported apart.
// Target (issue 20): median <= 100 ms at 1000 releases x 3 languages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { corpusEnd, generateCorpus } from './corpus.ts';
import { startDevServer } from '../pipeline/preview/dev-server.ts';
import { EVENTS_PATH, type ReloadScope } from '../pipeline/preview/live-reload.ts';
import type { Clock } from '../pipeline/preview/clock.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { releases: { type: 'string', default: '1000' }, edits: { type: 'string', default: '15' }, seed: { type: 'string', default: '2025' } } });
const count = Number(values.releases);
const edits = Number(values.edits);

// Every generated embargo has lifted: all three languages publish, as in `npm run bench`.
const NOW = new Date(corpusEnd(count));
const clock: Clock = { now: () => NOW, setTimer: (callback, ms) => setTimeout(callback, ms), clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout) };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** The nearest-rank 90th percentile. */
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.9) - 1]!;
const spread = (values: number[]) => `median ${Math.round(median(values))} ms, p90 ${Math.round(p90(values))}, min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))}`;

const root = mkdtempSync(join(tmpdir(), 'pressroom-bench-dev-'));
try {
  process.stderr.write(`corpus: ${count} releases in ${root}\n`);
  const ids = generateCorpus(root, REPO, { releases: count, seed: Number(values.seed) });
  let builtAt = 0;
  const timings: string[] = [];
  const io = { log: (line: string) => void (line.startsWith('wrote ') && (builtAt = performance.timeOrigin + performance.now())), error: (line: string) => void (line.startsWith('pressroom-timings ') && timings.push(line)) };
  const coldStart = performance.now();
  const dev = await startDevServer({ root, host: '127.0.0.1', port: 0, clock, io, timings: true });
  process.stderr.write(`  cold build and serve: ${Math.round(performance.now() - coldStart)} ms\n`);

  // A page's event stream, read as text on a thread of its own (as a browser is another process: an event sent
  // while the server's thread goes on building is received then, not when that thread is free again). Times are
  // absolute (time origin + now), comparable across threads.
  const listener = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const response = await fetch(workerData);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      parentPort.postMessage({ listening: true });
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\\n\\n')) !== -1) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^event: reload$/m.test(event)) continue;
          const at = performance.timeOrigin + performance.now();
          const data = (/^data: ?(.*)$/m.exec(event) || [])[1] || '';
          parentPort.postMessage({ at, scope: data ? JSON.parse(data) : {} });
        }
      }
    })();`,
    { eval: true, workerData: `${dev.url}${EVENTS_PATH.slice(1)}` },
  );
  let page = '';
  let waiting: ((at: number) => void) | undefined;
  let finishing: ((at: number) => void) | undefined;
  await new Promise<void>((listening) => {
    listener.on('message', (message: { listening?: true; at: number; scope: ReloadScope }) => {
      if (message.listening) return listening();
      const { at, scope } = message;
      // As the client script decides: this page reloads unless the event is for others only.
      if (!scope.only || scope.only.includes(page)) waiting?.(at);
      if (!scope.only) finishing?.(at);
    });
  });
  while (dev.hub.listening === 0) await new Promise((done) => setTimeout(done, 10));
  const now = () => performance.timeOrigin + performance.now();

  const reloads: number[] = [];
  const finished: number[] = [];
  const builds: number[] = [];
  for (let edit = 0; edit <= edits; edit++) {
    const id = ids[Math.floor(((edit + 1) * ids.length) / (edits + 2))]!;
    const path = join(root, 'releases', `${id}.md`);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('\n\n', text.indexOf('\n---\n', 4) + 5);
    page = `it/${id}/index.html`;
    const reloaded = new Promise<number>((done) => (waiting = done));
    const all = new Promise<number>((done) => (finishing = done));
    const written = now();
    writeFileSync(path, `${text.slice(0, at)} Il testo è stato aggiornato (${edit}).${text.slice(at)}`);
    const reloadAt = await reloaded;
    const ms = reloadAt - written;
    const allAt = await all;
    waiting = finishing = undefined;
    if (edit === 0) process.stderr.write(`  first edit after the cold build (stages a whole tree): ${Math.round(ms)} ms\n`);
    else {
      reloads.push(ms);
      finished.push(allAt - written);
      builds.push(builtAt - written);
    }
    // Apart, as a person's edits are: each is its own build.
    await new Promise((done) => setTimeout(done, 150));
  }
  await listener.terminate();
  await dev.close();
  const round = (ms: number) => Math.round(ms);
  console.log(`pressroom dev, ${count} releases x 3 languages, ${edits} edits (each to a different release):`);
  console.log(`  edit-to-reload (file written -> SSE reload of the release's page received): ${spread(reloads)} (target <= 100 ms)`);
  console.log(`  to the reload of every other page (indexes, feeds, archive written): ${spread(finished)}`);
  console.log(`  watching + settling + the whole build until its last line: median ${round(median(builds))} ms`);
  console.log(`  build phases (ms) of the last edit: ${JSON.stringify(JSON.parse(timings.at(-1)!.slice(18)))}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
