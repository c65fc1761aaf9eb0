import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ROBOTS = 'releases/politecnico-torino-robotica-ospedale.md';
const HOUR_AGO = (Date.now() - 3_600_000) / 1000;

/** Every release, picture and memory file of the project, as project paths. */
function sources(root: string): string[] {
  const list = (dir: string) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${dir}/${join(entry.parentPath, entry.name).slice(join(root, dir).length + 1)}`);
  return [...list('releases'), ...list('locales/en/releases'), ...list('locales/ja/releases')];
}

/** How many files a cold build reads: releases, memories and the pictures they list (the .svg a picture was drawn from is not one). */
const inputs = (root: string) => sources(root).filter((path) => !path.endsWith('.svg')).length;

async function build(project: Project) {
  const result = await buildIn(project.root, { timings: true });
  expect(result.exitCode, result.stderr).toBe(0);
  return { ...result, timings: JSON.parse(/^pressroom-timings (.*)$/m.exec(result.stderr)![1]!) as { filesRead: number; releasesRendered: number } };
}

describe('file stamps: a rebuild reads only the files that changed', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('reads no file when nothing changed, and only the edited release and its memories after an edit', async () => {
    project = makeProject({ withBundled: true });
    for (const path of sources(project.root)) utimesSync(join(project.root, path), HOUR_AGO, HOUR_AGO);
    const files = inputs(project.root);
    expect((await build(project)).timings.filesRead).toBe(files);
    expect((await build(project)).timings.filesRead).toBe(0);

    project.write(ROBOTS, readFileSync(join(project.root, ROBOTS), 'utf8').replace('Quattro robot', 'Cinque robot'));
    utimesSync(join(project.root, ROBOTS), HOUR_AGO + 60, HOUR_AGO + 60);
    const edited = await build(project);
    // The release, read to be built, and its two memories, read by the thread that builds it.
    expect(edited.timings).toMatchObject({ filesRead: 3, releasesRendered: 1 });
    expect(readFileSync(join(project.root, 'out/it/politecnico-torino-robotica-ospedale/wire.txt'), 'utf8')).toContain('Cinque robot');
  });

  it('sees an edit that kept the size and time of a file read just before it', async () => {
    project = makeProject({ withBundled: true });
    const file = join(project.root, ROBOTS);
    // Dated at (or, on a clock running ahead, after) the moment the build reads it: a change made after the
    // build within the file system's clock resolution keeps the time.
    // Whole seconds, so that setting the time again gives back exactly the same mtime.
    const ahead = Math.floor(Date.now() / 1000) + 30;
    utimesSync(file, ahead, ahead);
    const { mtimeMs } = statSync(file);
    await build(project);
    const text = readFileSync(file, 'utf8');
    project.write(ROBOTS, text.replace('Quattro robot', 'QUATTRO robot'));
    utimesSync(file, ahead, ahead);
    expect(statSync(file)).toMatchObject({ size: Buffer.byteLength(text), mtimeMs });
    await build(project);
    expect(readFileSync(join(project.root, 'out/it/politecnico-torino-robotica-ospedale/wire.txt'), 'utf8')).toContain('QUATTRO robot');
  });

  it('sees a corrected draft copied over the release with cp -p: same size, same old time, same inode', async () => {
    project = makeProject({ withBundled: true });
    for (const path of sources(project.root)) utimesSync(join(project.root, path), HOUR_AGO, HOUR_AGO);
    await build(project);
    const file = join(project.root, ROBOTS);
    const text = readFileSync(file, 'utf8');
    // The corrected figure, written as a draft elsewhere an hour ago: same length, same time as the release.
    const draft = join(project.root, 'draft.md');
    writeFileSync(draft, text.replace('Quattro robot', 'QUATTRO robot'));
    utimesSync(draft, HOUR_AGO, HOUR_AGO);
    const before = statSync(file);
    execFileSync('cp', ['-p', draft, file]);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs, ino: before.ino });
    const rebuilt = await build(project);
    expect(rebuilt.timings.releasesRendered).toBe(1);
    expect(readFileSync(join(project.root, 'out/it/politecnico-torino-robotica-ospedale/wire.txt'), 'utf8')).toContain('QUATTRO robot');
  });

  it('builds the same tree without its stamps, reading everything again', async () => {
    project = makeProject({ withBundled: true });
    for (const path of sources(project.root)) utimesSync(join(project.root, path), HOUR_AGO, HOUR_AGO);
    await build(project);
    const before = readTree(join(project.root, 'out'));
    rmSync(join(project.root, '.pressroom-stamps.json'));
    rmSync(join(project.root, 'out'), { recursive: true });
    expect((await build(project)).timings.filesRead).toBe(inputs(project.root));
    expect(readTree(join(project.root, 'out'))).toEqual(before);
  });
});

describe('file stamps in a long-running preview: a watcher\'s report stands in for a stat', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('stats only what the watcher reported or does not watch, and reads what changed among those', async () => {
    const { FileStamps } = await import('../pipeline/project/stamps.ts');
    project = makeProject({ withBundled: true });
    const root = project.root;
    for (const path of sources(root)) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
    const first = new FileStamps(root);
    await first.load();
    const MEDIA = 'releases/torino-piemonte-giappone-scienze-vita.media/sub/photo.jpg';
    project.write(MEDIA, 'first');
    utimesSync(join(root, MEDIA), HOUR_AGO, HOUR_AGO);
    for (const path of [ROBOTS, MEDIA]) expect(first.hash(path)).not.toBeNull();
    const watched = (changed: string[]) => ({ stamps: first.current, readAt: first.readAt, changed, covers: (path: string) => !path.includes('/sub/') });

    writeFileSync(join(root, ROBOTS), `${readFileSync(join(root, ROBOTS), 'utf8')}\nUn paragrafo in più.\n`);
    writeFileSync(join(root, MEDIA), 'second');
    // Reported (the file, or its directory): read again. Not watched (a folder inside the media folder): stat-ed, and read.
    for (const changed of [[ROBOTS], ['releases']]) {
      const next = new FileStamps(root, watched(changed));
      await next.load();
      expect(next.hash(ROBOTS), `${changed}`).not.toBe(first.current[ROBOTS]!.hash);
      expect(next.hash(MEDIA)).not.toBe(first.current[MEDIA]!.hash);
      expect(next.reads).toBe(2);
    }
    // Not reported, in a directory watched: taken as the last build stamped it, with no look at the file.
    const trusting = new FileStamps(root, watched([]));
    await trusting.load();
    expect(trusting.hash(ROBOTS)).toBe(first.current[ROBOTS]!.hash);
    expect(trusting.reads).toBe(0);
  });
});
