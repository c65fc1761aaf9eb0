// Time of the quote extractor per release, parsing left out: wall and CPU (the machine may be shared, so compare CPU
// time and runs interleaved with the version compared against).
//   npx tsx bench/quotes-speed.ts [count] [releases-dir] [rounds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { VFile } from 'vfile';
import { parseRelease } from '../pipeline/parse/index.ts';
import { corpusReleases } from './corpus.ts';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import type { ParsedRelease } from '../pipeline/release.ts';

const [count = '600', given, rounds = '3'] = process.argv.slice(2);
const releasesDir = given || corpusReleases(Number(count));
const releases: ParsedRelease[] = [];
for (const name of readdirSync(releasesDir).filter((file) => file.endsWith('.md')).sort().slice(0, Number(count))) {
  const path = join(releasesDir, name);
  const parsed = parseRelease(new VFile({ path, value: readFileSync(path, 'utf8') }));
  if (parsed) releases.push(parsed);
}

// A first round warms the JIT; the best of the timed rounds is reported.
for (const release of releases) extractQuotes(release);
let best = { wall: Infinity, cpu: Infinity };
for (let round = 0; round < Number(rounds); round++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const release of releases) extractQuotes(release);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  best = { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, (used.user + used.system) / 1000) };
}
console.log(`${releases.length} releases: ${(best.wall / releases.length).toFixed(3)} ms wall, ${(best.cpu / releases.length).toFixed(3)} ms CPU per release`);
