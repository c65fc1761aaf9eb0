import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { buildProject, type BuildInput } from './helpers/build.ts';
import { readUi } from '../pipeline/project/read.ts';
import { NO_LINE_END, NO_LINE_START } from '../pipeline/render/wrap.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { release, BUNDLED } from './helpers/project.ts';
import { externalRequests } from './helpers/html.ts';

const SOURCE = release(
  `
title: Nuovo bando per le Pmi
subtitle: Domande dal 15 gennaio 2026
date: 2025-10-14T10:00:00+02:00
dateline: { city: Torino, agency: Italpress }
contacts:
  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org, phone: "+39 011 1234" }
boilerplate: La Regione Piemonte sostiene le imprese del territorio.
`,
  `La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.

Le domande si presentano online dal 15 gennaio 2026.`,
);

const EN: Record<string, string> = {
  'Nuovo bando per le Pmi': 'New call for SMEs',
  'Domande dal 15 gennaio 2026': 'Applications from 15 January 2026',
  'La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.':
    'The Piedmont Region is making €12 million available to small and medium-sized enterprises investing in digital innovation, cybersecurity and the cloud.',
  'Le domande si presentano online dal 15 gennaio 2026.': 'Applications can be submitted online from 15 January 2026.',
  'La Regione Piemonte sostiene le imprese del territorio.': 'The Piedmont Region supports local businesses.',
  'Ufficio stampa': 'Press office',
};
const JA: Record<string, string> = {
  'Nuovo bando per le Pmi': '中小企業向けの新たな公募',
  'Domande dal 15 gennaio 2026': '2026年1月15日から申請受付',
  'La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.':
    'ピエモンテ州は、デジタルイノベーション、サイバーセキュリティ、クラウドに投資する中小企業を対象に、1,200万ユーロの予算を用意した。「地域の企業の競争力を高めることが目的だ」と担当者は述べた。',
  'Le domande si presentano online dal 15 gennaio 2026.': '申請は2026年1月15日からオンラインで受け付ける。',
  'La Regione Piemonte sostiene le imprese del territorio.': 'ピエモンテ州は地域の企業を支援している。',
  'Ufficio stampa': '広報室',
};

async function input(overrides: Partial<BuildInput> = {}, translations = { en: EN, ja: JA }): Promise<BuildInput> {
  const releases = [{ path: 'releases/bando-pmi.md', text: SOURCE }];
  const [parsed] = loadReleases(releases).releases;
  const memories = Object.fromEntries(
    (['en', 'ja'] as const).map((language) => {
      const table = translations[language];
      const memory = memoryFor(parsed!, language, (source) => table[source] ?? '');
      return [language, { 'bando-pmi': { path: `locales/${language}/releases/bando-pmi.json`, text: memoryJson(memory) } }];
    }),
  );
  return { releases, memories, ui: await readUi(BUNDLED), languages: ['it', 'en', 'ja'], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://press.example.org/', ...overrides };
}

describe('render: release pages', () => {
  it('sets lang, title and hreflang links to the other two languages', async () => {
    const { files, ok } = await buildProject(await input());
    expect(ok).toBe(true);
    for (const language of ['it', 'en', 'ja']) {
      const page = files.get(`${language}/bando-pmi/index.html`)!;
      expect(page.startsWith('<!DOCTYPE html>\n<html lang="' + language + '">')).toBe(true);
      for (const other of ['it', 'en', 'ja']) {
        expect(page).toContain(`<link rel="alternate" hreflang="${other}" href="https://press.example.org/${other}/bando-pmi/">`);
      }
      expect(page).toContain(`<link rel="canonical" href="https://press.example.org/${language}/bando-pmi/">`);
      expect(externalRequests(page)).toEqual([]);
    }
    expect(files.get('en/bando-pmi/index.html')).toContain('<title>New call for SMEs – Press room</title>');
  });

  it('opens the first paragraph with the dateline in each language form', async () => {
    const { files } = await buildProject(await input());
    expect(files.get('it/bando-pmi/index.html')).toContain('<p><span class="dateline">TORINO (ITALPRESS) –</span> La Regione Piemonte');
    expect(files.get('en/bando-pmi/index.html')).toContain('<p><span class="dateline">TURIN (ITALPRESS) –</span> The Piedmont Region');
    expect(files.get('ja/bando-pmi/index.html')).toContain('<span class="dateline">【トリノ＝ITALPRESS】</span>');
  });

  it('shows dates through Intl in each language', async () => {
    const { files } = await buildProject(await input());
    expect(files.get('it/bando-pmi/index.html')).toContain('Pubblicato il 14 ottobre 2025');
    expect(files.get('en/bando-pmi/index.html')).toContain('Published on 14 October 2025');
    expect(files.get('ja/bando-pmi/index.html')).toContain('2025年10月14日発表');
  });

  it('lists contacts and boilerplate under translated labels', async () => {
    const { files } = await buildProject(await input());
    const page = files.get('en/bando-pmi/index.html')!;
    expect(page).toContain('<h2>Media contacts</h2>');
    expect(page).toContain('<strong>Laura Ferrero</strong>, Press office');
    expect(page).toContain('<a href="mailto:laura@example.org">laura@example.org</a>');
    expect(page).toContain('<h2>About</h2><p>The Piedmont Region supports local businesses.</p>');
  });
});

describe('render: wire text', () => {
  it('has headline, dateline opening the body, contacts and the end mark', async () => {
    const { files } = await buildProject(await input());
    const wire = files.get('en/bando-pmi/wire.txt')!;
    const lines = wire.split('\n');
    expect(lines.slice(0, 6)).toEqual(['Tuesday 14 October 2025, 10:00 CEST (08:00 GMT)', '', 'New call for SMEs', '', 'Applications from 15 January 2026', '']);
    expect(lines[6]).toMatch(/^TURIN \(ITALPRESS\) – The Piedmont Region/);
    expect(wire).toContain('\nMedia contacts\nLaura Ferrero, Press office\nEmail: laura@example.org\nPhone: +39 011 1234\n');
    expect(wire.endsWith('\n\n###\n')).toBe(true);
    expect(files.get('ja/bando-pmi/wire.txt')!.endsWith('\n\n以上\n')).toBe(true);
  });

  it('wraps at 69 columns, wide characters counting two, with kinsoku held', async () => {
    const { files } = await buildProject(await input());
    for (const language of ['it', 'en', 'ja']) {
      for (const line of files.get(`${language}/bando-pmi/wire.txt`)!.split('\n')) {
        expect(stringWidth(line)).toBeLessThanOrEqual(69);
        expect(line).toBe(line.trimEnd());
        expect(line).not.toContain('\r');
      }
    }
    const ja = files.get('ja/bando-pmi/wire.txt')!.split('\n').filter(Boolean);
    expect(ja.some((line) => stringWidth(line) > 60)).toBe(true);
    for (const line of ja) {
      expect(NO_LINE_START.has([...line][0]!)).toBe(false);
      expect(NO_LINE_END.has([...line].at(-1)!)).toBe(false);
    }
  });
});

describe('render: indexes', () => {
  it('writes the language chooser and one index per language listing the release', async () => {
    const { files } = await buildProject(await input());
    expect(files.get('index.html')).toContain('<a href="ja/" hreflang="ja">日本語</a>');
    for (const language of ['it', 'en', 'ja']) expect(files.get(`${language}/index.html`)).toContain('<a href="bando-pmi/">');
  });

  it('marks each language of the chooser’s heading with its lang, so none is read in Italian', async () => {
    const { files } = await buildProject(await input());
    expect(files.get('index.html')).toContain('<h1><span lang="it">Scegli la lingua</span> · <span lang="en">Choose a language</span> · <span lang="ja">言語を選択</span></h1>');
  });
});

describe('render: incomplete translations', () => {
  it('skips a language with a missing segment and names the segment, never filling it with Italian', async () => {
    const partial = { ...EN };
    delete partial['Le domande si presentano online dal 15 gennaio 2026.'];
    const { files, reports, summaries } = await buildProject(await input({}, { en: partial, ja: JA }));
    expect(files.has('en/bando-pmi/index.html')).toBe(false);
    expect(files.has('en/bando-pmi/wire.txt')).toBe(false);
    expect(files.get('en/index.html')).not.toContain('bando-pmi');
    expect(files.has('ja/bando-pmi/index.html')).toBe(true);
    expect(summaries.find((summary) => summary.language === 'en')?.skipped).toEqual(['bando-pmi']);
    const messages = reports.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`));
    expect(messages).toEqual([expect.stringMatching(/^releases\/bando-pmi\.md:13:1 no English translation for this paragraph/)]);
  });

  it('makes a missing translation an error with strict', async () => {
    const partial = { ...EN, 'Ufficio stampa': '' };
    const result = await buildProject(await input({ strict: true }, { en: partial, ja: JA }));
    expect(result.ok).toBe(false);
  });
});
