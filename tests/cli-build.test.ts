import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { memoryFor, memoryJson, standIn } from './helpers/memory.ts';
import { runCli } from './helpers/cli.ts';
import { buildIn } from './helpers/build.ts';

const GOOD = release('title: Bando Pmi\ndate: 2025-10-14T10:00:00+02:00\ndateline: { city: Torino }', 'Primo paragrafo.\n\nSecondo paragrafo.');
const BROKEN = release('title: Rotto\ndate: 2025-10-14', 'Testo.');

function translateAll(project: Project, id: string, text: string) {
  const [parsed] = loadReleases([{ path: `releases/${id}.md`, text }]).releases;
  project.write(`locales/en/releases/${id}.json`, memoryJson(memoryFor(parsed!, 'en', standIn('EN'))));
  project.write(`locales/ja/releases/${id}.json`, memoryJson(memoryFor(parsed!, 'ja', standIn('日本語'))));
}

// Two smoke tests spawn the command as a user runs it; the rest call the build in process.
describe('cli: pressroom build on a fixture tree', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('writes pages and wire text in three languages and prints a line per language', async () => {
    project = makeProject();
    project.write('releases/bando-pmi.md', GOOD);
    translateAll(project, 'bando-pmi', GOOD);
    const result = await runCli(['build'], { cwd: project.root });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^it: 1 published\nen: 1 published\nja: 1 published\nwarning: links in out\/ point to the placeholder https:\/\/pressroom\.example\/; .*\nwrote 33 files to out\n$/);
    for (const language of ['it', 'en', 'ja']) {
      for (const file of ['index.html', 'feed.xml', 'feed.json', 'bando-pmi/index.html', 'bando-pmi/wire.txt', 'bando-pmi/ninjs.json', 'bando-pmi/quotes.json']) expect(existsSync(join(project.root, 'out', language, file))).toBe(true);
    }
    expect(readFileSync(join(project.root, 'out/en/bando-pmi/wire.txt'), 'utf8')).toContain('TURIN – EN Primo paragrafo.');
  });

  it('reports a broken release, builds the others, exits non-zero and leaves sources untouched', async () => {
    project = makeProject();
    project.write('releases/bando-pmi.md', GOOD);
    project.write('releases/rotto.md', BROKEN);
    translateAll(project, 'bando-pmi', GOOD);
    const before = readFileSync(join(project.root, 'locales/en/releases/bando-pmi.json'), 'utf8');
    const result = await buildIn(project.root, { languages: ['it', 'en'] });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^releases\/rotto\.md:3:7: error: front matter field `date` .* \[pressroom:front-matter\]$/m);
    expect(readdirSync(join(project.root, 'out/it')).sort()).toEqual(['archive', 'bando-pmi', 'feed.json', 'feed.xml', 'index.html', 'sitemap.xml']);
    expect(existsSync(join(project.root, 'out/ja'))).toBe(false);
    expect(readFileSync(join(project.root, 'releases/rotto.md'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(join(project.root, 'locales/en/releases/bando-pmi.json'), 'utf8')).toBe(before);
  });

  it('skips a language whose memory is incomplete, naming what is missing', async () => {
    project = makeProject();
    project.write('releases/bando-pmi.md', GOOD);
    const result = await buildIn(project.root, { out: 'public' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('en: 0 published, 1 skipped (bando-pmi)');
    expect(result.stderr).toMatch(/^releases\/bando-pmi\.md:\d+:\d+: warning: no English translation/m);
    expect(existsSync(join(project.root, 'public/it/bando-pmi/wire.txt'))).toBe(true);
    expect(existsSync(join(project.root, 'public/en/bando-pmi'))).toBe(false);
  });

  it('rejects an unknown language with a clear message', async () => {
    project = makeProject();
    const result = await runCli(['build', '--lang', 'it,de'], { cwd: project.root });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/languages are it, en, ja; got it,de/);
  });
});
