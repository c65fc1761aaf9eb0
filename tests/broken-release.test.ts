// A published release whose file stops parsing (a slip in its front matter) keeps what it published, in every
// language and in the indexes, until the file builds again: an error in the input must not take pages away from
// the agencies that filed them. The error is still an error, and the other releases still build. A published
// release whose file is gone is held the same way, with a warning that says how to take it down.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ID = 'politecnico-torino-robotica-ospedale';
const SOURCE = `releases/${ID}.md`;
const OTHER = 'releases/regione-piemonte-bando-innovazione-pmi.md';

const underId = (tree: Record<string, string>, id = ID) => Object.fromEntries(Object.entries(tree).filter(([path]) => path.includes(`/${id}/`) || path.endsWith(`/${id}.json`)));
const text = (tree: Record<string, string>, path: string) => Buffer.from(tree[path]!, 'base64').toString();

describe('a published release that no longer parses', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it.each([
    ['front matter that is not YAML', (source: string) => source.replace(/^title: .*$/m, 'title: [unclosed')],
    ['a required field gone', (source: string) => source.replace(/^date: .*\n/m, '')],
  ])('keeps its pages, feeds and index entries through %s, says so, and publishes the fix', async (_, breakIt) => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const out = join(project.root, 'out');
    const before = readTree(out);
    expect(Object.keys(underId(before))).toContain(`en/${ID}/ninjs.json`);

    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, breakIt(source));
    project.write(OTHER, readFileSync(join(project.root, OTHER), 'utf8').replace('12 milioni', '13 milioni'));
    const broken = await buildIn(project.root);
    expect(broken.exitCode).toBe(1);
    expect(broken.errors.some((line) => line.startsWith(`${SOURCE}:`) && line.includes(': error: '))).toBe(true);
    expect(broken.errors.some((line) => line.startsWith(`${SOURCE}:1:1: warning: what was published as \`${ID}\` stays as it was`) && line.endsWith('[pressroom:held-release]'))).toBe(true);

    const after = readTree(out);
    expect(underId(after), 'its files, byte for byte, in every language').toEqual(underId(before));
    for (const language of ['it', 'en', 'ja']) {
      expect(text(after, `${language}/index.html`)).toContain(`href="${ID}/"`);
      expect(text(after, `${language}/feed.xml`)).toContain(`/${language}/${ID}/`);
    }
    expect(text(after, `it/regione-piemonte-bando-innovazione-pmi/wire.txt`), 'the other releases still build').toContain('13 milioni');

    // Held again by the next build, from what the last one recorded; then the fix publishes.
    expect((await buildIn(project.root)).exitCode).toBe(1);
    expect(underId(readTree(out))).toEqual(underId(before));
    project.write(SOURCE, source.replace('Quattro robot mobili autonomi', 'Cinque robot mobili autonomi'));
    expect((await buildIn(project.root)).exitCode).toBe(0);
    expect(text(readTree(out), `it/${ID}/wire.txt`)).toContain('Cinque robot');
  });

  it('is not held when another release has taken its id meanwhile', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, source.replace(/^title: .*$/m, 'title: [unclosed'));
    project.write('releases/robot-bis.md', source.replace('Quattro robot mobili autonomi', 'Sei robot mobili autonomi'));
    const result = await buildIn(project.root);
    expect(result.errors.some((line) => line.includes('[pressroom:held-release]'))).toBe(false);
    expect(text(readTree(join(project.root, 'out')), `it/${ID}/wire.txt`)).toContain('Sei robot');
  });
});

describe('a published release whose file is gone', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('keeps its pages, feeds and index entries, says how to take it down, and lets go once its record goes too', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const out = join(project.root, 'out');
    const before = readTree(out);
    rmSync(join(project.root, SOURCE));

    for (let build = 0; build < 2; build++) {
      const result = await buildIn(project.root);
      expect(result.exitCode, 'a warning, not an error: the other releases publish').toBe(0);
      const warning = result.errors.find((line) => line.startsWith(`${SOURCE}:1:1: warning: this file is gone`));
      expect(warning).toContain(`delete .pressroom/published/${ID}.json`);
      expect(warning).toContain('withdraw the release (`status: withdrawn`, with a `reason` and `updated`');
      expect(warning).toMatch(/\[pressroom:missing-release\]$/);
      const after = readTree(out);
      expect(underId(after), 'its files, byte for byte, in every language').toEqual(underId(before));
      for (const language of ['it', 'en', 'ja']) {
        expect(text(after, `${language}/index.html`)).toContain(`href="${ID}/"`);
        expect(text(after, `${language}/feed.xml`)).toContain(`/${language}/${ID}/`);
      }
    }

    rmSync(join(project.root, `.pressroom/published/${ID}.json`));
    const dropped = await buildIn(project.root);
    expect(dropped.exitCode).toBe(0);
    expect(dropped.errors.some((line) => line.includes('[pressroom:missing-release]'))).toBe(false);
    const after = readTree(out);
    expect(Object.keys(underId(after))).toEqual([]);
    expect(text(after, 'it/index.html')).not.toContain(`href="${ID}/"`);
  });

  it('is not held when the same release now builds from another file', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    rmSync(join(project.root, SOURCE));
    project.write('releases/robot-rinominato.md', source.replace('Quattro robot mobili autonomi', 'Sei robot mobili autonomi'));
    const result = await buildIn(project.root);
    expect(result.exitCode).toBe(0);
    expect(result.errors.some((line) => line.includes('[pressroom:missing-release]'))).toBe(false);
    expect(text(readTree(join(project.root, 'out')), `it/${ID}/wire.txt`)).toContain('Sei robot');
  });
});

describe('a published release given a later embargo or date', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it.each([
    ['embargo', (source: string) => source.replace(/^(date: .*)$/m, '$1\nembargo: 2099-01-01T09:00:00+01:00')],
    ['date', (source: string) => source.replace(/^date: .*$/m, 'date: 2099-01-01T09:00:00+01:00')],
  ])('stays published as it was and the %s is an error: a date cannot take back what agencies were handed', async (field, later) => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const out = join(project.root, 'out');
    const before = readTree(out);
    const source = readFileSync(join(project.root, SOURCE), 'utf8');
    project.write(SOURCE, later(source));

    const result = await buildIn(project.root);
    expect(result.exitCode).toBe(1);
    const error = result.errors.find((line) => line.includes('[pressroom:republished-later]'));
    expect(error).toMatch(new RegExp(`^${SOURCE}:\\d+:\\d+: error: this release was published \\(version 1`));
    expect(error).toContain(`\`${field}\``);
    expect(error).toContain('`status: withdrawn`, with a `reason` and `updated`');
    const after = readTree(out);
    expect(underId(after), 'its files, byte for byte, in every language').toEqual(underId(before));
    expect(text(after, 'it/index.html')).toContain(`href="${ID}/"`);
    expect(readTree(join(project.root, 'out-private'))[`it/${ID}/wire.txt`]).toBeUndefined();

    project.write(SOURCE, source);
    expect((await buildIn(project.root)).exitCode).toBe(0);
  });
});
