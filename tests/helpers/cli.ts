// Run the real `pressroom` command in a child process, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { runPressroom } from '../../pipeline/cli/program.ts';
import { REPO } from './project.ts';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const CLI = join(REPO, 'pipeline/cli/pressroom.js');

export interface CliOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** A command that starts node for us: `['setpriv', …]`, `['sh', '-c', 'ulimit -f 2 && exec "$0" "$@"']`. */
  wrapper?: string[];
}

/** Start `pressroom …` without waiting: the test decides when it ends. */
export function startCli(args: string[], options: CliOptions): { child: ChildProcess; result: Promise<CliResult> } {
  const [command, ...before] = [...(options.wrapper ?? []), process.execPath];
  const child = spawn(command!, [...before, CLI, ...args], {
    cwd: options.cwd,
    env: { ...process.env, DEEPL_AUTH_KEY: '', DEEPL_SERVER_URL: '', FORCE_COLOR: '0', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end(options.input ?? '');
  const result = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, result };
}

export function runCli(args: string[], options: CliOptions): Promise<CliResult> {
  return startCli(args, options).result;
}

/**
 * `pressroom …` in this process: the same program, arguments and printed lines, without starting node. `cwd` is
 * the project (passed as `-C`); paths in `args` are best absolute.
 */
export async function runPressroomHere(args: string[], options: Pick<CliOptions, 'cwd' | 'env'>): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = { log: (line: string) => (stdout += `${line}\n`), error: (line: string) => (stderr += `${line}\n`) };
  const code = await runPressroom(['-C', options.cwd, ...args], { io, env: { DEEPL_AUTH_KEY: '', DEEPL_SERVER_URL: '', ...options.env } });
  return { code, signal: null, stdout, stderr };
}
