// Writing out/: everything goes into a fresh directory beside it, which is then swapped in whole.
//
// Contract: given the complete map of files, out/ becomes exactly that tree (anything else in it is
// removed), or, if writing fails or the process dies, stays the previous tree. The only moment out/ is
// absent is between two renames; a later run puts the previous tree back if it was left there.
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

/** Write `files` (paths relative to `outDir`) so that `outDir` is either the old tree or the new one, never half. */
export async function writeTree(outDir: string, files: Map<string, string>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(target)}-new-${tag}`);
  const retired = join(parent, `.${basename(target)}-old-${tag}`);
  try {
    await mkdir(parent, { recursive: true });
    await recover(target);
    await mkdir(staging);
    for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = join(staging, path);
      const inside = relative(staging, file);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`output path escapes the output directory: ${path}`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
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
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    // A full disk or an unwritable place says so in one line, and that nothing was replaced.
    throw new Error(`cannot write ${outDir} (${(error as Error).message}); ${basename(target)}/ is left as it was`, { cause: error });
  }
}
