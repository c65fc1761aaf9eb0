// A build that keeps running: once at the start, again whenever releases/ or locales/ change, and again at the
// next embargo lift or scheduled publication, so a release goes public on time without a cron job. Builds run
// one at a time; changes that arrive during a build are gathered into the next one.
import type { BuildOutcome } from '../publish/build.ts';
import { callAt, type Clock } from './clock.ts';
import { watchSources, type SourceWatch } from './watch.ts';

/** Why a build ran. */
export type BuildCause =
  | { kind: 'start' }
  /** `watched`: every path came from the watcher, which has listened since before the previous build began. */
  | { kind: 'change'; paths: string[]; watched?: true }
  | { kind: 'schedule'; at: Date };

export interface LiveBuildResult {
  cause: BuildCause;
  /** The clock the build ran at. */
  now: Date;
  /** What the build returned; undefined when it threw (then `failure` says why). */
  outcome?: BuildOutcome;
  failure?: Error;
  /** The instant the next scheduled build is set for, if any. */
  next?: Date;
  /** How long the build took, in ms. */
  ms: number;
}

export interface LiveBuildOptions {
  /**
   * One build at `now`: runBuild with the caller's options. `changed`: when the watcher can say, every path that
   * changed since the previous build began (nothing else did).
   */
  build(now: Date, changed?: string[]): Promise<BuildOutcome>;
  clock: Clock;
  /** Project directory: its releases/ and locales/ are watched (unless `watch` is false). */
  root: string;
  watch?: boolean;
  /** After every build. */
  built?(result: LiveBuildResult): void;
}

export interface LiveBuild {
  /** The first build is done and the watcher is listening. */
  ready: Promise<LiveBuildResult>;
  /** Build again now (as a change to the sources would). */
  rebuild(cause?: BuildCause): Promise<LiveBuildResult>;
  /** The last build's result. */
  last(): LiveBuildResult | undefined;
  close(): Promise<void>;
}

export function startLiveBuild(options: LiveBuildOptions): LiveBuild {
  const { clock } = options;
  let last: LiveBuildResult | undefined;
  let running: Promise<LiveBuildResult> | undefined;
  let queued: { cause: BuildCause; done: Promise<LiveBuildResult> } | undefined;
  let cancelTimer: (() => void) | undefined;
  let closed = false;
  /** A scheduled build runs at its instant even if the timer fired a hair early. */
  let notBefore = 0;

  const runOnce = async (cause: BuildCause): Promise<LiveBuildResult> => {
    const now = new Date(Math.max(clock.now().getTime(), notBefore));
    const start = performance.now();
    let result: LiveBuildResult;
    try {
      const outcome = await options.build(now, cause.kind === 'change' && cause.watched ? cause.paths : undefined);
      result = { cause, now, outcome, ms: performance.now() - start };
    } catch (error) {
      result = { cause, now, failure: error instanceof Error ? error : new Error(String(error)), ms: performance.now() - start };
    }
    cancelTimer?.();
    cancelTimer = undefined;
    const next = result.outcome?.nextChange;
    if (next && !closed) {
      result.next = next;
      cancelTimer = callAt(clock, next, () => {
        notBefore = Math.max(notBefore, next.getTime());
        void rebuild({ kind: 'schedule', at: next });
      });
    }
    last = result;
    options.built?.(result);
    return result;
  };

  const rebuild = (cause: BuildCause = { kind: 'change', paths: [] }): Promise<LiveBuildResult> => {
    if (!running) {
      running = runOnce(cause).finally(() => {
        running = undefined;
      });
      return running;
    }
    if (queued) {
      // Folded into the build already waiting: the causes merge, the clock is read when it starts.
      if (queued.cause.kind === 'change' && cause.kind === 'change') {
        queued.cause.paths.push(...cause.paths);
        if (!cause.watched) delete queued.cause.watched;
      }
      else if (cause.kind === 'schedule') queued.cause = cause;
      return queued.done;
    }
    const waiting = running;
    const entry = { cause, done: undefined as unknown as Promise<LiveBuildResult> };
    entry.done = waiting.then(() => {
      queued = undefined;
      return rebuild(entry.cause);
    });
    queued = entry;
    return entry.done;
  };

  let watch: SourceWatch | undefined;
  const ready = (async () => {
    // Listening before the first build reads anything: a change made while it runs is seen, and builds again.
    if (options.watch !== false) {
      watch = watchSources(options.root, (paths) => void rebuild({ kind: 'change', paths, watched: true }));
      await watch.ready;
    }
    return rebuild({ kind: 'start' });
  })();

  return {
    ready,
    rebuild,
    last: () => last,
    close: async () => {
      closed = true;
      cancelTimer?.();
      await ready.catch(() => undefined);
      await watch?.close();
      await running?.catch(() => undefined);
      await queued?.done.catch(() => undefined);
    },
  };
}
