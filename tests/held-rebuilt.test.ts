// A held release (published, then broken, deleted or given a later date) stays published through a build that
// starts from scratch: a new pipeline or changed settings (package.json "pressroom", locales) render every release
// again, but what was published and cannot build now is carried over from the previous out/, checked against what
// was recorded of it. When it cannot be (out/ gone, altered, or a link put in it), the build says so.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ID = 'politecnico-torino-robotica-ospedale';
const SOURCE = `releases/${ID}.md`;

const underId = (tree: Record<string, string>, id = ID) => Object.fromEntries(Object.entries(tree).filter(([path]) => path.includes(`/${id}/`) || path.endsWith(`/${id}.json`)));
const text = (tree: Record<string, string>, path: string) => Buffer.from(tree[path]!, 'base64').toString();

/** Ways to make the next build start from scratch. */
const fromScratch: [string, (project: Project) => void][] = [
  ['a new pipeline', (project) => {
    // What a new version of pressroom sees: a manifest made by another pipeline.
    const path = join(project.root, '.out-state/manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { pipeline: string };
    writeFileSync(path, JSON.stringify({ ...manifest, pipeline: 'an older pipeline' }));
  }],
  ['changed settings in package.json', (project) => project.write('package.json', JSON.stringify({ pressroom: { baseUrl: 'https://press.example.org/' } }))],
  ['a changed label in locales/', (project) => {
    const path = join(project.root, 'locales/en/ui.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/"Press room"/, '"Newsroom"'));
  }],
];

/** Ways a published release stops building. */
const breaks: [string, (project: Project, source: string) => void, string][] = [
  ['no longer parses', (project, source) => project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed')), 'held-release'],
  ['is deleted', (project) => rmSync(join(project.root, SOURCE)), 'missing-release'],
  ['is given a later date', (project, source) => project.write(SOURCE, source.replace(/^date: .*$/m, 'date: 2099-01-01T09:00:00+01:00')), 'republished-later'],
];

// Each way from scratch with one way of breaking, each way of breaking once: the two are handled apart (the first
// decides that every release renders again, the second what is held), and every pair costs three builds. The site
// moved (a settings change) is taken with every way of breaking below.
const scratchAndBreak = fromScratch.map(([way, scratch], index) => [way, scratch, ...breaks[index]!] as const);

describe('a held release through a build from scratch', () => {
  let project: Project;
  afterEach(() => project?.remove());

  describe.each(scratchAndBreak)('after %s', (_, scratch, ...broken) => {
    it.each([broken])('stays published as it was when its file %s', async (__, breakIt, rule) => {
      project = makeProject({ withBundled: true });
      expect((await buildIn(project.root)).exitCode).toBe(0);
      const out = join(project.root, 'out');
      const before = readTree(out);
      breakIt(project, readFileSync(join(project.root, SOURCE), 'utf8'));
      scratch(project);

      const result = await buildIn(project.root);
      expect(result.errors.some((line) => line.startsWith(`${SOURCE}:`) && line.endsWith(`[pressroom:${rule}]`))).toBe(true);
      expect(result.errors.filter((line) => line.includes('[pressroom:held-lost]'))).toEqual([]);
      const after = readTree(out);
      expect(underId(after), 'its files, byte for byte, in every language').toEqual(underId(before));
      for (const language of ['it', 'en', 'ja']) {
        expect(text(after, `${language}/index.html`)).toContain(`href="${ID}/"`);
        expect(text(after, `${language}/feed.xml`)).toContain(`/${language}/${ID}/`);
        expect(text(after, `${language}/feed.json`)).toContain(`/${language}/${ID}/`);
      }
      // And the next build, which trusts what this one recorded, still holds it.
      await buildIn(project.root);
      expect(underId(readTree(out))).toEqual(underId(before));
    });
  });
});

describe('a held release after the site moved to another address', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it.each(breaks)('is carried as agencies filed it when its file %s, and the build says its links still point to the old address', async (__, breakIt) => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const out = join(project.root, 'out');
    const before = readTree(out);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    breakIt(project, source);
    project.write('package.json', JSON.stringify({ pressroom: { baseUrl: 'https://press.example.org/' } }));

    for (let build = 0; build < 2; build++) {
      const result = await buildIn(project.root);
      expect(underId(readTree(out)), 'its files as agencies filed them').toEqual(underId(before));
      const said = result.errors.filter((line) => line.startsWith(`${SOURCE}:`) && line.includes('https://pressroom.example/'));
      expect(said, 'the stale links named, on every build').toHaveLength(1);
      expect(said[0]).toMatch(/warning: .*still link to https:\/\/pressroom\.example\/.*not to https:\/\/press\.example\.org\//);
    }
    // Built again, it moves to the new address and the build has nothing more to say.
    project.write(SOURCE, source);
    const fixed = await buildIn(project.root);
    expect(fixed.errors.filter((line) => line.includes('https://pressroom.example/'))).toEqual([]);
    expect(text(readTree(out), `en/${ID}/index.html`)).toContain(`https://press.example.org/en/${ID}/`);
  });

  it('says nothing of links when the address is the same', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    const result = await buildIn(project.root);
    expect(result.errors.some((line) => line.endsWith('[pressroom:held-release]'))).toBe(true);
    expect(result.errors.filter((line) => line.includes('still link to'))).toEqual([]);
  });
});

describe('a held release through a build of fewer languages', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('is carried in the languages built, and only in them', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const before = readTree(join(project.root, 'out'));
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    const result = await buildIn(project.root, { languages: ['it'] });
    expect(result.errors.some((line) => line.endsWith('[pressroom:held-release]'))).toBe(true);
    const after = readTree(join(project.root, 'out'));
    const italian = (tree: Record<string, string>) => Object.fromEntries(Object.entries(underId(tree)).filter(([path]) => path.startsWith('it/')));
    expect(Object.keys(underId(after))).toEqual(Object.keys(italian(before)));
    expect(underId(after)).toEqual(italian(before));
    expect(text(after, 'it/index.html')).toContain(`href="${ID}/"`);
    // Its Italian page still links the English and Japanese versions this build leaves out: said.
    expect(text(after, `it/${ID}/index.html`)).toContain(`hreflang="en"`);
    expect(result.errors.filter((line) => line.endsWith('[pressroom:held-release]') && line.includes('still link to its versions in en, ja'))).toHaveLength(1);
    // A build of every language cannot bring them back (nothing builds them): it says they are lost, every time.
    for (let build = 0; build < 2; build++) {
      const full = await buildIn(project.root);
      expect(Object.keys(underId(readTree(join(project.root, 'out'))))).toEqual(Object.keys(italian(before)));
      expect(full.errors.filter((line) => line.startsWith(`${SOURCE}:1:1: warning: what was published as \`${ID}\` in en, ja could not be carried over`) && line.endsWith('[pressroom:held-lost]'))).toHaveLength(1);
    }
  });
});

describe('a held release that cannot be carried over', () => {
  let project: Project;
  afterEach(() => project?.remove());

  const heldLost = (errors: string[]) => errors.filter((line) => line.includes('[pressroom:held-lost]'));

  it('is named with a warning when out/ was deleted', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    rmSync(join(project.root, SOURCE));
    rmSync(join(project.root, 'out'), { recursive: true });
    const result = await buildIn(project.root);
    const lost = heldLost(result.errors);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(new RegExp(`^${SOURCE}:1:1: warning: .*\`${ID}\`.*no longer in out/`));
    expect(Object.keys(underId(readTree(join(project.root, 'out'))))).toEqual([]);
    // And again by the next build, which trusts this one's manifest, now on the record that says it was published.
    const again = heldLost((await buildIn(project.root)).errors);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatch(new RegExp(`^\\.pressroom/published/${ID}\\.json: warning: \`${ID}\` was published`));
  });

  it('is named by its record when out/ and the build state are gone with its file, on every build until it is dropped', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    rmSync(join(project.root, SOURCE));
    rmSync(join(project.root, 'out'), { recursive: true });
    rmSync(join(project.root, '.out-state'), { recursive: true });
    for (let build = 0; build < 2; build++) {
      const result = await buildIn(project.root);
      expect(result.exitCode).toBe(0);
      const lost = heldLost(result.errors);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatch(new RegExp(`^\\.pressroom/published/${ID}\\.json: warning: \`${ID}\` was published, and no release builds it now`));
      expect(lost[0]).toContain('delete this file');
    }
    rmSync(join(project.root, `.pressroom/published/${ID}.json`));
    expect(heldLost((await buildIn(project.root)).errors)).toEqual([]);
  });

  it('is named when the previous manifest cannot be read, on every build until the file builds again', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    // What a pipeline with another manifest format left.
    const manifest = join(project.root, '.out-state/manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...(JSON.parse(readFileSync(manifest, 'utf8')) as object), format: 0 }));
    for (let build = 0; build < 2; build++) {
      const lost = heldLost((await buildIn(project.root)).errors);
      expect(lost).toHaveLength(1);
      expect(lost[0]).toMatch(new RegExp(`^${SOURCE}:1:1: warning: what was published as \`${ID}\` could not be carried over`));
    }
    project.write(SOURCE, source);
    const fixed = await buildIn(project.root);
    expect(fixed.exitCode).toBe(0);
    expect(heldLost(fixed.errors)).toEqual([]);
  });

  it('is named with a warning, and not carried, when its files in out/ were altered', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    project.write('package.json', JSON.stringify({ pressroom: { baseUrl: 'https://press.example.org/' } }));
    const ninjs = join(project.root, `out/en/${ID}/ninjs.json`);
    const item = JSON.parse(readFileSync(ninjs, 'utf8')) as { headlines: { value: string }[] };
    item.headlines[0]!.value = 'Not what agencies were handed';
    writeFileSync(ninjs, `${JSON.stringify(item, null, 2)}\n`);
    const result = await buildIn(project.root);
    const lost = heldLost(result.errors);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toContain(`en/${ID}/ninjs.json`);
    const after = readTree(join(project.root, 'out'));
    expect(Object.keys(underId(after))).toEqual([]);
    expect(text(after, 'en/index.html')).not.toContain(`href="${ID}/"`);
  });

  it('never follows a link put in out/ in place of its folder', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    project.write('package.json', JSON.stringify({ pressroom: { baseUrl: 'https://press.example.org/' } }));
    // A folder elsewhere, with files of the same names: nothing of it may be published.
    const elsewhere = mkdtempSync(join(tmpdir(), 'pressroom-elsewhere-'));
    try {
      const folder = join(project.root, `out/ja/${ID}`);
      for (const name of ['index.html', 'ninjs.json', 'quotes.json', 'wire.txt']) writeFileSync(join(elsewhere, name), readFileSync(join(folder, name)).toString().replace(/<\/body>/, '<p>secret</p></body>') + 'secret');
      rmSync(folder, { recursive: true });
      symlinkSync(elsewhere, folder);
      const result = await buildIn(project.root);
      expect(heldLost(result.errors)).toHaveLength(1);
      const after = readTree(join(project.root, 'out'));
      expect(Object.values(after).some((bytes) => Buffer.from(bytes, 'base64').toString().includes('secret'))).toBe(false);
      expect(Object.keys(underId(after))).toEqual([]);
      expect(readdirNames(elsewhere)).toEqual(['index.html', 'ninjs.json', 'quotes.json', 'wire.txt']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

function readdirNames(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.keys(readTree(dir));
}
