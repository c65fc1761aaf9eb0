// The render phase's results until the link phase takes them: a batch at a time, each as the JSON of its releases'
// results (render-task.ts RenderedRelease), in batch order. A build of out/ writes them to a file in its staging
// state tree and reads them back a batch at a time: at 10,000 releases the results held as objects were some 60 MB
// of the main thread's heap while the render threads' heaps were at their largest. A preview (pressroom dev)
// renders a few releases at a time and keeps them in memory.
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { readRange } from '../project/file-range.ts';
import { join } from 'node:path';
import type { RenderedRelease } from './render-task.ts';

/** In the staging state tree, which is removed whole if the build fails or dies; a name no renderer gives a file. */
const SPOOL_NAME = '.render-results.json-lines';

export interface RenderedResults {
  /** The results of batch `index`, as the JSON of an array of RenderedRelease. */
  add(index: number, json: string): void;
  /** Every result, in batch order, decoded a batch at a time (each pass reads them again). */
  [Symbol.iterator](): Iterator<RenderedRelease>;
  /** Let go of them: the file, when written, is removed. */
  close(): void;
}

/** A batch missing at the end is a fault of the render phase, never something to build around. */
const missing = (index: number) => new Error(`the results of render batch ${index} never came back`);

/** Results kept in memory, as JSON (a preview's few). */
export function heldResults(): RenderedResults {
  let batches: string[] = [];
  return {
    add: (index, json) => void (batches[index] = json),
    *[Symbol.iterator]() {
      for (let index = 0; index < batches.length; index++) {
        const json = batches[index];
        if (json === undefined) throw missing(index);
        yield* JSON.parse(json) as RenderedRelease[];
      }
    },
    close: () => void (batches = []),
  };
}

/** Results written to a file in `stateDir` as they come (in any order) and read back in batch order. */
export function spooledResults(stateDir: string): RenderedResults {
  const path = join(stateDir, SPOOL_NAME);
  // Made anew ('wx+'): whatever a killed build may have left there is neither read nor written into.
  rmSync(path, { force: true });
  const fd = openSync(path, 'wx+');
  /** Where each batch is in the file: [offset, length]. */
  const places: [number, number][] = [];
  let end = 0;
  let open = true;
  return {
    add(index, json) {
      const bytes = Buffer.from(json);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, end + at);
      places[index] = [end, bytes.length];
      end += bytes.length;
    },
    *[Symbol.iterator]() {
      for (let index = 0; index < places.length; index++) {
        const place = places[index];
        if (place === undefined) throw missing(index);
        const [offset, length] = place;
        const bytes = readRange(fd, offset, length);
        if (bytes.length < length) throw new Error(`${path} ended before render batch ${index}`);
        yield* JSON.parse(bytes.toString('utf8')) as RenderedRelease[];
      }
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
