// The three trees a build stages together: public (out/), private (embargoed copies for agencies) and state (the
// manifest and feed entries). Renderers name files by one path; its first part says the tree:
// `embargoed/<lang>/<id>/wire.txt` goes to the private tree, `.pressroom/…` to the state, the rest to out/.
import { mkdirSync } from 'node:fs';
import { listTree, stageTree, StagedWriter, type Staging } from './staged-output.ts';
import { ownedTreesOf, treeIdentity } from './owned-trees.ts';
import type { OutputPlaces } from './out-place.ts';

export type TreeKind = keyof OutputPlaces;
export const TREE_KINDS: readonly TreeKind[] = ['public', 'private', 'state'];
const PREFIXES: Record<TreeKind, string> = { public: '', private: 'embargoed/', state: '.pressroom/' };

/** Which tree a path goes to, and the path inside it. */
export function route(path: string): [TreeKind, string] {
  if (path.startsWith(PREFIXES.private)) return ['private', path.slice(PREFIXES.private.length)];
  if (path.startsWith(PREFIXES.state)) return ['state', path.slice(PREFIXES.state.length)];
  return ['public', path];
}

/** Every file of the three trees, as the paths renderers name them, sorted. */
export function listTrees(dirs: OutputPlaces): string[] {
  return TREE_KINDS.flatMap((kind) => listTree(dirs[kind]).map((path) => `${PREFIXES[kind]}${path}`)).sort();
}

/** What a thread needs to write into the staged trees. */
export interface TreesSetup {
  /** The staging directory of each tree. */
  dirs: OutputPlaces;
  /** The tree each replaces: files are linked from there, and named in messages. */
  targets: OutputPlaces;
  recycled: Record<TreeKind, boolean>;
}

/** Writes each file into the staging tree its path belongs to (see StagedWriter). */
export class TreeWriter {
  private readonly writers: Record<TreeKind, StagedWriter>;
  private holding = false;

  constructor(readonly setup: TreesSetup) {
    this.writers = Object.fromEntries(TREE_KINDS.map((kind) => [kind, new StagedWriter(setup.dirs[kind], setup.targets[kind], setup.recycled[kind])])) as Record<TreeKind, StagedWriter>;
  }

  /** Where `path` is being written. */
  pathOf(path: string): string {
    const [kind, inside] = route(path);
    return this.writers[kind].pathOf(inside);
  }

  write(path: string, content: string | Uint8Array): void {
    const [kind, inside] = route(path);
    this.writers[kind].write(inside, content);
  }

  /** See StagedWriter.writeSoon: done once settle() is. */
  writeSoon(path: string, content: string | Uint8Array): void {
    const [kind, inside] = route(path);
    this.writers[kind].writeSoon(inside, content);
  }

  async settle(): Promise<void> {
    for (const kind of TREE_KINDS) await this.writers[kind].settle();
  }

  writeParts(path: string, parts: Iterable<string>): void {
    const [kind, inside] = route(path);
    this.writers[kind].writeParts(inside, parts);
  }

  /** Link the file `path` of the tree being replaced. */
  link(path: string): void {
    const [kind, inside] = route(path);
    this.writers[kind].link(inside, this.setup.targets[kind]);
  }

  /** What `path` holds in the tree being replaced, when it is a file the build made there (see StagedWriter.readPrevious). */
  readPrevious(path: string): string | undefined {
    const [kind, inside] = route(path);
    return this.writers[kind].readPrevious(inside, this.setup.targets[kind]);
  }

  /** Whether `path` is a file the build made in the tree being replaced, one link() would take. */
  hasPrevious(path: string): boolean {
    const [kind, inside] = route(path);
    return this.writers[kind].hasPrevious(inside, this.setup.targets[kind]);
  }

  keep(path: string): void {
    // Nothing held, nothing to strike off (a session's trees are told what they held at the end).
    if (!this.holding) return;
    const [kind, inside] = route(path);
    this.writers[kind].keep(inside);
  }

  remove(path: string): void {
    const [kind, inside] = route(path);
    this.writers[kind].remove(inside);
  }

  holds(paths: Iterable<string>): void {
    for (const path of paths) {
      this.holding = true;
      const [kind, inside] = route(path);
      this.writers[kind].holds([inside]);
    }
  }

  clearRest(): void {
    for (const kind of TREE_KINDS) this.writers[kind].clearRest();
  }
}

export interface StagedTrees {
  setup: TreesSetup;
  writer: TreeWriter;
  /** The public staging tree's identity: what out/ is once swapped in. */
  identity: string;
  /** Whether each staging tree is a recycled spare. */
  recycled: Record<TreeKind, boolean>;
  /** The files the staging trees held when staged (recycled spares hold a previous build), sorted as listTrees. */
  held: string[];
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function stageTrees(places: OutputPlaces): Promise<StagedTrees> {
  const staged: Partial<Record<TreeKind, Staging>> = {};
  const abort = async () => {
    for (const kind of TREE_KINDS) await staged[kind]?.abort();
  };
  try {
    for (const kind of TREE_KINDS) staged[kind] = await stageTree(places[kind]);
  } catch (error) {
    await abort();
    throw error;
  }
  const all = staged as Record<TreeKind, Staging>;
  const setup: TreesSetup = {
    dirs: { public: all.public.writer.dir, private: all.private.writer.dir, state: all.state.writer.dir },
    targets: places,
    recycled: { public: all.public.recycled, private: all.private.recycled, state: all.state.recycled },
  };
  return {
    setup,
    writer: new TreeWriter(setup),
    identity: all.public.identity,
    recycled: setup.recycled,
    held: TREE_KINDS.flatMap((kind) => all[kind].held.map((path) => `${PREFIXES[kind]}${path}`)).sort(),
    // out/ first; the manifest names the tree it describes, so a state swapped in without its tree is never trusted.
    commit: async () => {
      for (const kind of TREE_KINDS) await all[kind].commit();
    },
    abort,
  };
}

/**
 * The trees themselves as the staging trees, for a preview that owns them alone (pressroom dev): each changed file
 * is replaced where it is (unlinked and made anew, as in a recycled tree, since it may share its inode with a spare)
 * and nothing is swapped. Not for out/: a reader could see the tree half made. `commit` does nothing more; a build
 * that fails halfway leaves no manifest (removed before the first change), so the next one starts from scratch.
 */
export function inPlaceTrees(places: OutputPlaces, manifestPath: string): StagedTrees {
  for (const kind of TREE_KINDS) {
    if (treeIdentity(places[kind]) !== undefined) continue;
    mkdirSync(places[kind], { recursive: true });
    ownedTreesOf(places[kind]).add(places[kind]);
  }
  const recycled = { public: true, private: true, state: true };
  const setup: TreesSetup = { dirs: places, targets: places, recycled };
  const writer = new TreeWriter(setup);
  writer.remove(manifestPath);
  // What they hold is known to the caller (its session), or listed by it.
  return { setup, writer, identity: treeIdentity(places.public)!, recycled, held: [], commit: async () => undefined, abort: async () => undefined };
}
