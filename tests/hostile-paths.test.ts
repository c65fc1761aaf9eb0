// Paths are hostile: links, FIFOs and odd entries where pressroom writes, deletes or serves files, in every
// position (the tree itself, a directory in it, the file), and names that try to climb out. Each test plants the
// thing in a temp project and checks that nothing outside is read, served, written or deleted, and nothing hangs.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer, DEV_OUT, DEV_PRIVATE } from '../pipeline/preview/dev-server.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { updateMemory } from '../pipeline/project/workspace.ts';
import { BATCH_JOURNAL, writeMemoryBatch } from '../pipeline/project/memory-batch.ts';
import { addComment, emptyComments } from '../pipeline/translate/comments.ts';
import { serializeComments } from '../pipeline/translate/comments-file.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { formatMessages, ProblemError } from '../pipeline/problems.ts';
import type { Release } from '../pipeline/release.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { buildIn } from './helpers/build.ts';
import { runImport } from '../pipeline/cli/commands/import.ts';
import { runXliffExport } from '../pipeline/cli/commands/xliff.ts';
import { FakeClock } from './helpers/fake-clock.ts';

const ID = 'regione-piemonte-bando-innovazione-pmi';
const JAPAN = 'torino-piemonte-giappone-scienze-vita';
const LIFT = new Date('2025-10-14T12:00:00+02:00');
const quiet = { log: () => undefined, error: () => undefined };
const SECRET = 'PRIVATE KEY 5b7f0c';

let project: Project | undefined;
let dev: DevServer | undefined;
const outside: string[] = [];
afterEach(async () => {
  await dev?.close();
  project?.remove();
  for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
  dev = project = undefined;
});

/** A folder outside the project, standing for the user's home: a secret file, and an index.html of theirs. */
function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-home-'));
  outside.push(dir);
  mkdirSync(join(dir, '.ssh'));
  writeFileSync(join(dir, '.ssh', 'id_rsa'), SECRET);
  writeFileSync(join(dir, 'id_rsa'), SECRET);
  writeFileSync(join(dir, 'index.html'), `<p>${SECRET}</p>`);
  writeFileSync(join(dir, 'wire.txt'), SECRET);
  return dir;
}

/** GET `path` as written, without the normalising a URL parser does ("/../" stays). */
const rawGet = (url: string, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const sent = request({ host: hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });

const startDev = async (now = new Date(LIFT.getTime() - 1000)) => {
  project = makeProject({ withBundled: true });
  dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, clock: new FakeClock(now), watch: false, jobs: 1, io: quiet });
  return { root: project.root, dev };
};

describe('pressroom dev serves only the files of its own trees', () => {
  it('never serves through a link planted in the dev tree or its private tree, to a file or a folder outside', async () => {
    const secrets = home();
    const { root, dev } = await startDev();
    symlinkSync(join(secrets, 'id_rsa'), join(root, DEV_OUT, 'it', 'key.txt'));
    symlinkSync(join(secrets, '.ssh'), join(root, DEV_OUT, 'it', 'ssh'));
    symlinkSync(secrets, join(root, DEV_PRIVATE, 'home'));
    symlinkSync(join(secrets, 'id_rsa'), join(root, DEV_PRIVATE, 'it', 'key.txt'));
    for (const path of ['it/key.txt', 'it/ssh/id_rsa', 'embargoed/home/id_rsa', 'embargoed/home/', 'embargoed/it/key.txt', 'embargoed/it/key.txt?raw']) {
      const answer = await rawGet(dev.url, `/${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain(SECRET);
    }
    // The dev tree's own pages are still served.
    expect((await rawGet(dev.url, '/it/')).status).toBe(200);
    expect((await rawGet(dev.url, `/embargoed/it/${ID}/wire.txt`)).status).toBe(200);
  });

  it('serves nothing when the dev tree itself is a link to a folder outside (the build refuses it)', async () => {
    const secrets = home();
    const { root, dev } = await startDev();
    rmSync(join(root, DEV_OUT), { recursive: true });
    symlinkSync(secrets, join(root, DEV_OUT));
    await dev.live.rebuild();
    for (const path of ['/id_rsa', '/', '/wire.txt']) {
      const answer = await rawGet(dev.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain(SECRET);
    }
    expect(readFileSync(join(secrets, 'index.html'), 'utf8')).toContain(SECRET);
  });

  it('answers a FIFO or a device in the dev tree at once with 404, and keeps serving', async () => {
    const { root, dev } = await startDev();
    execFileSync('mkfifo', [join(root, DEV_OUT, 'it', 'pipe.html')]);
    symlinkSync('/dev/zero', join(root, DEV_OUT, 'it', 'zero.txt'));
    // Several at once: each blocked read would hold one of libuv's four threads, and the fifth request would wait for ever.
    const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => rawGet(dev.url, index % 2 ? '/it/pipe.html' : '/it/zero.txt')));
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await rawGet(dev.url, '/it/')).status).toBe(200);
  }, 20_000);

  it('refuses /../, %2e%2e, an encoded slash and a backslash, raw as a client may send them', async () => {
    const { dev } = await startDev();
    for (const path of [`/../releases/${ID}.md`, `/it/../../releases/${ID}.md`, `/it/%2e%2e/%2e%2e/releases/${ID}.md`, `/it%2f..%2f..%2freleases%2f${ID}.md`, `/it/..%5c..%5creleases%5c${ID}.md`, '/..%2f..%2f..%2fetc%2fpasswd']) {
      const answer = await rawGet(dev.url, path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain('title:');
      expect(answer.body, path).not.toContain('root:');
    }
  });
});

describe('pressroom dev builds in place without writing or deleting through a link planted in its tree', () => {
  it('replaces a link put where a release folder is, and leaves the folder it pointed to as it was', async () => {
    const secrets = home();
    const { root, dev } = await startDev();
    const folder = join(root, DEV_OUT, 'it', JAPAN);
    rmSync(folder, { recursive: true });
    symlinkSync(secrets, folder);
    const source = join(root, 'releases', `${JAPAN}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('Tavola rotonda', 'Tavola rotonda nuova'));
    const result = await dev.live.rebuild();
    expect(result.failure).toBeUndefined();
    expect(readFileSync(join(secrets, 'index.html'), 'utf8')).toBe(`<p>${SECRET}</p>`);
    expect(readFileSync(join(secrets, 'wire.txt'), 'utf8')).toBe(SECRET);
    expect(lstatSync(folder).isDirectory()).toBe(true);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('Tavola rotonda nuova');
    expect(existsSync(join(secrets, 'id_rsa'))).toBe(true);
  });

  it('removes a deleted release without deleting through a link put where its language folder was', async () => {
    const secrets = home();
    const { root, dev } = await startDev();
    const language = join(root, DEV_OUT, 'en');
    // The user's folder holds what the build would delete there: en/<id>/index.html.
    mkdirSync(join(secrets, JAPAN));
    writeFileSync(join(secrets, JAPAN, 'index.html'), SECRET);
    rmSync(language, { recursive: true });
    symlinkSync(secrets, language);
    rmSync(join(root, 'releases', `${JAPAN}.md`));
    const result = await dev.live.rebuild();
    expect(result.failure).toBeUndefined();
    expect(readFileSync(join(secrets, JAPAN, 'index.html'), 'utf8')).toBe(SECRET);
    expect(readFileSync(join(secrets, 'index.html'), 'utf8')).toBe(`<p>${SECRET}</p>`);
    expect(lstatSync(language).isSymbolicLink()).toBe(false);
  });
});

/** A project with one release and its English memory, as the desk and an XLIFF import change it. */
function memoryProject(): { root: string; release: Release; memory: string } {
  project = makeProject();
  const { release, text } = releaseFrom('comunicato', 'title: Comunicato', 'Primo paragrafo.');
  project.write('releases/comunicato.md', text);
  const memory = serializeMemory(memoryOf(release, 'en', (source) => entry(source, `EN ${source}`)), release);
  project.write('locales/en/releases/comunicato.json', memory);
  return { root: project.root, release, memory };
}

/** The desk's save of the first paragraph's target. */
const deskSave = (root: string, release: Release, target: string) =>
  updateMemory(root, 'en', release, (source) => {
    const key = release.segments[1]!.key;
    return { memory: { ...source.memory!, segments: { ...source.memory!.segments, [key]: { ...source.memory!.segments[key]!, target, state: 'reviewed' } } }, answer: undefined };
  });

const lineOf = (error: unknown) => (error instanceof ProblemError ? formatMessages(error.file).join('\n') : String(error));

describe('pressroom dev reads back its own state without waiting on a FIFO put in it', () => {
  it('stops the build with one line when the feed entries of a release are a FIFO, and the next build from scratch goes through', async () => {
    const { root, dev } = await startDev(new Date('2026-01-01T00:00:00Z'));
    const entries = join(root, '.pressroom/dev/.out-state/feeds', `${JAPAN}.json`);
    expect(existsSync(entries)).toBe(true);
    rmSync(entries);
    execFileSync('mkfifo', [entries]);
    const other = join(root, 'releases', 'politecnico-torino-robotica-ospedale.md');
    writeFileSync(other, readFileSync(other, 'utf8').replace('robot mobili', 'robot mobili nuovi'));
    const stopped = await dev.live.rebuild();
    expect(stopped.failure?.message).toMatch(/feeds\/torino-piemonte-giappone-scienze-vita\.json.*a named pipe \(FIFO\)/);
    const again = await dev.live.rebuild();
    expect(again.outcome?.exitCode).toBe(0);
    expect(lstatSync(entries).isFile()).toBe(true);
  }, 30_000);
});

describe('a memory import interrupted: the journal the next save finishes', () => {
  it('refuses a journal naming files that are not memories or comments, or that climb out, and moves nothing', async () => {
    const { root, release, memory } = memoryProject();
    const secrets = home();
    const source = readFileSync(join(root, 'releases/comunicato.md'), 'utf8');
    for (const files of [
      [{ path: 'releases/comunicato.md', aside: 'locales/en/releases/comunicato.json' }],
      [{ path: '../../../../../../../../' + join(secrets, 'index.html').slice(1), aside: 'releases/comunicato.md' }],
      [{ path: 'locales/en/releases/comunicato.json', aside: 'releases/comunicato.md' }],
      [{ path: 'locales/en/releases/../../../releases/comunicato.json', aside: 'locales/en/releases/../../../releases/comunicato.json.batch-0123456789ab' }],
    ]) {
      project!.write(BATCH_JOURNAL, JSON.stringify({ files }));
      const error = await deskSave(root, release, 'Saved').catch((thrown: unknown) => thrown);
      expect(lineOf(error)).toMatch(/^locales\/\.memory-batch\.json: error: the journal names .*nothing was renamed.* \[pressroom:memory-batch\]$/);
      expect(readFileSync(join(root, 'releases/comunicato.md'), 'utf8')).toBe(source);
      expect(readFileSync(join(root, 'locales/en/releases/comunicato.json'), 'utf8')).toBe(memory);
      expect(readFileSync(join(secrets, 'index.html'), 'utf8')).toBe(`<p>${SECRET}</p>`);
    }
  });

  it('answers a journal that is a FIFO with one line instead of waiting for ever', async () => {
    const { root, release, memory } = memoryProject();
    execFileSync('mkfifo', [join(root, BATCH_JOURNAL)]);
    const error = await deskSave(root, release, 'Saved').catch((thrown: unknown) => thrown);
    expect(lineOf(error)).toMatch(/^locales\/\.memory-batch\.json: error: this is a named pipe \(FIFO\), not a file.*\[pressroom:memory-batch\]$/);
    expect(readFileSync(join(root, 'locales/en/releases/comunicato.json'), 'utf8')).toBe(memory);
  }, 10_000);

  it('takes over a FIFO put in place of a memory’s lock file instead of waiting on it', async () => {
    const { root, release } = memoryProject();
    execFileSync('mkfifo', [join(root, 'locales/en/releases/comunicato.json.lock')]);
    await deskSave(root, release, 'Saved');
    expect(readFileSync(join(root, 'locales/en/releases/comunicato.json'), 'utf8')).toContain('Saved');
    expect(existsSync(join(root, 'locales/en/releases/comunicato.json.lock'))).toBe(false);
  }, 10_000);

  it('removes only what a batch wrote aside, never a file of the user whose name holds .batch-', async () => {
    const { root, release } = memoryProject();
    const mine = ['locales/en/releases/appunti.batch-vecchi.json', 'locales/en/comments/comunicato.json.batch-copy', 'locales/glossary.batch-2024.yaml'];
    for (const path of mine) project!.write(path, 'mine');
    project!.write('locales/en/releases/comunicato.json.batch-0123456789ab', 'left by a killed import');
    project!.write(BATCH_JOURNAL, JSON.stringify({ files: [] }));
    await deskSave(root, release, 'Saved');
    for (const path of mine) expect(readFileSync(join(root, path), 'utf8'), path).toBe('mine');
    expect(existsSync(join(root, 'locales/en/releases/comunicato.json.batch-0123456789ab'))).toBe(false);
    expect(existsSync(join(root, BATCH_JOURNAL))).toBe(false);
  });
});

describe('the files a build keeps beside its sources and trees: its stamps and its record of trees', () => {
  it('replaces a link put in place of .pressroom-stamps.json, and never writes where it points', async () => {
    const secrets = home();
    project = makeProject({ withBundled: true });
    const root = project.root;
    for (const target of [join(secrets, 'index.html'), join(root, 'releases', `${JAPAN}.md`)]) {
      const before = readFileSync(target, 'utf8');
      rmSync(join(root, '.pressroom-stamps.json'), { force: true });
      symlinkSync(target, join(root, '.pressroom-stamps.json'));
      const built = await buildIn(root);
      expect(built.exitCode, built.stderr).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(before);
      expect(lstatSync(join(root, '.pressroom-stamps.json')).isFile()).toBe(true);
    }
  });

  it('replaces a link put in place of .pressroom-status.json, never writes where it points, and builds past a FIFO there', async () => {
    const secrets = home();
    project = makeProject({ withBundled: true });
    const root = project.root;
    symlinkSync(join(secrets, 'index.html'), join(root, '.pressroom-status.json'));
    const built = await buildIn(root);
    expect(built.exitCode, built.stderr).toBe(0);
    expect(readFileSync(join(secrets, 'index.html'), 'utf8')).toBe(`<p>${SECRET}</p>`);
    expect(lstatSync(join(root, '.pressroom-status.json')).isFile()).toBe(true);
    rmSync(join(root, '.pressroom-status.json'));
    execFileSync('mkfifo', [join(root, '.pressroom-status.json')]);
    const source = join(root, 'releases', `${JAPAN}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('Tavola rotonda', 'Tavola rotonda nuova'));
    const again = await buildIn(root);
    expect(again.exitCode, again.stderr).toBe(0);
  }, 30_000);

  it('builds past a FIFO put in place of .pressroom-stamps.json or .pressroom-trees.json, without waiting on it', async () => {
    project = makeProject({ withBundled: true });
    const root = project.root;
    execFileSync('mkfifo', [join(root, '.pressroom-stamps.json')]);
    const first = await buildIn(root);
    expect(first.exitCode, first.stderr).toBe(0);
    rmSync(join(root, '.pressroom-trees.json'));
    execFileSync('mkfifo', [join(root, '.pressroom-trees.json')]);
    // With no record the build cannot tell out/ from someone's folder: it refuses, and says so, at once.
    const second = await buildIn(root);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toContain('no record of making');
  }, 30_000);
});

/** A reviewer's comment on the first paragraph, as the desk adds it. */
const deskComment = (root: string, release: Release, text: string) =>
  updateMemory(root, 'en', release, (_source, comments) => ({ comments: addComment(comments.comments!, release.segments[1]!.key, { author: 'Anna', at: '2025-10-16T08:00:00+02:00', text }).comments, answer: undefined }));

describe('comments and memories are written only inside the project', () => {
  it('refuses a comments or memory folder linked out of the project: one line, and nothing written where it points', async () => {
    const { root, release, memory } = memoryProject();
    const secrets = home();
    const before = readdirSync(secrets).sort();
    symlinkSync(secrets, join(root, 'locales/en/comments'));
    const comment = await deskComment(root, release, 'Chi è?').catch((thrown: unknown) => thrown);
    expect(lineOf(comment)).toBe(`locales/en/comments/comunicato.json: error: its folder locales/en/comments leads to ${secrets}, outside the project (a symbolic link on the way); nothing was written: make it a folder of the project [pressroom:outside-project]`);
    // The XLIFF import's notes are written by the batch: refused before the first file is written aside.
    const text = serializeComments(addComment(emptyComments('comunicato', 'en'), release.segments[1]!.key, { author: 'Kenji', at: '2025-10-16T08:00:00+02:00', text: 'Nota' }).comments, release);
    const batch = await writeMemoryBatch(root, [{ path: 'locales/en/releases/comunicato.json', text: memory }, { path: 'locales/en/comments/comunicato.json', text }]).catch((thrown: unknown) => thrown);
    expect(lineOf(batch)).toContain('[pressroom:outside-project]');
    expect(readdirSync(secrets).sort()).toEqual(before);
    rmSync(join(root, 'locales/en/comments'));

    // The memory's folder linked out, with a copy of the memory there: the save is refused, the copy stays.
    mkdirSync(join(secrets, 'releases'));
    renameSync(join(root, 'locales/en/releases/comunicato.json'), join(secrets, 'releases/comunicato.json'));
    rmSync(join(root, 'locales/en/releases'), { recursive: true });
    symlinkSync(join(secrets, 'releases'), join(root, 'locales/en/releases'));
    const save = await deskSave(root, release, 'Saved').catch((thrown: unknown) => thrown);
    expect(lineOf(save)).toContain('locales/en/releases/comunicato.json: error: its folder locales/en/releases leads to');
    expect(readdirSync(join(secrets, 'releases'))).toEqual(['comunicato.json']);
    expect(readFileSync(join(secrets, 'releases/comunicato.json'), 'utf8')).toBe(memory);
  });

  it('says what is wrong with a comments folder that is a dangling link, a link loop or a file, and writes nothing', async () => {
    const { root, release } = memoryProject();
    const folder = join(root, 'locales/en/comments');
    const cases: [string, () => void, RegExp][] = [
      ['dangling', () => symlinkSync(join(root, 'nowhere'), folder), /a symbolic link to a folder that does not exist/],
      ['loop', () => symlinkSync(folder, folder), /a symbolic link that leads back to itself/],
      ['file', () => writeFileSync(folder, 'not a folder'), /a file stands where a folder is on the way/],
    ];
    for (const [name, plant, reason] of cases) {
      rmSync(folder, { recursive: true, force: true });
      plant();
      const error = await deskComment(root, release, 'Chi è?').catch((thrown: unknown) => thrown);
      expect(lineOf(error), name).toMatch(reason);
      expect(lineOf(error), name).toMatch(/^locales\/en\/comments\/comunicato\.json: error: .*\[pressroom:outside-project\]$/);
      expect(existsSync(join(root, 'nowhere')), name).toBe(false);
    }
  });

  it('follows a link to a folder inside the project, and a locales/ kept elsewhere and linked in', async () => {
    const { root, release } = memoryProject();
    mkdirSync(join(root, 'shared-comments'));
    symlinkSync(join(root, 'shared-comments'), join(root, 'locales/en/comments'));
    await deskComment(root, release, 'Chi è?');
    expect(readFileSync(join(root, 'shared-comments/comunicato.json'), 'utf8')).toContain('Chi è?');

    const elsewhere = home();
    renameSync(join(root, 'locales'), join(elsewhere, 'locales'));
    symlinkSync(join(elsewhere, 'locales'), join(root, 'locales'));
    rmSync(join(elsewhere, 'locales/en/comments'));
    await deskComment(root, release, 'Risposta');
    await deskSave(root, release, 'Saved');
    expect(readFileSync(join(elsewhere, 'locales/en/comments/comunicato.json'), 'utf8')).toContain('Risposta');
    expect(readFileSync(join(elsewhere, 'locales/en/releases/comunicato.json'), 'utf8')).toContain('Saved');
  });
});

/** Every file under `dir` (following no links), with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const item of readdirSync(at, { withFileTypes: true })) {
      if (item.isDirectory()) walk(join(at, item.name));
      else if (item.isFile()) found.set(join(at, item.name), readFileSync(join(at, item.name)));
    }
  };
  walk(dir);
  return found;
}

describe('the sizes of pictures kept in the state tree beside out/', () => {
  it('never publishes what a link, a FIFO or an edited record in the picture cache points to, and makes the sizes again', async () => {
    const secrets = home();
    project = makeProject({ withBundled: true });
    const root = project.root;
    const first = await buildIn(root, { languages: ['it'] });
    expect(first.exitCode, first.stderr).toBe(0);
    const cache = join(root, '.out-state/media', JAPAN);
    const made = readdirSync(cache);
    const plan = made.find((name) => name.endsWith('.json'))!;
    const sizes = made.filter((name) => name.endsWith('.png'));
    expect(sizes.length).toBeGreaterThan(0);
    const published = [...filesUnder(join(root, 'out/media', JAPAN)).values()];
    const source = join(root, 'releases', `${JAPAN}.md`);
    const plants: [string, () => void][] = [
      ['each size a link to a secret', () => sizes.forEach((name) => (rmSync(join(cache, name)), symlinkSync(join(secrets, 'id_rsa'), join(cache, name))))],
      ['the folder a link to a folder of secrets', () => {
        for (const name of made) writeFileSync(join(secrets, name), SECRET);
        writeFileSync(join(secrets, plan), readFileSync(join(cache, plan)));
        rmSync(cache, { recursive: true });
        symlinkSync(secrets, cache);
      }],
      ['the record naming files out of the tree', () => {
        const record = JSON.parse(readFileSync(join(cache, plan), 'utf8')) as { caches: string[] };
        record.caches = record.caches.map(() => `.pressroom/../../../../../../../../..${join(secrets, 'id_rsa')}`);
        writeFileSync(join(cache, plan), JSON.stringify(record));
      }],
      ['the record a FIFO', () => (rmSync(join(cache, plan)), execFileSync('mkfifo', [join(cache, plan)]))],
    ];
    for (const [index, [name, plant]] of plants.entries()) {
      plant();
      // An edit, so that the release is rendered again and its pictures looked up in the cache.
      writeFileSync(source, readFileSync(source, 'utf8').replace(/Tavola rotonda( \d+)?/, `Tavola rotonda ${index}`));
      const built = await buildIn(root, { languages: ['it'] });
      expect(built.exitCode, `${name}: ${built.stderr}`).toBe(0);
      for (const [file, bytes] of filesUnder(join(root, 'out'))) expect(bytes.toString('latin1'), `${name}: ${file}`).not.toContain(SECRET);
      // The sizes made again are the same bytes.
      expect([...filesUnder(join(root, 'out/media', JAPAN)).values()], name).toEqual(published);
      expect(readFileSync(join(secrets, 'id_rsa'), 'utf8')).toBe(SECRET);
    }
  }, 60_000);
});

describe('pressroom import names the new release by an id that can name its files', () => {
  it('refuses an --id too long to name a file, with one line, and writes nothing', async () => {
    project = makeProject();
    const root = project.root;
    const input = project.write('in.txt', 'Titolo di prova\n\nTorino, 3 ottobre 2025 – Testo del comunicato.\n');
    const lines: string[] = [];
    const io = { log: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) };
    const id = Array.from({ length: 30 }, () => 'comunicato').join('-');
    expect(await runImport(input, { root, id, now: new Date('2025-10-03T10:00:00+02:00') }, io)).toBe(1);
    expect(lines).toEqual([`${input}: error: --id is ${id.length} characters, more than the 200 an id may be (it names the release's folders and files) [pressroom:import]`]);
    expect(readdirSync(join(root, 'releases'))).toEqual([]);
  });
});

describe('pressroom xliff export -o', () => {
  it('says in one line that a directory given to -o is not a file, and writes nothing in it', async () => {
    const { root } = memoryProject();
    mkdirSync(join(root, 'en.xlf'));
    const lines: string[] = [];
    const io = { log: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) };
    expect(await runXliffExport({ root, language: 'en', output: join(root, 'en.xlf') }, io)).toBe(1);
    expect(lines).toEqual([`${join(root, 'en.xlf')}: error: this is a directory, not a file; give the name of the .xlf file to write, like -o en.xlf [pressroom:xliff]`]);
    expect(readdirSync(join(root, 'en.xlf'))).toEqual([]);
    expect(readdirSync(root).filter((name) => name.startsWith('en.xlf'))).toEqual(['en.xlf']);
  });
});

describe('pressroom build links unchanged files from the out/ it replaces only through real folders', () => {
  it('never links onward a file reached through a folder of out/ replaced by a link: one line, and nothing published from it', async () => {
    const secrets = home();
    project = makeProject({ withBundled: true });
    const root = project.root;
    expect((await buildIn(root, { languages: ['it'] })).exitCode).toBe(0);
    const folder = join(root, 'out/it/politecnico-torino-robotica-ospedale');
    const copy = join(secrets, 'copy');
    execFileSync('cp', ['-r', folder, copy]);
    writeFileSync(join(copy, 'index.html'), SECRET);
    rmSync(folder, { recursive: true });
    symlinkSync(copy, folder);
    const source = join(root, 'releases', `${JAPAN}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('Tavola rotonda', 'Tavola rotonda nuova'));
    await expect(buildIn(root, { languages: ['it'] })).rejects.toThrow(/index\.html is not a file the build made .*a folder on its way/);
    expect(lstatSync(folder).isSymbolicLink()).toBe(true);
    for (const name of readdirSync(root).filter((entry) => entry.startsWith('.out'))) {
      for (const [file, bytes] of filesUnder(join(root, name))) expect(bytes.toString('latin1'), file).not.toContain(SECRET);
    }
    expect(readFileSync(join(copy, 'index.html'), 'utf8')).toBe(SECRET);
  }, 30_000);
});

describe('a picture named as long as a file name may be', () => {
  it('publishes its sizes under names short enough for the file system, and the other releases with it', async () => {
    project = makeProject({ withBundled: true });
    const root = project.root;
    const long = `${'missione-giappone-'.repeat(13)}finale.png`;
    expect(long.length).toBeGreaterThan(240);
    const media = join(root, 'releases', `${JAPAN}.media`);
    execFileSync('cp', [join(media, 'missione-giappone.png'), join(media, long)]);
    const source = join(root, 'releases', `${JAPAN}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('file: missione-giappone.png', `file: ${long}`));
    const built = await buildIn(root, { languages: ['it'] });
    expect(built.exitCode, built.stderr).toBe(0);
    const sizes = readdirSync(join(root, 'out/media', JAPAN));
    expect(sizes.length).toBeGreaterThan(0);
    for (const name of sizes) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(readFileSync(join(root, 'out/it', JAPAN, 'index.html'), 'utf8')).toContain(sizes[0]);
    expect(existsSync(join(root, 'out/it/politecnico-torino-robotica-ospedale/index.html'))).toBe(true);
  }, 30_000);
});
