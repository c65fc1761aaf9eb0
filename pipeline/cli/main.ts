// `pressroom` in a terminal: the program on this process's arguments, streams and environment.
import { setFlagsFromString } from 'node:v8';
import { runPressroom } from './program.ts';
import { processConsole } from './report.ts';

// A build's threads allocate many times what they keep (a render thread keeping 30 MB was seen at 200 MB), and V8
// grows a heap up to fourfold past what its last full collection found alive. Half again keeps a 10,000-release
// build's peak memory down for a few percent of collection time. Process-wide: render threads have it too. Only for
// a build: status, which reads its digest whole, would collect once more for nothing.
const building = () => setFlagsFromString('--heap-growing-percent=50');

process.exitCode = await runPressroom(process.argv.slice(2), { io: processConsole, env: process.env, terminal: process.stdout, building });
