import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.ts';
import { BUNDLED } from './helpers/project.ts';
import { runCli } from './helpers/cli.ts';

describe('reading a large project', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-many-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds 300 releases and 600 memories with only 160 files allowed open at once', async () => {
    generateCorpus(root, BUNDLED, { releases: 300, seed: 7 });
    const result = await runCli(['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '1'], { cwd: root, wrapper: ['sh', '-c', 'ulimit -n 160 && exec "$0" "$@"'] });
    expect(result.stderr).not.toMatch(/EMFILE/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ja: 300 published/m);
  }, 120_000);
});
