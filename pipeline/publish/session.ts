// What a long-running preview (pressroom dev) keeps between its builds of one project, so an edit costs what it
// changes: the manifest the last build wrote and every file of its trees, which it would otherwise read back and
// list (thousands of files) at every build. A build given a session updates its trees in place (inPlaceTrees).
import type { Manifest } from './manifest.ts';
import type { Stamp } from '../project/stamps.ts';

export interface BuildSession {
  /** The manifest the last build wrote beside the tree it describes. */
  manifest?: Manifest;
  /** Every file of the three trees after the last build, as renderers name them, sorted. */
  files?: string[];
  /** The stamps the last build took and when it began reading: with a watcher's report, the next build trusts them. */
  stamps?: { stamps: Record<string, Stamp>; readAt: number };
  /** The last build's manifest and stamps being written, after it answered: the next build waits for them. */
  persisting?: Promise<void>;
}
