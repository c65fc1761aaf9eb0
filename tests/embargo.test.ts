import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, buildProject } from './helpers/build.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { filesContaining, readTree } from './helpers/tree.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';

const ID = 'regione-piemonte-bando-innovazione-pmi';
const LANGUAGES = ['it', 'en', 'ja'];
// The call's name, in the subheadline of every language: found anywhere public, the release leaked.
const CALL_NAME = 'Piemonte Digitale Impresa';

describe('embargo: the bundled release with embargo 2025-10-14T12:00:00+02:00', () => {
  let project: Project;
  beforeAll(() => {
    project = makeProject({ withBundled: true });
    expect(readFileSync(join(project.root, 'releases', `${ID}.md`), 'utf8')).toContain('embargo: 2025-10-14T12:00:00+02:00');
  });
  afterAll(() => project.remove());

  it('at 11:59 appears in no page, index or feed, and its wire text and ninjs wait in out/embargoed/', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T11:59:00+02:00'), out: 'before' });
    expect(result.exitCode, result.stderr).toBe(0);
    for (const language of LANGUAGES) expect(result.stdout).toContain(`${language}: 2 published, 1 embargoed (${ID})`);
    const out = join(project.root, 'before');
    expect(filesContaining(join(out, 'embargoed'), CALL_NAME)).toHaveLength(6);
    const publicFiles = Object.keys(readTree(out)).filter((path) => !path.startsWith('embargoed/'));
    expect(publicFiles.length).toBeGreaterThan(10);
    expect(publicFiles.filter((path) => path.includes(ID))).toEqual([]);
    const mentions = [...filesContaining(out, ID), ...filesContaining(out, CALL_NAME)].filter((path) => !path.startsWith('embargoed/'));
    expect(mentions).toEqual([]);
    for (const language of LANGUAGES) {
      expect(existsSync(join(out, language, ID))).toBe(false);
      expect(readFileSync(join(out, language, 'index.html'), 'utf8')).not.toContain(ID);
      const wire = readFileSync(join(out, 'embargoed', language, ID, 'wire.txt'), 'utf8');
      expect(wire.split('\n')[0]).toMatch(/EMBARGO|報道解禁/);
      const ninjs = JSON.parse(readFileSync(join(out, 'embargoed', language, ID, 'ninjs.json'), 'utf8')) as Record<string, unknown>;
      expect(ninjs.embargoedUntil).toBe('2025-10-14T12:00:00+02:00');
      expect(ninjs.language).toBe(language);
    }
  });

  it('at 12:00 is published everywhere, and nothing is left under embargo', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T12:00:00+02:00'), out: 'after' });
    expect(result.exitCode, result.stderr).toBe(0);
    for (const language of LANGUAGES) expect(result.stdout).toContain(`${language}: 3 published\n`);
    const out = join(project.root, 'after');
    expect(existsSync(join(out, 'embargoed'))).toBe(false);
    for (const language of LANGUAGES) {
      for (const file of ['index.html', 'wire.txt', 'ninjs.json']) expect(existsSync(join(out, language, ID, file)), `${language}/${file}`).toBe(true);
      expect(readFileSync(join(out, language, 'index.html'), 'utf8')).toContain(`href="${ID}/"`);
      expect(readFileSync(join(out, language, 'feed.xml'), 'utf8')).toContain(`/${language}/${ID}/`);
      expect(readFileSync(join(out, language, 'feed.json'), 'utf8')).toContain(`/${language}/${ID}/`);
      expect(readFileSync(join(out, language, ID, 'wire.txt'), 'utf8')).not.toMatch(/EMBARGO|報道解禁/);
    }
  });

  it('at 10:00 UTC, the same instant written in another zone, is published too', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T10:00:00Z'), out: 'utc', languages: ['it'] });
    expect(result.stdout).toContain('it: 3 published\n');
  });
});

describe('embargo: the instant itself', () => {
  it('keeps a release back one millisecond before its embargo and publishes it at the instant', async () => {
    const before = await buildProject(await fixtureInput({ now: new Date(Date.parse('2025-10-14T12:00:00+02:00') - 1) }));
    const at = await buildProject(await fixtureInput({ now: new Date('2025-10-14T12:00:00+02:00') }));
    for (const language of LANGUAGES) {
      expect(before.files.has(`${language}/${FIXTURE_ID}/index.html`)).toBe(false);
      expect(before.files.has(`embargoed/${language}/${FIXTURE_ID}/ninjs.json`)).toBe(true);
      expect(at.files.has(`${language}/${FIXTURE_ID}/index.html`)).toBe(true);
      expect(at.files.has(`embargoed/${language}/${FIXTURE_ID}/ninjs.json`)).toBe(false);
    }
    expect([...before.files.keys()].filter((path) => !path.startsWith('embargoed/') && before.files.get(path)!.includes(FIXTURE_ID))).toEqual([]);
  });
});
