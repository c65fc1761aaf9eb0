// This thread's young generation, held at the size it has: by a build that ends a large render's work, and by status
// while it answers from its digest (cli/commands/status.ts).
//
// After a large render (render-threads.ts renderShape) the render threads are gone and this thread alone links,
// indexes and records every release: it allocates fast enough for V8 to grow its young generation to 48 MB
// (two 16 MB semi-spaces, and more promoted behind them), which made that phase the build's peak of memory at 10,000
// releases (264 MB). The young generation of this thread cannot be capped from inside (V8 reads its largest size
// when the heap is made), but V8 reads the growth factor each time it grows it: at 1 it stays as it is. The flag is
// the process's, so it is set only while no render thread runs, and put back after.
import { setFlagsFromString } from 'node:v8';

/** V8's own `--semi-space-growth-factor`. */
const USUAL_GROWTH = 2;

/** Holds the young generation at its size until the returned function is called. */
export function holdYoungGeneration(): () => void {
  setFlagsFromString('--semi-space-growth-factor=1');
  let held = true;
  return () => {
    if (held) setFlagsFromString(`--semi-space-growth-factor=${USUAL_GROWTH}`);
    held = false;
  };
}
