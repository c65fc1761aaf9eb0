// Versions and corrections: `updated`, dated corrections with a translated note, and withdrawal (a kill notice in
// every language) show in ninjs, feeds, JSON-LD, pages and wire text, computed from the inputs (release dates,
// memory review times), never the clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildProject, buildIn } from './helpers/build.ts';
import { EN, FIXTURE, FIXTURE_ID, FIXTURE_PATH, fixtureInput, JA } from './helpers/fixture.ts';
import { jsonLd } from './helpers/html.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { makeProject } from './helpers/project.ts';

const AFTER = new Date('2026-01-01T00:00:00Z');
const NOTE = 'Le domande si presentano dal 15 gennaio 2026, non dal 15 dicembre 2025.';
const CORRECTED = FIXTURE.replace(
  'tags: [innovazione, pmi]',
  `tags: [innovazione, pmi]\nupdated: 2025-10-16T08:00:00+02:00\ncorrections:\n  - { date: 2025-10-15T18:00:00+02:00, note: "${NOTE}" }`,
);
const WITHDRAWN = FIXTURE.replace('tags: [innovazione, pmi]', 'tags: [innovazione, pmi]\nupdated: 2025-10-20T09:00:00+02:00\nstatus: withdrawn\nreason: Il bando è sospeso in attesa di una nuova delibera.');
const TRANSLATIONS = {
  en: { ...EN, [NOTE]: 'Applications open on 15 January 2026, not 15 December 2025.', 'Il bando è sospeso in attesa di una nuova delibera.': 'The call is suspended pending a new decision.' },
  ja: { ...JA, [NOTE]: '申請受付は2025年12月15日からではなく、2026年1月15日からである。', 'Il bando è sospeso in attesa di una nuova delibera.': '新たな決定が出るまで公募は停止される。' },
};

async function outputs(source: string) {
  const result = await buildProject(await fixtureInput({ now: AFTER }, TRANSLATIONS, source));
  const ninjs = (language: string) => JSON.parse(result.files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
  return { ...result, ninjs };
}

describe('versions: a corrected release', () => {
  it('gives ninjs a version and versionCreated from its dates, still valid', async () => {
    const { ninjs } = await outputs(CORRECTED);
    for (const language of ['it', 'en', 'ja']) {
      const item = ninjs(language);
      expect(ninjsErrors(item)).toEqual([]);
      expect(item).toMatchObject({ version: '3', firstCreated: '2025-10-14T10:00:00+02:00', versionCreated: '2025-10-16T08:00:00+02:00', pubStatus: 'usable' });
    }
    expect(ninjs('en').edNote).toBe('CORRECTION, 15 OCTOBER 2025: Applications open on 15 January 2026, not 15 December 2025.');
  });

  it('shows the correction note, translated, on the page, in the wire text and the feeds; JSON-LD has dateModified', async () => {
    const { files } = await outputs(CORRECTED);
    const page = files.get(`en/${FIXTURE_ID}/index.html`)!;
    expect(page).toContain('<p class="correction"><strong>Correction, 15 October 2025:</strong> Applications open on 15 January 2026, not 15 December 2025.</p>');
    expect(page).toContain('Updated on 16 October 2025');
    // 18:00 in Rome is 01:00 the next day in Tokyo: the Japanese reader's date, as the Japanese wire header's.
    expect(files.get(`ja/${FIXTURE_ID}/index.html`)!.replace(/<wbr>/g, '')).toContain('訂正（2025年10月16日）：</strong>申請受付は');
    const [article] = jsonLd(page) as Record<string, unknown>[];
    // Published when its embargo lifted, at 12:00.
    expect(article).toMatchObject({ datePublished: '2025-10-14T12:00:00+02:00', dateModified: '2025-10-16T08:00:00+02:00' });
    const wire = files.get(`it/${FIXTURE_ID}/wire.txt`)!;
    expect(wire.split('\n\n')[1]!.replace(/\n/g, ' ')).toBe(`RETTIFICA DEL 15 OTTOBRE 2025: ${NOTE}`);
    const feed = parseFeed(files.get('en/feed.xml')!);
    expect(feed.updated?.toISOString()).toBe('2025-10-16T06:00:00.000Z');
    expect(feed.items[0]!.updated?.toISOString()).toBe('2025-10-16T06:00:00.000Z');
    expect(feed.items[0]!.published?.toISOString()).toBe('2025-10-14T10:00:00.000Z');
    expect(feed.items[0]!.content).toContain('Correction, 15 October 2025:');
  });

  it('takes versionCreated from a later review of the translation, in that language only', async () => {
    const input = await fixtureInput({ now: AFTER }, TRANSLATIONS, CORRECTED);
    const memory = JSON.parse(input.memories.ja![FIXTURE_ID]!.text) as { segments: Record<string, { updated: string }> };
    Object.values(memory.segments)[0]!.updated = '2025-11-02T12:00:00+09:00';
    input.memories.ja![FIXTURE_ID]!.text = JSON.stringify(memory);
    const { files } = await buildProject(input);
    const item = (language: string) => JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(item('ja').versionCreated).toBe('2025-11-02T12:00:00+09:00');
    expect(item('en').versionCreated).toBe('2025-10-16T08:00:00+02:00');
  });

  it('leaves a release without changes at version 1, created and versioned at its date', async () => {
    const { ninjs, files } = await outputs(FIXTURE);
    expect(ninjs('it')).toMatchObject({ version: '1', versionCreated: '2025-10-14T10:00:00+02:00' });
    expect(ninjs('it')).not.toHaveProperty('edNote');
    expect(jsonLd(files.get(`it/${FIXTURE_ID}/index.html`)!)[0]).not.toHaveProperty('dateModified');
  });
});

describe('versions: a withdrawn release', () => {
  it('is a kill notice, canceled in ninjs, kept in the feeds marked as withdrawn, its page and wire text saying why first', async () => {
    const { ninjs, files, stderr } = await outputs(WITHDRAWN);
    // firstCreated stays the release's date, as in the versions agencies filed before (not its embargo's lift). Built
    // with no record of what agencies hold, the kill is numbered one past its dates' 2, and the build says why.
    expect(stderr).toContain('[pressroom:kill-version]');
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled', version: '3', firstCreated: '2025-10-14T10:00:00+02:00', versionCreated: '2025-10-20T09:00:00+02:00' });
    expect(ninjsErrors(ninjs('en'))).toEqual([]);
    // No text of the release in any language: not its speaker, its contact, nor its subheadline.
    for (const [path, text] of files) if (/^(it|en|ja)\//.test(path)) for (const words of ['Bellini', 'Ferrero', '15 gennaio', '15 January']) expect(text, path).not.toContain(words);
    for (const language of ['it', 'en', 'ja']) expect(ninjs(language)).not.toHaveProperty('people');
    const feed = parseFeed(files.get('en/feed.xml')!);
    expect(feed.items[0]!.title).toBe('[Withdrawn] New call for SMEs');
    expect(feed.items[0]!.content).toContain('Withdrawn on 20 October 2025:</strong> The call is suspended pending a new decision.');
    expect(files.get(`it/${FIXTURE_ID}/index.html`)!).toContain('<p class="withdrawn"><strong>Comunicato ritirato il 20 ottobre 2025:</strong> Il bando è sospeso in attesa di una nuova delibera.</p>');
    // Where the page is shared or listed in a tab, the title says it was withdrawn.
    expect(files.get(`en/${FIXTURE_ID}/index.html`)!).toContain('<title>[Withdrawn] New call for SMEs – Press room</title>');
    expect(files.get(`en/${FIXTURE_ID}/index.html`)!).toContain('<meta property="og:title" content="[Withdrawn] New call for SMEs">');
    expect(files.get(`it/${FIXTURE_ID}/index.html`)!).toContain('<title>[Ritirato] Nuovo bando per le Pmi – Sala stampa</title>');
    // The withdrawal is the wire's first paragraph, as an embargo line would be.
    expect(files.get(`ja/${FIXTURE_ID}/wire.txt`)!.split('\n\n')[0]!.replace(/\n/g, '')).toBe('【配信取り消し】2025年10月20日：新たな決定が出るまで公募は停止される。');
    expect(files.get(`it/${FIXTURE_ID}/wire.txt`)!.split('\n\n')[0]!.replace(/\n/g, ' ')).toBe('COMUNICATO RITIRATO IL 20 OTTOBRE 2025: Il bando è sospeso in attesa di una nuova delibera.');
  });

  it('is marked withdrawn where the index and the archive list it, in each language', async () => {
    const { files } = await outputs(WITHDRAWN);
    const item = (path: string) => /<li><a href="[^"]*bando-pmi\/">([^<]*)<\/a>/.exec(files.get(path)!.replace(/<wbr>/g, ''))?.[1];
    for (const [language, title] of [['it', '[Ritirato] Nuovo bando per le Pmi'], ['en', '[Withdrawn] New call for SMEs'], ['ja', '【配信取り消し】中小企業向けの新たな公募']] as const) {
      expect(item(`${language}/index.html`)).toBe(title);
      expect(item(`${language}/archive/2025/10/index.html`)).toBe(title);
    }
    // A release that stands is listed by its headline alone.
    const standing = await outputs(FIXTURE);
    expect(/<li><a href="bando-pmi\/">([^<]*)<\/a>/.exec(standing.files.get('en/index.html')!)?.[1]).toBe('New call for SMEs');
  });

  it('says in quotes.json that the release was withdrawn, when and why, in each language', async () => {
    const { files } = await outputs(WITHDRAWN);
    const quotes = (language: string) => JSON.parse(files.get(`${language}/${FIXTURE_ID}/quotes.json`)!) as Record<string, unknown>;
    expect(quotes('en').withdrawn).toEqual({ date: '2025-10-20T09:00:00+02:00', reason: 'The call is suspended pending a new decision.' });
    expect(quotes('it').withdrawn).toEqual({ date: '2025-10-20T09:00:00+02:00', reason: 'Il bando è sospeso in attesa di una nuova delibera.' });
    expect(quotes('ja').withdrawn).toMatchObject({ reason: '新たな決定が出るまで公募は停止される。' });
    expect(JSON.parse((await outputs(FIXTURE)).files.get(`en/${FIXTURE_ID}/quotes.json`)!)).not.toHaveProperty('withdrawn');
  });

  it('needs a reason and the date it was withdrawn, each problem on its line', async () => {
    const project = makeProject();
    try {
      project.write(`releases/${FIXTURE_ID}.md`, FIXTURE.replace('tags: [innovazione, pmi]', 'tags: [innovazione, pmi]\nstatus: withdrawn'));
      const result = await buildIn(project.root);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/bando-pmi\.md:\d+:\d+: error: front matter field `status` needs a `reason`/);
      expect(result.stderr).toMatch(/front matter field `status` needs `updated`/);
    } finally {
      project.remove();
    }
  });
});

describe('versions: what an agency receives in a language changes, its version moves', () => {
  const FIRST = new Date('2026-01-01T00:00:00Z');
  const LATER = new Date('2026-01-05T09:30:00Z');
  let project: ReturnType<typeof makeProject>;

  /** The fixture published once in every language, its memories written out as files a reviewer edits. */
  async function publishedOnce(): Promise<void> {
    const input = await fixtureInput({ now: FIRST }, TRANSLATIONS);
    project = makeProject();
    project.write(FIXTURE_PATH, input.releases[0]!.text);
    for (const language of ['en', 'ja'] as const) project.write(input.memories[language]![FIXTURE_ID]!.path, input.memories[language]![FIXTURE_ID]!.text);
    expect((await buildIn(project.root, { now: FIRST })).exitCode).toBe(0);
  }
  const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
  const item = (language: string) => JSON.parse(read(`out/${language}/${FIXTURE_ID}/ninjs.json`)) as Record<string, unknown>;
  /** A reviewer's edit of the English headline, saved at `at` (or, when undefined, keeping its time). */
  function reviewerEdits(at?: string): void {
    const path = `locales/en/releases/${FIXTURE_ID}.json`;
    const memory = JSON.parse(read(path)) as { segments: Record<string, { target: string; updated: string }> };
    const title = Object.values(memory.segments).find((entry) => entry.target === 'New call for SMEs')!;
    title.target = 'A new call for SMEs';
    if (at) title.updated = at;
    project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
  }
  afterEach(() => project?.remove());

  it('moves when only a translation changes (a reviewer edit), in that language only, dated by the review', async () => {
    await publishedOnce();
    expect(item('en')).toMatchObject({ version: '1', versionCreated: '2025-10-14T10:00:00+02:00' });
    reviewerEdits('2026-01-04T16:00:00+01:00');
    await buildIn(project.root, { now: LATER });
    expect(item('en')).toMatchObject({ version: '2', versionCreated: '2026-01-04T16:00:00+01:00', pubStatus: 'usable' });
    expect(ninjsErrors(item('en'))).toEqual([]);
    expect((item('en').headlines as { value: string }[])[0]!.value).toBe('A new call for SMEs');
    expect(item('it')).toMatchObject({ version: '1' });
    expect(item('ja')).toMatchObject({ version: '1' });
    expect(parseFeed(read('out/en/feed.xml')).items[0]!.updated?.toISOString()).toBe('2026-01-04T15:00:00.000Z');
    expect(read(`out/en/${FIXTURE_ID}/index.html`)).toContain('Updated on 4 January 2026');
  });

  it('moves when the edit names no later time, dated by the build clock (--now), and stays put after', async () => {
    await publishedOnce();
    reviewerEdits();
    await buildIn(project.root, { now: LATER });
    const moved = read(`out/en/${FIXTURE_ID}/ninjs.json`);
    expect(JSON.parse(moved)).toMatchObject({ version: '2', versionCreated: '2026-01-05T09:30:00Z' });
    // Same inputs, same bytes: a later clock, or a build from scratch elsewhere, says the same.
    await buildIn(project.root, { now: new Date('2026-02-01T00:00:00Z') });
    expect(read(`out/en/${FIXTURE_ID}/ninjs.json`)).toBe(moved);
    await buildIn(project.root, { now: new Date('2026-02-01T00:00:00Z'), out: 'elsewhere' });
    expect(read(`elsewhere/en/${FIXTURE_ID}/ninjs.json`)).toBe(moved);
  });

  it('does not move when nothing an agency receives changed', async () => {
    await publishedOnce();
    const before = read(`out/en/${FIXTURE_ID}/ninjs.json`);
    // A new time on an entry whose words are the same: nothing to tell an agency.
    const path = `locales/en/releases/${FIXTURE_ID}.json`;
    const memory = JSON.parse(read(path)) as { segments: Record<string, { reviewer?: string }> };
    Object.values(memory.segments)[0]!.reviewer = 'Anna Rossi';
    project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
    await buildIn(project.root, { now: LATER });
    expect(read(`out/en/${FIXTURE_ID}/ninjs.json`)).toBe(before);
  });
});
