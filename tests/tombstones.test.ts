// What an agency that already filed a version is told when that version stops being publishable: the language's
// page, wire text, ninjs and feed entry never just vanish. A withdrawn release whose note nobody translated yet is
// canceled in the language it was published in, the note shown in Italian and labelled; a translation that is no
// longer current (the Italian changed, a machine segment, a check error) is withheld, its unreviewed text never
// published. A language never published stays absent.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildIn } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { ROBOTS } from './helpers/fixture.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';

const REASON = 'La consegna è rinviata al 2026.';
const WITHDRAWN = ROBOTS.replace('dateline:', `updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: ${REASON}\ndateline:`);
const FIRST = new Date('2025-12-01T00:00:00Z');
const LATER = new Date('2025-12-05T08:00:00Z');
const LATEST = new Date('2025-12-09T08:00:00Z');

let project: Project;
beforeEach(() => {
  project = makeProject();
  project.write('releases/robot.md', ROBOTS);
});
afterEach(() => project.remove());

const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
const exists = (path: string) => existsSync(join(project.root, path));
const ninjs = (language: string) => JSON.parse(read(`out/${language}/robot/ninjs.json`)) as Record<string, unknown>;
const feedItem = (language: string) => parseFeed(read(`out/${language}/feed.xml`)).items.find((item) => item.url?.endsWith('/robot/'));

/** Memories of `source` in `languages`, every segment reviewed, targets made from the Italian. */
function memories(source = ROBOTS, languages: ('en' | 'ja')[] = ['en', 'ja'], skip: (source: string) => boolean = () => false): void {
  const [parsed] = loadReleases([{ path: 'releases/robot.md', text: source }]).releases;
  for (const language of languages) {
    const memory = memoryFor(parsed!, language, (html) => `[${language}] ${html}`);
    for (const [key, entry] of Object.entries(memory.segments)) if (skip(entry.source)) delete memory.segments[key];
    project.write(`locales/${language}/releases/robot.json`, memoryJson(memory));
  }
}

function editMemory(language: 'en' | 'ja', change: (entry: Record<string, unknown>) => void): void {
  const path = `locales/${language}/releases/robot.json`;
  const memory = JSON.parse(read(path)) as { segments: Record<string, Record<string, unknown>> };
  for (const entry of Object.values(memory.segments)) change(entry);
  project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
}

describe('tombstones: a withdrawn release whose note is not yet translated', () => {
  it('cancels the version agencies filed, with a new version, the note in Italian and labelled, the page a notice, the feed entry updated', async () => {
    memories();
    expect((await buildIn(project.root, { now: FIRST })).exitCode).toBe(0);
    const filed = ninjs('en');
    expect(filed).toMatchObject({ pubStatus: 'usable', version: '1' });

    // The release is withdrawn in Italian; the memories have no translation of the reason yet.
    project.write('releases/robot.md', WITHDRAWN);
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    // Whoever runs the build learns what agencies were told.
    expect(result.stdout).toMatch(/^en: 0 published, 1 skipped \(robot\), 1 notice to agencies \(robot: withdrawn\)$/m);
    const item = ninjs('en');
    expect(ninjsErrors(item)).toEqual([]);
    expect(item).toMatchObject({ uri: filed.uri, pubStatus: 'canceled', version: '2', versionCreated: '2025-11-20T10:00:00+01:00', firstCreated: filed.firstCreated });
    expect(item.headlines).toEqual(filed.headlines);
    expect(item.edNote).toBe(`WITHDRAWN ON 20 NOVEMBER 2025: ${REASON} (in Italian)`);
    // No text of the withdrawn release is handed out again.
    expect(JSON.stringify(item.bodies)).not.toContain('[en]');
    expect(JSON.stringify(item.bodies)).toContain(REASON);

    const page = read('out/en/robot/index.html');
    expect(page).toMatch(/<title>\[Withdrawn\] \[en\] Ospedali, 40 robot per la logistica – Press room<\/title>/);
    expect(page).toContain(`<span lang="it">${REASON}</span>`);
    expect(page).toContain('href="../../it/robot/"');
    expect(page).not.toContain('consegna 40 robot');

    const wire = read('out/en/robot/wire.txt');
    expect(wire.replace(/\s+/g, ' ')).toContain(`WITHDRAWN ON 20 NOVEMBER 2025: ${REASON} (in Italian)`);
    expect(wire).not.toContain('consegna 40 robot');
    expect(wire.trimEnd().endsWith('###')).toBe(true);
    expect(JSON.parse(read('out/en/robot/quotes.json'))).toMatchObject({ withdrawn: { date: '2025-11-20T10:00:00+01:00', reason: REASON }, quotes: [] });

    const entry = feedItem('en')!;
    expect(entry.title).toBe('[Withdrawn] [en] Ospedali, 40 robot per la logistica');
    expect(entry.updated?.toISOString()).toBe('2025-11-20T09:00:00.000Z');
    expect(read('out/en/index.html')).toContain('[Withdrawn]');
    // The Italian, which has its note, is the ordinary withdrawn release.
    expect(ninjs('it')).toMatchObject({ pubStatus: 'canceled', edNote: `COMUNICATO RITIRATO IL 20 NOVEMBRE 2025: ${REASON}` });
  });

  it('uses the reviewed translation of the note when there is one, even if the rest is stale', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    const edited = WITHDRAWN.replace('40 robot agli', '42 robot agli');
    // The note translated and reviewed; the edited paragraph not.
    const [parsed] = loadReleases([{ path: 'releases/robot.md', text: edited }]).releases;
    const memory = JSON.parse(read('locales/en/releases/robot.json')) as { segments: Record<string, unknown> };
    const note = parsed!.segments.find((segment) => segment.source === REASON)!;
    memory.segments[note.key] = { source: REASON, target: 'Delivery is postponed to 2026.', state: 'reviewed', engine: 'human', updated: '2025-11-20T11:00:00+01:00' };
    project.write('locales/en/releases/robot.json', `${JSON.stringify(memory, null, 2)}\n`);
    project.write('releases/robot.md', edited);
    await buildIn(project.root, { now: LATER });
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled', edNote: 'WITHDRAWN ON 20 NOVEMBER 2025: Delivery is postponed to 2026.' });
    expect(read('out/en/robot/index.html')).not.toContain('<span lang="it">');
  });
});

describe('tombstones: a published translation that is no longer current', () => {
  // Whether Japanese stays current: an edit of the Italian makes it stale too.
  const ways: [string, () => void, boolean][] = [
    ['the Italian changed under it (stale)', () => project.write('releases/robot.md', ROBOTS.replace('40 robot agli', '42 robot agli')), false],
    ['a segment went back to machine translation', () => editMemory('en', (entry) => (entry.state = 'machine')), true],
    ['a check error (a number lost)', () => editMemory('en', (entry) => (entry.target = String(entry.target).replace('40', 'quaranta'))), true],
  ];
  it.each(ways)('is withheld, never published unreviewed, when %s; agencies get a new version saying so', async (_way, change, japaneseCurrent) => {
    memories();
    await buildIn(project.root, { now: FIRST });
    const filed = ninjs('en');
    change();
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^en: 0 published, 1 (withheld|skipped) \(.*robot\), 1 notice to agencies \(robot: being updated\)$/m);
    const item = ninjs('en');
    expect(ninjsErrors(item)).toEqual([]);
    expect(item).toMatchObject({ uri: filed.uri, pubStatus: 'withheld', version: '2', versionCreated: '2025-12-05T08:00:00Z', headlines: filed.headlines });
    expect(item.edNote).toMatch(/^The English version of this release is being updated after a change to the Italian original: do not use the earlier English version\b.*https:\/\/pressroom\.example\/it\/robot\/$/);
    expect(JSON.stringify(item.bodies)).not.toContain('[en]');
    const page = read('out/en/robot/index.html');
    expect(page).toMatch(/<title>\[Being updated\] \[en\] Ospedali, 40 robot per la logistica – Press room<\/title>/);
    expect(page).toContain('href="../../it/robot/"');
    expect(page).not.toMatch(/consegna 4\d robot|quaranta/);
    // Its own class: an ingest that looks for the machine-translation label must not find one on a notice.
    expect(page).toContain('<p class="withheld" role="note">');
    expect(page).not.toContain('class="machine"');
    expect(JSON.stringify(item.bodies)).not.toContain('class=\\"machine\\"');
    expect(read('out/en/robot/wire.txt')).toMatch(/^WITHHELD - TRANSLATION BEING UPDATED$/m);
    expect(JSON.parse(read('out/en/robot/quotes.json'))).toMatchObject({ withheld: true, quotes: [] });
    expect(feedItem('en')!.title).toBe('[Being updated] [en] Ospedali, 40 robot per la logistica');
    expect(feedItem('en')!.updated?.toISOString()).toBe('2025-12-05T08:00:00.000Z');
    // Japanese, where still current, is untouched.
    expect(ninjs('ja')).toMatchObject(japaneseCurrent ? { pubStatus: 'usable', version: '1' } : { pubStatus: 'withheld', version: '2' });
  });

  it('keeps the same version and bytes on later builds, and publishes the next reviewed text as a new version', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    const edited = ROBOTS.replace('40 robot agli', '42 robot agli');
    project.write('releases/robot.md', edited);
    await buildIn(project.root, { now: LATER });
    const withheld = read('out/en/robot/ninjs.json');
    // A build from scratch, later, tells agencies the same thing.
    for (const dir of ['out', 'out-private', '.out-state']) rmSync(join(project.root, dir), { recursive: true, force: true });
    await buildIn(project.root, { now: LATEST });
    expect(read('out/en/robot/ninjs.json')).toBe(withheld);

    memories(edited, ['en']);
    editMemory('en', (entry) => (entry.updated = '2025-12-08T10:00:00+01:00'));
    await buildIn(project.root, { now: LATEST });
    expect(ninjs('en')).toMatchObject({ pubStatus: 'usable', version: '3', versionCreated: '2025-12-08T10:00:00+01:00' });
    expect(read('out/en/robot/wire.txt')).toContain('42 robot');
  });
});

describe('tombstones: what was published, known from out/ when the record is gone', () => {
  it('takes the versions in out/ as what agencies filed (a project built before the record existed)', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    rmSync(join(project.root, '.pressroom/published'), { recursive: true });
    project.write('releases/robot.md', ROBOTS.replace('40 robot agli', '42 robot agli'));
    await buildIn(project.root, { now: LATER });
    expect(ninjs('en')).toMatchObject({ pubStatus: 'withheld', version: '2' });
    // The Italian, whose text changed, is a new version too.
    expect(ninjs('it')).toMatchObject({ pubStatus: 'usable', version: '2' });
  });

  it('never writes the record through a link leading out of the project', async () => {
    memories();
    const elsewhere = mkdtempSync(join(tmpdir(), 'pressroom-elsewhere-'));
    try {
      symlinkSync(elsewhere, join(project.root, '.pressroom'));
      const result = await buildIn(project.root, { now: FIRST });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toMatch(/^releases\/robot\.md:1:1: warning: what was published of this release could not be recorded \(.*outside the project.*\[pressroom:publication-record\]$/m);
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(ninjs('en')).toMatchObject({ pubStatus: 'usable', version: '1' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('says so for each release refused, naming its own record, on every thread', async () => {
    memories();
    for (let index = 0; index < 20; index++) project.write(`releases/altro-${index}.md`, ROBOTS.replace('title:', `title: Altro ${index} —`));
    const elsewhere = mkdtempSync(join(tmpdir(), 'pressroom-elsewhere-'));
    try {
      symlinkSync(elsewhere, join(project.root, '.pressroom'));
      const result = await buildIn(project.root, { now: FIRST, jobs: 2, languages: ['it'] });
      for (const id of ['robot', ...Array.from({ length: 20 }, (_, index) => `altro-${index}`)]) {
        expect(result.stderr).toContain(`releases/${id}.md:1:1: warning: what was published of this release could not be recorded (.pressroom/published/${id}.json: `);
      }
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('but not from a preview, which publishes nothing and records nothing', async () => {
    memories();
    await buildIn(project.root, { now: FIRST, session: {} });
    expect(exists('.pressroom/published/robot.json')).toBe(false);
  });
});

describe('tombstones: only for what was published', () => {
  it('leaves a language that was never published absent', async () => {
    memories(ROBOTS, ['en']);
    await buildIn(project.root, { now: FIRST });
    expect(exists('out/ja/robot/ninjs.json')).toBe(false);
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    expect(exists('out/ja/robot/ninjs.json')).toBe(false);
    expect(exists('out/ja/robot/index.html')).toBe(false);
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled' });
  });

  it('leaves absent a translation that was incomplete while the release was public', async () => {
    memories(ROBOTS, ['en'], (source) => source.startsWith('Il Politecnico'));
    await buildIn(project.root, { now: FIRST });
    expect(exists('out/en/robot/index.html')).toBe(false);
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    expect(exists('out/en/robot/index.html')).toBe(false);
  });
});
