// The plan phase: what becomes of each release. A release whose inputs match the previous build's manifest is
// unchanged (its files are linked, not rendered); the others are handed to the render phase. Each release's id
// is read from its front matter first, to give it its memories; releases whose ids clash are parsed here, in
// path order, so the first to parse keeps the id whichever thread would have finished first.
import { VFile } from 'vfile';
import { releaseIdOf } from '../parse/release-id.ts';
import type { Timings } from '../timings.ts';
import type { BuildInputs } from './inputs.ts';
import type { Manifest, ReleaseEntry } from './manifest.ts';
import type { RenderTask } from './render-task.ts';

/** One release in the plan; `file` collects the messages found while planning. */
export type PlannedRelease =
  /** Its inputs are those of the previous build: its files carry over. */
  | { path: string; file: VFile; state: 'unchanged'; id?: string; entry: ReleaseEntry }
  /** To parse (on a thread, unless parsed here) and render. `id` is the one it is expected to build under. */
  | { path: string; file: VFile; state: 'render'; id: string; task: RenderTask }
  /** It did not parse: no output, only its messages. */
  | { path: string; file: VFile; state: 'failed'; key: string }
  /** Its id is another release's: no output. */
  | { path: string; file: VFile; state: 'duplicate'; key: string };

export interface BuildPlan {
  releases: PlannedRelease[];
  /** Some release claims an id another holds: the manifest then cannot say which owns it. */
  duplicates: boolean;
}

/**
 * `exact`: parse every release to render here, trusting no quick reading of ids (used when a thread found a
 * release under another id than its front matter seemed to give).
 */
export async function planReleases(inputs: BuildInputs, manifest: Manifest | undefined, exact: boolean, timings: Timings): Promise<PlannedRelease[]> {
  const { paths, sourceOf, releaseKey, embargoed } = inputs;
  const reusable = (path: string, entry: ReleaseEntry | undefined): entry is ReleaseEntry =>
    entry !== undefined && entry.key === releaseKey(path, entry.id) && embargoed(entry.embargo) === (entry.embargoed ?? false);
  // What each release claims: the id it was built under when it is reused, the one its front matter gives otherwise.
  const reused = paths.map((path) => (reusable(path, manifest?.releases[path]) ? manifest!.releases[path] : undefined));
  const guessed = paths.map((path, index) => (reused[index] ? reused[index].id : releaseIdOf(path, sourceOf(path).text)));
  const claims = new Map<string, number>();
  for (const id of guessed) if (id !== undefined) claims.set(id, (claims.get(id) ?? 0) + 1);
  const threaded = (index: number) => !exact && claims.get(guessed[index]!) === 1;
  // The parser loads only when a release is parsed here: a rebuild of a few releases does without it.
  const parser = paths.some((_, index) => !reused[index] && !threaded(index)) ? await import('../parse/releases.ts') : undefined;
  const seen = new Map<string, string>();
  return paths.map((path, index): PlannedRelease => {
    const entry = reused[index];
    if (entry) {
      const file = new VFile({ path });
      if (entry.id !== undefined) {
        if (seen.has(entry.id)) return { path, file, state: 'duplicate', key: entry.key };
        seen.set(entry.id, path);
      }
      return { path, file, state: 'unchanged', id: entry.id, entry };
    }
    const source = sourceOf(path);
    const file = new VFile({ path, value: source.text });
    if (threaded(index)) return { path, file, state: 'render', id: guessed[index]!, task: { source, memoriesOf: guessed[index]! } };
    const { duplicateId, loadRelease, reportQuoteProblems } = parser!;
    const loaded = loadRelease(source, file, timings);
    if (!loaded) return { path, file, state: 'failed', key: releaseKey(path) };
    const { release } = loaded;
    const other = seen.get(release.id);
    if (other) {
      duplicateId(file, release.id, other, loaded.idAt);
      return { path, file, state: 'duplicate', key: releaseKey(path, release.id) };
    }
    seen.set(release.id, path);
    reportQuoteProblems(file, loaded.quoteProblems);
    return { path, file, state: 'render', id: release.id, task: { release } };
  });
}

/** Plan the build against the previous manifest; a duplicate id makes which release owns it depend on all of them, so then nothing is reused. */
export async function planBuild(inputs: BuildInputs, previous: Manifest | undefined, exact: boolean, timings: Timings): Promise<BuildPlan> {
  const planned = await planReleases(inputs, previous, exact, timings);
  const duplicates = planned.some((item) => item.state === 'duplicate');
  if (duplicates && planned.some((item) => item.state === 'unchanged')) return { releases: await planReleases(inputs, undefined, exact, timings), duplicates };
  return { releases: planned, duplicates };
}

/** Releases to render, in plan order. */
export const renderTasks = (plan: BuildPlan): RenderTask[] => plan.releases.flatMap((item) => (item.state === 'render' ? [item.task] : []));
