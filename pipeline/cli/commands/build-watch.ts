// `pressroom build --watch`: the publishing mode that keeps running. It builds out/ as `pressroom build` does, then
// again whenever releases/ or locales/ change and at each embargo lift or scheduled publication, so a release goes
// public on time without a cron job.
import { once } from 'node:events';
import { printReports, type Console } from '../report.ts';
import { problemFile } from '../../problems.ts';
import type { BuildOptions } from '../../publish/build.ts';
import { systemClock } from '../../preview/clock.ts';
import { startLiveBuild, type BuildCause } from '../../preview/live-build.ts';

const why = (cause: BuildCause): string =>
  cause.kind === 'start' ? 'first build' : cause.kind === 'schedule' ? `scheduled for ${cause.at.toISOString()}` : `changed: ${cause.paths.join(', ') || 'sources'}`;

export async function runBuildWatch(options: Omit<BuildOptions, 'now'>, io: Console): Promise<number> {
  const { runBuild } = await import('../../publish/build.ts');
  const live = startLiveBuild({
    root: options.root,
    clock: systemClock,
    build: async (now) => {
      io.log(`pressroom build --watch: building at ${now.toISOString()}`);
      return runBuild({ ...options, now }, io);
    },
    built: (result) => {
      if (result.failure) printReports([problemFile('', `the build stopped (${why(result.cause)}): ${result.failure.message}`, 'watch-build')], io);
      io.log(result.next ? `pressroom build --watch: next build at ${result.next.toISOString()}, when a release held back becomes public` : 'pressroom build --watch: nothing is scheduled; waiting for changes');
    },
  });
  await live.ready;
  io.log('Watching releases/ and locales/. Press Ctrl+C to stop.');
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await live.close();
  return live.last()?.outcome?.exitCode ?? 1;
}
