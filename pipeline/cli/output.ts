// Writing out/: everything goes into a fresh directory beside it, which is then swapped in whole.
//
// Contract: given the complete set of files, out/ becomes exactly that tree (anything else in it is
// removed), or, if writing fails or the process dies, stays the previous tree. The only moment out/ is
// absent is between two renames; a later run puts the previous tree back if it was left there.
// Files an incremental build did not change are hard-linked from the previous tree into the new one,
// so they cost no copy and the previous tree stays untouched until the swap.
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, basename, isAbsolute } from 'node:path';
import { randomBytes } from 'node:crypto';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Remove what killed runs left beside `target`; if one died between its renames, put the old tree back. */
async function recover(target: string): Promise<void> {
  const parent = dirname(target);
  const name = basename(target);
  const leftovers = (await readdir(parent)).filter((entry) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(new|old)-(\\d+)-[0-9a-f]{8}$`).test(entry));
  let targetExists = (await readdir(parent)).includes(name);
  for (const entry of leftovers.sort()) {
    const [, kind, pid] = /-(new|old)-(\d+)-/.exec(entry)!;
    if (Number(pid) !== process.pid && alive(Number(pid))) continue;
    if (kind === 'old' && !targetExists) {
      await rename(join(parent, entry), target);
      targetExists = true;
      continue;
    }
    await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** The absolute path of `path` inside `dir`, refusing paths that would land outside it. */
export function insidePath(dir: string, path: string): string {
  const file = join(dir, path);
  const inside = relative(dir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`output path escapes the output directory: ${path}`);
  return file;
}

/** Writes files under a staging directory, making each directory once (workers each keep their own). */
export class StagedWriter {
  private readonly made = new Set<string>();
  /** `target` is the out/ this tree will replace, named when a write fails. */
  constructor(readonly dir: string, readonly target: string) {}

  /** A full disk or an unwritable place says so in one line, and that nothing was replaced. */
  failed(error: unknown): Error {
    return writeFailed(this.target, error);
  }

  private parent(file: string): void {
    const parent = dirname(file);
    if (this.made.has(parent)) return;
    mkdirSync(parent, { recursive: true });
    this.made.add(parent);
  }

  write(path: string, content: string): void {
    const file = insidePath(this.dir, path);
    try {
      this.parent(file);
      writeFileSync(file, content);
    } catch (error) {
      throw this.failed(error);
    }
  }

  /** Synchronous: an incremental build links thousands of unchanged files, and a round trip each costs more than the link. */
  link(path: string, from: string): void {
    const file = insidePath(this.dir, path);
    try {
      this.parent(file);
      try {
        linkSync(insidePath(from, path), file);
      } catch (error) {
        // A file system without hard links (or out of them): copy instead; the previous tree stays untouched either way.
        if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'EOPNOTSUPP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        copyFileSync(insidePath(from, path), file);
      }
    } catch (error) {
      throw this.failed(error);
    }
  }
}

/** A new tree being put together beside `outDir`: write and link into it, then commit (swap) or abort. */
export interface Staging {
  target: string;
  writer: StagedWriter;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const FAILED = Symbol('write failed');

function writeFailed(target: string, error: unknown): Error {
  if (error instanceof Error && FAILED in error) return error;
  const message = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(`cannot write ${target} (${message}); ${basename(target)}/ is left as it was`, { cause: error }), { [FAILED]: true });
}

export async function stageTree(outDir: string): Promise<Staging> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(target)}-new-${tag}`);
  const retired = join(parent, `.${basename(target)}-old-${tag}`);
  const abort = () => rm(staging, { recursive: true, force: true }).catch(() => undefined);
  try {
    await mkdir(parent, { recursive: true });
    await recover(target);
    await mkdir(staging);
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
      if (hadOld) await rm(retired, { recursive: true, force: true });
    } catch (error) {
      await abort();
      throw writeFailed(target, error);
    }
  };
  return { target, writer: new StagedWriter(staging, target), commit, abort };
}

/** Write `files` (paths relative to `outDir`) so that `outDir` is either the old tree or the new one, never half. */
export async function writeTree(outDir: string, files: Map<string, string>): Promise<void> {
  const staging = await stageTree(outDir);
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) staging.writer.write(path, content);
  } catch (error) {
    await staging.abort();
    throw error;
  }
  await staging.commit();
}

/** Every file under `dir`, as sorted relative paths with / separators. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
    .sort();
}
