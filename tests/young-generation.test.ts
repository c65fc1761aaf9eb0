// After a large render this thread holds its young generation at the size it has (young-generation.ts): V8 would
// otherwise grow it to 48 MB for the link, index and record phases, the build's peak of memory at 10,000 releases.
// Seen in a new process's main thread, as the CLI's: the test process's young generation is grown already
// (vitest.config.ts), and a worker's is sized by its resource limits, not by the growth factor.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MODULE = fileURLToPath(new URL('../pipeline/publish/young-generation.ts', import.meta.url));

/** Allocates as the link phase does, much of it surviving a while, held and then let go: the young generation's sizes. */
const SCRIPT = `
import { getHeapSpaceStatistics } from 'node:v8';
import { holdYoungGeneration } from ${JSON.stringify(MODULE)};
const newSpace = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
function allocate() {
  const kept = [];
  let largest = newSpace();
  for (let index = 0; index < 1500000; index++) {
    const entry = { id: 'release-' + index, files: [index, index + 1], listed: { title: 'x'.repeat(index % 40) } };
    if (index % 5 === 0) kept.push(entry);
    if (kept.length > 60000) kept.splice(0, 30000);
    if (index % 50000 === 0) largest = Math.max(largest, newSpace());
  }
  return largest;
}
const before = newSpace();
const release = holdYoungGeneration();
const held = allocate();
release();
release();
console.log(JSON.stringify({ before, held, usual: allocate() }));
`;

describe('young generation', () => {
  it('does not grow while held, and grows again as V8 sees fit once let go', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { before, held, usual } = JSON.parse(run.stdout) as { before: number; held: number; usual: number };
    expect(held).toBe(before);
    expect(usual).toBeGreaterThan(before);
  });
});
