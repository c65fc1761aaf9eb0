// Messages to the terminal: one line per problem, in the file:line:col form.
import { readFile } from 'node:fs/promises';
import type { VFile } from 'vfile';
import { errorFile, printReports, problemFile, type Console } from '../problems.ts';

export { printReports, type Console } from '../problems.ts';

// `pressroom status | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

export const processConsole: Console = {
  log: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Why a server could not start, as one message: a port in use is the user's to change, the rest as it came. */
export function startProblem(error: unknown, port: number): VFile {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return problemFile('', `port ${port} is in use; choose another with --port`, 'port-in-use');
  return errorFile(error);
}

/** Read a file the user named, or say in one line why it cannot be read. */
export async function readUserFile(path: string, rule: string, io: Console): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    printReports([problemFile(path, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, rule)], io);
    return undefined;
  }
}
