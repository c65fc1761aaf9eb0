// A worker thread: builds the releases it is sent into the staging tree and answers with what it built. Started
// before the build knows where it writes (render-threads.ts), it is told first: its setup is the first message.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { noTimings, renderContext, type BuildSettings } from './render-release.ts';
import { TreeWriter, type TreesSetup } from './trees.ts';
import { renderTask, type RenderPlace, type RenderTask } from './render-task.ts';
import { RecordWriter } from './publication-record.ts';
import type { TargetLanguage } from '../release.ts';

export interface WorkerSetup {
  settings: Omit<BuildSettings, 'now'> & { now: number };
  /** The staged trees it writes into. */
  trees: TreesSetup;
  /** The project, where memories are read. */
  root: string;
  /** Keep the record of what was published (publication-record.ts). */
  recordPublication: boolean;
  /** See RenderPlace. */
  statusLanguages?: readonly TargetLanguage[];
}

type Batch = { index: number; tasks: RenderTask[] };

const placeOf = (setup: WorkerSetup): RenderPlace & { writer: TreeWriter } => ({
  context: renderContext({ ...setup.settings, now: new Date(setup.settings.now) }),
  writer: new TreeWriter(setup.trees),
  root: setup.root,
  previousState: setup.trees.targets.state,
  ...(setup.recordPublication ? { records: new RecordWriter(setup.root) } : {}),
  previousPublic: setup.trees.targets.public,
  previousPrivate: setup.trees.targets.private,
  ...(setup.statusLanguages ? { statusLanguages: setup.statusLanguages } : {}),
});

async function render(place: RenderPlace | undefined, batch: Batch): Promise<void> {
  const timings = noTimings();
  try {
    if (!place) throw new Error('a render thread was sent releases before its setup');
    const results = [];
    for (const task of batch.tasks) {
      results.push(await renderTask(task, place, timings));
      // Let the file system's answers in, so the release's files are written while the next one renders.
      await yieldToEvents();
    }
    await place.writer.settle();
    parentPort!.postMessage({ index: batch.index, results: JSON.stringify(results), timings });
  } catch (error) {
    // Nothing left being written once the build hears of it: it removes the staging trees.
    await place?.writer.settle().catch(() => undefined);
    parentPort!.postMessage({ index: batch.index, error: error instanceof Error ? error.message : String(error) });
  }
}

let place: RenderPlace | undefined;
/** One batch at a time, in the order sent: a second one waits while the first yields between its releases. */
let queue = Promise.resolve();
parentPort!.on('message', (message: { setup: WorkerSetup } | Batch) => {
  if ('setup' in message) place = placeOf(message.setup);
  else queue = queue.then(() => render(place, message));
});
