import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTree } from '../pipeline/publish/staged-output.ts';
import { OwnedTrees } from '../pipeline/publish/owned-trees.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { CLI, runPressroomHere as runCli } from './helpers/cli.ts';
import { buildIn } from './helpers/build.ts';
import { filesContaining, readTree } from './helpers/tree.ts';

const NOW = ['--now', '2026-01-01T00:00:00Z'];
const now = new Date('2026-01-01T00:00:00Z');
const leftovers = (dir: string) => readdirSync(dir).filter((entry) => /^\.out-(new|old)-/.test(entry));

describe('output: the same input gives the same bytes', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('builds the bundled releases twice into byte-identical trees', async () => {
    project = makeProject({ withBundled: true });
    const first = await buildIn(project.root, { now, out: 'first' });
    const second = await buildIn(project.root, { now, out: 'second' });
    expect(first.exitCode, first.stderr).toBe(0);
    expect(second.exitCode, second.stderr).toBe(0);
    const [a, b] = [readTree(join(project.root, 'first')), readTree(join(project.root, 'second'))];
    expect(Object.keys(a).length).toBeGreaterThan(30);
    expect(Object.keys(a)).toContain('ja/torino-piemonte-giappone-scienze-vita/ninjs.json');
    expect(b).toEqual(a);
  });

  it('does not depend on the clock once every embargo has passed', async () => {
    project = makeProject({ withBundled: true });
    await buildIn(project.root, { now, out: 'early' });
    await buildIn(project.root, { now: new Date('2031-07-15T09:41:00+09:00'), out: 'late' });
    expect(readTree(join(project.root, 'late'))).toEqual(readTree(join(project.root, 'early')));
  });
});

describe('output: out/ is public, and the build keeps its state outside it', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('names no release that failed, holds no manifest or feed entries, and rebuilds from the state beside it', async () => {
    project = makeProject({ withBundled: true });
    project.write('releases/rotto-segreto.md', release('title: Rotto\ndate: 2025-10-14', 'Testo.'));
    const first = await buildIn(project.root, { now });
    expect(first.exitCode).toBe(1);
    const out = join(project.root, 'out');
    expect(Object.keys(readTree(out)).filter((path) => path.startsWith('.') || path.includes('/.'))).toEqual([]);
    expect(filesContaining(out, 'rotto-segreto')).toEqual([]);
    expect(existsSync(join(project.root, '.out-state/manifest.json'))).toBe(true);
    const again = await buildIn(project.root, { now });
    expect(again.stdout).toMatch(/\nwrote 0 files to out \(\d+ unchanged\)\n$/);
  });
});

describe('output: out/ is rebuilt whole, so there is no --clean', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('removes files a previous build or a person left in out/', async () => {
    project = makeProject({ withBundled: true });
    await buildIn(project.root, { now });
    const expected = readTree(join(project.root, 'out'));
    project.write('out/stale.txt', 'left behind');
    project.write('out/it/gone-release/index.html', '<p>old</p>');
    const result = await buildIn(project.root, { now });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readTree(join(project.root, 'out'))).toEqual(expected);
    expect(leftovers(project.root)).toEqual([]);
  });

  it('refuses an output directory that would replace the project or its sources', async () => {
    project = makeProject({ withBundled: true });
    for (const out of ['.', '..', 'releases/out']) {
      const result = await buildIn(project.root, { now, out });
      expect(result.exitCode, out).toBe(2);
      expect(result.stderr).toMatch(/cannot be the output directory/);
    }
    expect(readdirSync(join(project.root, 'releases')).filter((name) => name.endsWith('.md')).length).toBe(3);
    expect(existsSync(join(project.root, 'locales/ja/ui.json'))).toBe(true);
  });
});

describe('output: a failed or killed build leaves the previous out/ whole', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('keeps out/ when rendering throws (an impossible locale in ui.json)', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root, { now })).exitCode).toBe(0);
    const before = readTree(join(project.root, 'out'));
    const ui = JSON.parse(readFileSync(join(project.root, 'locales/en/ui.json'), 'utf8')) as Record<string, unknown>;
    project.write('locales/en/ui.json', JSON.stringify({ ...ui, locale: 'not a locale!' }));
    // Thrown in process; the CLI prints it as one `pressroom: error:` line.
    await expect(buildIn(project.root, { now })).rejects.toThrow(/locale|Incorrect/i);
    expect(readTree(join(project.root, 'out'))).toEqual(before);
    expect(leftovers(project.root)).toEqual([]);
  });

  it('keeps out/ when the new tree cannot be written, and leaves nothing beside it', async () => {
    project = makeProject();
    await writeTree(join(project.root, 'out'), new Map([['it/index.html', 'old'], ['index.html', 'old root']]));
    const before = readTree(join(project.root, 'out'));
    // A file and a directory of the same name cannot both be written.
    await expect(writeTree(join(project.root, 'out'), new Map([['it/a', 'file'], ['it/a/b', 'under a file'], ['index.html', 'new']]))).rejects.toThrow();
    expect(readTree(join(project.root, 'out'))).toEqual(before);
    expect(leftovers(project.root)).toEqual([]);
  });

  it('refuses a path that would escape the output directory', async () => {
    project = makeProject();
    await expect(writeTree(join(project.root, 'out'), new Map([['../escaped.txt', 'x']]))).rejects.toThrow(/escapes/);
    expect(existsSync(join(project.root, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(project.root, 'out'))).toBe(false);
  });

  it('puts the previous tree back when a run died between its two renames', async () => {
    project = makeProject();
    await writeTree(join(project.root, 'out'), new Map([['index.html', 'previous']]));
    // What a run killed after retiring out/ and before swapping the new tree in leaves behind (no such pid lives).
    renameSync(join(project.root, 'out'), join(project.root, '.out-old-99999999-0badc0de'));
    mkdirSync(join(project.root, '.out-new-99999999-0badc0de'));
    new OwnedTrees(project.root).add(join(project.root, '.out-new-99999999-0badc0de'));
    writeFileSync(join(project.root, '.out-new-99999999-0badc0de/index.html'), 'half');
    await expect(writeTree(join(project.root, 'out'), new Map([['a', 'x'], ['a/b', 'y']]))).rejects.toThrow();
    expect(readTree(join(project.root, 'out'))).toEqual({ 'index.html': Buffer.from('previous').toString('base64') });
    expect(leftovers(project.root)).toEqual([]);
  });

  it('leaves out/ as the old tree or the new one when the build is killed while writing', async () => {
    project = makeProject();
    // Enough releases that writing takes a while.
    for (let index = 0; index < 120; index++) {
      project.write(`releases/r${index}.md`, release(`title: Comunicato ${index}\ndate: 2025-10-${String((index % 28) + 1).padStart(2, '0')}T10:00:00+02:00`, `Paragrafo ${index}.\n\nSecondo paragrafo ${index}.`));
    }
    project.write('releases/r0.md', release('title: Cambiato\ndate: 2025-10-01T10:00:00+02:00', 'Testo nuovo.'));
    expect((await runCli(['build', ...NOW, '--lang', 'it', '--out', 'old'], { cwd: project.root })).code).toBe(0);
    renameSync(join(project.root, 'old'), join(project.root, 'out'));
    const old = readTree(join(project.root, 'out'));
    project.write('releases/r0.md', release(`title: Comunicato 0\ndate: 2025-10-01T10:00:00+02:00`, 'Paragrafo 0.\n\nSecondo paragrafo 0.'));

    const child = spawn(process.execPath, [CLI, 'build', ...NOW, '--lang', 'it'], { cwd: project.root, stdio: 'ignore' });
    // Kill it the moment its staging directory appears.
    const watcher = watch(project.root, (_event, name) => {
      if (name && String(name).startsWith('.out-new-')) child.kill('SIGKILL');
    });
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    watcher.close();
    expect(ended.signal === 'SIGKILL' || ended.code === 0).toBe(true);
    const after = readTree(join(project.root, 'out'));

    // The next build clears what the killed one left and writes the new tree: the one a build elsewhere makes of
    // the same inputs (and the same record of what was published: r0 changed twice, so it is at its third version).
    expect((await runCli(['build', ...NOW, '--lang', 'it'], { cwd: project.root })).code).toBe(0);
    expect((await runCli(['build', ...NOW, '--lang', 'it', '--out', 'expected'], { cwd: project.root })).code).toBe(0);
    const fresh = readTree(join(project.root, 'expected'));
    expect(readTree(join(project.root, 'out'))).toEqual(fresh);
    expect([JSON.stringify(old), JSON.stringify(fresh)], 'out/ was one whole tree, old or new').toContain(JSON.stringify(after));
    expect(leftovers(project.root)).toEqual([]);
  });
});
