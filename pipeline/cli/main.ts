// `pressroom` in a terminal: the program on this process's arguments, streams and environment.
import { runPressroom } from './program.ts';
import { processConsole } from './report.ts';

process.exitCode = await runPressroom(process.argv.slice(2), { io: processConsole, env: process.env, terminal: process.stdout });
