// `pressroom review`: serve the reviewers' web UI until interrupted.
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { once } from 'node:events';
import { printReports, startProblem, type Console } from '../report.ts';
import { startReviewServer } from '../../review/server.ts';
import { loadReviewers } from '../../project/reviewers-file.ts';

export interface ReviewOptions {
  root: string;
  port: number;
  host: string;
  token?: string;
  reviewer?: string;
  /** The reviewers file; by default reviewers.yaml in the project, used when it exists. */
  reviewers?: string;
}

export async function runReview(options: ReviewOptions, io: Console): Promise<number> {
  const loaded = await loadReviewers(resolve(options.root), options.reviewers);
  if (loaded.file && loaded.reviewers === undefined) {
    // Each problem at its place; the desk does not start with reviewers it cannot tell apart.
    printReports([loaded.file], io);
    return 1;
  }
  let server;
  try {
    server = await startReviewServer({
      reviewers: loaded.reviewers,
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
  if (loaded.reviewers?.length) io.log(`${loaded.reviewers.length} reviewer${loaded.reviewers.length === 1 ? '' : 's'} from ${loaded.file!.path}: each opens ${server.url}?token=<their token> once; their token names them.`);
  if (server.token && !options.token) io.log('Made a random access token for this run (give your own with --token); share the address only with reviewers.');
  io.log('Press Ctrl+C to stop.');
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  await server.close();
  return 0;
}
