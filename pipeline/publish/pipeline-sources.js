// The pipeline's own sources and one hash of them: the key of the launcher's bundle and the build manifest's
// "pipeline" version. Plain JavaScript, so the launcher can read them before any TypeScript can run.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SOURCE = /\.(ts|js|mjs|json)$/;
/** Files read at once: `pressroom build` reads the project alongside, under its own bound. */
const AT_ONCE = 16;

/**
 * Every file under `<root>/pipeline` ending .ts, .js, .mjs or .json, by absolute path, and a hash of them with
 * `<root>/package.json` (the dependencies) and `<root>/tsconfig.json` (it steers how the TypeScript is compiled).
 * @param {string} root the package's directory
 * @returns {Promise<{ version: string, files: Map<string, Buffer> }>}
 */
export async function readPipelineSources(root) {
  const dir = join(root, 'pipeline');
  const names = (await readdir(dir, { recursive: true })).filter((name) => SOURCE.test(name)).sort();
  const files = new Map();
  for (let start = 0; start < names.length; start += AT_ONCE) {
    const batch = names.slice(start, start + AT_ONCE);
    const contents = await Promise.all(batch.map((name) => readFile(join(dir, name))));
    batch.forEach((name, index) => files.set(join(dir, name), contents[index]));
  }
  const hash = createHash('sha256');
  const add = (name, content) => hash.update(`${name}\0${content.length}\0`).update(content);
  names.forEach((name) => add(`pipeline/${name}`, files.get(join(dir, name))));
  add('package.json', await readFile(join(root, 'package.json')));
  add('tsconfig.json', await readFile(join(root, 'tsconfig.json')).catch((error) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }));
  return { version: hash.digest('hex'), files };
}
