// `pressroom review`: serve the reviewers' web UI until interrupted.
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { once } from 'node:events';
import { printReports, startProblem, type Console } from '../report.ts';
import { startReviewServer } from '../../review/server.ts';

export interface ReviewOptions {
  root: string;
  port: number;
  host: string;
  token?: string;
  reviewer?: string;
}

export async function runReview(options: ReviewOptions, io: Console): Promise<number> {
  let server;
  try {
    server = await startReviewServer({
      root: resolve(options.root),
      host: options.host,
      port: options.port,
      token: options.token,
      reviewer: options.reviewer ?? userInfo().username,
    });
  } catch (error) {
    printReports([startProblem(error, options.port)], io);
    return 1;
  }
  // Reviewers open this address once; the token in it is then kept in a cookie.
  io.log(`Review server on ${server.url}${server.token ? `?token=${encodeURIComponent(server.token)}` : ''}`);
  if (server.token && !options.token) io.log('Made a random access token for this run (give your own with --token); share the address only with reviewers.');
  io.log('Press Ctrl+C to stop.');
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await server.close();
  return 0;
}
