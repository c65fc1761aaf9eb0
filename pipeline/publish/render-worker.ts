// A worker thread: builds the releases it is sent into the staging tree and answers with what it built.
import { parentPort, workerData } from 'node:worker_threads';
import { noTimings, renderContext, type BuildSettings } from './render-release.ts';
import { TreeWriter, type TreesSetup } from './trees.ts';
import { renderTask, type RenderTask } from './render-task.ts';
import { RecordWriter } from './publication-record.ts';

export interface WorkerSetup {
  settings: Omit<BuildSettings, 'now'> & { now: number };
  /** The staged trees it writes into. */
  trees: TreesSetup;
  /** The project, where memories are read. */
  root: string;
  /** Keep the record of what was published (publication-record.ts). */
  recordPublication: boolean;
}

const setup = workerData as WorkerSetup;
const place = {
  context: renderContext({ ...setup.settings, now: new Date(setup.settings.now) }),
  writer: new TreeWriter(setup.trees),
  root: setup.root,
  previousState: setup.trees.targets.state,
  ...(setup.recordPublication ? { records: new RecordWriter(setup.root) } : {}),
  previousPublic: setup.trees.targets.public,
};

parentPort!.on('message', async (batch: { index: number; tasks: RenderTask[] }) => {
  const timings = noTimings();
  try {
    const results = [];
    for (const task of batch.tasks) results.push(await renderTask(task, place, timings));
    parentPort!.postMessage({ index: batch.index, results: JSON.stringify(results), timings });
  } catch (error) {
    parentPort!.postMessage({ index: batch.index, error: error instanceof Error ? error.message : String(error) });
  }
});
