// Quotes through the CLI and into the outputs: `pressroom quotes`, out/<lang>/<id>/quotes.json, speakers on pages.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { buildProject } from './helpers/build.ts';
import { readMemories, readReleases, readUi } from '../pipeline/project/read.ts';
import { LANGUAGES } from '../pipeline/release.ts';
import { makeProject, release, BUNDLED, REPO, type Project } from './helpers/project.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { runCli } from './helpers/cli.ts';

const SAMPLE = join(REPO, 'tests/fixtures/samples/torino-piemonte-giappone-it.txt');

interface QuotesFile {
  release?: string;
  language?: string;
  quotes: { id: string; text: string; parts: string[]; speaker: { name: string; role: string | null }; paragraph: number }[];
}

describe('cli: pressroom quotes', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('prints exactly {"quotes":[{id, text, parts, speaker: {name, role}, paragraph}]} for the sample plain text', async () => {
    const result = await runCli(['quotes', SAMPLE, '--json'], { cwd: REPO });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as QuotesFile;
    expect(Object.keys(output)).toEqual(['quotes']);
    for (const quote of output.quotes) {
      expect(Object.keys(quote)).toEqual(['id', 'text', 'parts', 'speaker', 'paragraph']);
      expect(Object.keys(quote.speaker)).toEqual(['name', 'role']);
      expect(quote.text).toBe(quote.parts.join(' '));
    }
    expect(output.quotes.map((quote) => [quote.id, quote.speaker.name, quote.speaker.role, quote.parts.length, quote.paragraph])).toEqual([
      ['q1', 'Andrea Tronzano', 'assessore regionale al Bilancio, Attività produttive e Internazionalizzazione', 3, 5],
      ['q2', 'Dario Peirone', 'presidente di Ceipiemonte', 2, 6],
      ['q3', 'Antonio Salvi', 'presidente di Bioindustry Park', 2, 7],
    ]);
    expect(result.stdout).not.toContain('Salute e Benessere');
  });

  it('reads a Markdown file outside releases/, with or without front matter, and prints speakers for people', async () => {
    project = makeProject();
    const path = project.write('drafts/nota.md', 'Il sindaco Gianni Ferri ha dichiarato: «Gli abbonamenti restano a 40 euro».\n\nLa delibera è online.\n');
    const result = await runCli(['quotes', path], { cwd: project.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('q1  Gianni Ferri, sindaco  (paragraph 1, line 1)\n  “Gli abbonamenti restano a 40 euro”\n');
    const other = project.write('drafts/altra.md', release('title: Altra\ndate: 2025-10-14T10:00:00+02:00', '«Nessuna citazione qui» non è attribuita a nessuno.'));
    const none = await runCli(['quotes', other, '--json'], { cwd: project.root });
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ quotes: [] });
  });

  it('says clearly when the file cannot be read, or the release is broken', async () => {
    project = makeProject();
    const missing = await runCli(['quotes', 'nope.txt'], { cwd: project.root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nope\.txt: error: cannot read the file \(ENOENT\) \[pressroom:quotes\]$/m);
    const broken = project.write('rotto.md', release('title: Rotto\ndate: ieri', 'Testo.'));
    const result = await runCli(['quotes', broken], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rotto\.md:\d+:\d+: error: .*\[pressroom:front-matter\]/);
  });
});

describe('build: quotes.json in every language, speakers on the pages', () => {
  it('lists the same ids and speakers in Italian, English and Japanese for the bundled releases, each in its own words', async () => {
    const [releases, memories, ui] = await Promise.all([readReleases(BUNDLED), readMemories(BUNDLED), readUi(BUNDLED)]);
    const result = await buildProject({ releases, memories, ui, languages: [...LANGUAGES], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    expect(releases.length).toBeGreaterThanOrEqual(3);
    for (const { path } of releases) {
      const id = path.slice('releases/'.length, -'.md'.length);
      const files = Object.fromEntries(LANGUAGES.map((language) => [language, JSON.parse(result.files.get(`${language}/${id}/quotes.json`)!) as QuotesFile]));
      const italian = files.it!.quotes;
      expect(italian.length).toBeGreaterThanOrEqual(3);
      for (const language of LANGUAGES) {
        const file = files[language]!;
        expect([file.release, file.language]).toEqual([id, language]);
        // Roles are Italian words: only the Italian file carries them.
        expect(file.quotes.map((quote) => [quote.id, quote.speaker.name, quote.paragraph])).toEqual(italian.map((quote) => [quote.id, quote.speaker.name, quote.paragraph]));
        if (language !== 'it') for (const quote of file.quotes) expect(quote.speaker.role).toBeNull();
        if (language !== 'it') file.quotes.forEach((quote, index) => expect(quote.text).not.toBe(italian[index]!.text));
        for (const quote of file.quotes) expect(quote.text.trim()).not.toBe('');
      }
    }
    const torino = JSON.parse(result.files.get('ja/torino-piemonte-giappone-scienze-vita/quotes.json')!) as QuotesFile;
    expect(torino.quotes.map((quote) => [quote.speaker.name, quote.parts.length])).toEqual([['Andrea Tronzano', 3], ['Dario Peirone', 2], ['Antonio Salvi', 2]]);
    const page = result.files.get('en/torino-piemonte-giappone-scienze-vita/index.html')!;
    expect(page).toContain('<q data-quote="q2" data-speaker="Dario Peirone" title="Dario Peirone">');
  });

  it('takes each language’s quote words from the <q data-quote> of its translation memory (fixture tree)', async () => {
    const text = release(
      'title: Bando\ndate: 2025-10-14T10:00:00+02:00',
      '«Il bando è aperto – dichiara Marco Rossi, assessore – e resterà aperto fino a marzo».\n\nLe domande si presentano online.',
    );
    const [parsed] = loadReleases([{ path: 'releases/bando.md', text }]).releases;
    const english: Record<string, string> = {
      '«Il bando è aperto – dichiara Marco Rossi, assessore – e resterà aperto fino a marzo».': '“<q data-quote="q1">The call is open</q>,” says Marco Rossi, councillor, “<q data-quote="q1">and will stay open until March</q>.”',
    };
    const memory = memoryFor(parsed!, 'en', (source) => english[source.replace(/<\/?q[^>]*>/g, '')] ?? `EN ${source}`);
    const memories = { en: { bando: { path: 'locales/en/releases/bando.json', text: memoryJson(memory) } } };
    const ui = await readUi(BUNDLED);
    const result = await buildProject({ releases: [{ path: 'releases/bando.md', text }], memories, ui, languages: ['it', 'en'], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    expect(result.ok).toBe(true);
    const en = JSON.parse(result.files.get('en/bando/quotes.json')!) as QuotesFile;
    expect(en.quotes).toEqual([
      { id: 'q1', text: 'The call is open and will stay open until March', parts: ['The call is open', 'and will stay open until March'], speaker: { name: 'Marco Rossi', role: null }, paragraph: 1 },
    ]);
    const it = JSON.parse(result.files.get('it/bando/quotes.json')!) as QuotesFile;
    expect(it.quotes[0]!.parts).toEqual(['Il bando è aperto', 'e resterà aperto fino a marzo']);
  });
});
