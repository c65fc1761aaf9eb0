// The render phase: the planned releases parsed, translated from memory and rendered into the staging tree,
// on this thread or spread over worker threads. Results come back in plan order, held as render-results.ts says.
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Timings } from '../timings.ts';
import { renderShape, stopRenderThreads } from './render-threads.ts';
import type { BuildInputs } from './inputs.ts';
import { renderTasks, type BuildPlan } from './plan.ts';
import type { RenderContext } from './render-release.ts';
import type { RenderedResults } from './render-results.ts';
import type { RenderedRelease } from './render-task.ts';
import type { StagedTrees } from './trees.ts';
import { languagesToCount } from './status-record.ts';

/** Releases rendered on one thread between waits for their files to be written. */
const SETTLE_EVERY = 16;

/** The renderers, loaded only when there is something to render. */
export async function loadRenderer(inputs: BuildInputs) {
  const [{ renderContext, indexFiles }, { renderTask }, { RecordWriter }] = await Promise.all([import('./render-release.ts'), import('./render-task.ts'), import('./publication-record.ts')]);
  return { context: renderContext(inputs.settings) as RenderContext, indexFiles, renderTask, RecordWriter };
}

/**
 * Fills `results` (empty) and returns it. `recordPublication`: keep the record of what was published (a build of
 * out/; a preview does not). `started`: render threads already loading (render-threads.ts), terminated when done.
 */
export async function renderPlan(plan: BuildPlan, inputs: BuildInputs, staging: StagedTrees, jobs: number, timings: Timings, results: RenderedResults, recordPublication = true, started: Worker[] = [], large?: number): Promise<RenderedResults> {
  const tasks = renderTasks(plan);
  const shape = renderShape(jobs, tasks.length, large);
  if (shape.threads === 0) await stopRenderThreads(started);
  if (tasks.length === 0) return results;
  const [{ context, renderTask, RecordWriter }, statusLanguages] = await Promise.all([loadRenderer(inputs), languagesToCount(inputs)]);
  const place = { context, writer: staging.writer, root: inputs.root, previousState: staging.setup.targets.state, previousPublic: staging.setup.targets.public, previousPrivate: staging.setup.targets.private, ...(recordPublication ? { records: new RecordWriter(inputs.root) } : {}), statusLanguages };
  if (shape.threads > 0) {
    const { renderInThreads } = await import('./render-pool.ts');
    const setup = { settings: { ...inputs.settings, now: inputs.settings.now.getTime() }, trees: staging.setup, root: inputs.root, recordPublication, statusLanguages };
    return renderInThreads(tasks, setup, shape, place, timings, results, started);
  }
  // A batch of one each.
  for (const [index, task] of tasks.entries()) {
    const json = JSON.stringify([await renderTask(task, place, timings)]);
    try {
      results.add(index, json);
    } catch (error) {
      // Its files came first: when writing them failed too (a full disk, say), that is what is reported.
      await place.writer.settle();
      throw error;
    }
    // The files' writes go on while the next release renders; a few releases' at most wait in memory.
    await yieldToEvents();
    if (index % SETTLE_EVERY === SETTLE_EVERY - 1) await place.writer.settle();
  }
  await place.writer.settle();
  return results;
}

/**
 * Whether a thread parsed a release to another id than its front matter seemed to give (YAML the quick
 * reading took differently): it was then built with another release's memories, and the build starts over
 * with every id settled before rendering.
 */
export function misread(plan: BuildPlan, rendered: Iterable<RenderedRelease>): boolean {
  const results = rendered[Symbol.iterator]();
  for (const item of plan.releases) {
    if (item.state !== 'render') continue;
    const result = results.next().value as RenderedRelease;
    if ('path' in item.task && result.id !== undefined && result.id !== item.id) return true;
  }
  return false;
}
