// `pressroom dev`: a preview for the press office while it edits. Builds the project once into a dev tree of its
// own (never out/), serves it, rebuilds on every change to releases/ or locales/ and at every embargo lift or
// scheduled publication, and tells the open pages to reload (or shows the build's problems over them).
// On loopback it also serves what is under embargo, marked as private on every page.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { createAdaptorServer } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { runBuild, type BuildOutcome } from '../publish/build.ts';
import type { BuildSession } from '../publish/session.ts';
import { formatMessages, type Console } from '../problems.ts';
import { LANGUAGES, type Language } from '../release.ts';
import { isLoopback } from '../review/security.ts';
import { systemClock, type Clock } from './clock.ts';
import { startLiveBuild, type LiveBuild, type LiveBuildResult } from './live-build.ts';
import { EVENTS_PATH, ReloadHub, withLiveReload, type Problems } from './live-reload.ts';
import { privateListing, privatePage, PRIVATE_PREFIX } from './private-page.ts';
import { watchedFile } from './watch.ts';

/** The dev tree, inside the project but apart from out/: a restart rebuilds only what changed meanwhile. */
export const DEV_OUT = '.pressroom/dev/out';
/** Its private tree (embargoed copies), never the agencies' real one (package.json `pressroom.privateDir`). */
export const DEV_PRIVATE = '.pressroom/dev/out-private';

export interface DevServerOptions {
  /** Project directory holding releases/ and locales/. */
  root: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  languages?: Language[];
  /** The clock embargoes and schedules are read by (tests move their own). */
  clock?: Clock;
  /** Watch releases/ and locales/ (default true). */
  watch?: boolean;
  jobs?: number;
  /** Each build prints its `pressroom-timings {…}` line (see `pressroom build --timings`). */
  timings?: boolean;
  /** Where the build's lines go (the terminal). */
  io: Console;
}

export interface DevServer {
  server: Server;
  /** http://host:port/ */
  url: string;
  live: LiveBuild;
  hub: ReloadHub;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  // The sizes of a release's pictures.
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Every line the terminal printed for the build, and the counts. */
export function problemsOf(result: LiveBuildResult): Problems {
  if (!result.outcome) return { errors: 1, warnings: 0, lines: [`pressroom dev: error: the build stopped: ${result.failure?.message ?? 'unknown failure'}`] };
  return problemsOfOutcome(result.outcome);
}

export function problemsOfOutcome(outcome: BuildOutcome): Problems {
  return problemsOfReports(outcome.reports);
}

function problemsOfReports(reports: VFile[]): Problems {
  const lines = reports.flatMap((file) => formatMessages(file));
  const messages = reports.flatMap((file) => file.messages);
  return { errors: messages.filter((message) => message.fatal === true).length, warnings: messages.filter((message) => message.fatal === false).length, lines };
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = resolve(options.root);
  const outDir = resolve(root, DEV_OUT);
  const loopback = isLoopback(options.host);
  const hub = new ReloadHub();
  const app = new Hono();

  // A page on another site must not read drafts through a name that points here (DNS rebinding).
  app.use('*', async (c, next) => {
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '');
    if (loopback && !isLoopback(host)) return c.text('pressroom dev answers only to its loopback address', 421);
    c.header('Cache-Control', 'no-store');
    await next();
  });

  app.get(EVENTS_PATH, (c) =>
    streamSSE(c, async (stream) => {
      await hub.join(stream);
      // Held open until the page goes; a comment now and then keeps proxies and idle timers from closing it.
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(15_000);
        if (!stream.aborted && !stream.closed) await stream.write(': keep-alive\n\n').catch(() => undefined);
      }
      hub.leave(stream);
    }),
  );

  // Embargoed copies: in their own tree beside the dev tree, or (older builds) under its embargoed/.
  const privateDirs = [resolve(root, DEV_PRIVATE), join(outDir, PRIVATE_PREFIX)];
  app.get('*', async (c) => serveFile(c, outDir, privateDirs, loopback));

  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${shown}:${port}/`;

  const clock = options.clock ?? systemClock;
  // The dev tree is the preview's own: built in place, with what the last build knew kept in memory.
  const session: BuildSession = {};
  /** The pages this build reloaded as soon as their files were written: the reload at its end spares them. */
  let reloaded: string[] | undefined;
  const releasesWritten = async (files: string[], reports: VFile[]) => {
    const problems = problemsOfReports(reports);
    if (files.length === 0 && problems.errors === 0) return;
    if (problems.errors === 0) reloaded = files;
    // The build goes on once the event is on its way (not before: it would sit behind the indexes), or after a
    // moment, should a page not be reading its stream.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([hub.built(problems, { only: files }), new Promise((resolveWait) => (timer = setTimeout(resolveWait, 50)))]);
    clearTimeout(timer);
  };
  const live = startLiveBuild({
    root,
    clock,
    watch: options.watch,
    // No DeepL here (an edit a second must not bill): the preview shows what the memories hold.
    build: (now, changed) => {
      // `private` is for builds that keep embargoed copies apart from out/ (issue 16); one that keeps them inside ignores it.
      reloaded = undefined;
      const settings = { root, out: DEV_OUT, private: DEV_PRIVATE, languages: options.languages ?? [...LANGUAGES], now, baseUrl: url, strict: false, jobs: options.jobs, timings: options.timings, env: {}, session, releasesWritten, watched: changed && { changed, covers: watchedFile } };
      return runBuild(settings, options.io);
    },
    built: (result) => {
      if (result.failure) options.io.error(problemsOf(result).lines[0]!);
      if (result.cause.kind !== 'start') options.io.log(`pressroom dev: rebuilt in ${Math.round(result.ms)} ms (${result.cause.kind === 'schedule' ? `scheduled for ${result.cause.at.toISOString()}` : result.cause.paths.join(', ') || 'sources changed'})`);
      if (result.next) options.io.log(`pressroom dev: next rebuild at ${result.next.toISOString()}, when a release held back becomes public`);
      void hub.built(problemsOf(result), reloaded && { except: reloaded });
    },
  });
  try {
    await live.ready;
  } catch (error) {
    await live.close();
    server.close();
    throw error;
  }

  return {
    server,
    url,
    live,
    hub,
    close: async () => {
      await live.close();
      await session.persisting;
      hub.close();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

async function serveFile(c: Context, outDir: string, privateDirs: string[], loopback: boolean): Promise<Response> {
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    return c.text('bad address', 400);
  }
  const segments = path.split('/').filter(Boolean);
  // The build's own records (.pressroom/, dot files) and anything that could climb out of the tree are not served.
  if (segments.some((segment) => segment.startsWith('.') || /[\\\0]/.test(segment))) return notFound(c);
  const isPrivate = segments[0] === PRIVATE_PREFIX;
  if (isPrivate && !loopback) return notFound(c);
  let tree = outDir;
  if (isPrivate) {
    const found = await Promise.all(privateDirs.map((dir) => stat(dir).then(() => dir, () => undefined)));
    tree = found.find((place) => place !== undefined) ?? privateDirs[0]!;
  }
  let file = join(tree, ...(isPrivate ? segments.slice(1) : segments));
  const info = await servable(tree, file);
  if (!info && !(isPrivate && segments.length === 1)) return notFound(c);
  if (!info || info.isDirectory()) {
    if (!path.endsWith('/')) return c.redirect(`${c.req.path}/`, 302);
    if (isPrivate) {
      const entries = info ? (await readdir(info.real, { withFileTypes: true })).filter((entry) => entry.isDirectory() || entry.isFile()) : [];
      return c.html(withLiveReload(privateListing(segments.join('/'), entries.map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name)).sort())));
    }
    file = join(file, 'index.html');
  }
  const page = info?.isDirectory() ? await servable(tree, file) : info;
  const bytes = page?.isFile() ? await readRegular(page.real) : undefined;
  if (!bytes) return notFound(c);
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (c.req.query('raw') === undefined && isPrivate) return c.html(withLiveReload(privatePage(segments.join('/'), bytes.toString('utf8'))));
  if (type.startsWith('text/html')) return c.html(withLiveReload(bytes.toString('utf8')));
  return c.body(bytes, 200, { 'Content-Type': type });
}

/**
 * `file` as served from `tree`: its real path and what it is, when that real path is inside the tree. A link
 * planted in the tree (to ~/.ssh, to /dev/zero) or a tree that is itself a link (the build refuses it) serves nothing.
 */
async function servable(tree: string, file: string): Promise<(Stats & { real: string }) | undefined> {
  try {
    // The tree's own place with its parents' links resolved, but not its own: a tree that is a link is outside it.
    const top = join(await realpath(dirname(tree)), basename(tree));
    const real = await realpath(file);
    const inside = relative(top, real);
    if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
    return Object.assign(await stat(real), { real });
  } catch {
    return undefined;
  }
}

/** A regular file's bytes; a FIFO put in its place since it was looked at is opened without waiting, and refused. */
async function readRegular(file: string): Promise<Buffer<ArrayBuffer> | undefined> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return undefined;
  try {
    // A file handle's bytes are never shared memory.
    return (await handle.stat()).isFile() ? ((await handle.readFile()) as Buffer<ArrayBuffer>) : undefined;
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** A missing page still listens: once a build makes it (a fixed release), it reloads into it. */
function notFound(c: Context): Response {
  return c.html(withLiveReload('<!doctype html><html lang="en"><meta charset="utf-8"><title>Not built</title><body><h1>Not built</h1><p>The last build made no such page. If its release has errors, they are listed over this page; fix them and it appears.</p></body></html>'), 404);
}
