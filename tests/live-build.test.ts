// Scheduled publishing: a long-running build (`pressroom build --watch`, `pressroom dev`) builds again at the next
// embargo lift, by an injected clock that moves only when the test says so: no wall-clock waits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuild } from '../pipeline/publish/build.ts';
import { callAt } from '../pipeline/preview/clock.ts';
import { startLiveBuild, type LiveBuild, type LiveBuildResult } from '../pipeline/preview/live-build.ts';
import { startDevServer, type DevServer } from '../pipeline/preview/dev-server.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { FakeClock } from './helpers/fake-clock.ts';

const ID = 'regione-piemonte-bando-innovazione-pmi';
const LIFT = new Date('2025-10-14T12:00:00+02:00');
const quiet = { log: () => undefined, error: () => undefined };

let project: Project | undefined;
let live: LiveBuild | undefined;
let dev: DevServer | undefined;
afterEach(async () => {
  await live?.close();
  await dev?.close();
  project?.remove();
  live = dev = project = undefined;
});

/** `pressroom build --watch` as the CLI starts it, on the bundled releases, by `clock`; every build's result in `results`. */
function publish(clock: FakeClock, results: LiveBuildResult[]) {
  project = makeProject({ withBundled: true });
  const root = project.root;
  live = startLiveBuild({
    root,
    clock,
    watch: false,
    build: (now) => runBuild({ root, out: 'out', languages: ['it', 'en'], now, strict: false, jobs: 1, env: {} }, quiet),
    built: (result) => results.push(result),
  });
  return { page: join(root, 'out', 'it', ID, 'index.html'), index: join(root, 'out', 'it', 'index.html') };
}

/** Let the build a timer started run to its end. */
const settled = async () => {
  await live!.rebuild({ kind: 'change', paths: [] });
};

describe('scheduled publishing: the release goes public at its embargo, with no one running the build', () => {
  it('holds the release before the lift, sets a timer for the instant, and publishes it when the clock gets there', async () => {
    const clock = new FakeClock(new Date(LIFT.getTime() - 3_600_000));
    const results: LiveBuildResult[] = [];
    const { page, index } = publish(clock, results);
    const first = await live!.ready;
    expect(first.outcome?.exitCode).toBe(0);
    expect(first.next?.toISOString()).toBe(LIFT.toISOString());
    expect(existsSync(page)).toBe(false);
    expect(readFileSync(index, 'utf8')).not.toContain(ID);

    clock.advanceTo(new Date(LIFT.getTime() - 1));
    expect(results).toHaveLength(1);
    expect(existsSync(page)).toBe(false);

    clock.advanceTo(LIFT);
    await expect.poll(() => results.length, { timeout: 30_000 }).toBe(2);
    const lifted = results[1]!;
    expect(lifted.cause).toEqual({ kind: 'schedule', at: LIFT });
    expect(lifted.now.getTime()).toBe(LIFT.getTime());
    expect(lifted.outcome?.summaries.find((summary) => summary.language === 'it')?.published).toContain(ID);
    expect(readFileSync(page, 'utf8')).toContain('Piemonte Digitale Impresa');
    expect(readFileSync(index, 'utf8')).toContain(`href="${ID}/"`);
    // What waits next is the correction dated 09:00 on the 15th, which the build warns of as made in the future until
    // then (it builds again at that instant, and the warning goes); then the Politecnico release, on 6 November.
    expect(lifted.outcome?.reports.flatMap((report) => report.messages).some((message) => message.ruleId === 'future-change')).toBe(true);
    expect(lifted.next?.toISOString()).toBe('2025-10-15T07:00:00.000Z');
    expect(clock.pending).toBe(1);
    clock.advanceTo(new Date('2025-10-15T07:00:00Z'));
    await expect.poll(() => results.length, { timeout: 30_000 }).toBe(3);
    expect(results[2]!.outcome?.reports.flatMap((report) => report.messages).some((message) => message.ruleId === 'future-change')).toBe(false);
    expect(results[2]!.next?.toISOString()).toBe('2025-11-06T10:30:00.000Z');
    expect(clock.pending).toBe(1);
  });

  it('takes the soonest of several embargoes, then the next, and a change of embargo moves the timer', async () => {
    const clock = new FakeClock(new Date('2025-10-01T00:00:00Z'));
    const results: LiveBuildResult[] = [];
    const { page } = publish(clock, results);
    const other = 'politecnico-torino-robotica-ospedale';
    const source = readFileSync(join(project!.root, 'releases', `${other}.md`), 'utf8');
    project!.write(`releases/${other}.md`, source.replace('date: 2025-11-06T11:30:00+01:00', 'date: 2025-10-10T09:00:00+02:00\nembargo: 2025-10-10T10:00:00+02:00'));
    const first = await live!.ready;
    expect(first.next?.toISOString()).toBe('2025-10-10T08:00:00.000Z');

    clock.advanceTo(new Date('2025-10-10T08:00:00Z'));
    await expect.poll(() => results.length, { timeout: 30_000 }).toBe(2);
    expect(results[1]!.outcome?.summaries[0]?.published).toContain(other);
    expect(results[1]!.next?.toISOString()).toBe(LIFT.toISOString());
    expect(existsSync(page)).toBe(false);

    // The press office moves the embargo an hour earlier: the build the change makes sets the timer anew.
    const moved = readFileSync(join(project!.root, 'releases', `${ID}.md`), 'utf8').replace('embargo: 2025-10-14T12:00:00+02:00', 'embargo: 2025-10-14T11:00:00+02:00');
    project!.write(`releases/${ID}.md`, moved);
    await settled();
    expect(live!.last()?.next?.toISOString()).toBe('2025-10-14T09:00:00.000Z');
    clock.advanceTo(new Date('2025-10-14T09:00:00Z'));
    await expect.poll(() => existsSync(page)).toBe(true);
    // Only the correction dated the 15th is left to wait for (see above).
    await expect.poll(() => live!.last()?.next?.toISOString()).toBe('2025-10-15T07:00:00.000Z');
    expect(clock.pending).toBe(1);
  });

  it('waits for an embargo months away in steps Node timers can hold, firing only at the instant', () => {
    const clock = new FakeClock(new Date('2025-01-01T00:00:00Z'));
    const at = new Date('2025-06-01T00:00:00Z');
    const fired: number[] = [];
    callAt(clock, at, () => fired.push(clock.now().getTime()));
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(2 ** 31 - 1);
    clock.advanceTo(new Date(at.getTime() - 1));
    expect(fired).toEqual([]);
    expect(clock.delays.length).toBeGreaterThan(1);
    clock.advanceTo(at);
    expect(fired).toEqual([at.getTime()]);
  });

  it('cancels the timer when stopped', async () => {
    const clock = new FakeClock(new Date(LIFT.getTime() - 60_000));
    const results: LiveBuildResult[] = [];
    publish(clock, results);
    await live!.ready;
    expect(clock.pending).toBe(1);
    await live!.close();
    expect(clock.pending).toBe(0);
    clock.advanceTo(LIFT);
    expect(results).toHaveLength(1);
  });
});

describe('pressroom dev: the preview publishes at the lift as well', () => {
  it('serves the release page only once the clock passes its embargo', async () => {
    const clock = new FakeClock(new Date(LIFT.getTime() - 1000));
    project = makeProject({ withBundled: true });
    dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, clock, watch: false, jobs: 1, io: quiet });
    expect((await fetch(`${dev.url}it/${ID}/`)).status).toBe(404);
    // On loopback the embargoed copies are there, marked private.
    const embargoed = await fetch(`${dev.url}embargoed/it/${ID}/wire.txt`);
    expect(embargoed.status).toBe(200);
    const marked = await embargoed.text();
    expect(marked).toContain('id="pressroom-private"');
    expect(marked).toContain('UNDER EMBARGO');
    expect(await (await fetch(`${dev.url}embargoed/`)).text()).toContain('href="it/"');
    expect(await (await fetch(`${dev.url}embargoed/it/${ID}/wire.txt?raw`)).text()).toMatch(/^EMBARGO/);
    clock.advanceTo(LIFT);
    await expect.poll(async () => (await fetch(`${dev!.url}it/${ID}/`)).status).toBe(200);
    expect((await fetch(`${dev.url}embargoed/it/${ID}/wire.txt`)).status).toBe(404);
    expect(await (await fetch(`${dev.url}it/${ID}/`)).text()).toContain('Piemonte Digitale Impresa');
  });
});

const statusWithHost = (url: string, host: string) =>
  new Promise<number>((resolve, reject) => get(url, { headers: { host } }, (response) => resolve(response.statusCode ?? 0)).on('error', reject));

describe('pressroom dev: drafts stay on this computer', () => {
  it('answers only to loopback names, and serves no path outside the dev tree', async () => {
    project = makeProject({ withBundled: true });
    dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, clock: new FakeClock(new Date(LIFT.getTime() - 1000)), watch: false, jobs: 1, io: quiet });
    expect(await statusWithHost(`${dev.url}it/`, 'localhost')).toBe(200);
    expect(await statusWithHost(`${dev.url}it/`, 'press.example')).toBe(421);
    expect(await statusWithHost(`${dev.url}embargoed/`, 'rebind.example:4174')).toBe(421);
    expect((await fetch(`${dev.url}.pressroom/manifest.json`)).status).toBe(404);
    expect((await fetch(`${dev.url}it/%2e%2e/%2e%2e/releases/${ID}.md`)).status).toBe(404);
  });
});

describe('one build at a time', () => {
  it('folds the changes that arrive during a build into one more build, which reads the clock when it starts', async () => {
    const clock = new FakeClock(new Date('2026-01-01T00:00:00Z'));
    const started: Date[] = [];
    let finish: () => void = () => undefined;
    const builder = startLiveBuild({
      root: '/nonexistent',
      clock,
      watch: false,
      build: (now) => {
        started.push(now);
        return new Promise((resolve) => (finish = () => resolve({ exitCode: 0, reports: [], summaries: [] })));
      },
    });
    await expect.poll(() => started.length).toBe(1);
    const second = builder.rebuild({ kind: 'change', paths: ['releases/a.md'] });
    const third = builder.rebuild({ kind: 'change', paths: ['releases/b.md'] });
    clock.advanceTo(new Date('2026-01-01T00:00:05Z'));
    finish();
    await builder.ready;
    await expect.poll(() => started.length).toBe(2);
    finish();
    const [a, b] = await Promise.all([second, third]);
    expect(a).toBe(b);
    expect(a.cause).toEqual({ kind: 'change', paths: ['releases/a.md', 'releases/b.md'] });
    expect(started[1]!.toISOString()).toBe('2026-01-01T00:00:05.000Z');
    expect(started).toHaveLength(2);
    await builder.close();
  });
});

// Keeps the helper honest: a fixture release with no embargo schedules nothing.
describe('nothing held back', () => {
  it('sets no timer', async () => {
    const clock = new FakeClock(new Date('2026-01-01T00:00:00Z'));
    project = makeProject();
    project.write('releases/a.md', release('title: A\ndate: 2025-10-01T10:00:00+02:00\ndateline: { city: Torino, agency: ANSA }', 'Testo.'));
    const root = project.root;
    live = startLiveBuild({ root, clock, watch: false, build: (now) => runBuild({ root, out: 'out', languages: ['it'], now, strict: false, jobs: 1, env: {} }, quiet) });
    const first = await live.ready;
    expect(first.outcome?.exitCode).toBe(0);
    expect(first.next).toBeUndefined();
    expect(clock.pending).toBe(0);
  });
});
