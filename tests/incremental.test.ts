import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.ts';
import { makeProject, release, BUNDLED, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';
import type { BuildSession } from '../pipeline/publish/session.ts';
import { listTrees } from '../pipeline/publish/trees.ts';
import { outputPlaces } from '../pipeline/publish/out-place.ts';
import { PUBLISHED_DIR } from '../pipeline/publish/publication-record.ts';

// Before the bundled embargo (2025-10-14T12:00:00+02:00) lifts, and after.
const EARLY = new Date('2025-10-14T09:00:00Z');
const LATE = new Date('2026-01-01T00:00:00Z');
const ROBOTS = 'releases/politecnico-torino-robotica-ospedale.md';

const placesOf = (root: string) => {
  const placed = outputPlaces(root, 'out');
  if ('problem' in placed) throw new Error(placed.problem);
  return placed.places;
};

describe('incremental build: a rebuild gives the bytes a cold build gives', () => {
  let project: Project;
  afterEach(() => project?.remove());

  // The same project twice, rebuilt in the two ways a rebuild goes: its trees swapped in whole, or (with a session,
  // as pressroom dev) changed in place and known from memory instead of listed. Each edit is made to both, and both
  // rebuilds must equal one cold build of the inputs they share. A build with a session writes no publication record
  // (a preview publishes nothing), so after each step the session's project is given the records the cold build
  // left: what a build of its own would have written.
  it('after each of a sequence of edits, out/ equals a cold build of the same inputs (swapped in whole, and changed in place with a session)', async () => {
    const modes = ['swapped in whole', 'changed in place, with a session'].map((mode, index) => {
      const one = makeProject({ withBundled: true });
      onTestFinished(() => one.remove());
      // 17 releases: enough that the first build renders on worker threads. Short ones: the edits are made to the
      // bundled releases, and each step builds every release of the cold tree again.
      generateCorpus(one.root, BUNDLED, { releases: 14, seed: 7, paragraphs: 3 });
      return { mode, project: one, session: index === 1 ? ({} as BuildSession) : undefined };
    });
    const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
    const edits: [string, Date, () => void][] = [
      ['nothing changed', EARLY, () => {}],
      ['a paragraph edited', EARLY, () => project.write(ROBOTS, read(ROBOTS).replace('Quattro robot mobili autonomi', 'Cinque robot mobili autonomi'))],
      ['a memory target edited', EARLY, () => {
        const path = 'locales/en/releases/torino-piemonte-giappone-scienze-vita.json';
        const memory = JSON.parse(read(path)) as { segments: Record<string, { target: string }> };
        const first = Object.values(memory.segments)[0]!;
        first.target = `${first.target} (revised)`;
        project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
      }],
      ['a release added', EARLY, () => project.write('releases/nuovo-bando.md', release('title: Nuovo bando\ndate: 2025-10-20T10:00:00+02:00', 'Un bando per le imprese.'))],
      // Dropped on purpose: the file and the record of what agencies were handed (the file alone is held).
      ['a release removed', EARLY, () => ['releases/comunicato-00003.md', '.pressroom/published/comunicato-00003.json'].forEach((path) => rmSync(join(project.root, path)))],
      ['ui.json changed', EARLY, () => project.write('locales/it/ui.json', read('locales/it/ui.json').replace('"Sala stampa"', '"Ufficio stampa"'))],
      ['an embargo passed', LATE, () => {}],
    ];
    // Sources older than the builds, as in a real project, so rebuilds know unchanged files by their stamps;
    // each edit's files get an old time of their own, so only their stamps tell them apart.
    const old = Date.now() / 1000 - 3600;
    const age = (step: number) => {
      for (const dir of ['releases', 'locales/en/releases', 'locales/ja/releases', 'locales/it']) {
        for (const name of readdirSync(join(project.root, dir))) {
          const file = join(project.root, dir, name);
          if (statSync(file).mtimeMs / 1000 > old + 600) utimesSync(file, old + step, old + step);
        }
      }
    };
    for (const { project: one, session } of modes) {
      project = one;
      age(0);
      const first = await buildIn(project.root, { now: EARLY, jobs: 2, session });
      expect(first.exitCode, first.stderr).toBe(0);
    }
    for (const [step, [edit, now, apply]] of edits.entries()) {
      const rebuilt = [];
      for (const { mode, project: one, session } of modes) {
        project = one;
        apply();
        age(step + 1);
        const incremental = await buildIn(project.root, { now, jobs: 2, session });
        await session?.persisting;
        if (session) expect(session.files, `${edit}: what the session knows the trees hold`).toEqual(listTrees(placesOf(project.root)));
        rebuilt.push({ mode, root: project.root, incremental });
      }
      // Truly cold: no previous tree, and no spare to recycle.
      const coldRoot = modes[0]!.project.root;
      for (const dir of ['cold', '.cold-spare', 'cold-private', '.cold-private-spare', '.cold-state', '.cold-state-spare']) rmSync(join(coldRoot, dir), { recursive: true, force: true });
      const cold = await buildIn(coldRoot, { now, jobs: 1, out: 'cold' });
      expect(cold.exitCode, `${edit}: ${cold.stderr}`).toBe(0);
      const coldTree = readTree(join(coldRoot, 'cold'));
      const coldPrivate = readTree(join(coldRoot, 'cold-private'));
      const records = join(modes[1]!.project.root, PUBLISHED_DIR);
      rmSync(records, { recursive: true, force: true });
      cpSync(join(coldRoot, PUBLISHED_DIR), records, { recursive: true });
      for (const { mode, root, incremental } of rebuilt) {
        const label = `${edit} (${mode})`;
        expect(incremental.exitCode, `${label}: ${incremental.stderr}`).toBe(0);
        expect(incremental.stderr, label).toBe(cold.stderr);
        expect(readTree(join(root, 'out')), label).toEqual(coldTree);
        expect(readTree(join(root, 'out-private')), `${label}: the private tree`).toEqual(coldPrivate);
        if (edit !== 'ui.json changed') expect(incremental.stdout, `${label} keeps unchanged files`).toMatch(/\(\d+ unchanged\)\n$/);
      }
    }
  }, 240_000);

  it('writes nothing when nothing changed, and only the edited release and the indexes after one edit', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root, { now: LATE })).exitCode).toBe(0);
    const again = await buildIn(project.root, { now: LATE });
    expect(again.stdout).toMatch(/\nwrote 0 files to out \(\d+ unchanged\)\n$/);
    project.write(ROBOTS, readFileSync(join(project.root, ROBOTS), 'utf8').replace('Quattro robot mobili autonomi', 'Cinque robot mobili autonomi'));
    const edited = await buildIn(project.root, { now: LATE, timings: true });
    const timings = JSON.parse(/^pressroom-timings (.*)$/m.exec(edited.stderr)![1]!) as { releasesRendered: number; filesWritten: number };
    // The Italian page, wire, ninjs and quotes (a new version: its text changed), and en and ja, now stale, each a
    // notice in place of the version agencies filed (page, wire, ninjs, quotes) …
    expect(timings.releasesRendered).toBe(1);
    // … and what lists it differently: the three indexes, sitemaps and November archive pages (its new version's
    // date; en and ja mark it as being updated) and the 6 feeds (its entry); not the chooser, the sitemap index,
    // robots.txt, nor any other archive page.
    expect(timings.filesWritten).toBe(12 + 3 + 3 + 3 + 6);
  });
});

describe('incremental build: a rebuild with nothing to render parses no settings', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('prints the glossary\'s problems as the build that parsed it did, and exits the same way', async () => {
    project = makeProject({ withBundled: true });
    project.write('locales/glossary.yaml', readFileSync(new URL('./fixtures/bad/glossary-empty-term/locales/glossary.yaml', import.meta.url), 'utf8'));
    const first = await buildIn(project.root, { now: LATE });
    expect(first.stderr).toMatch(/^locales\/glossary\.yaml:3:5: error: .*\[pressroom:glossary-empty\]$/m);
    const again = await buildIn(project.root, { now: LATE });
    expect(again.stdout).toMatch(/\nwrote 0 files to out \(\d+ unchanged\)\n$/);
    expect(again.stderr).toBe(first.stderr);
    expect(again.exitCode).toBe(first.exitCode);
  });
});

describe('incremental build: the tree a swap retires becomes the staging tree of the next build', () => {
  let project: Project;
  afterEach(() => project?.remove());
  const edit = (path: string, from: string, to: string) => project.write(path, readFileSync(join(project.root, path), 'utf8').replace(from, to));
  const TORINO = 'releases/torino-piemonte-giappone-scienze-vita.md';

  // One project for both: the third build recycles the first's tree, which holds the Torino files shared with the
  // live tree, and the file left by hand.
  it('replaces the files it changes instead of writing into them (they are shared with the live tree), and carries no file someone left in out/ into a later tree', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root, { now: LATE })).exitCode).toBe(0);
    project.write('out/it/stray.html', 'left by hand');
    edit(ROBOTS, 'Quattro robot mobili autonomi', 'Cinque robot mobili autonomi');
    expect((await buildIn(project.root, { now: LATE })).exitCode).toBe(0);
    const live = readTree(join(project.root, 'out'));
    // This build recycles the first build's tree, whose Torino files are hard links shared with the live tree.
    edit(TORINO, 'Torino', 'Torino città');
    const third = await buildIn(project.root, { now: LATE });
    expect(third.exitCode, third.stderr).toBe(0);
    expect(readTree(join(project.root, '.out-spare'))).toEqual(live);
    expect(readFileSync(join(project.root, 'out/it/torino-piemonte-giappone-scienze-vita/wire.txt'), 'utf8')).toContain('TORINO CITTÀ');
    expect(existsSync(join(project.root, 'out/it/stray.html'))).toBe(false);
    rmSync(join(project.root, 'cold'), { recursive: true, force: true });
    expect((await buildIn(project.root, { now: LATE, out: 'cold' })).exitCode).toBe(0);
    expect(readTree(join(project.root, 'out'))).toEqual(readTree(join(project.root, 'cold')));
  });
});

describe('parallel rendering: the number of threads does not change the output', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('builds the same tree with --jobs 1 and --jobs 4', async () => {
    project = makeProject({ withBundled: true });
    generateCorpus(project.root, BUNDLED, { releases: 30, seed: 11, paragraphs: 3 });
    const one = await buildIn(project.root, { now: EARLY, jobs: 1, out: 'one', timings: true });
    const four = await buildIn(project.root, { now: EARLY, jobs: 4, out: 'four', timings: true });
    expect(one.exitCode, one.stderr).toBe(0);
    expect(four.exitCode, four.stderr).toBe(0);
    expect(four.stdout).toBe(one.stdout.replace(/ to one\n/, ' to four\n'));
    expect(four.stderr.replace(/^pressroom-timings.*$/m, '')).toBe(one.stderr.replace(/^pressroom-timings.*$/m, ''));
    expect(four.stderr).toMatch(/"jobs":4,/);
    expect(readTree(join(project.root, 'four'))).toEqual(readTree(join(project.root, 'one')));
  }, 120_000);
});
