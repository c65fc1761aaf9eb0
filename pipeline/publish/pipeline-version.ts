// The pipeline's version: one hash of its sources and of what else makes the code that runs (the dependencies,
// pinned by package-lock.json and bundled into dist/, and the compile settings). It keys the build manifest, so a
// new pipeline rebuilds everything. `npm run compile` writes it beside the bundle (dist/version.json), so a
// compiled process reads one small file instead of hashing the sources at every start.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|js|mjs|json)$/;
/** Hashed beside pipeline/: the dependencies (the lock file pins what is bundled), the compiler's settings and the bundling. */
const BESIDE = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/compile.ts'];
/** Whether this module runs bundled (a file directly in dist/) rather than as the TypeScript run by vitest or tsx. */
export const compiled = import.meta.url.endsWith('.js');
/** Where the bundle keeps its version: dist/version.json, beside every file of the bundle. */
const COMPILED = new URL('./version.json', import.meta.url);

/** Hash of every source under `<root>/pipeline`, with the files `BESIDE` it. */
export async function sourcesVersion(root: string): Promise<string> {
  const dir = join(root, 'pipeline');
  const names = (await readdir(dir, { recursive: true })).filter((name) => SOURCE.test(name)).sort();
  const hash = createHash('sha256');
  const add = (name: string, content: Buffer) => hash.update(`${name}\0${content.length}\0`).update(content);
  for (const name of names) add(`pipeline/${name}`, await readFile(join(dir, name)));
  for (const file of BESIDE) add(file, await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  return hash.digest('hex');
}

let version: Promise<string> | undefined;

/** The version of the code running: written at compile time for dist/, computed once per process from the sources otherwise. */
export function pipelineVersion(): Promise<string> {
  version ??= compiled
    ? readFile(COMPILED, 'utf8').then((text) => (JSON.parse(text) as { version: string }).version)
    : sourcesVersion(fileURLToPath(new URL('../../', import.meta.url)));
  return version;
}
