// What a long-running build watches: releases/ and locales/ (memories, ui strings, the glossary). Changes are
// gathered for a moment, so an editor's save (often a write and a rename) makes one rebuild, not three.
import { join } from 'node:path';
import chokidar from 'chokidar';

export interface SourceWatch {
  /** Resolves once the watcher has listed what it watches: changes from then on are seen. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Short enough to keep edit-to-reload quick, long enough to fold a save's events into one. */
export const SETTLE_MS = 25;

/** `changed` gets the project-relative paths that changed (as far as the file system said). */
export function watchSources(root: string, changed: (paths: string[]) => void, settleMs = SETTLE_MS): SourceWatch {
  // Reviewers' comments (locales/<lang>/comments/) publish nothing: a comment added is no reason to rebuild.
  const watcher = chokidar.watch([join(root, 'releases'), join(root, 'locales')], { ignoreInitial: true, ignored: (path) => /[\\/]locales[\\/][^\\/]+[\\/]comments(?:[\\/]|$)/.test(path.slice(root.length)) });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, path) => {
    pending.add(path.startsWith(root) ? path.slice(root.length + 1) : path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending].sort();
      pending = new Set();
      changed(paths);
    }, settleMs);
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
