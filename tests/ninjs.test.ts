import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject } from './helpers/build.ts';
import { inlineHtml, readInlineAsWritten, withoutQuotes } from '../pipeline/inline/index.ts';
import type { Language } from '../pipeline/release.ts';
import { EN, FIXTURE, FIXTURE_ID, fixtureInput, JA } from './helpers/fixture.ts';
import { BUNDLED, makeProject, REPO, type Project } from './helpers/project.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';
import { ninjsErrors, ninjsExample } from './helpers/ninjs.ts';

const withoutQuoteMarkers = (html: string) => inlineHtml(withoutQuotes(readInlineAsWritten(html)));

type Item = Record<string, unknown> & { people?: Record<string, unknown>[]; headlines: { role: string; value: string }[]; bodies: { role: string; contentType: string; value: string }[] };

const LANGUAGES = ['it', 'en', 'ja'] as const;
const BEFORE = new Date('2025-10-14T11:59:00+02:00');
const AFTER = new Date('2026-01-01T00:00:00Z');

async function items(now: Date, place: '' | 'embargoed/' = '') {
  // 'embargoed/': the private tree, for agencies.
  const { files: published, privateFiles } = await buildProject(await fixtureInput({ now }));
  const files = place === '' ? published : privateFiles;
  return Object.fromEntries(LANGUAGES.map((language) => [language, JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Item])) as Record<Language, Item>;
}

describe('ninjs: valid against the IPTC ninjs 3.1 schema', () => {
  it('has a validator that accepts IPTC’s own example and rejects what 3.1 rejects', () => {
    expect(ninjsErrors(ninjsExample())).toEqual([]);
    expect(ninjsErrors({ uri: 'https://x.example/1', embargoed: '2025-10-14T12:00:00+02:00' })).not.toEqual([]);
    expect(ninjsErrors({ uri: 'https://x.example/1', people: [{ name: 'A', role: 'assessore' }] })).not.toEqual([]);
    expect(ninjsErrors({ uri: 'https://x.example/1', versionCreated: '2025-10-14T12:00+02:00' })).not.toEqual([]);
  });

  it('validates the fixture in every language, public and embargoed', async () => {
    for (const [now, place] of [[AFTER, ''], [BEFORE, 'embargoed/']] as const) {
      const all = await items(now, place);
      for (const language of LANGUAGES) expect(ninjsErrors(all[language]), `${place}${language}`).toEqual([]);
    }
  });

  describe('every bundled release in every language', () => {
    let project: Project;
    beforeAll(() => {
      project = makeProject({ withBundled: true });
    });
    afterAll(() => project.remove());

    it('validates each ninjs.json the build writes', async () => {
      const result = await runCli(['build', '--now', '2026-06-01T00:00:00Z'], { cwd: project.root });
      expect(result.code, result.stderr).toBe(0);
      const releases = readdirSync(join(BUNDLED, 'releases')).filter((name) => name.endsWith('.md')).map((name) => name.replace(/\.md$/, ''));
      let checked = 0;
      for (const language of LANGUAGES) {
        for (const id of releases) {
          const path = join(project.root, 'out', language, id, 'ninjs.json');
          const item = JSON.parse(readFileSync(path, 'utf8')) as Item;
          expect(ninjsErrors(item), `${language}/${id}`).toEqual([]);
          expect(item.language).toBe(language);
          checked++;
        }
      }
      expect(checked).toBe(releases.length * LANGUAGES.length);
    });
  });
});

describe('ninjs: identity, type, language and dates from the release', () => {
  it('has a stable uri from the base URL, the language and the id, the same under embargo and after', async () => {
    const [before, after] = [await items(BEFORE, 'embargoed/'), await items(AFTER)];
    for (const language of LANGUAGES) {
      expect(after[language].uri).toBe(`https://press.example.org/${language}/${FIXTURE_ID}/`);
      expect(before[language].uri).toBe(after[language].uri);
      expect(after[language].type).toBe('text');
      expect(after[language].language).toBe(language);
      expect(after[language].pubStatus).toBe('usable');
    }
  });

  it('takes firstCreated and versionCreated from the release date, never the clock, and embargoedUntil from its embargo', async () => {
    const [before, after] = [await items(BEFORE, 'embargoed/'), await items(AFTER)];
    for (const item of [...Object.values(before), ...Object.values(after)]) {
      expect(item.firstCreated).toBe('2025-10-14T10:00:00+02:00');
      expect(item.versionCreated).toBe('2025-10-14T10:00:00+02:00');
      expect(item.embargoedUntil).toBe('2025-10-14T12:00:00+02:00');
      expect(item).not.toHaveProperty('embargoed');
    }
  });

  it('has no embargoedUntil for a release without embargo, and writes seconds a release date leaves out', async () => {
    const source = FIXTURE.replace('embargo: 2025-10-14T12:00:00+02:00\n', '').replace('date: 2025-10-14T10:00:00+02:00', 'date: 2025-10-14T10:00+02:00');
    const { files } = await buildProject(await fixtureInput({}, { en: EN, ja: JA }, source));
    const item = JSON.parse(files.get(`it/${FIXTURE_ID}/ninjs.json`)!) as Item;
    expect(item).not.toHaveProperty('embargoedUntil');
    expect(item.firstCreated).toBe('2025-10-14T10:00:00+02:00');
    expect(ninjsErrors(item)).toEqual([]);
  });
});

describe('ninjs: headlines, bodies and where the story comes from', () => {
  it('has main and sub headlines and plain and HTML bodies in the item’s language', async () => {
    const { en, ja } = await items(AFTER);
    expect(en.headlines).toEqual([
      { role: 'main', contentType: 'text/plain', value: 'New call for SMEs' },
      { role: 'sub', contentType: 'text/plain', value: 'Applications from 15 January 2026' },
    ]);
    const plain = en.bodies.find((body) => body.contentType === 'text/plain' && body.role === 'main')!.value;
    const html = en.bodies.find((body) => body.contentType === 'text/html')!.value;
    expect(plain.startsWith('TURIN (ITALPRESS) – The Piedmont Region is making €12 million')).toBe(true);
    expect(plain).toContain('\n\n- micro, small and medium-sized enterprises\n- self-employed professionals\n\n');
    expect(plain).not.toMatch(/[<>]/);
    expect(html.startsWith('<p><span class="dateline">TURIN (ITALPRESS) –</span> The Piedmont Region')).toBe(true);
    expect(html).toContain('<a href="https://www.regione.piemonte.it/bandi">Region’s website</a>');
    expect(en.bodies.find((body) => body.role === 'boilerplate')?.value).toBe('The Piedmont Region supports local businesses.');
    expect(ja.bodies[0]!.value.startsWith('【トリノ＝ITALPRESS】ピエモンテ州は、')).toBe(true);
  });

  it('marks list items as the wire text of the same language does: ・ in Japanese, a dash in Italian and English, numbers alike', async () => {
    const source = FIXTURE.replace('- micro, piccole e medie imprese\n- liberi professionisti', '1. micro, piccole e medie imprese\n2. liberi professionisti\n\nIn breve:\n\n- micro, piccole e medie imprese\n- liberi professionisti');
    const { files } = await buildProject(await fixtureInput({ now: AFTER }, { en: { ...EN, 'In breve:': 'In short:' }, ja: { ...JA, 'In breve:': '概要：' } }, source));
    const listLines = (text: string) => text.split('\n').filter((line) => /^(・|- |\d+\. )/.test(line));
    for (const language of LANGUAGES) {
      const item = JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Item;
      const plain = item.bodies.find((body) => body.contentType === 'text/plain' && body.role === 'main')!.value;
      const wire = files.get(`${language}/${FIXTURE_ID}/wire.txt`)!;
      expect(listLines(plain), language).toHaveLength(4);
      expect(listLines(plain), language).toEqual(listLines(wire));
    }
    const ja = JSON.parse(files.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as Item;
    expect(ja.bodies[0]!.value).toContain('\n\n1. 零細・中小企業\n2. 個人事業主\n\n');
    expect(ja.bodies[0]!.value).toContain('\n\n・零細・中小企業\n・個人事業主');
  });

  it('names the dateline city in the item’s language as located, and the press room (not the agency) as by', async () => {
    const all = await items(AFTER);
    expect([all.it.located, all.en.located, all.ja.located]).toEqual(['Torino', 'Turin', 'トリノ']);
    for (const language of LANGUAGES) expect(all[language].by).toBe(language === 'it' ? 'Sala stampa' : language === 'en' ? 'Press room' : 'プレスルーム');
  });

  it('gives tags as subjects only in Italian, the language they are written in', async () => {
    const all = await items(AFTER);
    expect(all.it.subjects).toEqual([{ name: 'innovazione' }, { name: 'pmi' }]);
    expect(all.en).not.toHaveProperty('subjects');
    expect(all.ja).not.toHaveProperty('subjects');
  });
});

describe('ninjs: quoted speakers as people, roles in the item’s language', () => {
  it('lists each quoted speaker once, named as the item’s text writes them, the role never in `literal`', async () => {
    const all = await items(AFTER);
    expect(all.it.people!.filter((person) => person.rel === 'quoted')).toEqual([{ name: 'Chiara Bellini', rel: 'quoted' }]);
    expect(all.en.people!.filter((person) => person.rel === 'quoted')).toEqual([{ name: 'Chiara Bellini', rel: 'quoted' }]);
    expect(all.ja.people!.filter((person) => person.rel === 'quoted')).toEqual([{ name: 'キアラ・ベッリーニ', rel: 'quoted' }]);
    for (const language of LANGUAGES) {
      for (const person of all[language].people!) expect(person).not.toHaveProperty('literal');
      expect(ninjsErrors(all[language])).toEqual([]);
    }
  });

  it('gives the speaker’s role in the item’s language with each quote of the HTML body, never the Italian one', async () => {
    const all = await items(AFTER);
    const html = (language: Language) => all[language].bodies.find((body) => body.contentType === 'text/html')!.value;
    expect(html('it')).toContain('title="Chiara Bellini, assessora regionale all’Innovazione"');
    expect(html('en')).toContain('title="Chiara Bellini, regional councillor for Innovation"');
    expect(html('ja')).toContain('title="キアラ・ベッリーニ（州イノベーション担当評議員）"');
    for (const language of ['en', 'ja'] as const) expect(JSON.stringify(all[language])).not.toContain('assessora');
  });

  it('lists media contacts as people with their contact details, and their roles, translated, in a contacts body', async () => {
    const all = await items(AFTER);
    expect(all.en.people!.find((person) => person.rel === 'contact')).toEqual({
      name: 'Laura Ferrero',
      rel: 'contact',
      contactInfo: [
        { type: 'email', value: 'laura@example.org' },
        { type: 'phone', value: '+39 011 1234' },
      ],
    });
    expect(all.en.bodies.find((body) => body.role === 'contacts')).toEqual({ role: 'contacts', contentType: 'text/plain', value: 'Laura Ferrero, Press office\nEmail: laura@example.org\nPhone: +39 011 1234' });
    expect(all.ja.bodies.find((body) => body.role === 'contacts')!.value).toContain('Laura Ferrero（広報室）');
  });
});

describe('ninjs: links between the language versions', () => {
  it('associates each item with the other languages’ items as translations', async () => {
    const all = await items(AFTER);
    expect(all.en.associations).toEqual([
      { name: 'Italiano', rel: 'translation', uri: `https://press.example.org/it/${FIXTURE_ID}/`, type: 'text', language: 'it' },
      { name: '日本語', rel: 'translation', uri: `https://press.example.org/ja/${FIXTURE_ID}/`, type: 'text', language: 'ja' },
    ]);
    for (const language of LANGUAGES) {
      const uris = (all[language].associations as { uri: string }[]).map((association) => association.uri);
      expect(uris).not.toContain(all[language].uri);
      expect(uris).toHaveLength(2);
    }
  });

  it('links no version that is not published', async () => {
    const partial = { ...JA };
    delete partial['Ufficio stampa'];
    const { files } = await buildProject(await fixtureInput({}, { en: EN, ja: partial }));
    expect(files.has(`ja/${FIXTURE_ID}/ninjs.json`)).toBe(false);
    const item = JSON.parse(files.get(`en/${FIXTURE_ID}/ninjs.json`)!) as Item;
    expect((item.associations as { language: string }[]).map((association) => association.language)).toEqual(['it']);
  });
});
