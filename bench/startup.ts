// `npm run bench:startup [-- --cli other/pipeline/cli/pressroom.js …]`: what a user waits for before any work,
// `pressroom --help`, and a rebuild with nothing changed, for this checkout's CLI and any others named (for
// example a checkout of an earlier commit), interleaved in one run so the shared machine's noise falls on all.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusEnd, generateCorpus } from './corpus.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { cli: { type: 'string', multiple: true, default: [] }, releases: { type: 'string', default: '1000' }, runs: { type: 'string', default: '9' } } });
const clis = [join(REPO, 'pipeline/cli/pressroom.js'), ...values.cli.map((path) => resolve(path))];
const runs = Number(values.runs);
const count = Number(values.releases);
const NOW = corpusEnd(count);

function time(cli: string, args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env: { ...process.env, DEEPL_AUTH_KEY: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(-500)}`);
  return performance.now() - start;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const root = mkdtempSync(join(tmpdir(), 'pressroom-startup-'));
try {
  generateCorpus(root, REPO, { releases: count, seed: 2025 });
  const outs = clis.map((_, index) => `out-${index}`);
  clis.forEach((cli, index) => time(cli, ['build', '--now', NOW, '--out', outs[index]!], root));
  const help = clis.map(() => [] as number[]);
  const noop = clis.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    clis.forEach((cli, index) => {
      help[index]!.push(time(cli, ['--help'], root));
      noop[index]!.push(time(cli, ['build', '--now', NOW, '--out', outs[index]!], root));
    });
  }
  console.log(`median of ${runs} interleaved runs, ${count} releases`);
  console.log('| CLI | --help (ms) | rebuild, nothing changed (ms) |');
  console.log('|---|--:|--:|');
  clis.forEach((cli, index) => console.log(`| ${cli} | ${Math.round(median(help[index]!))} | ${Math.round(median(noop[index]!))} |`));
} finally {
  rmSync(root, { recursive: true, force: true });
}
