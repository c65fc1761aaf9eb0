// Writing out/: everything goes into a fresh directory beside it, which is then swapped in whole.
//
// Contract: given the complete set of files, out/ becomes exactly that tree (anything else in it is
// removed), or, if writing fails or the process dies, stays the previous tree. The only moment out/ is
// absent is between two renames; a later run puts the previous tree back if it was left there.
// Files an incremental build did not change are hard-linked from the previous tree into the new one,
// so they cost no copy and the previous tree stays untouched until the swap.
//
// The tree a swap retires is kept beside out/ as the spare (.out-spare) and is the next build's staging tree:
// a rebuild changes only what differs in it instead of making thousands of directories and removing as many
// files again. Files there may be hard links shared with out/, so a recycled tree is never written into: each
// file is unlinked and made anew.
//
// Nothing is deleted but inside a tree this build made (owned-trees.ts): a leftover, a spare or an out/ that is
// not one (a link, a file, someone's folder) is left alone, and links inside an owned tree are removed as links,
// never followed.
import { open, closeSync, constants, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { ownedTreesOf, treeIdentity, type OwnedTrees } from './owned-trees.ts';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, basename, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ProblemError } from '../problems.ts';
import { writeChunked } from '../project/write-place.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Remove an owned tree (links in it are removed, not followed); anything else is left where it is. */
async function removeOwned(owned: OwnedTrees, dir: string): Promise<void> {
  if (!owned.owns(dir)) return;
  await rm(dir, { recursive: true, force: true });
  owned.forget(dir);
}

/** Remove what killed runs left beside `target`; if one died between its renames, put the old tree back. */
async function recover(target: string, owned: OwnedTrees): Promise<void> {
  const parent = dirname(target);
  const name = basename(target).replace(/^\./, '');
  const leftovers = (await readdir(parent)).filter((entry) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(new|old)-(\\d+)-[0-9a-f]{8}$`).test(entry));
  let targetExists = (await readdir(parent)).includes(basename(target));
  for (const entry of leftovers.sort()) {
    const [, kind, pid] = /-(new|old)-(\d+)-/.exec(entry)!;
    if (Number(pid) !== process.pid && alive(Number(pid))) continue;
    // Only what this build made: a link or a folder someone gave such a name stays. A run killed between making
    // its staging directory and recording it left it empty: rmdir removes only an empty directory, never a link.
    if (!owned.owns(join(parent, entry))) {
      await rmdir(join(parent, entry)).catch(() => undefined);
      continue;
    }
    if (kind === 'old' && !targetExists) {
      await rename(join(parent, entry), target);
      targetExists = true;
      continue;
    }
    await removeOwned(owned, join(parent, entry));
  }
}

/** The absolute path of `path` inside `dir`, refusing paths that would land outside it. */
export function insidePath(dir: string, path: string): string {
  const file = join(dir, path);
  const inside = relative(dir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`output path escapes the output directory: ${path}`);
  return file;
}

/** A new file (or one emptied) opened for writing on libuv's threads. */
const openSoon = (file: string) => new Promise<number>((resolve, reject) => open(file, 'w', (error, fd) => (error ? reject(error) : resolve(fd))));

const unlinkIfThere = (file: string) => {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/** Writes files under a staging directory, making each directory once (workers each keep their own). */
export class StagedWriter {
  private readonly made = new Set<string>();
  /** Directories writeSoon() is making, or made. */
  private readonly making = new Map<string, Promise<void>>();
  /** writeSoon()'s writes not yet settled, and the first that failed. */
  private pending: Promise<void>[] = [];
  private soonFailed?: { error: unknown };
  /** Directories of a tree updated in place found to be real directories, not links put there. */
  private readonly real = new Set<string>();
  /** Directories of the tree being replaced found to be real directories, on the way to files linked from it. */
  private readonly realSources = new Set<string>();
  /** The tree is changed where it stands (pressroom dev), not staged beside it: see realParents. */
  private readonly inPlace: boolean;
  /** Files of the recycled tree this build has not yet written, linked or kept: removed by clearRest(). */
  private readonly left = new Set<string>();
  /** This tree, resolved. */
  private readonly home: string;
  private resolvedFrom?: [string, string];

  /**
   * `target` is the out/ this tree will replace, named when a write fails. `recycled`: the directory is a
   * retired tree whose files may be shared with out/, so each is replaced, never written into.
   */
  constructor(readonly dir: string, readonly target: string, readonly recycled = false) {
    this.home = resolve(dir);
    this.inPlace = this.home === resolve(target);
  }

  /** `from` resolved, for the tree files are linked or read from: the same one for thousands of calls. */
  private resolved(from: string): string {
    if (this.resolvedFrom?.[0] !== from) this.resolvedFrom = [from, resolve(from)];
    return this.resolvedFrom[1];
  }

  /** A full disk or an unwritable place says so in one line, and that nothing was replaced. */
  failed(error: unknown): Error {
    return writeFailed(this.target, error);
  }

  private parent(file: string): void {
    const parent = dirname(file);
    if (this.made.has(parent)) return;
    this.realParents(file);
    mkdirSync(parent, { recursive: true });
    this.made.add(parent);
  }

  /**
   * A tree changed in place is not walked for strays before each build (removeStrays), so each directory a change
   * goes through is looked at once: a link (or anything but a directory) put where one stands is removed as a link,
   * so that nothing is written or deleted where it points.
   */
  private realParents(file: string): void {
    if (!this.inPlace) return;
    let dir = this.dir;
    for (const part of relative(this.dir, dirname(file)).split(/[\\/]/).filter(Boolean)) {
      dir = join(dir, part);
      if (this.real.has(dir)) continue;
      let stats;
      try {
        stats = lstatSync(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      if (stats.isDirectory()) this.real.add(dir);
      else {
        unlinkSync(dir);
        return;
      }
    }
  }

  /** A path about to be made: a fresh file, never the (possibly shared) one a recycled tree holds there. */
  private place(path: string): string {
    const file = insidePath(this.dir, path);
    this.parent(file);
    if (this.recycled) unlinkIfThere(file);
    this.left.delete(path);
    return file;
  }

  /** Where `path` is in the staging tree. */
  pathOf(path: string): string {
    return insidePath(this.dir, path);
  }

  write(path: string, content: string | Uint8Array): void {
    try {
      // 'wx': should a shared file still be there, fail rather than write into it.
      writeFileSync(this.place(path), content, { flag: this.recycled ? 'wx' : 'w' });
    } catch (error) {
      throw this.failed(error);
    }
  }

  /**
   * Write `path` without waiting: a fresh tree's new folders and files wait on the file system (its journal, other
   * processes' writes) far longer than they cost the processor, and those waits are spent on libuv's threads while
   * this one renders on. Only into a fresh staging tree; a recycled or in-place tree is written at once, as write().
   * settle() says when every such write is done, and fails as write() would have.
   */
  writeSoon(path: string, content: string | Uint8Array): void {
    if (this.recycled || this.inPlace) return this.write(path, content);
    const file = insidePath(this.dir, path);
    const parent = dirname(file);
    let ready = this.making.get(parent);
    if (!ready) {
      ready = this.made.has(parent) ? Promise.resolve() : mkdir(parent, { recursive: true }).then(() => void this.made.add(parent));
      this.making.set(parent, ready);
    }
    // Only the opening waits on libuv's threads: it is what makes the file; the bytes go to the page cache at once.
    const written = ready.then(() => openSoon(file)).then((fd) => {
      try {
        const bytes = typeof content === 'string' ? Buffer.from(content) : content;
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      } finally {
        closeSync(fd);
      }
    });
    // Caught at once, so that no failure goes unhandled before settle() looks.
    this.pending.push(written.catch((error: unknown) => void (this.soonFailed ??= { error })));
  }

  /** Every writeSoon() done; the first that failed, thrown as write() would. */
  async settle(): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
    const failed = this.soonFailed;
    if (failed) throw this.failed(failed.error);
  }

  /** A file written as its parts come, a few of them at a time: a large one is never held whole. */
  writeParts(path: string, parts: Iterable<string>): void {
    try {
      const fd = openSync(this.place(path), this.recycled ? 'wx' : 'w');
      try {
        writeChunked(fd, 0, parts);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw this.failed(error);
    }
  }

  /** Synchronous: an incremental build links thousands of unchanged files, and a round trip each costs more than the link. */
  link(path: string, from: string): void {
    // Updated in place (inPlaceTrees): the file is already where it would be linked to.
    if (this.resolved(from) === this.home) return this.keep(path);
    try {
      const source = insidePath(from, path);
      // Only a file the build made: a link put in its place would publish whatever it points to.
      if (!lstatSync(source).isFile() || !this.reachedThroughNoLink(from, source)) throw new Error(`${source} is not a file the build made (a link or another kind of entry replaced it, or a folder on its way); delete ${basename(from)}/ and build again`);
      const file = this.place(path);
      try {
        linkSync(source, file);
      } catch (error) {
        // A file system without hard links (or out of them): copy instead; the previous tree stays untouched either way.
        if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'EOPNOTSUPP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(source, file);
      }
    } catch (error) {
      throw this.failed(error);
    }
  }

  /**
   * What `path` holds in the tree being replaced (`from`), when it is a file the build made, as link() would take it:
   * a regular file reached through no link, read without waiting on it. Undefined otherwise: it is then made anew.
   */
  readPrevious(path: string, from: string): string | undefined {
    try {
      const source = insidePath(from, path);
      if (!lstatSync(source).isFile() || !this.reachedThroughNoLink(from, source)) return undefined;
      const handle = openSync(source, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
      try {
        return readFileSync(handle, 'utf8');
      } finally {
        closeSync(handle);
      }
    } catch {
      return undefined;
    }
  }

  /** Whether `path` in the tree being replaced (`from`) is a file the build made, as link() would take it: a regular file reached through no link. */
  hasPrevious(path: string, from: string): boolean {
    try {
      const source = insidePath(from, path);
      return lstatSync(source).isFile() && this.reachedThroughNoLink(from, source);
    } catch {
      return false;
    }
  }

  /** Every folder from `from` down to `source` is a real directory: a folder replaced by a link would publish what it points to. */
  private reachedThroughNoLink(from: string, source: string): boolean {
    const top = this.resolved(from);
    const walked: string[] = [];
    for (let dir = dirname(source); dir !== top && dir.startsWith(top) && !this.realSources.has(dir); dir = dirname(dir)) {
      if (!lstatSync(dir).isDirectory()) return false;
      walked.push(dir);
    }
    for (const dir of walked) this.realSources.add(dir);
    return true;
  }

  /** The recycled tree holds these files (paths relative to it). */
  holds(paths: Iterable<string>): void {
    for (const path of paths) this.left.add(path);
  }

  /** `path` is already what this build puts there: the recycled tree's file is current, or another thread's writer made it. */
  keep(path: string): void {
    this.left.delete(path);
  }

  /** Remove `path` now, if the tree holds it. */
  remove(path: string): void {
    try {
      this.realParents(insidePath(this.dir, path));
      unlinkIfThere(insidePath(this.dir, path));
    } catch (error) {
      throw this.failed(error);
    }
  }

  /** Remove what the recycled tree held and this build did not make, and the directories left empty. */
  clearRest(): void {
    try {
      const parents = new Set<string>();
      for (const path of this.left) {
        const file = insidePath(this.dir, path);
        this.realParents(file);
        unlinkIfThere(file);
        parents.add(dirname(file));
      }
      this.left.clear();
      // Deepest first, so a release's directory goes before its language's.
      for (const start of [...parents].sort((a, b) => b.length - a.length)) {
        for (let dir = start; dir !== this.dir && dir.startsWith(this.dir); dir = dirname(dir)) {
          try {
            rmdirSync(dir);
          } catch {
            break;
          }
        }
      }
    } catch (error) {
      throw this.failed(error);
    }
  }
}

/** A new tree being put together beside `outDir`: write and link into it, then commit (swap) or abort. */
export interface Staging {
  target: string;
  /** The staging tree's identity, which out/ has once it is swapped in: the manifest names the tree it describes. */
  identity: string;
  writer: StagedWriter;
  /** It began as the spare, the tree the last swap retired, not empty: see StagedWriter. */
  recycled: boolean;
  /** The files it held when staged (none unless recycled), as listTree gives them. */
  held: string[];
  commit(): Promise<void>;
  abort(): Promise<void>;
}

function writeFailed(target: string, error: unknown): Error {
  if (error instanceof ProblemError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ProblemError('', `cannot write ${target} (${message}); ${basename(target)}/ is left as it was`, 'output-write', { cause: error });
}

/** The tree the last swap retired, kept to be the next staging tree. */
const spareOf = (target: string) => join(dirname(target), `.${hidden(target)}-spare`);

/** The tree's name without its leading dot, for the hidden names of its staging, retired and spare trees. */
const hidden = (target: string) => basename(target).replace(/^\./, '');

/**
 * Links and other entries that are neither files nor directories, in a tree about to be recycled: removed as links.
 * Returns the files it holds (as listTree gives them), found on the same walk.
 */
function removeStrays(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
      else unlinkSync(path);
    }
  };
  walk(dir, '');
  return files.sort();
}

export async function stageTree(outDir: string): Promise<Staging> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const owned = ownedTreesOf(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${hidden(target)}-new-${tag}`);
  const retired = join(parent, `.${hidden(target)}-old-${tag}`);
  const spare = spareOf(target);
  const abort = () => removeOwned(owned, staging).catch(() => undefined);
  let recycled = false;
  let held: string[] = [];
  try {
    await mkdir(parent, { recursive: true });
    await recover(target, owned);
    // Taken by rename: two builds at once cannot both have it. Only a spare this build made is recycled.
    if (owned.owns(spare)) {
      const identity = treeIdentity(spare);
      await rename(spare, staging).then(
        () => (recycled = treeIdentity(staging) === identity),
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        },
      );
    }
    if (recycled) held = removeStrays(staging);
    else {
      await mkdir(staging);
      owned.add(staging);
    }
  } catch (error) {
    await abort();
    throw writeFailed(target, error);
  }
  const commit = async () => {
    try {
      let hadOld = true;
      try {
        await rename(target, retired);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        hadOld = false;
      }
      try {
        await rename(staging, target);
      } catch (error) {
        if (hadOld) await rename(retired, target);
        throw error;
      }
      // The retired tree becomes the spare, unless something is already there.
      if (hadOld) {
        const free = !existsSync(spare) && treeIdentity(spare) === undefined && !isLink(spare);
        await (free ? rename(retired, spare) : Promise.reject(new Error('taken'))).catch(() => removeOwned(owned, retired));
      }
    } catch (error) {
      await abort();
      throw writeFailed(target, error);
    }
  };
  return { target, identity: treeIdentity(staging)!, writer: new StagedWriter(staging, target, recycled), recycled, held, commit, abort };
}

const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Write `files` (paths relative to `outDir`) so that `outDir` is either the old tree or the new one, never half. */
export async function writeTree(outDir: string, files: Map<string, string>): Promise<void> {
  const staging = await stageTree(outDir);
  try {
    staging.writer.holds(staging.held);
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) staging.writer.write(path, content);
    staging.writer.clearRest();
  } catch (error) {
    await staging.abort();
    throw error;
  }
  await staging.commit();
}

/** Every file under `dir`, as sorted relative paths with / separators; none when `dir` does not exist. */
export function listTree(dir: string): string[] {
  // A synchronous walk: several times faster than the promise-per-directory recursive readdir on thousands of directories.
  const files: string[] = [];
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(at, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return files.sort();
}
