// The `pressroom` launcher runs the pipeline as compiled at install into dist/ (`npm run compile`).
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { generateCorpus } from '../bench/corpus.ts';
import { runBuild } from '../pipeline/publish/build.ts';
import { pipelineVersion, sourcesVersion } from '../pipeline/publish/pipeline-version.ts';
import { makeProject, BUNDLED, REPO, type Project } from './helpers/project.ts';
import { runCli } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

/** A copy of the package (pipeline/, dist/ unless left out, package.json, tsconfig.json; node_modules linked). */
function copyPackage(withDist = true): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-package-'));
  cpSync(join(REPO, 'pipeline'), join(root, 'pipeline'), { recursive: true, preserveTimestamps: true });
  if (withDist) cpSync(join(REPO, 'dist'), join(root, 'dist'), { recursive: true, preserveTimestamps: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(join(REPO, file), join(root, file));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function launch(root: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'pipeline/cli/pressroom.js'), ...args], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('launcher: the CLI runs the pipeline compiled at install', () => {
  let copy: { root: string; remove(): void } | undefined;
  afterEach(() => copy?.remove());

  it('dist/ records the version of the sources it was compiled from, the one the TypeScript computes', async () => {
    const recorded = (JSON.parse(readFileSync(join(REPO, 'dist/version.json'), 'utf8')) as { version: string }).version;
    expect(recorded).toBe(await sourcesVersion(REPO));
    expect(recorded).toBe(await pipelineVersion());
  });

  it('runs quietly from a fresh compile, and warns in one line when a source changed after it', async () => {
    copy = copyPackage();
    const fresh = await launch(copy.root, ['--help']);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout).toContain('Usage: pressroom');
    expect(fresh.stderr).toBe('');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(copy.root, 'pipeline/render/wrap.ts'), later, later);
    const stale = await launch(copy.root, ['--help']);
    expect(stale.code, stale.stderr).toBe(0);
    expect(stale.stderr).toBe('pressroom: warning: wrap.ts changed after the pipeline was compiled; run npm run compile\n');
  });

  it('without dist/, says how to compile instead of failing on a missing module', async () => {
    copy = copyPackage(false);
    const run = await launch(copy.root, ['--help']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('pressroom: error: the pipeline is not compiled; run npm install (or npm run compile) in the pressroom package\n');
  });
});

describe('launcher: the compiled CLI builds what the pipeline builds in-process', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('the same out/ tree, manifest included, with render threads from dist/', async () => {
    project = makeProject({ withBundled: true });
    // 17 releases: enough for the CLI to render on a worker thread.
    generateCorpus(project.root, BUNDLED, { releases: 14, seed: 11, paragraphs: 2 });
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
    // The state beside each out/: the same manifest but for the identity of the tree it describes.
    const manifest = (out: string) => ({ ...(JSON.parse(readFileSync(join(project.root, `.${out}-state`, 'manifest.json'), 'utf8')) as { pipeline: string }), tree: undefined });
    expect(manifest('cli').pipeline).toBe(await pipelineVersion());
    expect(manifest('cli')).toEqual(manifest('in-process'));
    const inProcess = readTree(join(project.root, 'in-process'));
    expect(readTree(join(project.root, 'cli'))).toEqual(inProcess);
    expect(readTree(join(project.root, '.cli-state/feeds'))).toEqual(readTree(join(project.root, '.in-process-state/feeds')));
  }, 120_000);
});
