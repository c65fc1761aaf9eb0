import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.ts';
import { BUNDLED, makeProject, release } from './helpers/project.ts';
import { runCli, runPressroomHere } from './helpers/cli.ts';

describe('reading a large project', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-many-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('builds 200 releases and their 200 English memories with only 160 files allowed open at once', async () => {
    // Short releases: what runs out is files open, not text.
    generateCorpus(root, BUNDLED, { releases: 200, seed: 7, paragraphs: 1 });
    // English only: 400 files to read is enough to run out of 160, and a Japanese render would triple the time.
    const result = await runCli(['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '1', '--lang', 'en'], { cwd: root, wrapper: ['sh', '-c', 'ulimit -n 160 && exec "$0" "$@"'] });
    expect(result.stderr).not.toMatch(/EMFILE/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^en: 200 published/m);
  }, 120_000);
});

describe('reading ui.json', () => {
  it('refuses a ui.json without the labels the pages use, naming the file and the keys', async () => {
    const project = makeProject();
    try {
      project.write('releases/valido.md', release('title: Valido\ndate: 2025-10-01T10:00:00+02:00', 'Testo.'));
      project.write('locales/en/ui.json', '{}');
      const result = await runPressroomHere(['build'], { cwd: project.root });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/^locales\/en\/ui\.json: error: lacks labels the pages need: `locale` is missing; `languageName` is missing; `site` is missing; .*`wire` is missing; `office` is missing \(see locales\/it\/ui\.json for every key\) \[pressroom:ui-file\]\n$/);
      expect(existsSync(join(project.root, 'out'))).toBe(false);

      const ui = JSON.parse(readFileSync(join(BUNDLED, 'locales/en/ui.json'), 'utf8')) as { release: Record<string, unknown>; dateline: Record<string, unknown> };
      project.write('locales/en/ui.json', JSON.stringify({ ...ui, release: { ...ui.release, published: 3 }, dateline: { ...ui.dateline, cityCase: 'shout' } }));
      const typo = await runPressroomHere(['build'], { cwd: project.root });
      expect(typo.stderr).toMatch(/^locales\/en\/ui\.json: error: lacks labels the pages need: `release\.published` must be text; `dateline\.cityCase` must be "upper" or "as-written" /);
    } finally {
      project.remove();
    }
  });
});
