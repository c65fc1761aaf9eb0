// Quotes through the CLI and into the outputs: `pressroom quotes`, out/<lang>/<id>/quotes.json, speakers on pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteJson, quotesOfFile } from '../pipeline/import/quotable.ts';
import { joinedParts } from '../pipeline/render/quotes.ts';
import { importPlainText, slugify } from '../pipeline/import/plain-text.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { buildProject } from './helpers/build.ts';
import { readMemories, readReleases, readUi } from '../pipeline/project/read.ts';
import { LANGUAGES } from '../pipeline/release.ts';
import { makeProject, release, BUNDLED, REPO, type Project } from './helpers/project.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { runCli, runPressroomHere } from './helpers/cli.ts';
import { runQuotes } from '../pipeline/cli/commands/quotes.ts';

const SAMPLE = join(REPO, 'tests/fixtures/samples/torino-piemonte-giappone-it.txt');

interface QuotesFile {
  file?: string;
  release?: string;
  language?: string;
  quotes: { id: string; text: string; parts: string[]; speaker: { name: string; role: string | null }; speakerReason?: string; paragraph: number; position?: { line: number; column: number } }[];
}

describe('cli: pressroom quotes', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('prints exactly {"file", "quotes":[{id, text, parts, speaker: {name, role}, paragraph}]} on one line for the sample plain text', async () => {
    const result = await runCli(['quotes', SAMPLE, '--json'], { cwd: REPO });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const output = JSON.parse(result.stdout) as QuotesFile;
    expect(Object.keys(output)).toEqual(['file', 'quotes']);
    expect(output.file).toBe(SAMPLE);
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
    const result = await runPressroomHere(['quotes', path], { cwd: project.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('q1  Gianni Ferri, sindaco  (paragraph 1, line 1)\n  “Gli abbonamenti restano a 40 euro”\n');
    const other = project.write('drafts/altra.md', release('title: Altra\ndate: 2025-10-14T10:00:00+02:00', '«Nessuna citazione qui» non è attribuita a nessuno.'));
    const none = await runPressroomHere(['quotes', other, '--json'], { cwd: project.root });
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toEqual({ file: other, quotes: [] });
  });

  it('says clearly when the file cannot be read, or the release is broken', async () => {
    project = makeProject();
    const missing = await runPressroomHere(['quotes', 'nope.txt'], { cwd: project.root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nope\.txt: error: cannot read the file \(ENOENT\) \[pressroom:quotes\]$/m);
    const broken = project.write('rotto.md', release('title: Rotto\ndate: ieri', 'Testo.'));
    const result = await runPressroomHere(['quotes', broken], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/rotto\.md:\d+:\d+: error: .*\[pressroom:front-matter\]/);
  });
});

describe('pressroom quotes over many files in one process', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('reads files and directories, prints one JSON line per file, and goes on past a file it cannot read', async () => {
    project = makeProject();
    const a = project.write('copy/a.md', 'Il sindaco Gianni Ferri ha dichiarato: «Gli abbonamenti restano a 40 euro».\n');
    project.write('copy/more/b.txt', 'ROMA (ANSA) – Lo sciopero è confermato.\n\n«Non ci fermeremo finché il contratto non sarà firmato da tutte le parti», hanno scritto.\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runQuotes([join(project.root, 'copy'), join(project.root, 'nope.md')], { json: true }, { log: (line) => out.push(line), error: (line) => err.push(line) });
    expect(code).toBe(1);
    const lines = out.map((line) => JSON.parse(line) as QuotesFile);
    expect(lines.map((line) => line.file)).toEqual([a, join(project.root, 'copy/more/b.txt')]);
    expect(lines[0]!.quotes.map((quote) => [quote.speaker, quote.position])).toEqual([[{ name: 'Gianni Ferri', role: 'sindaco' }, { line: 1, column: 41 }]]);
    const [unknown] = lines[1]!.quotes;
    expect(unknown!.speaker).toBeNull();
    expect(unknown!.speakerReason).toMatch(/plural/);
    // Plain text is read as the release its import makes, on other lines than the file's: no place is given rather
    // than a wrong one, and the warning names the quotation.
    expect(unknown).not.toHaveProperty('position');
    expect(err.some((line) => /b\.txt: warning: .*quotation q1.*\[pressroom:quote-speaker\]$/u.test(line))).toBe(true);
    expect(err.some((line) => /nope\.md: error: cannot read the file/u.test(line))).toBe(true);
  });
});

describe('quotes: a speaker only described', () => {
  let project: Project | undefined;
  afterEach(() => project?.remove());

  const TEXT = 'Il Comune ha chiuso il parcheggio di via Po.\n\n«Adesso dove lasciamo la macchina la sera?», chiede una residente.\n';

  it('prints the description beside a null speaker in `pressroom quotes --json`', async () => {
    project = makeProject();
    const file = project.write('copy/po.md', TEXT);
    const out: string[] = [];
    const code = await runQuotes([file], { json: true }, { log: (line) => out.push(line), error: () => {} });
    expect(code).toBe(0);
    const [quote] = (JSON.parse(out[0]!) as QuotesFile & { quotes: { speakerDescription?: string }[] }).quotes;
    expect(quote!.speaker).toBeNull();
    expect(quote!.speakerDescription).toBe('residente');
  });

  it('carries it into quotes.json, and lists nobody for it in ninjs or on the page', async () => {
    const text = release('title: Parcheggio\ndate: 2025-10-14T10:00:00+02:00', TEXT);
    const result = await buildProject({ releases: [{ path: 'releases/po.md', text }], memories: {}, ui: await readUi(BUNDLED), languages: ['it'], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    expect(result.ok).toBe(true);
    const quotes = (JSON.parse(result.files.get('it/po/quotes.json')!) as { quotes: { speaker: unknown; speakerDescription?: string }[] }).quotes;
    expect(quotes.map((quote) => [quote.speaker, quote.speakerDescription])).toEqual([[null, 'residente']]);
    const ninjs = JSON.parse(result.files.get('it/po/ninjs.json')!) as { people?: unknown[] };
    expect(ninjs.people ?? []).toEqual([]);
    expect(result.files.get('it/po/index.html')).not.toMatch(/<q[^>]*data-speaker/u);
  });
});

describe('build: quotes.json in every language, speakers on the pages', () => {
  it('lists the same ids and speakers in Italian, English and Japanese for the bundled releases, each in its own words', async () => {
    const [releases, memories, ui] = await Promise.all([readReleases(BUNDLED), readMemories(BUNDLED), readUi(BUNDLED)]);
    const result = await buildProject({ releases, memories, ui, mediaFrom: BUNDLED, languages: [...LANGUAGES], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    expect(releases.length).toBeGreaterThanOrEqual(3);
    for (const { path } of releases) {
      const id = path.slice('releases/'.length, -'.md'.length);
      const files = Object.fromEntries(LANGUAGES.map((language) => [language, JSON.parse(result.files.get(`${language}/${id}/quotes.json`)!) as QuotesFile]));
      const italian = files.it!.quotes;
      expect(italian.length).toBeGreaterThanOrEqual(3);
      for (const language of LANGUAGES) {
        const file = files[language]!;
        expect([file.release, file.language]).toEqual([id, language]);
        expect(file.quotes.map((quote) => [quote.id, quote.paragraph])).toEqual(italian.map((quote) => [quote.id, quote.paragraph]));
        // Roles in the file's own language: an English or Japanese file never carries an Italian role.
        if (language !== 'it') file.quotes.forEach((quote, index) => expect(quote.speaker.role).not.toBe(italian[index]!.speaker.role));
        if (language !== 'it') file.quotes.forEach((quote, index) => expect(quote.text).not.toBe(italian[index]!.text));
        for (const quote of file.quotes) expect(quote.text.trim()).not.toBe('');
      }
    }
    const torino = JSON.parse(result.files.get('ja/torino-piemonte-giappone-scienze-vita/quotes.json')!) as QuotesFile;
    // The attributions took the Japanese sentences' stops: the text puts them back, and sets no space between parts.
    expect(torino.quotes[0]!.text).toBe(torino.quotes[0]!.parts.join('。'));
    // Named as the Japanese text writes them.
    expect(torino.quotes.map((quote) => [quote.speaker.name, quote.parts.length])).toEqual([['アンドレア・トロンツァーノ', 3], ['ダリオ・ペイローネ', 2], ['アントニオ・サルヴィ', 2]]);
    expect(torino.quotes[1]!.speaker.role).toBe('Ceipiemonte会長');
    const page = result.files.get('en/torino-piemonte-giappone-scienze-vita/index.html')!;
    expect(page).toContain('<q data-quote="q2" data-speaker="Dario Peirone" title="Dario Peirone, President of Ceipiemonte">');
  });

  it('takes each language’s quote words from the <q data-quote> of its translation memory (fixture tree)', async () => {
    const text = release(
      'title: Bando\ndate: 2025-10-14T10:00:00+02:00',
      '«Il bando è aperto – dichiara Marco Rossi, assessore – e resterà aperto fino a marzo».\n\nLe domande si presentano online.',
    );
    const [parsed] = loadReleases([{ path: 'releases/bando.md', text }]).releases;
    const english: Record<string, string> = {
      '«Il bando è aperto – dichiara Marco Rossi, assessore – e resterà aperto fino a marzo».': '“<q data-quote="q1">The call is open</q>,” says Marco Rossi, councillor, “<q data-quote="q1">and will stay open until March</q>.”',
      assessore: 'councillor',
    };
    const memory = memoryFor(parsed!, 'en', (source) => english[source.replace(/<\/?q[^>]*>/g, '')] ?? `EN ${source}`);
    const memories = { en: { bando: { path: 'locales/en/releases/bando.json', text: memoryJson(memory) } } };
    const ui = await readUi(BUNDLED);
    const result = await buildProject({ releases: [{ path: 'releases/bando.md', text }], memories, ui, languages: ['it', 'en'], now: new Date('2026-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    expect(result.ok).toBe(true);
    const en = JSON.parse(result.files.get('en/bando/quotes.json')!) as QuotesFile;
    expect(en.quotes).toEqual([
      { id: 'q1', text: 'The call is open and will stay open until March', parts: ['The call is open', 'and will stay open until March'], speaker: { name: 'Marco Rossi', role: 'councillor' }, paragraph: 1, position: { line: 6, column: 2 } },
    ]);
    const it = JSON.parse(result.files.get('it/bando/quotes.json')!) as QuotesFile;
    expect(it.quotes[0]!.parts).toEqual(['Il bando è aperto', 'e resterà aperto fino a marzo']);
  });
});

describe('a translated quote’s parts joined into its text', () => {
  it('joins Japanese without spaces, putting back the 。 an attribution took after a sentence’s end only', () => {
    expect(joinedParts(['準備はできている', '工事は5月に始まる'], 'ja')).toBe('準備はできている。工事は5月に始まる');
    expect(joinedParts(['これは重要な一歩だ', '次に進む'], 'ja')).toBe('これは重要な一歩だ。次に進む');
    // A sentence the attribution cut in two, or a part already closed: nothing added.
    expect(joinedParts(['このプロジェクトは', '転換点だ'], 'ja')).toBe('このプロジェクトは転換点だ');
    expect(joinedParts(['地域の企業と協力して', '成長を支える'], 'ja')).toBe('地域の企業と協力して成長を支える');
    expect(joinedParts(['経済を強化し', '雇用を守る'], 'ja')).toBe('経済を強化し雇用を守る');
    expect(joinedParts(['予算が確保できれば', '工事は始まる'], 'ja')).toBe('予算が確保できれば工事は始まる');
    expect(joinedParts(['準備はできている。', '工事は始まる'], 'ja')).toBe('準備はできている。工事は始まる');
  });

  it('joins English and Italian with a space and adds nothing: a capital after an attribution may be “I” or a name', () => {
    expect(joinedParts(['When we arrived', 'I saw the damage'], 'en')).toBe('When we arrived I saw the damage');
    expect(joinedParts(['As the mayor said,', 'Turin is ready'], 'en')).toBe('As the mayor said, Turin is ready');
    expect(joinedParts(['Siamo pronti', 'I lavori partono'], 'it')).toBe('Siamo pronti I lavori partono');
  });
});

describe('one extractor for every entry point: pressroom quotes, the build’s quotes.json and the page marks', () => {
  const DIRS = ['tests/fixtures/quotes', 'tests/fixtures/quotes-heldout', 'tests/fixtures/quotes-dev2', 'tests/fixtures/quotes-dev3', 'tests/fixtures/quotes-dev4'];
  const texts = DIRS.flatMap((dir, index) =>
    readdirSync(join(REPO, dir))
      .filter((name) => /\.(txt|md)$/u.test(name) && name !== 'README.md')
      .sort()
      .map((name) => ({ name, text: readFileSync(join(REPO, dir, name), 'utf8'), id: `d${index}-${slugify(name.replace(/\.(txt|md)$/u, ''))}` })),
  );

  /** The text as the build reads it: a release file, plain text imported as `pressroom import` would (same title). */
  function asRelease(name: string, text: string, id: string): string {
    if (name.endsWith('.md')) return text.replace(/^---\n/u, `---\nid: ${id}\n`);
    const imported = importPlainText(text, { id, title: name.replace(/\.txt$/u, ''), date: '2000-01-01T00:00:00+00:00', now: '2000-01-01T00:00:00+00:00' });
    if (!imported.ok) throw new Error(`${name}: ${imported.problems.join('; ')}`);
    return imported.markdown;
  }

  it('gives the same quotes, speakers and marks for every text of the dev sets', async () => {
    expect(texts.length).toBeGreaterThanOrEqual(90);
    const releases = texts.map(({ name, text, id }) => ({ path: `releases/${id}.md`, text: asRelease(name, text, id) }));
    const result = await buildProject({ releases, memories: {}, ui: await readUi(REPO), languages: ['it'], now: new Date('2030-01-01T00:00:00Z'), baseUrl: 'https://pressroom.example/' });
    let compared = 0;
    for (const [index, { name, text, id }] of texts.entries()) {
      const cli = quotesOfFile(name, text);
      if (!cli.ok) throw new Error(`${name} does not read`);
      // The CLI reads the release file the build reads, and reads it the same way as its own input.
      const fromRelease = quotesOfFile(releases[index]!.path, releases[index]!.text);
      // Unplaced: the text and its release file set the same words on other lines.
      const listed = cli.quotes.map((quote) => quoteJson(quote, false));
      if (!fromRelease.ok) throw new Error(`${name} does not read as a release`);
      expect(fromRelease.quotes.map((quote) => quoteJson(quote, false)), name).toEqual(listed);
      const built = JSON.parse(result.files.get(`it/${id}/quotes.json`)!) as QuotesFile;
      // quotes.json is for agencies: the same quotes at the same places of the release file, without the CLI's note
      // on why a speaker is unknown.
      expect(built.quotes, name).toEqual(fromRelease.quotes.map((quote) => quoteJson(quote)).map(({ speakerReason: _, ...quote }) => quote));
      const page = result.files.get(`it/${id}/index.html`)!;
      const marked = [...page.matchAll(/<q data-quote="(q\d+)"([^>]*)>([\s\S]*?)<\/q>/gu)];
      for (const [, quoteId, attributes, inner] of marked) {
        expect(inner!.replace(/<[^>]+>/gu, '').trim(), `${name} ${quoteId}`).not.toBe('');
        const speaker = cli.quotes.find((quote) => quote.id === quoteId)?.speaker;
        // Attribute values are HTML-escaped ("dell&#x27;Istruzione").
        const decoded = attributes!.replace(/&#x27;|&#39;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
        if (speaker) expect(decoded, `${name} ${quoteId}`).toContain(`data-speaker="${speaker.name}"`);
        else expect(attributes, `${name} ${quoteId}`).not.toContain('data-speaker');
      }
      expect(new Set(marked.map(([, quoteId]) => quoteId)), name).toEqual(new Set(cli.quotes.map((quote) => quote.id)));
      compared += cli.quotes.length;
    }
    expect(compared).toBeGreaterThanOrEqual(300);
  }, 120_000);
});
