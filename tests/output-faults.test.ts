// out/ when the disk says no: a write that fails partway, or an output place that cannot be a directory.
// One line says so, nothing is half-written, and the previous out/ stays whole.
//
// How the faults are made: tests run as root here, where chmod does not stop writes, so a read-only out/ is not
// a fault root can see. A full disk is simulated with RLIMIT_FSIZE (`ulimit -f` in the shell that starts the
// CLI): a write past the limit fails with EFBIG after its first bytes landed, as a write on a full disk fails
// with ENOSPC. An unwritable place is an --out path under a regular file. A read-only parent directory is tested
// too: as root, the CLI is started as the unprivileged user nobody (setpriv), for whom chmod holds.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeProject, release, type Project } from './helpers/project.ts';
import { CLI, runCli, type CliResult } from './helpers/cli.ts';
import { readTree } from './helpers/tree.ts';

const NOW = ['--now', '2026-01-01T00:00:00Z'];
const leftovers = (dir: string) => readdirSync(dir).filter((entry) => /^\.out-(new|old)-/.test(entry));
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;
/** Whether nobody can run the CLI from where this checkout lives (a checkout under a private home cannot). */
const nobodyCanRun =
  !asRoot ||
  spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(CLI)})`]).status === 0;

/** The CLI as a user chmod applies to: the current one, or nobody when the tests run as root. */
function runUnprivileged(args: string[], cwd: string): Promise<CliResult> {
  const wrapper = asRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] : [];
  return runCli(args, { cwd, wrapper, env: { HOME: cwd } });
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), uid);
}

/** The CLI with files limited to `blocks` of 512 bytes: writing more fails with EFBIG, as on a full disk. */
function runWithFileSizeLimit(blocks: number, args: string[], cwd: string): Promise<CliResult> {
  return runCli(args, { cwd, wrapper: ['sh', '-c', `ulimit -f ${blocks} && exec "$0" "$@"`] });
}

describe('output faults: the previous out/ survives a failed write, with one clear line', () => {
  let project: Project;
  afterEach(() => {
    if (project) chmodSync(project.root, 0o755);
    project?.remove();
  });

  it('a full disk (a write failing partway, EFBIG under ulimit -f): out/ is the previous tree, nothing is left beside it', async () => {
    project = makeProject({ withBundled: true });
    expect((await runCli(['build', ...NOW], { cwd: project.root })).code).toBe(0);
    const before = readTree(join(project.root, 'out'));
    // The new tree differs, so a half-written swap would show.
    project.write('releases/aggiunto.md', release('title: Comunicato aggiunto\ndate: 2025-10-20T10:00:00+02:00', 'Testo del nuovo comunicato.'));

    const result = await runWithFileSizeLimit(2, ['build', ...NOW, '--lang', 'it'], project.root);
    expect(result.signal).toBeNull();
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^pressroom: error: cannot write .*\/out \(EFBIG: file too large, write\); out\/ is left as it was \[pressroom:output-write\]\n$/);
    expect(readTree(join(project.root, 'out'))).toEqual(before);
    expect(leftovers(project.root)).toEqual([]);

    // With room again, the same build goes through.
    expect((await runCli(['build', ...NOW, '--lang', 'it'], { cwd: project.root })).code).toBe(0);
    expect(existsSync(join(project.root, 'out/it/aggiunto/index.html'))).toBe(true);
  });

  it('an output place under a file: one line, exit non-zero, nothing created', async () => {
    project = makeProject();
    project.write('releases/uno.md', release('title: Uno\ndate: 2025-10-01T10:00:00+02:00', 'Testo.'));
    writeFileSync(join(project.root, 'blocker'), 'a file where a directory must be');
    const result = await runCli(['build', ...NOW, '--lang', 'it', '--out', 'blocker/out'], { cwd: project.root });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^pressroom: error: cannot write .*\/blocker\/out \((EEXIST|ENOTDIR): [^\n]*\); out\/ is left as it was \[pressroom:output-write\]\n$/);
    expect(readdirSync(project.root).sort()).toEqual(['blocker', 'locales', 'releases']);
  });

  it.skipIf(!nobodyCanRun)('a read-only parent directory: out/ is the previous tree', async () => {
    project = makeProject();
    project.write('releases/uno.md', release('title: Uno\ndate: 2025-10-01T10:00:00+02:00', 'Testo.'));
    expect((await runCli(['build', ...NOW, '--lang', 'it'], { cwd: project.root })).code).toBe(0);
    const before = readTree(join(project.root, 'out'));
    project.write('releases/due.md', release('title: Due\ndate: 2025-10-02T10:00:00+02:00', 'Altro testo.'));
    if (asRoot) chownTree(project.root, NOBODY);
    chmodSync(project.root, 0o555);
    const result = await runUnprivileged(['build', ...NOW, '--lang', 'it'], project.root);
    chmodSync(project.root, 0o755);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^pressroom: error: cannot write .*\/out \(EACCES: [^\n]*\); out\/ is left as it was \[pressroom:output-write\]\n$/);
    expect(readTree(join(project.root, 'out'))).toEqual(before);
    expect(leftovers(project.root)).toEqual([]);
  });
});
