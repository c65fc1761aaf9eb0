// The pipeline's version: one hash of its sources, package.json and tsconfig.json. It keys the build manifest,
// so a new pipeline rebuilds everything. `npm run compile` writes it beside the compiled code (dist/version.json),
// so a compiled process reads one small file instead of hashing the sources at every start.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|js|mjs|json)$/;
/** The package's directory, from pipeline/publish/ or dist/publish/. */
const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
/** Where the compiled code keeps its version: dist/version.json. */
const COMPILED = new URL('../version.json', import.meta.url);
/** Whether this module is the compiled JavaScript (dist/) rather than the TypeScript run by vitest or tsx. */
export const compiled = import.meta.url.endsWith('.js');

/** Hash of every source under `<root>/pipeline`, with package.json (the dependencies) and tsconfig.json. */
export async function sourcesVersion(root: string): Promise<string> {
  const dir = join(root, 'pipeline');
  const names = (await readdir(dir, { recursive: true })).filter((name) => SOURCE.test(name)).sort();
  const hash = createHash('sha256');
  const add = (name: string, content: Buffer) => hash.update(`${name}\0${content.length}\0`).update(content);
  for (const name of names) add(`pipeline/${name}`, await readFile(join(dir, name)));
  for (const file of ['package.json', 'tsconfig.json']) add(file, await readFile(join(root, file)).catch(() => Buffer.alloc(0)));
  return hash.digest('hex');
}

let version: Promise<string> | undefined;

/** The version of the code running: written at compile time for dist/, computed once per process from the sources otherwise. */
export function pipelineVersion(): Promise<string> {
  version ??= compiled
    ? readFile(COMPILED, 'utf8').then((text) => (JSON.parse(text) as { version: string }).version)
    : sourcesVersion(PACKAGE);
  return version;
}

// `node dist/publish/pipeline-version.js`, the last step of `npm run compile`: record the version compiled.
if (compiled && process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  await writeFile(COMPILED, `${JSON.stringify({ version: await sourcesVersion(root) })}\n`);
}
