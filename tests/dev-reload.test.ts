// `pressroom dev` reloads the edited release's page as soon as its files are written, and every other page once the
// indexes, feeds and archive are; whatever the edits (written in place, saved atomically, a memory revised, a
// release added or removed), the dev tree it leaves is the tree `pressroom build` makes of the same inputs. The
// server runs in this process and watches a temp copy of the bundled project.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import { startDevServer, DEV_OUT, DEV_PRIVATE, type DevServer } from '../pipeline/preview/dev-server.ts';
import { EVENTS_PATH, pageFile, type ReloadScope } from '../pipeline/preview/live-reload.ts';
import { buildIn } from './helpers/build.ts';
import { FakeClock } from './helpers/fake-clock.ts';
import { makeProject, release, BUNDLED, type Project } from './helpers/project.ts';
import { readTree } from './helpers/tree.ts';

const ID = 'torino-piemonte-giappone-scienze-vita';
// After every bundled embargo: all three languages publish.
const NOW = new Date('2026-01-01T00:00:00Z');
const POLL = { timeout: 30_000, interval: 50 };

let project: Project | undefined;
let dev: DevServer | undefined;
afterEach(async () => {
  await dev?.close();
  project?.remove();
  dev = project = undefined;
});

/** The dev server on a copy of the bundled project, and every line it printed. */
async function start(extra = 0) {
  project = makeProject({ withBundled: true });
  if (extra > 0) generateCorpus(project.root, BUNDLED, { releases: extra, seed: 7 });
  const printed: string[] = [];
  dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, clock: new FakeClock(NOW), jobs: 1, io: { log: (line) => printed.push(line), error: (line) => printed.push(line) } });
  return { root: project.root, dev, printed };
}

/** The server's events as a page receives them, each `reload` with what the page it reached found in the dev tree. */
async function listen(dev: DevServer, root: string, look: string) {
  const events: { event: string; scope?: ReloadScope; page?: string }[] = [];
  const response = await fetch(`${dev.url}${EVENTS_PATH.slice(1)}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const text = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(text)?.[1];
        if (!event) continue;
        const data = /^data: ?(.*)$/m.exec(text)?.[1] ?? '';
        // Read the moment the event arrives: what a page reloading now would be sent.
        if (event === 'reload') events.push({ event, scope: (data ? JSON.parse(data) : {}) as ReloadScope, page: readFileSync(join(root, DEV_OUT, look), 'utf8') });
        else events.push({ event });
      }
    }
  })();
  return { events, stop: () => reader.cancel() };
}

describe('pressroom dev: the edited release reloads first, the other pages once the indexes are written', () => {
  it('sends a reload for the release\'s own pages, written with the edit, then one for every other page', async () => {
    const { root, dev } = await start();
    const { events, stop } = await listen(dev, root, `it/${ID}/index.html`);
    await expect.poll(() => dev.hub.listening, POLL).toBe(1);
    const source = join(root, 'releases', `${ID}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('title: "Piemonte in Giappone:', 'title: "Piemonte e Giappone, insieme:'));
    await expect.poll(() => events.filter((event) => event.event === 'reload').length, POLL).toBe(2);
    await stop();
    const [first, second] = events.filter((event) => event.event === 'reload');
    // First: only the pages the release's own files are, and the page already holds the new title.
    expect(first!.scope!.only).toContain(`it/${ID}/index.html`);
    expect(first!.scope!.only).not.toContain('it/index.html');
    expect(first!.page).toContain('Piemonte e Giappone, insieme');
    // Then every page but those: the Italian index lists the new title by now.
    expect(second!.scope).toEqual({ except: first!.scope!.only });
    expect(readFileSync(join(root, DEV_OUT, 'it/index.html'), 'utf8')).toContain('Piemonte e Giappone, insieme');
  });

  it('names pages as the client does: an address ending in / is its index.html', () => {
    expect(pageFile(`/it/${ID}/`)).toBe(`it/${ID}/index.html`);
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile(`/embargoed/it/${ID}/wire.txt`)).toBe(`embargoed/it/${ID}/wire.txt`);
    expect(pageFile('/ja/%E3%81%82/')).toBe('ja/あ/index.html');
  });
});

describe('pressroom dev: after every kind of edit, the dev tree is what `pressroom build` makes of the same inputs', () => {
  it('edited in place, saved atomically, a memory revised, a release added, a release removed', async () => {
    // More releases than the bundled ones, so that an edit leaves most of the tree to what the session knows: five
    // (eight in all) do, and each cold build below renders every one of them, so no more.
    const { root, dev, printed } = await start(5);
    const read = (path: string) => readFileSync(join(root, path), 'utf8');
    const ROBOTS = 'releases/politecnico-torino-robotica-ospedale.md';
    const MEMORY = `locales/en/releases/${ID}.json`;
    const edits: [string, string, () => void][] = [
      ['a paragraph edited in place', ROBOTS, () => writeFileSync(join(root, ROBOTS), read(ROBOTS).replace('Quattro robot mobili autonomi', 'Cinque robot mobili autonomi'))],
      ['a title saved atomically (a temporary file renamed over the release)', `releases/${ID}.md`, () => {
        writeFileSync(join(root, `releases/.${ID}.md.swp`), read(`releases/${ID}.md`).replace('title: "Piemonte in Giappone:', 'title: "Piemonte e Giappone:'));
        renameSync(join(root, `releases/.${ID}.md.swp`), join(root, `releases/${ID}.md`));
      }],
      ['a memory target revised', MEMORY, () => {
        const memory = JSON.parse(read(MEMORY)) as { segments: Record<string, { target: string }> };
        const first = Object.values(memory.segments)[0]!;
        first.target = `${first.target} (revised)`;
        writeFileSync(join(root, MEMORY), `${JSON.stringify(memory, null, 2)}\n`);
      }],
      ['a release added', 'releases/nuovo-bando.md', () => writeFileSync(join(root, 'releases/nuovo-bando.md'), release('title: Nuovo bando\ndate: 2025-10-20T10:00:00+02:00', 'Un bando per le imprese.'))],
      // Dropped on purpose, with the record of what agencies were handed (without it, what was published is held).
      ['a release removed', 'releases/comunicato-00003.md', () => ['releases/comunicato-00003.md', '.pressroom/published/comunicato-00003.json'].forEach((path) => rmSync(join(root, path), { force: true }))],
    ];
    for (const [edit, path, apply] of edits) {
      const builds = printed.filter((line) => line.startsWith('pressroom dev: rebuilt')).length;
      apply();
      // The build the watcher started for this edit (it names the path) has finished.
      await expect.poll(() => printed.filter((line) => line.startsWith('pressroom dev: rebuilt')).slice(builds).some((line) => line.includes(path)), POLL).toBe(true);
      for (const dir of ['cold', 'cold-private', '.cold-state']) rmSync(join(root, dir), { recursive: true, force: true });
      const cold = await buildIn(root, { now: NOW, out: 'cold', baseUrl: dev.url });
      expect(cold.exitCode, `${edit}: ${cold.stderr}`).toBe(0);
      expect(dev.live.last()?.outcome?.exitCode, edit).toBe(0);
      expect(readTree(join(root, DEV_OUT)), edit).toEqual(readTree(join(root, 'cold')));
      expect(readTree(join(root, DEV_PRIVATE)), `${edit}: the private tree`).toEqual(readTree(join(root, 'cold-private')));
    }
  }, 240_000);
});
