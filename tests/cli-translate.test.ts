import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import type { Release } from '../pipeline/release.ts';
import { billedCharacters } from '../pipeline/translate/billing.ts';
import { DEFAULT_ATTEMPTS } from '../pipeline/translate/deepl-settings.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { figures, readMemoryFiles, snapshot, startCli, GIAPPONE, ROBOTICA } from './helpers/translate.ts';

const FIRST = 'La Regione Piemonte mette a disposizione 12 milioni di euro per le *piccole e medie imprese*. La misura sosterrà investimenti in cloud e cybersicurezza.';
const BANDO = release(
  `
title: Pmi, dalla Regione Piemonte 12 milioni per l’innovazione
subtitle: Domande dal 15 gennaio 2026
date: 2025-10-14T10:00:00+02:00
dateline: { city: Torino, agency: Italpress }
contacts:
  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org }
boilerplate: La Regione Piemonte sostiene le imprese del territorio.
`,
  `${FIRST}

“Vogliamo che la trasformazione digitale non resti un privilegio”, dichiara Marco Rossi. Il bando è gestito con Ceipiemonte.

Le domande si presentano [online](https://www.regione.piemonte.it) dal 15 gennaio 2026.

- software e licenze
- formazione del personale`,
);
const EDITED = BANDO.replace('in cloud e cybersicurezza.', 'in cloud, cybersicurezza e intelligenza artificiale.');

let server: DeepLTestServer;
let project: Project;
beforeEach(async () => {
  server = await startDeepLServer();
});
afterEach(async () => {
  project?.remove();
  await server.close();
});

const env = () => ({ DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url });
const translate = (args: string[] = [], extra: NodeJS.ProcessEnv = {}) => runCli(['translate', ...args], { cwd: project.root, env: { ...env(), ...extra } });
const dryRun = (args: string[] = []) => runCli(['translate', '--dry-run', ...args], { cwd: project.root });
const parse = (text: string, id = 'bando-pmi'): Release => loadReleases([{ path: `releases/${id}.md`, text }]).releases[0]!;
const sentTexts = () => server.translations().flatMap((request) => request.params.text ?? []);
const memoryOf = (language: 'en' | 'ja', id = 'bando-pmi') => JSON.parse(readFileSync(join(project.root, `locales/${language}/releases/${id}.json`), 'utf8'));

function withReleases(releases: Record<string, string>): Project {
  const made = makeProject();
  for (const [id, text] of Object.entries(releases)) made.write(`releases/${id}.md`, text);
  return made;
}

describe('translate: without DEEPL_AUTH_KEY', () => {
  it('says what to set, exits non-zero and changes nothing', async () => {
    project = withReleases({ 'bando-pmi': BANDO });
    const before = snapshot(project.root);
    const result = await runCli(['translate'], { cwd: project.root });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^pressroom: error: DEEPL_AUTH_KEY is not set: set it to your DeepL API key .*--dry-run.* \[pressroom:deepl-key\]$/m);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(snapshot(project.root)).toEqual(before);
    expect(server.requests).toEqual([]);
  });
});

describe('translate: a new release, in English and Japanese', () => {
  it('dry-run prints what a real run then bills; the run fills the memory; build publishes; a rerun bills 0', async () => {
    project = withReleases({ 'bando-pmi': BANDO });
    const planned = await dryRun();
    expect(planned.code).toBe(0);
    expect(server.requests).toEqual([]);
    const expected = parse(BANDO).segments.reduce((sum, segment) => sum + billedCharacters(segment.content), 0);
    expect(figures(planned.stdout)).toEqual({ total: 2 * expected, segments: 2 * parse(BANDO).segments.length, jobs: { 'bando-pmi en': expected, 'bando-pmi ja': expected } });

    const run = await translate();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(figures(run.stdout)).toEqual(figures(planned.stdout));
    expect(server.usage.count).toBe(2 * expected);
    expect(run.stdout).toMatch(/^translated 18\/18 segments \(bando-pmi (en|ja)\)$/m);
    expect(run.stdout).toContain(`DeepL usage this period: ${2 * expected} of 500000 characters`);

    const en = memoryOf('en');
    const ja = memoryOf('ja');
    for (const segment of parse(BANDO).segments) {
      expect(en.segments[segment.key]).toMatchObject({ source: segment.source, state: 'machine', engine: 'deepl' });
      expect(en.segments[segment.key].target).toMatch(/^\[EN-GB\] /);
      expect(ja.segments[segment.key].target).toMatch(/^\[JA\] /);
    }
    // Tags and quote marks come back as they went.
    const rossi = parse(BANDO).segments.find((segment) => segment.source.includes('Rossi'))!;
    expect(en.segments[rossi.key].target).toBe(`[EN-GB] ${rossi.source}`);

    for (const request of server.translations()) {
      expect(request.params).toMatchObject({ source_lang: ['it'], tag_handling: ['html'] });
      // Every segment is read with the title, but the title itself, with what follows it.
      if (request.params.text?.[0] !== parse(BANDO).title.source) expect(request.params.context?.[0]).toContain('Pmi, dalla Regione Piemonte 12 milioni per l’innovazione');
      expect(request.params.formality).toEqual(request.params.target_lang?.[0] === 'ja' ? ['prefer_more'] : undefined);
    }
    expect([...new Set(server.translations().map((request) => request.params.target_lang?.[0]))].sort()).toEqual(['en-GB', 'ja']);

    // The stand-in engine leaves "12 milioni" in Italian: the number check withholds the versions, whatever the policy.
    const build = await runCli(['build', '--now', '2025-10-15T00:00:00Z'], { cwd: project.root });
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^en: 0 published, 1 withheld \(1 failing checks: bando-pmi\)\nja: 0 published, 1 withheld \(1 failing checks: bando-pmi\)$/m);
    expect(build.stderr).toMatch(/^locales\/en\/releases\/bando-pmi\.json:\d+:\d+: warning: English: the Italian has 12000000, not found in the translation; en is withheld for this release until it is fixed \[pressroom:numbers\]$/m);
    expect(existsSync(join(project.root, 'out/en/bando-pmi/index.html'))).toBe(false);

    const requests = server.requests.length;
    const sent = server.translations().length;
    const rerun = await translate();
    expect(rerun.code).toBe(0);
    expect(figures(rerun.stdout)).toEqual({ total: 0, segments: 0, jobs: {} });
    expect(server.translations()).toHaveLength(sent);
    expect(server.requests.slice(requests).map((request) => request.path)).toEqual(['/v2/usage']);
    expect(figures((await dryRun()).stdout).total).toBe(0);
  });

  it('--lang, --release and --english choose what is translated and into which English', async () => {
    project = withReleases({ 'bando-pmi': BANDO, robotica: ROBOTICA });
    const run = await translate(['--lang', 'en', '--release', 'robotica', '--english', 'en-US']);
    expect(run.code).toBe(0);
    expect(Object.keys(figures(run.stdout).jobs)).toEqual(['robotica en']);
    expect(new Set(server.translations().map((request) => request.params.target_lang?.[0]))).toEqual(new Set(['en-US']));
    expect(readdirSync(join(project.root, 'locales/en/releases'))).toEqual(['robotica.json']);
    expect(readdirSync(join(project.root, 'locales/ja/releases'))).toEqual([]);
    const unknown = await translate(['--release', 'nessuno']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/no release nessuno in releases\//);
  });
});

describe('translate: only what changed is billed', () => {
  it('editing one sentence of one paragraph bills only that paragraph; the old translation stays as previous', async () => {
    project = withReleases({ 'bando-pmi': BANDO });
    expect((await translate()).code).toBe(0);
    const before = memoryOf('en');
    project.write('releases/bando-pmi.md', EDITED);

    const paragraph = parse(EDITED).segments.find((segment) => segment.source.startsWith('La Regione Piemonte mette'))!;
    const old = parse(BANDO).segments.find((segment) => segment.source.startsWith('La Regione Piemonte mette'))!;
    const characters = billedCharacters(paragraph.content);
    const planned = await dryRun();
    expect(figures(planned.stdout)).toEqual({ total: 2 * characters, segments: 2, jobs: { 'bando-pmi en': characters, 'bando-pmi ja': characters } });

    const sent = server.translations().length;
    const run = await translate();
    expect(run.code).toBe(0);
    expect(figures(run.stdout)).toEqual(figures(planned.stdout));
    const requests = server.translations().slice(sent);
    expect(requests.map((request) => request.params.text)).toEqual([[paragraph.source], [paragraph.source]]);
    // The neighbouring paragraph rides along as free context.
    expect(requests[0]?.params.context?.[0]).toContain('Vogliamo che la trasformazione digitale');
    expect(requests.reduce((sum, request) => sum + request.billed, 0)).toBe(2 * characters);

    const after = memoryOf('en');
    expect(after.segments[old.key]).toBeUndefined();
    expect(after.segments[paragraph.key]).toMatchObject({
      source: paragraph.source,
      target: `[EN-GB] ${paragraph.source.replace('Regione Piemonte', 'Piedmont Region')}`,
      state: 'machine',
      previous: { source: old.source, target: before.segments[old.key].target, state: 'machine' },
    });
    const untouched = Object.keys(before.segments).filter((key) => key !== old.key);
    for (const key of untouched) expect(after.segments[key]).toEqual(before.segments[key]);
    expect(figures((await translate()).stdout).total).toBe(0);
  });

  it('a reviewed translation is never replaced: current ones are not sent, a stale one is kept as previous', async () => {
    project = withReleases({ 'bando-pmi': EDITED });
    const original = parse(BANDO);
    const reviewed = memoryFor(original, 'en', (source) => `Reviewed: ${source}`, 'reviewed');
    const listItem = original.segments.find((segment) => segment.source === 'software e licenze')!;
    delete reviewed.segments[listItem.key];
    project.write('locales/en/releases/bando-pmi.json', memoryJson(reviewed, original));
    const edited = parse(EDITED);
    const stale = edited.segments.find((segment) => segment.source.startsWith('La Regione Piemonte mette'))!;
    const oldKey = original.segments.find((segment) => segment.source.startsWith('La Regione Piemonte mette'))!.key;

    const planned = await dryRun(['--lang', 'en']);
    expect(figures(planned.stdout).total).toBe(billedCharacters(stale.content) + billedCharacters(listItem.content));
    const run = await translate(['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(figures(run.stdout).total).toBe(figures(planned.stdout).total);
    expect(sentTexts().sort()).toEqual([stale.source, listItem.source].sort());

    const after = memoryOf('en');
    for (const segment of edited.segments.filter((s) => s.key !== stale.key && s.key !== listItem.key)) {
      expect(after.segments[segment.key]).toEqual(reviewed.segments[segment.key]);
    }
    expect(after.segments[oldKey]).toBeUndefined();
    expect(after.segments[stale.key].previous).toEqual({ source: reviewed.segments[oldKey]!.source, target: reviewed.segments[oldKey]!.target, state: 'reviewed' });
  });

  it('sends a long release segment by segment, each with its neighbours, well under 128 KiB', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Paragrafo ${i + 1}: ${'la Regione investe nelle imprese. '.repeat(20)}`).join('\n\n');
    project = withReleases({ lunga: release('title: Una release lunga\ndate: 2025-10-14T10:00:00+02:00', body) });
    const planned = figures((await dryRun(['--lang', 'ja'])).stdout);
    const run = await translate(['--lang', 'ja']);
    expect(run.code).toBe(0);
    expect(figures(run.stdout)).toEqual(planned);
    const requests = server.translations();
    // Every paragraph has neighbours of its own, so no two share a context, nor a request.
    expect(requests.map((request) => request.params.text!.length)).toEqual(Array.from({ length: 121 }, () => 1));
    for (const request of requests) expect(request.bytes).toBeLessThan(64 * 1024);
    expect(server.usage.count).toBe(planned.total);
    expect(sentTexts().sort()).toEqual(parse(release('title: Una release lunga\ndate: 2025-10-14T10:00:00+02:00', body), 'lunga').segments.map((s) => s.source).sort());
  });
});

describe('translate: the glossary', () => {
  it('is created once from locales/glossary.yaml, sent with every request, and made anew when the file changes', async () => {
    project = withReleases({ 'bando-pmi': BANDO });
    expect((await translate()).code).toBe(0);
    project.write('releases/bando-pmi.md', EDITED);
    expect((await translate()).code).toBe(0);
    const created = () => server.requests.filter((request) => request.method === 'POST' && request.path === '/v3/glossaries');
    expect(created()).toHaveLength(1);
    expect(new Set(server.translations().map((request) => request.params.glossary_id?.[0]))).toEqual(new Set(['glossary-1']));
    expect(server.glossaries[0]?.dictionaries.find((d) => d.target_lang === 'ja')?.entries).toMatchObject({ 'Regione Piemonte': 'ピエモンテ州', Ceipiemonte: 'Ceipiemonte' });
    const ja = memoryOf('ja');
    const rossi = parse(BANDO).segments.find((segment) => segment.source.includes('Ceipiemonte'))!;
    expect(ja.segments[rossi.key].target).toContain('Il bando è gestito con Ceipiemonte.');

    const glossary = readFileSync(join(project.root, 'locales/glossary.yaml'), 'utf8');
    project.write('locales/glossary.yaml', glossary.replace('Piedmont Region', 'Region of Piedmont'));
    project.write('releases/bando-pmi.md', BANDO);
    expect((await translate(['--lang', 'en'])).code).toBe(0);
    expect(created()).toHaveLength(2);
    expect(server.translations().at(-1)?.params.glossary_id).toEqual(['glossary-2']);
    expect(memoryOf('en').segments[parse(BANDO).segments[2]!.key].target).toContain('Region of Piedmont');
  });
});

describe('translate: faults', () => {
  it('a broken glossary stops the run before anything is billed', async () => {
    project = withReleases({ robotica: ROBOTICA });
    project.write('locales/glossary.yaml', 'terms:\n  Regione Piemonte:\n    de: Region Piemont\n');
    const run = await translate();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^locales\/glossary\.yaml:3:5: error: glossary terms\.Regione Piemonte\.de: .* \[pressroom:glossary-shape\]\npressroom: error: fix locales\/glossary\.yaml first; nothing was translated \[pressroom:glossary\]\n$/);
    expect(server.translations()).toEqual([]);
  });

  it('retries 429 and 5xx with back-off and finishes, billing each text once', async () => {
    project = withReleases({ robotica: ROBOTICA });
    const planned = figures((await dryRun()).stdout);
    server.fail(429);
    server.fail(502);
    const run = await translate();
    expect(run.code).toBe(0);
    expect(figures(run.stdout).total).toBe(planned.total);
    expect(server.usage.count).toBe(planned.total);
    // Each segment is a request of its own; two of them were answered 429 and 502 first.
    expect(server.requests.filter((request) => request.path === '/v2/translate')).toHaveLength(server.translations().length + 2);
  });

  it('a server that keeps failing gets a bounded number of attempts, then one line, and nothing changes', async () => {
    project = withReleases({ robotica: ROBOTICA });
    server.fail(500, { times: 1000 });
    const before = snapshot(project.root);
    const run = await translate(['--lang', 'ja', '--concurrency', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pressroom: error: DeepL had a server error after every retry \(Unexpected status code: 500 Internal Server Error, message: injected 500\); run pressroom translate again later; 0 segments translated and saved, 3 left \[pressroom:deepl-server\]\n$/);
    expect(server.requests.filter((request) => request.path === '/v2/translate')).toHaveLength(DEFAULT_ATTEMPTS);
    expect(snapshot(project.root)).toEqual(before);
  });

  it('quota exceeded (456) stops the run with one line and keeps what is done; a rerun bills only the rest', async () => {
    project = withReleases({ giappone: GIAPPONE, robotica: ROBOTICA });
    const planned = figures((await dryRun()).stdout);
    server.usage.limit = planned.jobs['giappone en']! + 5;
    const run = await translate(['--concurrency', '1']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^pressroom: error: DeepL quota exceeded \(456\).*; \d+ segments? translated and saved, \d+ left \[pressroom:deepl-quota\]$/m);
    expect(figures(run.stdout).total).toBe(planned.jobs['giappone en']);
    expect(Object.keys(readMemoryFiles(project.root))).toEqual(['locales/en/releases/giappone.json']);

    const left = figures((await dryRun()).stdout);
    expect(left.total).toBe(planned.total - planned.jobs['giappone en']!);
    server.usage.limit = 500_000;
    const rerun = await translate();
    expect(rerun.code).toBe(0);
    expect(figures(rerun.stdout).total).toBe(left.total);
    expect(server.usage.count).toBe(planned.total);
  });

  it('a refused key (403) stops before anything is translated, with one line', async () => {
    project = withReleases({ robotica: ROBOTICA });
    server.keys = ['the-right-key'];
    const before = snapshot(project.root);
    const run = await translate([], { DEEPL_AUTH_KEY: 'a-wrong-key' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pressroom: error: DeepL refused the key \(403\): check DEEPL_AUTH_KEY \(server http:\/\/127\.0\.0\.1:\d+\); nothing was translated \[pressroom:deepl-key\]\n$/);
    expect(snapshot(project.root)).toEqual(before);
  });

  it('never prints the credentials inside DEEPL_SERVER_URL', async () => {
    project = withReleases({ robotica: ROBOTICA });
    server.keys = ['the-right-key'];
    const withCredentials = server.url.replace('http://', 'http://editor:s3cret-pass@');
    const refused = await translate([], { DEEPL_AUTH_KEY: 'a-wrong-key', DEEPL_SERVER_URL: withCredentials });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^pressroom: error: DeepL refused the key \(403\): check DEEPL_AUTH_KEY \(server http:\/\/\*\*\*@127\.0\.0\.1:\d+\/?\); nothing was translated \[pressroom:deepl-key\]\n$/);
    // Nothing listens on port 9 of the loopback: a connection failure, whose detail must not name them either.
    const unreachable = await translate([], { DEEPL_SERVER_URL: 'http://editor:s3cret-pass@127.0.0.1:9/' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('***@127.0.0.1:9');
    for (const output of [refused.stdout, refused.stderr, unreachable.stdout, unreachable.stderr]) {
      expect(output).not.toContain('s3cret');
      expect(output).not.toContain('editor');
    }
  });

  it('a run killed in the middle leaves valid memory files, and the rerun bills only the rest', async () => {
    project = withReleases({ 'bando-pmi': BANDO, giappone: GIAPPONE, robotica: ROBOTICA });
    const planned = figures((await dryRun()).stdout);
    // One request at a time: when the third arrives, the answers to the first two are on disk.
    server.holdTranslations(2);
    const { child, result } = startCli(['translate', '--concurrency', '1'], { cwd: project.root, env: env() });
    await server.waitFor((request) => request.held);
    child.kill('SIGKILL');
    expect((await result).signal).toBe('SIGKILL');

    const billed = server.usage.count;
    expect(billed).toBeGreaterThan(0);
    // The first two requests were two segments of the first release in English: in its file, and nothing else.
    const written = readMemoryFiles(project.root);
    expect(Object.keys(written)).toHaveLength(1);
    expect(Object.keys(Object.values(written)[0]!.segments)).toHaveLength(2);
    const left = figures((await dryRun()).stdout);
    expect(left.total).toBe(planned.total - billed);

    server.holdTranslations(Infinity);
    const firstRequests = server.translations().length;
    const rerun = await translate();
    expect(rerun.code).toBe(0);
    expect(figures(rerun.stdout).total).toBe(left.total);
    expect(server.usage.count).toBe(planned.total);
    const answered = server.translations().slice(0, firstRequests).map((request) => `${request.params.target_lang}:${request.params.text}`);
    const resent = server.translations().slice(firstRequests).map((request) => `${request.params.target_lang}:${request.params.text}`);
    expect(resent.filter((request) => answered.includes(request))).toEqual([]);
    const memories = readMemoryFiles(project.root);
    expect(Object.keys(memories)).toHaveLength(6);
  });
});

describe('build: translates what is missing first when DEEPL_AUTH_KEY is set', () => {
  it('with the key, the new release is translated, and published labelled where the policy allows machine output', async () => {
    project = withReleases({ robotica: ROBOTICA });
    project.write('package.json', JSON.stringify({ pressroom: { publication: { en: 'machine', ja: 'machine' } } }));
    const result = await runCli(['build'], { cwd: project.root, env: env() });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^total: \d+ characters billed for 6 segments$/m);
    expect(result.stdout).toMatch(/^en: 1 published\nja: 1 published\n/m);
    expect(readFileSync(join(project.root, 'out/ja/robotica/index.html'), 'utf8')).toContain('[JA] Il ');
    expect(readFileSync(join(project.root, 'out/ja/robotica/wire.txt'), 'utf8')).toMatch(/^【機械翻訳・未校閲】\n/);
    const sent = server.translations().length;
    const again = await runCli(['build'], { cwd: project.root, env: env() });
    expect(again.stdout).not.toMatch(/billed/);
    expect(server.translations()).toHaveLength(sent);
  });

  it('without the key, the memory alone, as before, and nothing is sent', async () => {
    project = withReleases({ robotica: ROBOTICA });
    const result = await runCli(['build'], { cwd: project.root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('en: 0 published, 1 skipped (robotica)');
    expect(existsSync(join(project.root, 'locales/en/releases/robotica.json'))).toBe(false);
    expect(server.requests).toEqual([]);
  });
});
