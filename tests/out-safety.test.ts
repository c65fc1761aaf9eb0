// out/ is a directory the build owns: links and files in every position where the build keeps a tree are
// refused or left alone, and nothing outside a tree the build made is ever deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ROBOTS = 'releases/politecnico-torino-robotica-ospedale.md';

describe('out/ is a directory the build owns', () => {
  let project: Project;
  afterEach(() => project?.remove());

  /** releases/ and locales/ byte for byte, and a folder of someone's files beside the project. */
  const folder = () => `${project.root}-folder`;
  const snapshot = () => ({ releases: readTree(join(project.root, 'releases')), locales: readTree(join(project.root, 'locales')), folder: readTree(folder()) });
  const edit = (to: string) => project.write(ROBOTS, readFileSync(join(project.root, ROBOTS), 'utf8').replace(/(Quattro|Cinque|Sei) robot mobili/, `${to} robot mobili`));
  const setUp = () => {
    project = makeProject({ withBundled: true });
    mkdirSync(folder());
    writeFileSync(join(folder(), 'tesi.txt'), 'someone’s work');
    const remove = project.remove;
    project.remove = () => {
      remove();
      rmSync(folder(), { recursive: true, force: true });
    };
  };
  /** Two builds with an edit between them, as a user would run them; every one must touch nothing it does not own. */
  const twoBuilds = async (options: Parameters<typeof buildIn>[1] = {}) => {
    const first = await buildIn(project.root, options);
    edit('Cinque');
    const second = await buildIn(project.root, options);
    return [first, second] as const;
  };

  it('refuses out/ as a link to the project, and touches nothing', async () => {
    setUp();
    const before = snapshot();
    symlinkSync(project.root, join(project.root, 'out'));
    const [first, second] = await twoBuilds();
    for (const result of [first, second]) {
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(/^pressroom: error: --out out cannot be the output directory, because it is a symbolic link .*nothing was touched \[pressroom:out-place\]\n$/);
    }
    expect({ ...snapshot(), releases: before.releases }).toEqual(before);
    expect(Object.keys(snapshot().releases)).toEqual(Object.keys(before.releases));
    expect(existsSync(join(project.root, 'package.json')) || existsSync(join(project.root, 'locales/it/ui.json'))).toBe(true);
    expect(lstatSync(join(project.root, 'out')).isSymbolicLink()).toBe(true);
  });

  it('refuses out/ as a link to another folder, and leaves that folder as it was', async () => {
    setUp();
    symlinkSync(folder(), join(project.root, 'out'));
    const before = snapshot();
    const [first, second] = await twoBuilds();
    expect([first.exitCode, second.exitCode]).toEqual([2, 2]);
    expect(snapshot().folder).toEqual(before.folder);
  });

  it('refuses out as a regular file, and leaves it as it was', async () => {
    setUp();
    project.write('out', 'notes kept in a file called out');
    const [first, second] = await twoBuilds();
    expect([first.exitCode, second.exitCode]).toEqual([2, 2]);
    expect(first.stderr).toMatch(/because it is not a directory/);
    expect(readFileSync(join(project.root, 'out'), 'utf8')).toBe('notes kept in a file called out');
  });

  it('refuses a folder of someone’s files, and an --out whose real path is inside releases/ or holds the project', async () => {
    setUp();
    const before = snapshot();
    expect((await buildIn(project.root, { out: folder() })).stderr).toMatch(/because it holds files pressroom build has no record of making \(tesi\.txt;/);
    symlinkSync(join(project.root, 'releases'), join(project.root, 'sources'));
    expect((await buildIn(project.root, { out: 'sources/out' })).stderr).toMatch(/because it is inside releases\//);
    symlinkSync(join(project.root, '..'), join(project.root, 'up'));
    expect((await buildIn(project.root, { out: 'up' })).stderr).toMatch(/because it is a symbolic link/);
    expect((await buildIn(project.root, { out: `up/${basename(project.root)}` })).stderr).toMatch(/because it holds the project itself/);
    expect(snapshot()).toEqual(before);
  });

  it('removes links found inside out/ as links, never what they point to, and publishes none of them', async () => {
    setUp();
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const before = snapshot();
    symlinkSync(project.root, join(project.root, 'out/it/progetto'));
    symlinkSync(join(folder(), 'tesi.txt'), join(project.root, 'out/tesi.txt'));
    symlinkSync(folder(), join(project.root, 'out/en/cartella'));
    for (const to of ['Cinque', 'Sei', 'Sette']) {
      edit(to);
      expect((await buildIn(project.root)).exitCode).toBe(0);
    }
    expect({ ...snapshot(), releases: undefined }).toEqual({ ...before, releases: undefined });
    expect(Object.keys(snapshot().releases)).toEqual(Object.keys(before.releases));
    for (const link of ['out/it/progetto', 'out/tesi.txt', 'out/en/cartella']) expect(existsSync(join(project.root, link)), link).toBe(false);
  });

  it('never links onward a file of out/ replaced by a link: one line, and nothing published from it', async () => {
    setUp();
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const page = join(project.root, 'out/it/torino-piemonte-giappone-scienze-vita/index.html');
    rmSync(page);
    symlinkSync(join(project.root, 'releases/torino-piemonte-giappone-scienze-vita.md'), page);
    edit('Cinque');
    await expect(buildIn(project.root)).rejects.toThrow(/is not a file the build made/);
    expect(lstatSync(page).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(project.root, 'releases/torino-piemonte-giappone-scienze-vita.md'), 'utf8')).toMatch(/^---/);
  });

  it('leaves alone a spare, a staging or a retired tree replaced by a link or by someone’s folder', async () => {
    setUp();
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const before = snapshot();
    symlinkSync(folder(), join(project.root, '.out-spare'));
    symlinkSync(folder(), join(project.root, '.out-new-99999999-0badc0de'));
    symlinkSync(folder(), join(project.root, '.out-old-99999999-0badc0de'));
    symlinkSync(folder(), join(project.root, '.out-state-spare'));
    mkdirSync(join(project.root, '.out-private-spare'));
    writeFileSync(join(project.root, '.out-private-spare/agenzia.txt'), 'kept');
    for (const to of ['Cinque', 'Sei']) {
      edit(to);
      const result = await buildIn(project.root);
      expect(result.exitCode, result.stderr).toBe(0);
    }
    expect(snapshot().folder).toEqual(before.folder);
    expect(readFileSync(join(project.root, '.out-private-spare/agenzia.txt'), 'utf8')).toBe('kept');
    expect(readFileSync(join(project.root, 'out/it/politecnico-torino-robotica-ospedale/wire.txt'), 'utf8')).toContain('Sei robot');
  });

  it('removes a link put inside the spare as a link, when it recycles the spare', async () => {
    setUp();
    expect((await buildIn(project.root)).exitCode).toBe(0);
    edit('Cinque');
    expect((await buildIn(project.root)).exitCode).toBe(0);
    expect(existsSync(join(project.root, '.out-spare/it'))).toBe(true);
    const before = snapshot();
    rmSync(join(project.root, '.out-spare/it'), { recursive: true });
    symlinkSync(join(project.root, 'releases'), join(project.root, '.out-spare/it'));
    edit('Sei');
    expect((await buildIn(project.root)).exitCode).toBe(0);
    expect(snapshot()).toEqual({ ...before, releases: snapshot().releases });
    expect(Object.keys(snapshot().releases)).toEqual(Object.keys(before.releases));
    expect(readFileSync(join(project.root, 'out/it/politecnico-torino-robotica-ospedale/wire.txt'), 'utf8')).toContain('Sei robot');
  });
});
