// What a long-running build watches: releases/ with each release's picture folder, and locales/ (memories, ui
// strings, the glossary). Changes are
// gathered for a moment, so an editor's save (often a write and a rename) makes one rebuild, not three.
//
// The few directories the project has are watched each with node's own fs.watch (inotify, FSEvents, …): a change
// costs one event. A watcher that rescans a directory on every change inside it (as chokidar does) would list and
// stat a thousand releases per edit, on the thread that then builds.
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../release.ts';

export interface SourceWatch {
  /** Resolves once the watcher has listed what it watches: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Short enough to keep edit-to-reload quick, long enough to fold a save's events into one: an editor's atomic save
 * (write a temporary file, rename it over the release; or rename the release away and write it anew) makes its
 * events within a millisecond or two, and each new event starts the wait again.
 */
export const SETTLE_MS = 10;

/** The directories whose files a build reads, relative to the project; each parent before its children. */
const WATCHED = ['releases', 'locales', ...LANGUAGES.flatMap((language) => [`locales/${language}`, `locales/${language}/releases`])];

/** A release's picture folder, releases/<name>.media, whose files a build reads too. */
const MEDIA = /^releases\/[^/]+\.media$/;

/** Whether a change to the file at `path` (relative to the project) is reported: it is in a directory watched. */
export function watchedFile(path: string): boolean {
  const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
  return WATCHED.includes(dir) || MEDIA.test(dir);
}

/** WATCHED and the picture folders there are now. */
function directories(root: string): string[] {
  let media: string[] = [];
  try {
    media = readdirSync(join(root, 'releases'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name.endsWith('.media'))
      .map((entry) => `releases/${entry.name}`);
  } catch {
    // No releases/ yet.
  }
  return [...WATCHED, ...media];
}

/** `changed` gets the project-relative paths that changed (as far as the file system said). */
export function watchSources(root: string, changed: (paths: string[]) => void, settleMs = SETTLE_MS): SourceWatch {
  const watchers = new Map<string, FSWatcher>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const report = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].sort();
      pending = new Set();
      changed(paths);
    }, settleMs);
  };
  /** Watch every directory that exists and is not yet watched (one made later is taken up when its parent changes). */
  const start = () => {
    for (const dir of directories(root)) {
      if (closed || watchers.has(dir)) continue;
      try {
        const watcher = watch(join(root, dir), (_event, name) => {
          const path = name ? `${dir}/${name.toString()}` : dir;
          // Reviewers' comments (locales/<lang>/comments/) publish nothing: a comment added is no reason to rebuild.
          if (/^locales\/[^/]+\/comments$/.test(path)) return;
          if ((WATCHED.includes(path) || MEDIA.test(path)) && !watchers.has(path)) start();
          report(path);
        });
        // The directory went (removed or renamed away): watch it again if it comes back.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // Not there (yet).
      }
    }
  };
  start();
  return {
    ready: Promise.resolve(),
    close: async () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
