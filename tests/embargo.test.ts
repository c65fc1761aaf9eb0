import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIn, buildProject } from './helpers/build.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { filesContaining, readTree } from './helpers/tree.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';

const ID = 'regione-piemonte-bando-innovazione-pmi';
const LANGUAGES = ['it', 'en', 'ja'];
const SCHEDULED = 'politecnico-torino-robotica-ospedale';
// The call's name, in the subheadline of every language: found anywhere public, the release leaked.
const CALL_NAME = 'Piemonte Digitale Impresa';

describe('embargo: the bundled release with embargo 2025-10-14T12:00:00+02:00', () => {
  let project: Project;
  beforeAll(() => {
    project = makeProject({ withBundled: true });
    expect(readFileSync(join(project.root, 'releases', `${ID}.md`), 'utf8')).toContain('embargo: 2025-10-14T12:00:00+02:00');
  });
  afterAll(() => project.remove());

  it('at 11:59 appears nowhere in out/, and its wire text and ninjs wait in the private tree beside it', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T11:59:00+02:00'), out: 'before' });
    expect(result.exitCode, result.stderr).toBe(0);
    // The Politecnico release, dated 6 November, is a scheduled publication at this clock: held back too.
    for (const language of LANGUAGES) expect(result.stdout).toContain(`${language}: 1 published, 1 embargoed (${ID}), 1 scheduled (${SCHEDULED})`);
    const out = join(project.root, 'before');
    const publicFiles = Object.keys(readTree(out));
    expect(publicFiles.length).toBeGreaterThan(10);
    // out/ is public: no copy for agencies, no build record, no file naming the release or its words.
    expect(publicFiles.filter((path) => path.startsWith('embargoed/') || path.startsWith('.pressroom/'))).toEqual([]);
    expect([...filesContaining(out, ID), ...filesContaining(out, CALL_NAME)]).toEqual([]);
    const agencies = join(project.root, 'before-private');
    expect(filesContaining(agencies, CALL_NAME)).toHaveLength(6);
    for (const language of LANGUAGES) {
      expect(existsSync(join(out, language, ID))).toBe(false);
      expect(readFileSync(join(out, language, 'index.html'), 'utf8')).not.toContain(ID);
      const wire = readFileSync(join(agencies, language, ID, 'wire.txt'), 'utf8');
      expect(wire.split('\n')[0]).toMatch(/EMBARGO|報道解禁/);
      const ninjs = JSON.parse(readFileSync(join(agencies, language, ID, 'ninjs.json'), 'utf8')) as Record<string, unknown>;
      expect(ninjs.embargoedUntil).toBe('2025-10-14T12:00:00+02:00');
      expect(ninjs.language).toBe(language);
    }
  });

  it('puts the private tree where --private or package.json pressroom.privateDir says, never inside out/', async () => {
    const flag = await buildIn(project.root, { now: new Date('2025-10-14T11:59:00+02:00'), out: 'flagged', private: 'agencies' });
    expect(flag.exitCode, flag.stderr).toBe(0);
    expect(existsSync(join(project.root, 'agencies', 'ja', ID, 'wire.txt'))).toBe(true);
    project.write('package.json', JSON.stringify({ pressroom: { privateDir: 'for-agencies' } }));
    const configured = await buildIn(project.root, { now: new Date('2025-10-14T11:59:00+02:00'), out: 'configured' });
    expect(configured.exitCode, configured.stderr).toBe(0);
    expect(existsSync(join(project.root, 'for-agencies', 'en', ID, 'ninjs.json'))).toBe(true);
    const inside = await buildIn(project.root, { now: new Date('2025-10-14T11:59:00+02:00'), out: 'configured', private: 'configured/agencies' });
    expect(inside.exitCode).toBe(2);
    expect(inside.stderr).toMatch(/^pressroom: error: --out configured cannot be the output directory, because it overlaps the private tree .*configured\/agencies; .* nothing was touched \[pressroom:out-place\]\n$/);
    rmSync(join(project.root, 'package.json'));
  });

  it('at 12:00 is published everywhere, and nothing is left under embargo', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T12:00:00+02:00'), out: 'after' });
    expect(result.exitCode, result.stderr).toBe(0);
    for (const language of LANGUAGES) expect(result.stdout).toContain(`${language}: 2 published, 1 scheduled (${SCHEDULED})\n`);
    const out = join(project.root, 'after');
    // Only the scheduled Politecnico release still waits for agencies, in the private tree.
    expect(Object.keys(readTree(join(project.root, 'after-private'))).filter((path) => !path.includes(SCHEDULED))).toEqual([]);
    for (const language of LANGUAGES) {
      for (const file of ['index.html', 'wire.txt', 'ninjs.json']) expect(existsSync(join(out, language, ID, file)), `${language}/${file}`).toBe(true);
      expect(readFileSync(join(out, language, 'index.html'), 'utf8')).toContain(`href="${ID}/"`);
      expect(readFileSync(join(out, language, 'feed.xml'), 'utf8')).toContain(`/${language}/${ID}/`);
      expect(readFileSync(join(out, language, 'feed.json'), 'utf8')).toContain(`/${language}/${ID}/`);
      expect(readFileSync(join(out, language, ID, 'wire.txt'), 'utf8')).not.toMatch(/EMBARGO|報道解禁/);
    }
  });

  it('says it was published when its embargo lifted (12:00), not at its date (10:00), wherever a publication time is given', async () => {
    await buildIn(project.root, { now: new Date('2025-10-14T12:00:00+02:00'), out: 'after' });
    const out = join(project.root, 'after');
    for (const language of LANGUAGES) {
      const page = readFileSync(join(out, language, ID, 'index.html'), 'utf8');
      expect(page).toContain('<meta property="article:published_time" content="2025-10-14T12:00:00+02:00">');
      expect(page).toContain('"datePublished":"2025-10-14T12:00:00+02:00"');
      expect(page).toContain('<time datetime="2025-10-14T12:00:00+02:00">');
      expect(readFileSync(join(out, language, 'feed.xml'), 'utf8')).toContain('<published>2025-10-14T10:00:00.000Z</published>');
      const feed = JSON.parse(readFileSync(join(out, language, 'feed.json'), 'utf8')) as { items: { id: string; date_published: string }[] };
      expect(feed.items.find((item) => item.id.endsWith(`/${ID}/`))?.date_published).toBe('2025-10-14T10:00:00.000Z');
    }
  });

  it('at 10:00 UTC, the same instant written in another zone, is published too', async () => {
    const result = await buildIn(project.root, { now: new Date('2025-10-14T10:00:00Z'), out: 'utc', languages: ['it'] });
    expect(result.stdout).toContain(`it: 2 published, 1 scheduled (${SCHEDULED})\n`);
  });
});

describe('embargo: the instant itself', () => {
  it('keeps a release back one millisecond before its embargo and publishes it at the instant', async () => {
    const before = await buildProject(await fixtureInput({ now: new Date(Date.parse('2025-10-14T12:00:00+02:00') - 1) }));
    const at = await buildProject(await fixtureInput({ now: new Date('2025-10-14T12:00:00+02:00') }));
    for (const language of LANGUAGES) {
      expect(before.files.has(`${language}/${FIXTURE_ID}/index.html`)).toBe(false);
      expect(before.privateFiles.has(`${language}/${FIXTURE_ID}/ninjs.json`)).toBe(true);
      expect(at.files.has(`${language}/${FIXTURE_ID}/index.html`)).toBe(true);
      expect(at.privateFiles.has(`${language}/${FIXTURE_ID}/ninjs.json`)).toBe(false);
    }
    expect([...before.files.keys()].filter((path) => path.includes(FIXTURE_ID) || before.files.get(path)!.includes(FIXTURE_ID))).toEqual([]);
  });
});
