// Pages clean in html-validate: every .html file a build writes, for every kind of page (release pages normal,
// after an embargo, corrected, withdrawn, machine-translated, with and without subheadline; the notices standing where
// a filed translation was; the language chooser;
// each index page; the archive by month; the bundled project, pictures included), validated with html-validate's
// recommended rules.
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type Report } from 'html-validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, buildProject, type BuildResult } from './helpers/build.ts';
import { listTree } from '../pipeline/publish/staged-output.ts';
import { EN, FIXTURE, fixtureInput, JA, withoutQuoteMarkers, type Translations } from './helpers/fixture.ts';
import { memoryFor, memoryJson, standIn } from './helpers/memory.ts';
import { makeProject, release } from './helpers/project.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import type { TargetLanguage } from '../pipeline/release.ts';
import { documentTitle } from '../pipeline/render/document-title.ts';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { elements, jsonLd, parsePage } from './helpers/html.ts';
import type { SourceFile } from '../pipeline/project/source-file.ts';

// The recommended preset as it is: no rule is switched off for these pages.
const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));

/** One line per problem, `path:line:column rule: message`, so a failure names the page and the rule. */
function problems(report: Report): string[] {
  return report.results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

// The fillers' pages are all of one kind: the first stands for the rest (validating ~200 like pages costs a minute on a busy machine).
const filler = /\/comunicato-(?!0\/)\d+\//;

async function validate(files: Map<string, string>): Promise<string[]> {
  const found: string[] = [];
  for (const [path, html] of files) if (path.endsWith('.html') && !filler.test(path)) found.push(...problems(await validator.validateString(html, path)));
  return found;
}

const NOW = new Date('2026-01-01T00:00:00Z');
const NOTE = 'Le domande si presentano dal 15 gennaio 2026, non dal 15 dicembre 2025.';
const REASON = 'Il bando è sospeso in attesa di una nuova delibera.';
const TABLES: Translations = {
  en: { ...EN, [NOTE]: 'Applications open on 15 January 2026, not 15 December 2025.', [REASON]: 'The call is suspended pending a new decision.' },
  ja: { ...JA, [NOTE]: '申請受付は2025年12月15日からではなく、2026年1月15日からである。', [REASON]: '新たな決定が出るまで公募は停止される。' },
};
// A headline too long for a <title>, and a telephone link in the text.
const LONG = 'La Regione Piemonte apre il nuovo bando da 12 milioni di euro per le piccole e medie imprese che investono in innovazione';
const CALL = 'Per informazioni chiamate il [011 432-1234](tel:+390114321234).';
TABLES.en[LONG] = 'The Piedmont Region opens a new €12 million call for small and medium-sized enterprises investing in innovation';
TABLES.ja[LONG] = 'ピエモンテ州、イノベーションに投資する中小企業を対象とした総額1,200万ユーロの新たな公募を開始し、地域の競争力強化を目指す';
TABLES.en['Per informazioni chiamate il <a href="tel:+390114321234">011 432-1234</a>.'] = 'For information call <a href="tel:+390114321234">011 432-1234</a>.';
TABLES.ja['Per informazioni chiamate il <a href="tel:+390114321234">011 432-1234</a>.'] = 'お問い合わせは<a href="tel:+390114321234">011 432-1234</a>まで。';
// A headline of signs a validator counts as references: it must keep within 70 as written, and show as typed.
const SIGNS = 'R&S & Pmi: <script>alert(1)</script> resta testo, &amp; anche';
const SIGNS_EN = 'R&D & SMEs: <script>alert(1)</script> stays text, &amp; too';
const SIGNS_JA = 'R&D & 中小企業：<script>alert(1)</script> は文字のまま、&amp; も';
const asInlineHtml = (text: string) => toHtml({ type: 'text', value: text });
TABLES.en[asInlineHtml(SIGNS)] = asInlineHtml(SIGNS_EN);
TABLES.ja[asInlineHtml(SIGNS)] = asInlineHtml(SIGNS_JA);
const withFront = (extra: string) => FIXTURE.replace('tags: [innovazione, pmi]', `tags: [innovazione, pmi]\n${extra}`);

/** Every kind of release the site shows, by id: source, and how its translations are made. */
const KINDS: Record<string, { source: string; translate?: (language: TargetLanguage) => (source: string) => string; machine?: boolean }> = {
  // The fixture: embargo lifted, subheadline, a quote, a list, a link, a contact with a phone number.
  'dopo-embargo': { source: FIXTURE },
  'titolo-lungo': { source: FIXTURE.replace('title: Nuovo bando per le Pmi', `title: ${LONG}`).replace(/^embargo: .*\n/m, '').replace('Il bando è pubblicato', `${CALL}\n\nIl bando è pubblicato`) },
  rettificato: { source: withFront(`updated: 2025-10-16T08:00:00+02:00\ncorrections:\n  - { date: 2025-10-15T18:00:00+02:00, note: "${NOTE}" }`) },
  ritirato: { source: withFront(`updated: 2025-10-20T09:00:00+02:00\nstatus: withdrawn\nreason: ${REASON}`) },
  'titolo-con-segni': { source: FIXTURE.replace('title: Nuovo bando per le Pmi', `title: ${JSON.stringify(SIGNS)}`).replace(/^embargo: .*\n/m, '') },
  'senza-sottotitolo': { source: FIXTURE.replace(/^subtitle: .*\n/m, '').replace(/^embargo: .*\n/m, '') },
  'traduzione-automatica': { source: FIXTURE.replace('2025-10-14T10:00', '2025-09-30T10:00').replace(/^embargo: .*\n/m, ''), machine: true },
  // Held back at NOW: no page of its own, and in no index or archive page.
  'sotto-embargo': { source: FIXTURE.replace(/^embargo: .*$/m, 'embargo: 2026-02-01T12:00:00+01:00') },
  programmato: { source: FIXTURE.replace('2025-10-14T10:00:00+02:00', '2026-03-02T10:00:00+01:00').replace(/^embargo: .*\n/m, '') },
};

/** 60 plain releases over three months, so the index has a second page and the archive several months. */
const FILLERS = Array.from({ length: 60 }, (_, index) => {
  const month = String(7 + (index % 3)).padStart(2, '0');
  const day = String(1 + (index % 28)).padStart(2, '0');
  return { id: `comunicato-${index}`, source: release(`title: Comunicato numero ${index}\ndate: 2025-${month}-${day}T10:00:00+02:00`, `Il testo del comunicato numero ${index}.`) };
});

async function buildEveryKind(): Promise<BuildResult> {
  const input = await fixtureInput({ now: NOW });
  const releases: SourceFile[] = [];
  const memories: Record<TargetLanguage, Record<string, SourceFile>> = { en: {}, ja: {} };
  const add = (id: string, source: string, translate: (language: TargetLanguage) => (text: string) => string, machine = false) => {
    releases.push({ path: `releases/${id}.md`, text: source });
    const [parsed] = loadReleases([{ path: `releases/${id}.md`, text: source }]).releases;
    if (!parsed) throw new Error(`${id} does not parse`);
    for (const language of ['en', 'ja'] as const) {
      memories[language][id] = { path: `locales/${language}/releases/${id}.json`, text: memoryJson(memoryFor(parsed, language, translate(language), machine ? 'machine' : 'reviewed')) };
    }
  };
  const fromTables = (language: TargetLanguage) => (text: string) => TABLES[language][withoutQuoteMarkers(text)] ?? '';
  for (const [id, kind] of Object.entries(KINDS)) add(id, kind.source, kind.translate ?? fromTables, kind.machine);
  for (const { id, source } of FILLERS) add(id, source, (language) => standIn(language.toUpperCase()));
  return buildProject({ ...input, releases, memories, publication: { en: 'machine', ja: 'machine' } });
}

// Built once, for both tests.
let built: Promise<BuildResult> | undefined;
const site = () => (built ??= buildEveryKind());

describe('pages clean in html-validate', () => {
  it('finds no problem in any page of a site with every kind of page', async () => {
    const result = await site();
    // Withdrawn at its first build, the release's kill is numbered without a record and says so: not a page problem.
    expect(result.errors.filter((line) => !line.endsWith('[pressroom:kill-version]'))).toEqual([]);
    const pages = [...result.files.keys()].filter((path) => path.endsWith('.html')).sort();
    // The build wrote every kind of page this test means to check, and none of what is held back.
    const expected = ['index.html'];
    for (const language of ['it', 'en', 'ja']) {
      expected.push(`${language}/index.html`, `${language}/page/2/index.html`, `${language}/archive/index.html`);
      expected.push(...['2025/07', '2025/08', '2025/09', '2025/10'].map((month) => `${language}/archive/${month}/index.html`));
      expected.push(...['dopo-embargo', 'titolo-lungo', 'titolo-con-segni', 'rettificato', 'ritirato', 'senza-sottotitolo', 'traduzione-automatica'].map((id) => `${language}/${id}/index.html`));
    }
    expect(pages).toEqual(expect.arrayContaining(expected));
    expect(pages.filter((path) => /sotto-embargo|programmato|2026\//.test(path))).toEqual([]);
    expect(result.files.get('en/traduzione-automatica/index.html')).toContain('machine translation');
    expect(result.files.get('en/rettificato/index.html')).toContain('class="correction"');
    expect(result.files.get('en/ritirato/index.html')).toContain('class="withdrawn"');
    expect(await validate(result.files)).toEqual([]);
  }, 180_000);

  it('finds no problem in the bundled project’s pages, pictures included', async () => {
    const project = makeProject({ withBundled: true });
    try {
      const result = await buildIn(project.root, { baseUrl: 'https://press.example.org/' });
      expect(result.exitCode, result.stderr).toBe(0);
      const files = new Map(listTree(join(project.root, 'out')).filter((path) => path.endsWith('.html')).map((path) => [path, readFileSync(join(project.root, 'out', path), 'utf8')]));
      // The Turin release has pictures: a <figure> with an <img> in every language.
      for (const language of ['it', 'en', 'ja']) expect(files.get(`${language}/torino-piemonte-giappone-scienze-vita/index.html`)).toContain('<img ');
      expect(files.size).toBeGreaterThanOrEqual(1 + 3 * (1 + 3 + 2));
      expect(await validate(files)).toEqual([]);
    } finally {
      project.remove();
    }
  }, 180_000);

  it('finds no problem in the notices that stand where a filed version was (withdrawn untranslated, withheld)', async () => {
    const project = makeProject();
    try {
      const write = (id: string, source: string) => {
        project.write(`releases/${id}.md`, source);
        const [parsed] = loadReleases([{ path: `releases/${id}.md`, text: source }]).releases;
        for (const language of ['en', 'ja'] as const) project.write(`locales/${language}/releases/${id}.json`, memoryJson(memoryFor(parsed!, language, (text) => TABLES[language][withoutQuoteMarkers(text)] ?? '')));
      };
      write('ritirato', FIXTURE);
      write('in-aggiornamento', FIXTURE);
      expect((await buildIn(project.root, { now: NOW })).exitCode).toBe(0);
      project.write('releases/ritirato.md', withFront(`updated: 2025-10-20T09:00:00+02:00\nstatus: withdrawn\nreason: La delibera è stata annullata dal Tar.`));
      project.write('releases/in-aggiornamento.md', FIXTURE.replace('12 milioni', '14 milioni'));
      expect((await buildIn(project.root, { now: NOW })).exitCode).toBe(0);
      const files = new Map(listTree(join(project.root, 'out')).filter((path) => /^(en|ja)\//.test(path) && path.endsWith('.html')).map((path) => [path, readFileSync(join(project.root, 'out', path), 'utf8')]));
      expect(files.get('en/ritirato/index.html')).toContain('<span lang="it">La delibera');
      expect(files.get('en/in-aggiornamento/index.html')).toContain('[Being updated]');
      expect(await validate(files)).toEqual([]);
    } finally {
      project.remove();
    }
  }, 180_000);

  it('writes a headline of `&`, `<script>` and `&amp;` as the text it is: within 70 as written, never markup', async () => {
    const result = await site();
    for (const [language, headline] of [['it', SIGNS], ['en', SIGNS_EN], ['ja', SIGNS_JA]] as const) {
      const path = `${language}/titolo-con-segni/index.html`;
      const html = result.files.get(path)!;
      const written = /<title>(.*)<\/title>/.exec(html)![1]!;
      expect(written.length, path).toBeLessThanOrEqual(70);
      const page = parsePage(html);
      const [title] = elements(page, (element) => element.tagName === 'title');
      const shown = toString(title!);
      // The whole headline, or its opening cut with an ellipsis: as typed, `&amp;` included.
      expect(shown === headline || (shown.endsWith('…') && headline.startsWith(shown.slice(0, -1))), `${path}: ${shown}`).toBe(true);
      expect(toString(elements(page, (element) => element.tagName === 'h1')[0]!)).toBe(headline);
      expect((jsonLd(html)[0] as { headline: string }).headline).toBe(headline);
      expect(elements(page, (element) => element.tagName === 'script').map((element) => element.properties.type)).toEqual(['application/ld+json']);
    }
  }, 180_000);

  it('fails on a page that is not clean', async () => {
    const result = await site();
    const page = result.files.get('ja/rettificato/index.html')!;
    // A nested link and a duplicated id: what a careless template change would bring.
    const broken = page.replace('<main>', '<main><a href="x"><a href="y">link</a></a><p id="a"></p><p id="a"></p>');
    expect(broken).not.toBe(page);
    const found = await validate(new Map([['ja/rettificato/index.html', broken]]));
    expect(found.some((line) => line.includes(' no-dup-id: '))).toBe(true);
    expect(found.length).toBeGreaterThan(1);
  }, 180_000);
});

describe('page titles within 70 characters (long-title)', () => {
  it('keep the site name when it fits, drop it when the headline needs the room, and cut a longer headline at a word', () => {
    expect(documentTitle('New call for SMEs', 'Press room')).toBe('New call for SMEs – Press room');
    const sixty = 'The Piedmont Region opens a new call for small enterprises ok';
    expect(documentTitle(sixty, 'Press room')).toBe(sixty);
    const cut = documentTitle(`${LONG} e nel digitale`, 'Sala stampa');
    expect(cut).toBe('La Regione Piemonte apre il nuovo bando da 12 milioni di euro…');
    expect(cut.length).toBeLessThanOrEqual(70);
    // Japanese counts two columns a character, as it takes twice the room in a search result.
    const ja = documentTitle(TABLES.ja[LONG]!, 'プレスルーム');
    expect(ja.endsWith('…')).toBe(true);
    expect(TABLES.ja[LONG]!.startsWith(ja.slice(0, -1))).toBe(true);
    expect(ja.length).toBeLessThanOrEqual(35);
  });

  it('count a sign written as a reference (`&` as `&amp;`) as html-validate does, so the title keeps within 70 as written', () => {
    const headline = 'Ricerca & sviluppo, formazione & lavoro: il Piemonte & le sue Pmi';
    expect(headline.length).toBeLessThanOrEqual(70);
    const title = documentTitle(headline, 'Sala stampa');
    // As the page writes it: `&amp;`.
    expect(title.replaceAll('&', '&amp;').length).toBeLessThanOrEqual(70);
    expect(title.endsWith('…') && headline.startsWith(title.slice(0, -1))).toBe(true);
    // Plain headlines are cut as before.
    expect(documentTitle('New call for SMEs', 'Press room')).toBe('New call for SMEs – Press room');
  });
});
