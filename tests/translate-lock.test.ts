// Two `pressroom translate` runs on one project: the second is turned away while the first lives, and a lock
// left by a killed run is taken over, so nothing is billed twice and no segment is lost. A reviewer saving during
// a run keeps their save.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { tryLock } from '../pipeline/project/lock.ts';
import { editableMemory, updateMemory } from '../pipeline/project/workspace.ts';
import { reviewSegments, saveTarget } from '../pipeline/translate/review.ts';
import { TRANSLATE_LOCK } from '../pipeline/project/translate-run.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { runCli } from './helpers/cli.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { figures, readMemoryFiles, startCli, GIAPPONE, ROBOTICA } from './helpers/translate.ts';


let server: DeepLTestServer;
let project: Project;
beforeEach(async () => {
  server = await startDeepLServer();
  project = makeProject();
  project.write('releases/robotica.md', ROBOTICA);
  project.write('releases/giappone.md', GIAPPONE);
});
afterEach(async () => {
  project.remove();
  await server.close();
});

const env = () => ({ DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url });
const translate = () => runCli(['translate', '--concurrency', '1'], { cwd: project.root, env: env() });
const dryRun = () => runCli(['translate', '--dry-run'], { cwd: project.root });
const leftovers = () => readdirSync(project.root).filter((name) => name.startsWith(TRANSLATE_LOCK));

/** The pid of a process that has exited: nobody holds a lock under it. */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', () => resolve(child.pid!)));
}

describe('translate: two runs at once on the same project', () => {
  it('turns the second run away with one line while the first lives; after the first is killed, the next bills only the rest', async () => {
    const planned = figures((await dryRun()).stdout);
    // The first run gets one answer, then its next request hangs: it is mid-run, holding the lock.
    server.holdTranslations(1);
    const first = startCli(['translate', '--concurrency', '1'], { cwd: project.root, env: env() });
    await server.waitFor((request) => request.held);
    const requestsBefore = server.requests.length;

    const second = await translate();
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^pressroom: error: another pressroom translate is running on this project \\(pid ${first.child.pid} on .*\\); nothing was translated: .* \\[pressroom:translate-lock\\]\\n$`));
    expect(server.requests.length, 'the second run sent nothing').toBe(requestsBefore);

    first.child.kill('SIGKILL');
    expect((await first.result).signal).toBe('SIGKILL');
    expect(existsSync(join(project.root, TRANSLATE_LOCK)), 'the killed run left its lock').toBe(true);
    const billedByFirst = server.usage.count;
    expect(billedByFirst).toBeGreaterThan(0);

    server.holdTranslations(Infinity);
    const third = await translate();
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).toMatch(new RegExp(`^pressroom: warning: the translate run with pid ${first.child.pid} stopped without finishing; .* \\[pressroom:translate-lock\\]\\n$`));
    expect(figures(third.stdout).total).toBe(planned.total - billedByFirst);
    expect(server.usage.count, 'each segment billed once').toBe(planned.total);
    // No segment lost: every memory reads, and nothing is left to translate.
    expect(Object.keys(readMemoryFiles(project.root))).toHaveLength(4);
    expect(figures((await dryRun()).stdout).total).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it('a run that finishes lets go of the lock, and a dry run takes none', async () => {
    expect((await translate()).code).toBe(0);
    expect(leftovers()).toEqual([]);
    const held = await tryLock(join(project.root, TRANSLATE_LOCK));
    expect(held.ok).toBe(true);
    expect((await dryRun()).code).toBe(0);
    if (held.ok) await held.lock.release();
  });
});

describe('file lock: one holder; a stale lock is taken over', () => {
  it('refuses a second holder in the same process until the first lets go', async () => {
    const path = join(project.root, 'x.lock');
    const first = await tryLock(path);
    const second = await tryLock(path);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.holder.pid).toBe(process.pid);
    if (first.ok) await first.lock.release();
    const third = await tryLock(path);
    expect(third.ok).toBe(true);
    if (third.ok) await third.lock.release();
    expect(readdirSync(project.root).filter((name) => name.startsWith('x.lock'))).toEqual([]);
  });

  it('takes over a lock whose process is gone, or that is not a lock at all', async () => {
    const path = join(project.root, 'x.lock');
    const pid = await deadPid();
    writeFileSync(path, JSON.stringify({ pid, host: (await import('node:os')).hostname(), started: '2025-01-01T00:00:00.000Z' }));
    const taken = await tryLock(path);
    expect(taken.ok && taken.lock.replaced?.pid).toBe(pid);
    if (taken.ok) await taken.lock.release();
    writeFileSync(path, '');
    const again = await tryLock(path);
    expect(again.ok).toBe(true);
    if (again.ok) await again.lock.release();
    expect(existsSync(path)).toBe(false);
  });
});

describe('translate: a reviewer saving while a run is under way', () => {
  it('keeps the reviewer’s target: the run merges into the file as it is now, under the file’s lock', async () => {
    const robotica = loadReleases([{ path: 'releases/robotica.md', text: ROBOTICA }]).releases[0]!;
    const title = robotica.segments[0]!;
    server.holdTranslations(0);
    const run = startCli(['translate', '--lang', 'en', '--release', 'robotica'], { cwd: project.root, env: env() });
    await server.waitFor((request) => request.held);

    // The reviewer saves the title through the code the review server uses, while the run waits for DeepL.
    const saved = await updateMemory(project.root, 'en', robotica, (source) => {
      const memory = editableMemory(source, 'en', robotica)!;
      const version = reviewSegments(robotica, memory)[0]!.version;
      const result = saveTarget(robotica, memory, { key: title.key, version, target: 'Robots on the ward', reviewer: 'Anna', now: '2025-11-02T10:00:00+01:00' });
      return { memory: result.ok ? result.memory : undefined, answer: result.ok };
    });
    expect(saved).toBe(true);

    server.releaseHeld();
    const result = await run.result;
    expect(result.code, result.stderr).toBe(0);
    const memory = readMemoryFiles(project.root)['locales/en/releases/robotica.json']!;
    expect(memory.segments[title.key]).toMatchObject({ target: 'Robots on the ward', state: 'reviewed', reviewer: 'Anna' });
    // The run's other translations are there too: nothing is left to translate.
    for (const segment of robotica.segments.slice(1)) expect(memory.segments[segment.key]?.state).toBe('machine');
    expect(figures((await runCli(['translate', '--dry-run', '--lang', 'en', '--release', 'robotica'], { cwd: project.root })).stdout).total).toBe(0);
  });
});
