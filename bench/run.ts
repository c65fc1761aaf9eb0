// `npm run bench [-- --releases N] [-- --pairs N]`: one run, one table. A bare unified pass over the same bodies as
// the baseline, then the real CLI on a generated corpus: cold builds, rebuilds after small edits, stage timings,
// peak memory and files written. Figures are for comparing within a run; the machine is shared.
import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { corpusEnd, generateCorpus } from './corpus.ts';
import { hugoBuild, hugoSite, hugoVersion } from './hugo.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'pipeline/cli/pressroom.js');

const { values } = parseArgs({ options: { releases: { type: 'string', default: '1000' }, seed: { type: 'string', default: '2025' }, pairs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false }, 'skip-jobs-1': { type: 'boolean', default: false } } });
const count = Number(values.releases);
if (!Number.isInteger(count) || count < 2) throw new Error('--releases must be a whole number of at least 2');
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error('--pairs must be a whole number of at least 1');
// After every generated embargo has lifted, so all 3 languages publish (embargoed releases cost less).
const NOW = corpusEnd(count);

interface Timings {
  jobs: number;
  releasesRendered: number;
  filesRead: number;
  filesWritten: number;
  filesKept: number;
  stages: Record<string, number>;
  phases: Record<string, number>;
  totalMs: number;
  maxRssKB: number;
}

interface Run {
  name: string;
  wallMs: number;
  timings: Timings;
}

function pressroom(root: string, args: string[]): Promise<{ wallMs: number; stdout: string; stderr: string; code: number | null }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd: root, env: { ...process.env, DEEPL_AUTH_KEY: '', FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ wallMs: performance.now() - start, stdout, stderr, code }));
  });
}

/**
 * Let the kernel finish writing what the previous run wrote: otherwise each run pays for its predecessor's
 * writeback (seen here: the same build's writes taking 2 s or 11 s depending on what ran just before).
 */
function settleDisk(): void {
  if (process.platform !== 'win32') execFileSync('sync');
}

async function build(root: string, name: string, extra: string[] = []): Promise<Run> {
  settleDisk();
  const result = await pressroom(root, ['build', '--now', NOW, '--timings', ...extra]);
  const line = /^pressroom-timings (.*)$/m.exec(result.stderr);
  if (result.code !== 0 || !line) throw new Error(`${name}: pressroom build exited ${result.code}\n${result.stderr.slice(-2000)}`);
  process.stderr.write(`  ${name}: ${Math.round(result.wallMs)} ms\n`);
  return { name, wallMs: result.wallMs, timings: JSON.parse(line[1]!) as Timings };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The bare unified pass: Markdown to HTML for every body in every language, one file each, in this process. */
function baseline(root: string, ids: string[]): number {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const bodies: [string, string][] = [];
  for (const id of ids) {
    const text = readFileSync(join(root, 'releases', `${id}.md`), 'utf8');
    bodies.push([`it/${id}.html`, text.slice(text.indexOf('\n---\n', 4) + 5)]);
    for (const language of ['en', 'ja']) {
      // The translated body: the memory's targets as paragraphs, about the same text as the page shows.
      const memory = JSON.parse(readFileSync(join(root, 'locales', language, 'releases', `${id}.json`), 'utf8')) as { segments: Record<string, { target: string }> };
      bodies.push([`${language}/${id}.html`, Object.values(memory.segments).map((segment) => segment.target).join('\n\n')]);
    }
  }
  const out = join(root, 'baseline');
  for (const language of ['it', 'en', 'ja']) mkdirSync(join(out, language), { recursive: true });
  settleDisk();
  const start = performance.now();
  for (const [path, body] of bodies) writeFileSync(join(out, path), String(processor.processSync(body)));
  const ms = performance.now() - start;
  process.stderr.write(`  baseline: ${Math.round(ms)} ms for ${bodies.length} bodies\n`);
  return ms;
}

/** Time a command that should stay light: start-up without the render pipeline. */
async function startup(root: string, args: string[]): Promise<number> {
  const result = await pressroom(root, args);
  return Math.round(result.wallMs);
}

const root = mkdtempSync(join(tmpdir(), 'pressroom-bench-'));
try {
  process.stderr.write(`corpus: ${count} releases in ${root}\n`);
  const generated = performance.now();
  const ids = generateCorpus(root, REPO, { releases: count, seed: Number(values.seed) });
  process.stderr.write(`  generated in ${Math.round(performance.now() - generated)} ms\n`);

  const baselineMs = baseline(root, ids);
  // Hugo's full build of the same corpus, in this run (issue 20's yardstick), when Hugo is installed. One build of
  // either varies by half on a shared machine, so Hugo and the cold `--lang it` run in alternating pairs, and the
  // targets take the median of the pairs' ratios (and of Hugo's times for the rebuilds' ratios).
  const hugo = hugoVersion();
  const site = hugo === undefined ? undefined : hugoSite(root, ids);
  if (hugo === undefined) process.stderr.write('  hugo: not installed (apt-get install hugo); its column is left out\n');
  const runs: Run[] = [];
  // --skip-jobs-1 saves the longest run at large N.
  if (!values['skip-jobs-1']) {
    runs.push(await build(root, 'cold, --jobs 1', ['--jobs', '1', '--out', 'out-jobs-1']));
    rmSync(join(root, 'out-jobs-1'), { recursive: true, force: true });
  }
  const hugoTimes: number[] = [];
  const italian: Run[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    if (site !== undefined) {
      hugoTimes.push(hugoBuild(site));
      process.stderr.write(`  hugo full build: ${Math.round(hugoTimes.at(-1)!)} ms (${hugo})\n`);
    }
    italian.push(await build(root, pairs === 1 ? 'cold, --lang it' : `cold, --lang it (${pair} of ${pairs})`, ['--lang', 'it', '--out', 'out-it']));
    rmSync(join(root, 'out-it'), { recursive: true, force: true });
    rmSync(join(root, '.out-it-state'), { recursive: true, force: true });
  }
  runs.push(...italian);
  const hugoMs = hugoTimes.length > 0 ? median(hugoTimes) : undefined;
  runs.push(await build(root, `cold, default jobs (${availableParallelism()})`));
  runs.push(await build(root, 'rebuild, nothing changed'));

  // One paragraph of one release edited; its en/ja memories stay as they were, so both languages go stale
  // (warnings) and the release is taken out of en and ja: its it files, its en/ja files removed, the indexes.
  const editParagraph = (id: string) => {
    const path = join(root, 'releases', `${id}.md`);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('\n\n', text.indexOf('\n---\n', 4) + 5);
    writeFileSync(path, `${text.slice(0, at)} Il testo è stato aggiornato.${text.slice(at)}`);
  };
  // The first rebuild that changes anything after a cold build stages a whole new tree; every later one
  // recycles the tree the previous swap retired (out/'s spare), which is the steady state of a press office.
  editParagraph(ids[Math.floor(ids.length / 2)]!);
  runs.push(await build(root, 'rebuild, one paragraph edited (first after cold)'));
  editParagraph(ids[Math.floor(ids.length / 3)]!);
  runs.push(await build(root, 'rebuild, one paragraph edited'));

  // One release added with complete memories (a copy of an existing one under a new id).
  const source = ids[0]!;
  const added = `comunicato-aggiunto`;
  copyFileSync(join(root, 'releases', `${source}.md`), join(root, 'releases', `${added}.md`));
  for (const language of ['en', 'ja']) {
    const memory = readFileSync(join(root, 'locales', language, 'releases', `${source}.json`), 'utf8');
    writeFileSync(join(root, 'locales', language, 'releases', `${added}.json`), memory.replace(`"release": "${source}"`, `"release": "${added}"`));
  }
  runs.push(await build(root, 'rebuild, one release added'));

  const light = {
    'pressroom --help': await startup(root, ['--help']),
    'pressroom status': await startup(root, ['status']),
    'pressroom quotes': await startup(root, ['quotes', `releases/${ids[0]!}.md`]),
  };
  const files = readdirSync(join(root, 'out'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

  const named = (prefix: string) => runs.find((run) => run.name.startsWith(prefix))!;
  const cold = named('cold, default');
  const unchanged = named('rebuild, nothing');
  const firstParagraph = named('rebuild, one paragraph edited (first');
  const paragraph = runs.find((run) => run.name === 'rebuild, one paragraph edited')!;
  const ratio = (ms: number, of: number) => `${((ms / of) * 100).toFixed(1)}%`;
  const rows = [
    ['baseline: unified over ' + ids.length * 3 + ' bodies', Math.round(baselineMs), '', '', '', ''],
    ...hugoTimes.map((ms, index) => [`Hugo, full build (${ids.length * 3} pages)${pairs === 1 ? '' : ` (${index + 1} of ${pairs})`}`, Math.round(ms), '', '', '', '']),
    ...runs.map((run) => [run.name, Math.round(run.wallMs), run.timings.releasesRendered, run.timings.filesRead, run.timings.filesWritten, Math.round(run.timings.maxRssKB / 1024)]),
  ];
  const table = [
    `| ${count} releases × 3 languages | ms | releases rendered | files read | files written | peak RSS (MB) |`,
    '|---|--:|--:|--:|--:|--:|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
  const stages = (run: Run) => Object.entries(run.timings.stages).map(([stage, ms]) => `${stage} ${ms}`).join(', ');
  console.log(table);
  console.log('');
  for (const run of runs.filter((run) => run.name.startsWith('cold'))) console.log(`stage times, ms summed over threads (${run.name}): ${stages(run)}`);
  console.log(`main-thread phases, ms (cold, default jobs): ${Object.entries(cold.timings.phases).map(([name, ms]) => `${name} ${ms}`).join(', ')}`);
  console.log(`light commands, ms: ${Object.entries(light).map(([name, ms]) => `${name} ${ms}`).join(', ')}`);
  console.log('');
  console.log('targets:');
  console.log(`  cold (default jobs) / baseline: ${(cold.wallMs / baselineMs).toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`  no-change rebuild / cold: ${ratio(unchanged.wallMs, cold.wallMs)} (target ≤ 5%)`);
  console.log(`  one-paragraph rebuild / cold: ${ratio(paragraph.wallMs, cold.wallMs)} (target ≤ 10%), ${paragraph.timings.filesWritten} files written; the first after the cold build: ${ratio(firstParagraph.wallMs, cold.wallMs)}`);
  if (hugoMs !== undefined) {
    // Against the median of Hugo's builds.
    const times = (ms: number) => `${(ms / hugoMs).toFixed(2)}× Hugo`;
    const pairRatios = italian.map((run, index) => run.wallMs / hugoTimes[index]!);
    const each = pairs === 1 ? '' : `, median of ${pairs} alternating pairs (${pairRatios.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')})`;
    console.log(`  cold --lang it: ${median(pairRatios).toFixed(2)}× Hugo${each} (target ≤ 3×)`);
    console.log(`  one-paragraph rebuild: ${times(paragraph.wallMs)} (target ≤ 0.5×)`);
    console.log(`  no-change rebuild: ${times(unchanged.wallMs)} (target ≤ 0.2×)`);
  }
  console.log(`  peak RSS, cold: ${Math.round(Math.max(...runs.filter((run) => run.name.startsWith('cold')).map((run) => run.timings.maxRssKB)) / 1024)} MB (target < 400 MB at 1000)`);
  console.log('');
  console.log(JSON.stringify({ releases: count, outputFiles: files, baselineMs: Math.round(baselineMs), hugoMs: hugoTimes.map(Math.round), runs: runs.map((run) => ({ ...run, wallMs: Math.round(run.wallMs) })), light }));
} finally {
  if (values.keep) process.stderr.write(`kept ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
}
