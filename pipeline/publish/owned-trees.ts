// The trees this build made, known by identity (device, inode and birth time, which stay the same through
// renames), recorded in `.pressroom-trees.json` beside them. Only a tree recorded here is ever emptied, recycled
// or removed: a directory someone put where the build keeps its trees (or a link to one) is left alone.
import { existsSync, lstatSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readProjectFile } from '../project/source-file.ts';

const REGISTRY = '.pressroom-trees.json';

/** A directory's identity; undefined when there is none there or it is not a real directory (a link, a file). */
export function treeIdentity(path: string): string | undefined {
  try {
    const stats = lstatSync(path, { bigint: true });
    return stats.isDirectory() ? `${stats.dev}:${stats.ino}:${stats.birthtimeNs}` : undefined;
  } catch {
    return undefined;
  }
}

/** The registry of the trees made in one directory (the parent of out/). */
export class OwnedTrees {
  private readonly file: string;

  constructor(readonly parent: string) {
    this.file = join(parent, REGISTRY);
  }

  private read(): Set<string> {
    try {
      // Read as a regular file only: a FIFO put in its place would stop the build for ever.
      const list = JSON.parse(readProjectFile(this.parent, REGISTRY, 1024 * 1024)?.bytes?.toString('utf8') ?? '[]') as unknown;
      return new Set(Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : []);
    } catch {
      return new Set();
    }
  }

  /** Whether there is a record at all (a project that never built, or whose record was deleted, has none). */
  exists(): boolean {
    return existsSync(this.file);
  }

  private write(trees: Set<string>): void {
    // A tree deleted by hand leaves its identity behind: only those of directories still here are kept, so a
    // directory made later that happened to get the same identity is never taken for the build's own.
    const here = new Set(readdirSync(this.parent).map((name) => treeIdentity(join(this.parent, name))));
    for (const tree of trees) if (!here.has(tree)) trees.delete(tree);
    const temp = join(this.parent, `.${basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}`);
    writeFileSync(temp, `${JSON.stringify([...trees].sort())}\n`);
    renameSync(temp, this.file);
  }

  /** Whether the directory at `path` (not a link to one) is a tree this build made. */
  owns(path: string): boolean {
    const identity = treeIdentity(path);
    return identity !== undefined && this.read().has(identity);
  }

  /** Record a directory the build has just made (or adopted). */
  add(path: string): void {
    const identity = treeIdentity(path);
    if (identity === undefined) throw new Error(`${path} is not a directory`);
    const trees = this.read();
    trees.add(identity);
    this.write(trees);
  }

  /** Forget a tree about to be removed. */
  forget(path: string): void {
    const identity = treeIdentity(path);
    const trees = this.read();
    if (identity !== undefined && trees.delete(identity)) this.write(trees);
  }
}

export const ownedTreesOf = (target: string) => new OwnedTrees(dirname(target));
