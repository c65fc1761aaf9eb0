// The bundled releases are the product's showcase: they must build completely in every language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from './helpers/build.ts';
import { readMemories, readReleases, readUi } from '../pipeline/project/read.ts';
import { LANGUAGES } from '../pipeline/release.ts';
import { formatMessages } from '../pipeline/problems.ts';
import { BUNDLED } from './helpers/project.ts';

async function buildBundled() {
  const [releases, memories, ui] = await Promise.all([readReleases(BUNDLED), readMemories(BUNDLED), readUi(BUNDLED)]);
  // With its glossary, which names the offices in English and Japanese as the translations do.
  const glossary = readFileSync(join(BUNDLED, 'locales/glossary.yaml'), 'utf8');
  const result = await buildProject({ releases, memories, ui, glossary, mediaFrom: BUNDLED, languages: [...LANGUAGES], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
  return { releases, result };
}

describe('bundled releases', () => {
  it('publish in Italian, English and Japanese with no message at all', async () => {
    const { releases, result } = await buildBundled();
    expect(result.reports.flatMap(formatMessages)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(releases.length).toBeGreaterThanOrEqual(3);
    for (const summary of result.summaries) expect(summary.published).toHaveLength(releases.length);
    for (const { path } of releases) {
      const id = path.slice('releases/'.length, -'.md'.length);
      for (const language of LANGUAGES) {
        expect(result.files.has(`${language}/${id}/index.html`)).toBe(true);
        expect(result.files.has(`${language}/${id}/wire.txt`)).toBe(true);
      }
    }
  });

  it('carry every speaker and the figures of the Torino release into English and Japanese', async () => {
    const { result } = await buildBundled();
    const en = result.files.get('en/torino-piemonte-giappone-scienze-vita/wire.txt')!.replace(/\n/g, ' ');
    const ja = result.files.get('ja/torino-piemonte-giappone-scienze-vita/wire.txt')!.replace(/\n/g, '');
    for (const name of ['Andrea Tronzano', 'Dario Peirone', 'Antonio Salvi']) expect(en).toContain(name);
    for (const name of ['トロンツァーノ', 'ペイローネ', 'サルヴィ']) expect(ja).toContain(name);
    expect(en).toContain('2,800 companies');
    expect(ja).toContain('約2,800社');
    // The dated header, then the headline.
    expect(en.startsWith('Friday 26 September 2025, 10:00 CEST (08:00 GMT)  Piedmont in Japan')).toBe(true);
    expect(en).toContain('TURIN (ITALPRESS) – Life sciences');
    expect(ja).toContain('【トリノ＝ITALPRESS】');
  });
});

describe('bundled translations', () => {
  it('pass every QA check: numbers, markup and quote markers, speaker names, glossary, punctuation', async () => {
    const { runCheck } = await import('../pipeline/cli/commands/check.ts');
    const lines: string[] = [];
    const io = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const code = await runCheck({ root: BUNDLED, languages: ['en', 'ja'], format: 'text' }, io);
    expect(lines).toEqual(['no problems found']);
    expect(code).toBe(0);
  });
});
