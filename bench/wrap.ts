// `npx tsx bench/wrap.ts [--releases N] [--rounds N] [--compare path/to/other-wrap.ts]`: times wire wrapping alone
// on realistic paragraphs (the Italian prose of bench/corpus.ts, the en/ja stand-ins its memories hold, and the
// genuine Japanese of the Torino release), at 69 columns as the wire wraps them and at 159 as page descriptions do.
// With --compare, the other implementation runs in the same process, rounds interleaved, and differing outputs are
// counted; e.g. `git show main:pipeline/render/wrap.ts > .scratch/wrap-old.ts` (.scratch/ is not committed).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { generateCorpus } from './corpus.ts';
import { wrap, WIRE_WIDTH, type WrapOptions } from '../pipeline/render/wrap.ts';

type Wrap = typeof wrap;

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '200' },
    rounds: { type: 'string', default: '3' },
    compare: { type: 'string' },
  },
});
const releases = Number(values.releases);
const rounds = Number(values.rounds);
if (!Number.isInteger(releases) || releases < 1) throw new Error('--releases must be a whole number');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number');

/** Titles, subtitles and body paragraphs of a generated corpus, as the wire sees them (plain text). */
function corpusParagraphs(count: number): { paragraphs: string[]; firsts: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-wrap-bench-'));
  try {
    generateCorpus(root, REPO, { releases: count });
    const paragraphs: string[] = [];
    const firsts: string[] = [];
    for (const file of readdirSync(join(root, 'releases'))) {
      const text = readFileSync(join(root, 'releases', file), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      for (const field of ['title', 'subtitle', 'boilerplate']) {
        const value = new RegExp(`^${field}: "(.*)"$`, 'm').exec(front)?.[1];
        if (value) paragraphs.push(value);
      }
      const blocks = body.split(/\n{2,}/).map((block) => block.trim()).filter(Boolean);
      paragraphs.push(...blocks);
      if (blocks[0]) firsts.push(blocks[0]);
    }
    return { paragraphs, firsts };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The reviewed Japanese of the Torino release, markup dropped as the wire drops it. */
function japaneseParagraphs(): string[] {
  const memory = JSON.parse(readFileSync(join(REPO, 'locales/ja/releases/torino-piemonte-giappone-scienze-vita.json'), 'utf8')) as {
    segments: Record<string, { target: string }>;
  };
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return Object.values(memory.segments).map((entry) =>
    entry.target.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!),
  );
}

interface Workload {
  name: string;
  texts: string[];
  options: WrapOptions;
}

const { paragraphs, firsts } = corpusParagraphs(releases);
const japanese = japaneseParagraphs();
const workloads: Workload[] = [
  { name: 'it', texts: paragraphs, options: { width: WIRE_WIDTH } },
  { name: 'en (bench memory)', texts: paragraphs.map((text) => `[EN] ${text}`), options: { width: WIRE_WIDTH } },
  { name: 'ja (bench memory)', texts: paragraphs.map((text) => `【訳】${text}`), options: { width: WIRE_WIDTH, ambiguousIsWide: true } },
  {
    name: 'ja (Torino release)',
    texts: Array.from({ length: Math.ceil(paragraphs.length / japanese.length) }, () => japanese).flat(),
    options: { width: WIRE_WIDTH, ambiguousIsWide: true },
  },
  { name: 'description (159)', texts: firsts, options: { width: 159 } },
];

function run(implementation: Wrap, workload: Workload): { ms: number; output: string[][] } {
  const start = performance.now();
  const output = workload.texts.map((text) => implementation(text, workload.options));
  return { ms: performance.now() - start, output };
}

const other = values.compare ? ((await import(pathToFileURL(resolve(values.compare)).href)) as { wrap: Wrap }).wrap : undefined;
const implementations: [string, Wrap][] = [['current', wrap], ...(other ? ([['compare', other]] as [string, Wrap][]) : [])];

// Best of `rounds`, implementations interleaved so both see the same machine load.
const best = new Map<string, number>();
const outputs = new Map<string, string[][]>();
for (let round = 0; round < rounds; round++) {
  for (const workload of workloads) {
    for (const [label, implementation] of implementations) {
      const { ms, output } = run(implementation, workload);
      const key = `${label}\t${workload.name}`;
      best.set(key, Math.min(best.get(key) ?? Infinity, ms));
      outputs.set(key, output);
    }
  }
}

const rows = workloads.map((workload) => {
  const current = best.get(`current\t${workload.name}`)!;
  const row: Record<string, string | number> = { workload: workload.name, texts: workload.texts.length, 'current ms': Math.round(current) };
  if (other) {
    const compared = best.get(`compare\t${workload.name}`)!;
    const mine = outputs.get(`current\t${workload.name}`)!;
    const theirs = outputs.get(`compare\t${workload.name}`)!;
    row['compare ms'] = Math.round(compared);
    row['compare / current'] = Number((compared / current).toFixed(1));
    row['differing outputs'] = mine.filter((lines, index) => !isDeepStrictEqual(lines, theirs[index])).length;
  }
  return row;
});
const total = (label: string) => workloads.reduce((sum, workload) => sum + best.get(`${label}\t${workload.name}`)!, 0);
const totals: Record<string, string | number> = { workload: 'total', texts: workloads.reduce((sum, workload) => sum + workload.texts.length, 0), 'current ms': Math.round(total('current')) };
if (other) {
  totals['compare ms'] = Math.round(total('compare'));
  totals['compare / current'] = Number((total('compare') / total('current')).toFixed(1));
  totals['differing outputs'] = rows.reduce((sum, row) => sum + Number(row['differing outputs']), 0);
}
rows.push(totals);
console.table(rows);
console.log(JSON.stringify(rows));
