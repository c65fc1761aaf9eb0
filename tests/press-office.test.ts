// Who speaks: the press office of the project (or of the release) is author, publisher and copyright holder in
// pages, ninjs and feeds; the dateline agency appears in the dateline only.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildProject } from './helpers/build.ts';
import { readPressOffice } from '../pipeline/project/read.ts';
import { FIXTURE, FIXTURE_ID, fixtureInput, ROBOTS } from './helpers/fixture.ts';
import { buildIn } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { jsonLd } from './helpers/html.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { BUNDLED, makeProject } from './helpers/project.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInput } from './helpers/build.ts';

const OFFICE = { name: 'Regione Piemonte', url: 'https://www.regione.piemonte.it/', logo: 'https://www.regione.piemonte.it/logo.png', email: 'stampa@regione.piemonte.example' };
const AFTER = new Date('2026-01-01T00:00:00Z');

async function files(source = FIXTURE) {
  return (await buildProject(await fixtureInput({ now: AFTER, office: OFFICE }, undefined, source))).files;
}

describe('press office: author, publisher and copyright holder', () => {
  it('is the author and publisher of the page’s NewsArticle, never the dateline agency', async () => {
    const out = await files();
    for (const language of ['it', 'en', 'ja']) {
      const page = out.get(`${language}/${FIXTURE_ID}/index.html`)!;
      const [article] = jsonLd(page) as Record<string, unknown>[];
      const office = { '@type': 'Organization', name: OFFICE.name, url: OFFICE.url, logo: { '@type': 'ImageObject', url: OFFICE.logo }, email: OFFICE.email };
      expect(article).toMatchObject({ author: office, publisher: office, copyrightHolder: office, copyrightYear: 2025 });
      expect(JSON.stringify(article)).not.toMatch(/italpress/i);
      // The dateline still names the agency.
      expect(page).toMatch(/\(ITALPRESS\) –|＝ITALPRESS】/);
    }
  });

  it('is named where readers look first: atop the wire text and in the page’s header, the agency only in the dateline', async () => {
    const out = await files();
    const issuer = { it: 'COMUNICATO STAMPA – Regione Piemonte', en: 'PRESS RELEASE – Regione Piemonte', ja: '【プレスリリース】Regione Piemonte' };
    const genre = { it: 'Comunicato stampa', en: 'Press release', ja: 'プレスリリース' };
    for (const language of ['it', 'en', 'ja'] as const) {
      const wire = out.get(`${language}/${FIXTURE_ID}/wire.txt`)!;
      // After the embargo and machine labels a desk must see first, before the date and the story.
      expect(wire.split('\n\n')[0]).toBe(issuer[language]);
      expect(wire.split('\n\n')[1]).toMatch(/2025/);
      const page = out.get(`${language}/${FIXTURE_ID}/index.html`)!;
      expect(page).toContain(`<p class="meta">${genre[language]} – <a href="${OFFICE.url}">Regione Piemonte</a> · <time`);
    }
  });

  it('is `by` and copyright holder in ninjs, with the press-release genre and usage terms, still valid', async () => {
    const out = await files();
    for (const language of ['it', 'en', 'ja']) {
      const item = JSON.parse(out.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
      expect(ninjsErrors(item)).toEqual([]);
      expect(item.by).toBe('Regione Piemonte');
      expect(item.copyrightHolder).toBe('Regione Piemonte');
      expect(item.copyrightNotice).toBe('© 2025 Regione Piemonte');
      expect(item.usageTerms).toContain('Regione Piemonte');
      expect(item.genres).toEqual([{ name: expect.any(String), uri: 'http://cv.iptc.org/newscodes/genre/PressRelease' }]);
      expect(JSON.stringify(item.by)).not.toMatch(/italpress/i);
    }
    const ja = JSON.parse(out.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as { genres: { name: string }[]; usageTerms: string };
    expect(ja.genres[0]!.name).toBe('プレスリリース');
    expect(ja.usageTerms).toMatch(/報道/);
  });

  it('is the author of each feed entry and of the feed, read by a feed parser', async () => {
    const out = await files();
    const feed = parseFeed(out.get('en/feed.xml')!);
    expect(feed.authors.map((author) => author.name)).toEqual(['Regione Piemonte']);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.authors).toEqual([{ name: 'Regione Piemonte', url: OFFICE.url, email: OFFICE.email }]);
    const json = JSON.parse(out.get('en/feed.json')!) as { items: { authors: { name: string }[] }[] };
    expect(json.items[0]!.authors[0]!.name).toBe('Regione Piemonte');
  });

  it('lets a release name its own office, which then speaks for it everywhere', async () => {
    const source = FIXTURE.replace('tags:', 'office: { name: Politecnico di Torino, url: "https://www.polito.it/" }\ntags:');
    const out = await files(source);
    const item = JSON.parse(out.get(`en/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(item).toMatchObject({ by: 'Politecnico di Torino', copyrightHolder: 'Politecnico di Torino' });
    const [article] = jsonLd(out.get(`it/${FIXTURE_ID}/index.html`)!) as Record<string, { name: string }>[];
    expect(article!.author!.name).toBe('Politecnico di Torino');
    expect(parseFeed(out.get('it/feed.xml')!).items[0]!.authors[0]!.name).toBe('Politecnico di Torino');
  });

  it('falls back to the press room’s name when the project names no office', async () => {
    const { files: out } = await buildProject(await fixtureInput({ now: AFTER }));
    const item = JSON.parse(out.get(`it/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(item.by).toBe('Sala stampa');
    // No office, no issuer line: the press room's name is not an issuer.
    expect(out.get(`it/${FIXTURE_ID}/wire.txt`)).not.toContain('COMUNICATO STAMPA');
    expect(out.get(`it/${FIXTURE_ID}/index.html`)).toContain('<p class="meta"><time');
  });
});

// The bundled glossary: Regione Piemonte is Piedmont Region and ピエモンテ州, Politecnico di Torino トリノ工科大学 in Japanese.
const GLOSSARY = readFileSync(join(BUNDLED, 'locales/glossary.yaml'), 'utf8');
const ISSUER = { it: 'COMUNICATO STAMPA – ', en: 'PRESS RELEASE – ', ja: '【プレスリリース】' };
const GENRE = { it: 'Comunicato stampa', en: 'Press release', ja: 'プレスリリース' };
type Language = keyof typeof ISSUER;

async function built(overrides: Partial<BuildInput>, source = FIXTURE) {
  return (await buildProject(await fixtureInput({ now: AFTER, glossary: GLOSSARY, ...overrides }, undefined, source))).files;
}

/** Every output of the release in `language` that names its press office, as the office's name appears there. */
function officeNames(out: Map<string, string>, language: Language) {
  const page = out.get(`${language}/${FIXTURE_ID}/index.html`)!;
  const [article] = jsonLd(page) as Record<string, { name: string }>[];
  const item = JSON.parse(out.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, string>;
  const atom = parseFeed(out.get(`${language}/feed.xml`)!);
  const json = JSON.parse(out.get(`${language}/feed.json`)!) as { authors: { name: string }[]; items: { authors: { name: string }[] }[] };
  return {
    wire: out.get(`${language}/${FIXTURE_ID}/wire.txt`)!.split('\n\n')[0],
    page: new RegExp(`<p class="meta">${GENRE[language]} – (?:<a href="[^"]*">)?([^<]*?)(?:</a>)? · `).exec(page)?.[1],
    author: article!.author!.name,
    publisher: article!.publisher!.name,
    copyrightHolder: article!.copyrightHolder!.name,
    by: item.by,
    ninjsCopyrightHolder: item.copyrightHolder,
    copyrightNotice: item.copyrightNotice,
    usageTerms: item.usageTerms,
    atomAuthor: atom.authors.map((author) => author.name).join(),
    atomEntryAuthor: atom.items[0]!.authors.map((author) => author.name).join(),
    jsonAuthor: json.authors[0]!.name,
    jsonEntryAuthor: json.items[0]!.authors[0]!.name,
  };
}

function expectNamed(out: Map<string, string>, language: Language, name: string, feedName = name) {
  expect(officeNames(out, language)).toEqual({
    wire: `${ISSUER[language]}${name}`,
    page: name,
    author: name,
    publisher: name,
    copyrightHolder: name,
    by: name,
    ninjsCopyrightHolder: name,
    copyrightNotice: `© 2025 ${name}`,
    usageTerms: expect.stringContaining(name),
    atomAuthor: feedName,
    atomEntryAuthor: name,
    jsonAuthor: feedName,
    jsonEntryAuthor: name,
  });
}

describe('press office: named in the language of each output', () => {
  it('takes the name the project’s glossary gives it, in the wire text, page, JSON-LD, ninjs and feeds', async () => {
    const out = await built({ office: OFFICE });
    expectNamed(out, 'it', 'Regione Piemonte');
    expectNamed(out, 'en', 'Piedmont Region');
    expectNamed(out, 'ja', 'ピエモンテ州');
    // No Italian name left in what English and Japanese agencies receive.
    for (const [path, text] of out) if (/^(en|ja)\//.test(path)) expect(text, path).not.toContain('Regione Piemonte');
    expect(out.get(`ja/${FIXTURE_ID}/ninjs.json`)).toContain('ピエモンテ州発表のプレスリリース');
  });

  it('takes a name the office gives per language over the glossary’s, in either form of the setting', async () => {
    const inName = await built({ office: { ...OFFICE, name: { it: 'Regione Piemonte', en: 'Region of Piedmont' } } });
    expectNamed(inName, 'it', 'Regione Piemonte');
    expectNamed(inName, 'en', 'Region of Piedmont');
    expectNamed(inName, 'ja', 'ピエモンテ州');
    const inNames = await built({ office: { ...OFFICE, names: { ja: 'ピエモンテ州政府' } } });
    expectNamed(inNames, 'en', 'Piedmont Region');
    expectNamed(inNames, 'ja', 'ピエモンテ州政府');
  });

  it('keeps the name as written in a language neither the office nor the glossary names it in', async () => {
    const out = await built({ office: OFFICE, glossary: 'keep: [Regione Piemonte]\n' });
    expectNamed(out, 'en', 'Regione Piemonte');
    expectNamed(out, 'ja', 'Regione Piemonte');
  });

  it('names a release’s own office in each language too, from the glossary or its front matter', async () => {
    const polito = await built({ office: OFFICE }, FIXTURE.replace('tags:', 'office: { name: Politecnico di Torino, url: "https://www.polito.it/" }\ntags:'));
    expectNamed(polito, 'it', 'Politecnico di Torino', 'Regione Piemonte');
    expectNamed(polito, 'en', 'Politecnico di Torino', 'Piedmont Region');
    expectNamed(polito, 'ja', 'トリノ工科大学', 'ピエモンテ州');
    const own = await built({ office: OFFICE }, FIXTURE.replace('tags:', 'office:\n  name: { it: Comune di Asti, en: City of Asti, ja: アスティ市 }\ntags:'));
    expectNamed(own, 'it', 'Comune di Asti', 'Regione Piemonte');
    expectNamed(own, 'en', 'City of Asti', 'Piedmont Region');
    expectNamed(own, 'ja', 'アスティ市', 'ピエモンテ州');
  });
});

describe('press office: heads the boilerplate in Japanese', () => {
  it('with 「…について」 and the office’s name, the release’s own office first, 概要 only where no office is set', async () => {
    const out = await built({ office: OFFICE });
    expect(out.get(`ja/${FIXTURE_ID}/wire.txt`)).toContain('\n\nピエモンテ州について\n');
    expect(out.get(`ja/${FIXTURE_ID}/index.html`)!.replaceAll('<wbr>', '')).toContain('<h2>ピエモンテ州について</h2>');
    // Italian and English keep their own words.
    expect(out.get(`en/${FIXTURE_ID}/wire.txt`)).toContain('\n\nAbout\n');
    const polito = await built({ office: OFFICE }, FIXTURE.replace('tags:', 'office: { name: Politecnico di Torino, url: "https://www.polito.it/" }\ntags:'));
    expect(polito.get(`ja/${FIXTURE_ID}/wire.txt`)).toContain('\n\nトリノ工科大学について\n');
    const none = await built({ office: undefined });
    expect(none.get(`ja/${FIXTURE_ID}/wire.txt`)).toContain('\n\n概要\n');
  });
});

describe('press office: an English name only where one exists', () => {
  const POLITO = 'office: { name: Politecnico di Torino, url: "https://www.polito.it/" }\ntags:';
  it('takes the glossary’s English entry for a release’s own office, and keeps the Italian name when none exists', async () => {
    const english = await built({ office: OFFICE, glossary: GLOSSARY.replace('    en: Politecnico di Torino', '    en: Polytechnic University of Turin') }, FIXTURE.replace('tags:', POLITO));
    expectNamed(english, 'en', 'Polytechnic University of Turin', 'Piedmont Region');
    expectNamed(english, 'ja', 'トリノ工科大学', 'ピエモンテ州');
    // No English name in the office or the glossary (a Japanese one only): English gives the name as written.
    const japaneseOnly = GLOSSARY.replace('    en: Politecnico di Torino\n', '');
    expect(japaneseOnly).not.toBe(GLOSSARY);
    const none = await built({ office: OFFICE, glossary: japaneseOnly }, FIXTURE.replace('tags:', POLITO));
    expectNamed(none, 'en', 'Politecnico di Torino', 'Piedmont Region');
    expectNamed(none, 'ja', 'トリノ工科大学', 'ピエモンテ州');
  });
});

describe('press office: a warning where Japanese has no name for it', () => {
  it('names the fix when neither the office nor the glossary gives its Japanese name, and is silent once one does', async () => {
    const asti = { name: 'Comune di Asti', url: 'https://www.comune.asti.it/' };
    const warned = await buildProject(await fixtureInput({ now: AFTER, glossary: GLOSSARY, office: asti }));
    expect(warned.exitCode).toBe(0);
    expect(`${warned.stdout}${warned.stderr}`).toMatch(/^locales\/glossary\.yaml: warning: the press office “Comune di Asti” has no Japanese name.* \[pressroom:office-name\]$/m);
    for (const office of [{ ...asti, names: { ja: 'アスティ市' } }, { ...asti, name: { it: 'Comune di Asti', ja: 'アスティ市' } }]) {
      const quiet = await buildProject(await fixtureInput({ now: AFTER, glossary: GLOSSARY, office }));
      expect(`${quiet.stdout}${quiet.stderr}`).not.toContain('office-name');
    }
    const kept = await buildProject(await fixtureInput({ now: AFTER, glossary: `${GLOSSARY}\n`.replace('keep:\n', 'keep:\n  - Comune di Asti\n'), office: asti }));
    expect(`${kept.stdout}${kept.stderr}`).not.toContain('office-name');
    // Nobody builds Japanese, nobody is told.
    const italian = await buildProject(await fixtureInput({ now: AFTER, glossary: GLOSSARY, office: asti, languages: ['it', 'en'] }));
    expect(`${italian.stdout}${italian.stderr}`).not.toContain('office-name');
  });

  it('points at the front matter of a release whose own office Japanese has no name for', async () => {
    const source = FIXTURE.replace('tags:', 'office: { name: Comune di Asti }\ntags:');
    const result = await buildProject(await fixtureInput({ now: AFTER, glossary: GLOSSARY, office: OFFICE }, undefined, source));
    const line = source.split('\n').findIndex((text) => text.startsWith('office:')) + 1;
    expect(`${result.stdout}${result.stderr}`).toMatch(new RegExp(`^releases/${FIXTURE_ID}\\.md:${line}:1: warning: the press office “Comune di Asti” has no Japanese name.*\\[pressroom:office-name\\]$`, 'm'));
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/glossary\.yaml: warning/);
  });
});

describe('press office: named in the language of a notice to agencies', () => {
  it('names the office in the language of a withdrawal notice’s wire text, ninjs and feed entry', async () => {
    const project = makeProject();
    try {
      project.write('package.json', JSON.stringify({ pressroom: { office: OFFICE } }));
      project.write('releases/robot.md', ROBOTS);
      const [parsed] = loadReleases([{ path: 'releases/robot.md', text: ROBOTS }]).releases;
      for (const language of ['en', 'ja'] as const) project.write(`locales/${language}/releases/robot.json`, memoryJson(memoryFor(parsed!, language, (html) => `[${language}] ${html}`)));
      expect((await buildIn(project.root, { now: new Date('2025-12-01T00:00:00Z') })).exitCode).toBe(0);
      // Withdrawn, its reason not translated: each language that was published gets a notice in its place.
      project.write('releases/robot.md', ROBOTS.replace('dateline:', 'updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: La consegna è rinviata.\ndateline:'));
      expect((await buildIn(project.root, { now: new Date('2025-12-05T00:00:00Z') })).exitCode).toBe(0);
      const read = (path: string) => readFileSync(join(project.root, 'out', path), 'utf8');
      for (const [language, name] of [['en', 'Piedmont Region'], ['ja', 'ピエモンテ州']] as const) {
        const item = JSON.parse(read(`${language}/robot/ninjs.json`)) as Record<string, string>;
        expect(item.pubStatus).toBe('canceled');
        expect(item).toMatchObject({ by: name, copyrightHolder: name, copyrightNotice: `© 2025 ${name}` });
        expect(item.usageTerms).toContain(name);
        expect(read(`${language}/robot/wire.txt`)).toContain(`${ISSUER[language]}${name}`);
        expect(parseFeed(read(`${language}/feed.xml`)).items[0]!.authors[0]!.name).toBe(name);
        for (const file of ['ninjs.json', 'wire.txt', 'index.html']) expect(read(`${language}/robot/${file}`)).not.toContain('Regione Piemonte');
      }
    } finally {
      project.remove();
    }
  });
});

describe('press office: read from package.json "pressroom.office"', () => {
  it('reads name, url, logo and email, and refuses a bad address with the field named', async () => {
    const project = makeProject();
    try {
      expect(await readPressOffice(project.root)).toBeUndefined();
      project.write('package.json', JSON.stringify({ pressroom: { office: OFFICE } }));
      expect(await readPressOffice(project.root)).toEqual(OFFICE);
      project.write('package.json', JSON.stringify({ pressroom: { office: { name: 'X', url: 'regione.piemonte.it' } } }));
      await expect(readPressOffice(project.root)).rejects.toThrow(/pressroom\.office\.url/);
    } finally {
      project.remove();
    }
  });

  it('reads the name per language, as `name: { it, en, ja }` or as `names`, and says what is wrong with either', async () => {
    const project = makeProject();
    const office = async (value: unknown) => {
      project.write('package.json', JSON.stringify({ pressroom: { office: value } }));
      return readPressOffice(project.root);
    };
    try {
      expect(await office({ name: { it: 'Regione Piemonte', en: 'Piedmont Region', ja: 'ピエモンテ州' } })).toEqual({ name: 'Regione Piemonte', names: { en: 'Piedmont Region', ja: 'ピエモンテ州' } });
      expect(await office({ name: 'Regione Piemonte', names: { ja: 'ピエモンテ州' } })).toEqual({ name: 'Regione Piemonte', names: { ja: 'ピエモンテ州' } });
      await expect(office({ name: { en: 'Piedmont Region' } })).rejects.toThrow(/pressroom\.office\.name" must be .*\{ it, en, ja \} with `it` given/);
      await expect(office({ name: 'Regione Piemonte', names: { fr: 'Région Piémont' } })).rejects.toThrow(/pressroom\.office\.names/);
      await expect(office({ name: { it: 'Regione Piemonte', en: 'Piedmont Region' }, names: { ja: 'ピエモンテ州' } })).rejects.toThrow(/pressroom\.office.*either/);
    } finally {
      project.remove();
    }
  });
});
