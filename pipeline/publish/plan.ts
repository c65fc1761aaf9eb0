// The plan phase: what becomes of each release. A release whose inputs match the previous build's manifest is
// unchanged (its files are linked, not rendered); the others are handed to the render phase. Each release's id
// is read from its front matter first, to give it its memories; releases whose ids clash are parsed here.
//
// An id claimed by two files belongs to neither: both are errors, and whatever the previous build published
// under that id stays published (held) until one of them changes. A file cannot take over another's id.
import { VFile } from 'vfile';
import { reportError } from '../problems.ts';
import type { Timings } from '../timings.ts';
import type { BuildInputs } from './inputs.ts';
import type { Manifest, ReleaseEntry } from './manifest.ts';
// Types only: a build with nothing to render loads no renderer.
import type { RenderTask } from './render-task.ts';

/** One release in the plan; `file` collects the messages found while planning. */
export type PlannedRelease =
  /** Its inputs are those of the previous build: its files carry over. */
  | { path: string; file: VFile; state: 'unchanged'; entry: ReleaseEntry }
  /** To parse (on a thread, unless parsed here) and render. `id` is the one it is expected to build under. */
  | { path: string; file: VFile; state: 'render'; id: string; task: RenderTask }
  /** It did not parse: no output, only its messages. */
  | { path: string; file: VFile; state: 'failed'; key: string }
  /** It claims an id another release claims too: no output of its own. */
  | { path: string; file: VFile; state: 'duplicate'; key: string };

/** What the previous build published under an id now contested: kept as it was. */
export interface HeldRelease {
  path: string;
  entry: ReleaseEntry;
}

export interface BuildPlan {
  releases: PlannedRelease[];
  held: HeldRelease[];
}

/** Whether a release's front matter has an `images` field: building it may need sharp. */
const namesPictures = (text: string): boolean => /^images\s*:/m.test(text);

type Parsed = ReturnType<typeof import('../parse/releases.ts').loadRelease>;

/**
 * `exact`: parse every release to render here, trusting no quick reading of ids (used when a thread found a
 * release under another id than its front matter seemed to give). `manifest`: the previous build's, when its
 * releases may be reused; `published`: the one that says what was published (held.ts), for what contested ids hold.
 */
export async function planBuild(inputs: BuildInputs, manifest: Manifest | undefined, exact: boolean, timings: Timings, published: () => Promise<{ manifest: Manifest } | undefined> = async () => manifest && { manifest }): Promise<BuildPlan> {
  const { paths, stamps, sourceOf, releaseKey, embargoed, passed } = inputs;
  // Built again when its embargo lifts, and when the clock passes a change it was warned of as dated in the future.
  const reusable = (path: string, entry: ReleaseEntry | undefined): entry is ReleaseEntry =>
    entry !== undefined && entry.key === releaseKey(path, entry.id, undefined, entry.media) && embargoed(entry.embargo) === (entry.embargoed ?? false) && !passed(entry.until);
  const reused: (ReleaseEntry | undefined)[] = [];
  // What each release claims: the id it was built under when it is reused, the one its front matter gives otherwise.
  const ids: (string | undefined)[] = [];
  const pictures: boolean[] = [];
  // The front matter reader (yaml) loads only when a release is not reused.
  let releaseIdOf: ((path: string, text: string) => string) | undefined;
  // One release at a time: its source is read when its stamp does not vouch for it (or for its id), and let go once
  // its id is known; the thread that builds it reads it again, so thousands of sources are never held at once.
  for (const path of paths) {
    const changed = stamps.known(path) === undefined ? sourceOf(path) : undefined;
    const entry = manifest?.releases[path];
    if (reusable(path, entry)) {
      reused.push(entry);
      ids.push(entry.id);
      pictures.push(false);
      continue;
    }
    releaseIdOf ??= (await import('../parse/release-id.ts')).releaseIdOf;
    const { text } = changed ?? sourceOf(path);
    reused.push(undefined);
    ids.push(releaseIdOf(path, text));
    pictures.push(namesPictures(text));
  }
  // A reused release's file gathers messages only when its id is contested: made then (a thousand cost milliseconds).
  // No file holds its release's text: one parsed here gets a file of its own.
  const files = paths.map((path, index) => (reused[index] ? undefined : new VFile({ path })));
  const fileOf = (index: number) => (files[index] ??= new VFile({ path: paths[index] }));
  const parsed = new Map<number, Parsed>();
  const claimants = () => {
    const claims = new Map<string, number[]>();
    ids.forEach((id, index) => id !== undefined && claims.set(id, [...(claims.get(id) ?? []), index]));
    return claims;
  };
  // Parse here what must be: everything to render when exact, and every claimant of a contested id (for the place
  // of its id). A parse can reveal another id, which can contest another, so repeat until nothing new is parsed.
  let parser: typeof import('../parse/releases.ts') | undefined;
  for (let more = true; more; ) {
    more = false;
    const claims = claimants();
    for (const [index, path] of paths.entries()) {
      if (parsed.has(index) || !((exact && !reused[index]) || (claims.get(ids[index]!)?.length ?? 0) > 1)) continue;
      // The parser loads only when a release is parsed here: a rebuild of a few releases does without it.
      parser ??= await import('../parse/releases.ts');
      const source = sourceOf(path);
      const file = new VFile({ path, value: source.text });
      // Its messages are those of this parse (a reused release's are those of the build that made it).
      if (!reused[index]) files[index] = file;
      const loaded = parser.loadRelease(source, file, timings);
      parsed.set(index, loaded);
      if (!reused[index]) ids[index] = loaded?.release.id;
      more = true;
    }
  }
  const claims = claimants();
  const contested = (index: number) => ids[index] !== undefined && claims.get(ids[index])!.length > 1;

  const releases = paths.map((path, index): PlannedRelease => {
    const entry = reused[index];
    const loaded = parsed.get(index);
    if (contested(index)) {
      const others = claims.get(ids[index]!)!.filter((other) => other !== index).map((other) => paths[other]);
      const file = fileOf(index);
      reportError(
        file,
        `release id \`${ids[index]}\` is also claimed by ${others.join(', ')}; ids must be unique: give one of them another id (what was published under \`${ids[index]}\` stays as it was until then)`,
        'duplicate-id',
        loaded?.idAt ?? { line: 1, column: 1 },
      );
      return { path, file, state: 'duplicate', key: entry?.key ?? releaseKey(path, ids[index]) };
    }
    if (entry) return { path, get file() { return fileOf(index); }, state: 'unchanged', entry };
    const file = files[index]!;
    if (!parsed.has(index)) return { path, file, state: 'render', id: ids[index]!, task: { path, memoriesOf: ids[index]!, pictures: pictures[index]! } };
    if (!loaded) return { path, file, state: 'failed', key: releaseKey(path) };
    parser!.reportQuoteProblems(file, loaded.quoteProblems);
    return { path, file, state: 'render', id: loaded.release.id, task: { release: loaded.release } };
  });

  // What the previous build published under each contested id stays published, from wherever it came.
  const held: HeldRelease[] = [];
  for (const [id, indexes] of claims) {
    if (indexes.length < 2) continue;
    const before = Object.entries((await published())?.manifest.releases ?? {}).find(([, entry]) => entry.id === id && entry.files.length > 0);
    if (before) held.push({ path: before[0], entry: before[1] });
  }
  return { releases, held };
}

/** Releases to render, in plan order. */
export const renderTasks = (plan: BuildPlan): RenderTask[] => plan.releases.flatMap((item) => (item.state === 'render' ? [item.task] : []));
