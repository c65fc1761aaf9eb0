// The `pressroom` launcher runs the CLI from an esbuild bundle of the pipeline, kept per version of its sources.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { generateCorpus } from '../bench/corpus.ts';
import { runBuild } from '../pipeline/publish/build.ts';
import { pipelineVersion } from '../pipeline/publish/manifest.ts';
import { readPipelineSources } from '../pipeline/publish/pipeline-sources.js';
import { INPUTS, MAIN } from '../pipeline/cli/bundle.js';
import { makeProject, REPO, type Project } from './helpers/project.ts';
import { runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

interface Copy {
  root: string;
  cache: string;
  remove(): void;
}

/** A copy of the package (its pipeline, package.json, tsconfig.json; node_modules linked) with its own bundle cache. */
function copyPackage(): Copy {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-package-'));
  cpSync(join(REPO, 'pipeline'), join(root, 'pipeline'), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(join(REPO, file), join(root, file));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, cache: join(root, 'cache'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** `node <copy>/pipeline/cli/pressroom.js <args>` with the copy's cache. */
function launch(copy: Copy, args: string[], cacheDir = copy.cache): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(copy.root, 'pipeline/cli/pressroom.js'), ...args], {
      cwd: copy.root,
      env: { ...process.env, PRESSROOM_CACHE_DIR: cacheDir, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The complete bundles in a cache directory, and anything else left in it. */
function cacheContents(cache: string): { bundles: string[]; other: string[] } {
  const names = readdirSync(cache).sort();
  const complete = (name: string) => existsSync(join(cache, name, MAIN)) && existsSync(join(cache, name, INPUTS));
  return { bundles: names.filter(complete), other: names.filter((name) => !complete(name)) };
}

describe('launcher: the CLI runs from a bundle made for exactly the sources there are', () => {
  let copy: Copy | undefined;
  afterEach(() => copy?.remove());

  it('after a pipeline source changes, runs the new code from a new bundle, never the old one', async () => {
    copy = copyPackage();
    const before = await launch(copy, ['--help']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toContain('Publish Italian press releases in Italian, English and Japanese.');
    const main = join(copy.root, 'pipeline/cli/main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace('Publish Italian press releases', 'Publish edited press releases'));
    const after = await launch(copy, ['--help']);
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toContain('Publish edited press releases in Italian, English and Japanese.');
    expect(after.stderr).toBe('');
    expect(cacheContents(copy.cache).bundles).toHaveLength(2);
  });

  it('names each bundle by the hash pipelineVersion gives, which every pipeline file takes part in', async () => {
    copy = copyPackage();
    const original = await readPipelineSources(copy.root);
    expect(original.version).toBe(await pipelineVersion());
    expect([...original.files.keys()]).toContain(join(copy.root, 'pipeline/render/wrap.ts'));
    const wrap = join(copy.root, 'pipeline/render/wrap.ts');
    writeFileSync(wrap, `${readFileSync(wrap, 'utf8')}\n// edited\n`);
    const edited = await readPipelineSources(copy.root);
    expect(edited.version).not.toBe(original.version);
    expect((await launch(copy, ['--help'])).code).toBe(0);
    expect(cacheContents(copy.cache).bundles).toEqual([edited.version]);
  });

  it('two launches at once with an empty cache both succeed and leave one whole bundle', async () => {
    copy = copyPackage();
    const runs = await Promise.all([launch(copy, ['--help']), launch(copy, ['--help']), launch(copy, ['--help'])]);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(runs[0]!.stdout);
    }
    expect(runs[0]!.stdout).toContain('Usage: pressroom');
    expect(cacheContents(copy.cache)).toEqual({ bundles: [(await readPipelineSources(copy.root)).version], other: [] });
  });

  it('when no bundle can be written, still runs, through tsx, and says why in one line', async () => {
    copy = copyPackage();
    // A file where the cache directory should be: nothing can be written under it.
    writeFileSync(copy.cache, '');
    const run = await launch(copy, ['--help'], join(copy.cache, 'pressroom'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Usage: pressroom');
    expect(run.stderr).toMatch(/^pressroom: warning: running the pipeline through tsx: could not bundle it: .*ENOTDIR/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('launcher: the CLI from the bundle builds what the pipeline builds in-process', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('the same out/ tree, manifest included, with render threads from the bundle', async () => {
    project = makeProject({ withBundled: true });
    // 17 releases: enough for the CLI to render on a worker thread.
    generateCorpus(project.root, REPO, { releases: 14, seed: 11 });
    const now = new Date('2026-01-01T00:00:00Z');
    const lines = { log: [] as string[], error: [] as string[] };
    const { exitCode: code } = await runBuild(
      { root: project.root, out: 'in-process', languages: ['it', 'en', 'ja'], now, strict: false, jobs: 1, timings: false },
      { log: (line) => lines.log.push(line), error: (line) => lines.error.push(line) },
    );
    const cli = await runCli(['build', '--now', now.toISOString(), '--jobs', '2', '--out', 'cli', '--timings'], { cwd: project.root });
    expect(cli.code, cli.stderr).toBe(code);
    expect(cli.stderr).toMatch(/"jobs":2,/);
    expect(cli.stdout.replace('to cli', 'to in-process')).toBe(lines.log.map((line) => `${line}\n`).join(''));
    const manifest = (out: string) => JSON.parse(readFileSync(join(project.root, out, '.pressroom/manifest.json'), 'utf8')) as { pipeline: string };
    expect(manifest('cli').pipeline).toBe(await pipelineVersion());
    const inProcess = readTree(join(project.root, 'in-process'));
    expect(readTree(join(project.root, 'cli'))).toEqual(inProcess);
  }, 120_000);
});
