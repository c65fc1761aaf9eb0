// `pressroom dev`: the live preview, until interrupted.
import { once } from 'node:events';
import { printReports, startProblem, type Console } from '../report.ts';
import type { Language } from '../../release.ts';
import { DEV_OUT, startDevServer } from '../../preview/dev-server.ts';

export interface DevOptions {
  root: string;
  port: number;
  host: string;
  languages: Language[];
  jobs?: number;
}

export async function runDev(options: DevOptions, io: Console): Promise<number> {
  let server;
  try {
    server = await startDevServer({ ...options, io });
  } catch (error) {
    printReports([startProblem(error, options.port)], io);
    return 1;
  }
  io.log(`Preview on ${server.url} (built into ${DEV_OUT}, not out/); pages reload as you edit releases/ and locales/.`);
  if (options.host === '127.0.0.1' || options.host === 'localhost' || options.host === '::1') io.log(`Under embargo, privately: ${server.url}embargoed/`);
  io.log('Press Ctrl+C to stop.');
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await server.close();
  return 0;
}
