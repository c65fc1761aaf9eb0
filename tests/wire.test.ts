import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { buildProject } from './helpers/build.ts';
import { readMemories, readReleases, readUi } from '../pipeline/project/read.ts';
import { BUNDLED } from './helpers/project.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { NO_LINE_END, NO_LINE_START } from '../pipeline/render/wrap.ts';
import { EN, FIXTURE, FIXTURE_ID, fixtureInput, JA } from './helpers/fixture.ts';

const BEFORE = new Date('2025-10-14T11:59:00+02:00');
const AFTER = new Date('2025-10-14T12:00:00+02:00');

async function wires(now: Date, place: 'embargoed/' | '' = '') {
  // 'embargoed/': the private tree, for agencies.
  const { files: published, privateFiles } = await buildProject(await fixtureInput({ now }));
  const files = place === '' ? published : privateFiles;
  return Object.fromEntries(['it', 'en', 'ja'].map((language) => [language, files.get(`${language}/${FIXTURE_ID}/wire.txt`)!])) as Record<'it' | 'en' | 'ja', string>;
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const split = (text: string) => [...graphemes.segment(text)].map((part) => part.segment);

describe('wire: the embargo line, per language, in the reader’s terms', () => {
  it('opens the embargoed wire text with the embargo on one line: ora italiana, zone and GMT, 日本時間 with the weekday', async () => {
    const wire = await wires(BEFORE, 'embargoed/');
    expect(wire.it.split('\n\n')[0]).toBe('EMBARGO FINO ALLE 12:00 (ORA ITALIANA) DI MARTEDÌ 14 OTTOBRE 2025');
    expect(wire.en.split('\n\n')[0]).toBe('EMBARGOED UNTIL 12:00 CEST (10:00 GMT) TUESDAY 14 OCTOBER 2025');
    expect(wire.ja.split('\n\n')[0]).toBe('【報道解禁】2025年10月14日（火）19:00（日本時間）以降');
  });

  it('never wraps the embargo line, in winter time, on the longest weekday and month, or across midnight in Japan', async () => {
    const embargo = (at: string) => FIXTURE.replace('date: 2025-10-14T10:00:00+02:00', 'date: 2025-01-01T10:00:00+01:00').replace('embargo: 2025-10-14T12:00:00+02:00', `embargo: ${at}`);
    const cases = [
      ['2025-09-24T12:00:00+02:00', 'EMBARGO FINO ALLE 12:00 (ORA ITALIANA) DI MERCOLEDÌ 24 SETTEMBRE 2025', 'EMBARGOED UNTIL 12:00 CEST (10:00 GMT) WEDNESDAY 24 SEPTEMBER 2025', '【報道解禁】2025年9月24日（水）19:00（日本時間）以降'],
      ['2025-12-09T18:30:00+01:00', 'EMBARGO FINO ALLE 18:30 (ORA ITALIANA) DI MARTEDÌ 9 DICEMBRE 2025', 'EMBARGOED UNTIL 18:30 CET (17:30 GMT) TUESDAY 9 DECEMBER 2025', '【報道解禁】2025年12月10日（水）02:30（日本時間）以降'],
      // The first of the month is written 1° in Italian, as desks and the releases themselves write it.
      ['2027-02-01T10:00:00+01:00', 'EMBARGO FINO ALLE 10:00 (ORA ITALIANA) DI LUNEDÌ 1° FEBBRAIO 2027', 'EMBARGOED UNTIL 10:00 CET (09:00 GMT) MONDAY 1 FEBRUARY 2027', '【報道解禁】2027年2月1日（月）18:00（日本時間）以降'],
    ] as const;
    for (const [at, it, en, ja] of cases) {
      const { privateFiles } = await buildProject(await fixtureInput({ now: new Date('2025-01-01T00:00:00Z') }, undefined, embargo(at)));
      const first = (language: string) => privateFiles.get(`${language}/${FIXTURE_ID}/wire.txt`)!.split('\n')[0]!;
      expect([first('it'), first('en'), first('ja')]).toEqual([it, en, ja]);
      for (const line of [it, en, ja]) expect(stringWidth(line)).toBeLessThanOrEqual(69);
    }
  });

  it('drops the embargo line once the embargo has passed', async () => {
    const wire = await wires(AFTER);
    expect(wire.it).not.toContain('EMBARGO');
    expect(wire.en).not.toContain('EMBARGOED');
    expect(wire.ja).not.toContain('報道解禁');
  });
});

describe('wire: a header with the release date and time, on the reader’s clock', () => {
  it('opens with the weekday, date and time, so that “oggi”, “today” and “本日” resolve', async () => {
    const wire = await wires(AFTER);
    expect(wire.it.split('\n')[0]).toBe('martedì 14 ottobre 2025, ore 10:00 (ora italiana)');
    expect(wire.en.split('\n')[0]).toBe('Tuesday 14 October 2025, 10:00 CEST (08:00 GMT)');
    expect(wire.ja.split('\n')[0]).toBe('2025年10月14日（火）17:00（日本時間）');
    const embargoed = await wires(BEFORE, 'embargoed/');
    expect(embargoed.en.split('\n\n')[1]).toBe('Tuesday 14 October 2025, 10:00 CEST (08:00 GMT)');
  });
});

describe('dates: one calendar date per language, on the clock of its readers, in wire text, pages and index', () => {
  it('dates a late-evening Italian release by Japan time on the Japanese page as in its wire, Italian time in Italian, ISO in ninjs', async () => {
    // 20:30 in Turin is 03:30 the next morning in Tokyo; the correction, 22:00 in Turin, is the day after that in Tokyo.
    const source = FIXTURE.replace('date: 2025-10-14T10:00:00+02:00\nembargo: 2025-10-14T12:00:00+02:00', 'date: 2025-10-14T20:30:00+02:00')
      .replace('tags:', 'corrections:\n  - { date: 2025-10-15T22:00:00+02:00, note: Corretto il numero di telefono. }\ntags:');
    const translations = { en: { ...EN, 'Corretto il numero di telefono.': 'The phone number has been corrected.' }, ja: { ...JA, 'Corretto il numero di telefono.': '電話番号を訂正した。' } };
    const { files } = await buildProject(await fixtureInput({ now: new Date('2026-01-01T00:00:00Z') }, translations, source));
    const ja = { wire: files.get(`ja/${FIXTURE_ID}/wire.txt`)!, page: files.get(`ja/${FIXTURE_ID}/index.html`)!.replaceAll('<wbr>', ''), index: files.get('ja/index.html')!.replaceAll('<wbr>', '') };
    expect(ja.wire).toContain('2025年10月15日（水）03:30（日本時間）');
    expect(ja.wire).toContain('【訂正】2025年10月16日：電話番号を訂正した。');
    expect(ja.page).toContain('>2025年10月15日発表</time>');
    expect(ja.page).toContain('>2025年10月16日更新</time>');
    expect(ja.page).toContain('<strong>訂正（2025年10月16日）：</strong>');
    expect(ja.index).toContain('>2025年10月15日</time>');
    // Nowhere on the Japanese side the Italian calendar date.
    for (const text of Object.values(ja)) expect(text).not.toMatch(/2025年10月14日/);
    const it = { wire: files.get(`it/${FIXTURE_ID}/wire.txt`)!, page: files.get(`it/${FIXTURE_ID}/index.html`)! };
    expect(it.wire).toContain('martedì 14 ottobre 2025, ore 20:30 (ora italiana)');
    expect(it.wire).toContain('RETTIFICA DEL 15 OTTOBRE 2025:');
    expect(it.page).toContain('>Pubblicato il 14 ottobre 2025</time>');
    expect(files.get(`en/${FIXTURE_ID}/index.html`)).toContain('>Published on 14 October 2025</time>');
    // Agencies' machines read instants: ISO 8601 with the release's own offset, whatever the language.
    for (const language of ['it', 'en', 'ja']) {
      const item = JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
      expect(item, language).toMatchObject({ firstCreated: '2025-10-14T20:30:00+02:00', versionCreated: '2025-10-15T22:00:00+02:00' });
      expect(ninjsErrors(item)).toEqual([]);
    }
  });
});

describe('wire: headline, subheadline and the dateline opening the first paragraph', () => {
  it('sets headline and subheadline apart by a blank line and gives each language its dateline form', async () => {
    const wire = await wires(AFTER);
    expect(wire.it.split('\n').slice(2, 7)).toEqual(['Nuovo bando per le Pmi', '', 'Domande dal 15 gennaio 2026', '', expect.stringMatching(/^TORINO \(ITALPRESS\) – La Regione Piemonte/)]);
    expect(wire.en.split('\n').slice(2, 7)).toEqual(['New call for SMEs', '', 'Applications from 15 January 2026', '', expect.stringMatching(/^TURIN \(ITALPRESS\) – The Piedmont Region/)]);
    expect(wire.ja.split('\n').slice(2, 7)).toEqual(['中小企業向けの新たな公募', '', '2026年1月15日から申請受付', '', expect.stringMatching(/^【トリノ＝ITALPRESS】ピエモンテ州は、/)]);
  });
});

describe('wire: a dateline city Japanese has no name for', () => {
  it('is said at build time, where the release names it, since Japanese readers get it in Latin letters', async () => {
    const source = FIXTURE.replace('dateline: { city: Torino, agency: Italpress }', 'dateline: { city: Novara, agency: Italpress }');
    const result = await buildProject(await fixtureInput({ now: AFTER }, undefined, source));
    expect(result.files.get(`ja/${FIXTURE_ID}/wire.txt`)!).toContain('【Novara＝ITALPRESS】');
    const line = FIXTURE.split('\n').findIndex((text) => text.startsWith('dateline:')) + 1;
    expect(result.stderr).toContain(`releases/${FIXTURE_ID}.md:${line}:1: warning: the dateline city Novara has no Japanese name in locales/glossary.yaml or locales/ja/ui.json ("cities"), so the Japanese wire text, page and ninjs give it in Latin letters; add "Novara": "…" to ui.json's cities, or the city with its ja name to the glossary [pressroom:dateline-city]`);
    expect(result.stderr).not.toMatch(/English name/);
    // A city ui.json names (Torino: トリノ) says nothing.
    expect((await buildProject(await fixtureInput({ now: AFTER }))).stderr).not.toContain('dateline-city');
  });

  it('names a city whose name holds a dot from ui.json, in the dateline, ninjs and the warning alike', async () => {
    const ui = await readUi(BUNDLED);
    const withDotted = { ...ui, ja: { ...ui.ja, cities: { ...(ui.ja as { cities?: Record<string, string> }).cities, 'S. Margherita Ligure': 'サンタ・マルゲリータ・リグレ' } } } as unknown as typeof ui;
    const source = FIXTURE.replace('dateline: { city: Torino, agency: Italpress }', "dateline: { city: 'S. Margherita Ligure', agency: Italpress }");
    const result = await buildProject(await fixtureInput({ now: AFTER, ui: withDotted }, undefined, source));
    expect(result.files.get(`ja/${FIXTURE_ID}/wire.txt`)!).toMatch(/^【サンタ・マルゲリータ・リグレ＝ITALPRESS】/m);
    expect((JSON.parse(result.files.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as { located: string }).located).toBe('サンタ・マルゲリータ・リグレ');
    expect(result.stderr).not.toContain('dateline-city');
  });
});

describe('dateline: a city the glossary names, in every language’s wire text, page and ninjs', () => {
  it('takes the glossary’s name, then ui.json’s, then the city as written, and says nothing of a city it names or keeps', async () => {
    const ui = await readUi(BUNDLED);
    const withoutTorino = Object.fromEntries(Object.entries(ui).map(([language, strings]) => {
      const { Torino: _torino, ...cities } = (strings as { cities?: Record<string, string> }).cities ?? {};
      return [language, { ...strings, cities }];
    })) as unknown as typeof ui;
    const glossary = 'keep:\n  - Novara\nterms:\n  Torino:\n    en: Turin\n    ja: トリノ\n  Mantova:\n    en: Mantova\n    ja: マントヴァ\n';
    const result = await buildProject(await fixtureInput({ now: AFTER, ui: withoutTorino, glossary }));
    const out = (language: string, file: string) => result.files.get(`${language}/${FIXTURE_ID}/${file}`)!;
    expect(out('en', 'wire.txt')).toMatch(/^TURIN \(ITALPRESS\) – /m);
    expect(out('ja', 'wire.txt')).toMatch(/^【トリノ＝ITALPRESS】/m);
    expect(out('it', 'wire.txt')).toMatch(/^TORINO \(ITALPRESS\) – /m);
    expect(out('en', 'index.html')).toContain('<span class="dateline">TURIN (ITALPRESS) –</span>');
    expect(out('ja', 'index.html').replaceAll('<wbr>', '')).toContain('<span class="dateline">【トリノ＝ITALPRESS】</span>');
    const located = (language: string) => (JSON.parse(out(language, 'ninjs.json')) as { located: string }).located;
    expect([located('it'), located('en'), located('ja')]).toEqual(['Torino', 'Turin', 'トリノ']);
    expect(result.stderr).not.toContain('dateline-city');

    // The glossary is what the translations follow: its name wins over ui.json's (Mantua there).
    const mantova = await buildProject(await fixtureInput({ now: AFTER, glossary }, undefined, FIXTURE.replace('city: Torino', 'city: Mantova')));
    expect(mantova.files.get(`en/${FIXTURE_ID}/wire.txt`)).toMatch(/^MANTOVA \(ITALPRESS\) – /m);
    expect(mantova.files.get(`ja/${FIXTURE_ID}/wire.txt`)).toMatch(/^【マントヴァ＝ITALPRESS】/m);
    expect(mantova.stderr).not.toContain('dateline-city');
    // A city the glossary keeps as written is named, in Japanese too: no warning.
    const novara = await buildProject(await fixtureInput({ now: AFTER, glossary }, undefined, FIXTURE.replace('city: Torino', 'city: Novara')));
    expect(novara.files.get(`ja/${FIXTURE_ID}/wire.txt`)).toMatch(/^【Novara＝ITALPRESS】/m);
    expect(novara.stderr).not.toContain('dateline-city');
    // `keep` is the last resort: a name ui.json gives in the language wins over the Italian spelling.
    const kept = await buildProject(await fixtureInput({ now: AFTER, glossary: 'keep:\n  - Torino\n' }));
    const keptOut = (language: string, file: string) => kept.files.get(`${language}/${FIXTURE_ID}/${file}`)!;
    expect(keptOut('ja', 'wire.txt')).toMatch(/^【トリノ＝ITALPRESS】/m);
    expect(keptOut('en', 'wire.txt')).toMatch(/^TURIN \(ITALPRESS\) – /m);
    expect(keptOut('it', 'wire.txt')).toMatch(/^TORINO \(ITALPRESS\) – /m);
    const keptLocated = (language: string) => (JSON.parse(keptOut(language, 'ninjs.json')) as { located: string }).located;
    expect([keptLocated('it'), keptLocated('en'), keptLocated('ja')]).toEqual(['Torino', 'Turin', 'トリノ']);
    // With no ui.json name either, the kept city stays as written, and is named: no warning.
    const keptOnly = await buildProject(await fixtureInput({ now: AFTER, ui: withoutTorino, glossary: 'keep:\n  - Torino\n' }));
    expect(keptOnly.files.get(`ja/${FIXTURE_ID}/wire.txt`)).toMatch(/^【Torino＝ITALPRESS】/m);
    expect(keptOnly.stderr).not.toContain('dateline-city');
  });
});

describe('wire: quotes with each language’s marks', () => {
  it('keeps “…” in Italian and English and 「…」 in Japanese, without markup', async () => {
    const wire = await wires(AFTER);
    expect(wire.it.replace(/\n/g, ' ')).toContain('“Vogliamo che ogni euro investito lasci competenze sul territorio”, dichiara Chiara Bellini');
    expect(wire.en.replace(/\n/g, ' ')).toContain('“We want every euro invested to leave skills behind in the region,” says Chiara Bellini');
    expect(wire.ja.replace(/\n/g, '')).toContain('「投資される1ユーロ1ユーロが、地域に技能を残すものであってほしい」と、');
    for (const text of Object.values(wire)) expect(text).not.toMatch(/<|>/);
  });
});

describe('wire: boilerplate, media contacts, links and the end mark', () => {
  it('puts the boilerplate under its label and the contacts after it, in each language', async () => {
    const wire = await wires(AFTER);
    expect(wire.it).toContain('\n\nChi siamo\nLa Regione Piemonte sostiene le imprese del territorio.\n\nContatti per la stampa\nLaura Ferrero, Ufficio stampa\nE-mail: laura@example.org\nTel.: +39 011 1234\n\n###\n');
    expect(wire.en).toContain('\n\nAbout\nThe Piedmont Region supports local businesses.\n\nMedia contacts\nLaura Ferrero, Press office\nEmail: laura@example.org\nPhone: +39 011 1234\n\n###\n');
    expect(wire.ja).toContain('\n\n概要\nピエモンテ州は地域の企業を支援している。\n\n報道関係者お問い合わせ先\nLaura Ferrero（広報室）\nメール：laura@example.org\n電話：+39 011 1234\n\n以上\n');
  });

  it('sets each media contact apart by a blank line, in each language, so no desk reads two people as one', async () => {
    const source = FIXTURE.replace(
      '  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org, phone: "+39 011 1234" }',
      '  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org, phone: "+39 011 1234" }\n  - { name: Davide Gallo, role: Portavoce, phone: "+39 335 1234" }\n  - { name: Anna Neri }\n  - { name: Marco Bianchi, email: marco@example.org }',
    );
    const translations = { en: { ...EN, Portavoce: 'Spokesperson' }, ja: { ...JA, Portavoce: '報道官' } };
    const { files } = await buildProject(await fixtureInput({ now: AFTER }, translations, source));
    const wire = (language: string) => files.get(`${language}/${FIXTURE_ID}/wire.txt`)!;
    expect(wire('it')).toContain('\n\nContatti per la stampa\nLaura Ferrero, Ufficio stampa\nE-mail: laura@example.org\nTel.: +39 011 1234\n\nDavide Gallo, Portavoce\nTel.: +39 335 1234\n\nAnna Neri\n\nMarco Bianchi\nE-mail: marco@example.org\n\n###\n');
    expect(wire('en')).toContain('\n\nMedia contacts\nLaura Ferrero, Press office\nEmail: laura@example.org\nPhone: +39 011 1234\n\nDavide Gallo, Spokesperson\nPhone: +39 335 1234\n\nAnna Neri\n\nMarco Bianchi\nEmail: marco@example.org\n\n###\n');
    expect(wire('ja')).toContain('\n\n報道関係者お問い合わせ先\nLaura Ferrero（広報室）\nメール：laura@example.org\n電話：+39 011 1234\n\nDavide Gallo（報道官）\n電話：+39 335 1234\n\nAnna Neri\n\nMarco Bianchi\nメール：marco@example.org\n\n以上\n');
  });

  it('ends with the end mark and nothing after it', async () => {
    const wire = await wires(AFTER);
    expect(wire.it.endsWith('\n\n###\n')).toBe(true);
    expect(wire.en.endsWith('\n\n###\n')).toBe(true);
    expect(wire.ja.endsWith('\n\n以上\n')).toBe(true);
  });

  it('keeps a link’s address after its words, since a wire has no links', async () => {
    const wire = await wires(AFTER);
    expect(wire.en.replace(/\n/g, ' ')).toContain('the Region’s website (https://www.regione.piemonte.it/bandi).');
    expect(wire.ja.replace(/\n/g, '')).toContain('州のウェブサイト（https://www.regione.piemonte.it/bandi）に掲載されている。');
  });

  it('writes lists with a marker and headings as lines of their own', async () => {
    const wire = await wires(AFTER);
    expect(wire.en).toContain('\n\nWho can apply\n\n- micro, small and medium-sized enterprises\n- self-employed professionals\n\n');
    expect(wire.ja).toContain('\n\n応募資格\n\n・零細・中小企業\n・個人事業主\n\n');
  });

  it('numbers an ordered list from the number its writer gave, in the wire text, ninjs and the page', async () => {
    const source = FIXTURE.replace('- micro, piccole e medie imprese\n- liberi professionisti', '3. micro, piccole e medie imprese\n4. liberi professionisti');
    const { files } = await buildProject(await fixtureInput({ now: AFTER }, undefined, source));
    const items = { it: ['micro, piccole e medie imprese', 'liberi professionisti'], en: ['micro, small and medium-sized enterprises', 'self-employed professionals'], ja: ['零細・中小企業', '個人事業主'] };
    for (const language of ['it', 'en', 'ja'] as const) {
      const [first, second] = items[language];
      const numbered = `\n\n3. ${first}\n4. ${second}\n\n`;
      expect(files.get(`${language}/${FIXTURE_ID}/wire.txt`), language).toContain(numbered);
      const ninjs = JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as { bodies: { contentType: string; value: string }[] };
      expect(ninjs.bodies[0]!.value, language).toContain(numbered);
      expect(ninjs.bodies.find((body) => body.contentType === 'text/html')!.value, language).toContain(`<ol start="3"><li>${first}</li>`);
      expect(files.get(`${language}/${FIXTURE_ID}/index.html`), language).toMatch(/<ol start="3"><li>/);
    }
  });
});

describe('wire: 69 columns by display width, kinsoku, LF only, no trailing spaces', () => {
  it('holds in every language, embargoed or public', async () => {
    for (const [now, place] of [[BEFORE, 'embargoed/'], [AFTER, '']] as const) {
      const wire = await wires(now, place);
      for (const [language, text] of Object.entries(wire)) {
        expect(text, language).not.toContain('\r');
        for (const line of text.split('\n')) {
          expect(stringWidth(line), `${language}: ${line}`).toBeLessThanOrEqual(69);
          expect(stringWidth(line, { ambiguousIsNarrow: language !== 'ja' }), `${language}: ${line}`).toBeLessThanOrEqual(69);
          expect(line).toBe(line.trimEnd());
        }
      }
      const japanese = wire.ja.split('\n').filter(Boolean);
      expect(japanese.filter((line) => stringWidth(line) > 60).length).toBeGreaterThan(2);
      for (const line of japanese) {
        // A list item's bullet ・ opens its line by design; kinsoku governs what follows a break.
        const start = line.startsWith('・') ? line.slice(1) : line;
        expect(NO_LINE_START.has(split(start)[0]!), line).toBe(false);
        expect(NO_LINE_END.has(split(line).at(-1)!), line).toBe(false);
      }
    }
  });
});

describe('wire: the bundled Japanese Torino release', () => {
  it('holds 69 columns (ambiguous characters counted wide too), kinsoku, LF only, no trailing spaces', async () => {
    const [releases, memories, ui] = await Promise.all([readReleases(BUNDLED), readMemories(BUNDLED), readUi(BUNDLED)]);
    const { files } = await buildProject({ releases, memories, ui, mediaFrom: BUNDLED, languages: ['ja'], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    const wire = files.get('ja/torino-piemonte-giappone-scienze-vita/wire.txt');
    expect(wire, 'the Japanese Torino release is published').toBeDefined();
    expect(wire).not.toContain('\r');
    expect(wire!.endsWith('\n\n以上\n')).toBe(true);
    const lines = wire!.split('\n');
    expect(lines.find((line) => line.startsWith('【トリノ＝ITALPRESS】'))).toBeDefined();
    // The lines are full: the rule is being applied, not avoided.
    expect(lines.filter((line) => stringWidth(line) >= 64).length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(stringWidth(line), line).toBeLessThanOrEqual(69);
      expect(stringWidth(line, { ambiguousIsNarrow: false }), line).toBeLessThanOrEqual(69);
      expect(line, line).toBe(line.trimEnd());
      if (!line) continue;
      expect(NO_LINE_START.has(split(line)[0]!), `starts with a mark: ${line}`).toBe(false);
      expect(NO_LINE_END.has(split(line).at(-1)!), `ends with a mark: ${line}`).toBe(false);
    }
  });
});

describe('wire: link addresses', () => {
  it('writes an e-mail link’s address after its words, and a bare address once', async () => {
    const { wireText } = await import('../pipeline/render/wire.ts');
    const { readInline } = await import('../pipeline/inline/index.ts');
    const { createLabels } = await import('../pipeline/render/i18n.ts');
    const { readUi } = await import('../pipeline/project/read.ts');
    const labels = createLabels('it', (await readUi(BUNDLED)).it);
    expect(wireText(readInline('Scrivere all’<a href="mailto:stampa@example.org">ufficio stampa</a>.'), labels)).toBe('Scrivere all’ufficio stampa (stampa@example.org).');
    expect(wireText(readInline('Sito: <a href="https://www.regione.piemonte.it/">www.regione.piemonte.it</a>'), labels)).toBe('Sito: www.regione.piemonte.it');
    expect(wireText(readInline('<a href="javascript:alert(1)">qui</a>'), labels)).toBe('qui');
  });
});

describe('wire: characters that only hint a browser where to break', () => {
  it('drops soft hyphens, zero-width spaces and word joiners from the wire text and ninjs plain text, keeping the words whole', async () => {
    const source = FIXTURE.replace('title: Nuovo bando per le Pmi', 'title: "Nuovo ban\u00addo per le\u2060 Pmi"').replace('12 milioni di euro', '12 mi\u00adlio\u00adni di\u200b euro');
    const { files } = await buildProject(await fixtureInput({ now: AFTER, languages: ['it'] }, undefined, source));
    const wire = files.get(`it/${FIXTURE_ID}/wire.txt`)!;
    const item = JSON.parse(files.get(`it/${FIXTURE_ID}/ninjs.json`)!) as { headlines: { value: string }[]; bodies: { contentType: string; value: string }[] };
    const plain = [wire, item.headlines[0]!.value, item.bodies.find((body) => body.contentType === 'text/plain')!.value];
    for (const text of plain) expect(text).not.toMatch(/[\u00ad\u200b\u2060\ufeff]/);
    expect(wire).toContain('\nNuovo bando per le Pmi\n');
    expect(item.headlines[0]!.value).toBe('Nuovo bando per le Pmi');
    expect(plain[2]).toContain('12 milioni di euro');
  });
});
