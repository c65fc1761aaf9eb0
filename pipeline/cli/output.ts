// Writing out/: everything goes into a fresh directory beside it, which is then swapped in whole.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Write `files` (paths relative to `outDir`) so that `outDir` is either the old tree or the new one, never half. */
export async function writeTree(outDir: string, files: Map<string, string>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = join(parent, `.${basename(target)}-new-${tag}`);
  const retired = join(parent, `.${basename(target)}-old-${tag}`);
  await mkdir(parent, { recursive: true });
  try {
    for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      const file = join(staging, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    await mkdir(staging, { recursive: true });
    let hadOld = true;
    try {
      await rename(target, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(staging, target);
    if (hadOld) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
