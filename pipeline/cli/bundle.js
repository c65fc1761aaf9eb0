// The pipeline compiled by esbuild into plain ESM, once per version of its sources, so that no process or render
// thread pays for compiling TypeScript at start-up. Plain JavaScript: the launcher runs it before the bundle exists.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';

/** The file a bundle directory holds only once it is complete. */
export const MAIN = 'main.js';
/** Which sources each file of a bundle holds: { "main.js": ["pipeline/cli/main.ts", …], … }. */
export const INPUTS = 'inputs.json';
/** Bundles of other sources older than this are removed when a new one is made (a process still running one has loaded it). */
const KEEP_MS = 24 * 60 * 60 * 1000;
const LOADERS = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' };

/**
 * Where bundles are kept: PRESSROOM_CACHE_DIR, or the package's node_modules/.cache/pressroom. Either way it must
 * lie inside the directory holding the package's node_modules/, for the bundle's imports of packages to resolve.
 * @param {string} root the package's directory
 * @param {NodeJS.ProcessEnv} env
 */
export function cacheDirectory(root, env) {
  return env.PRESSROOM_CACHE_DIR ? resolve(env.PRESSROOM_CACHE_DIR) : join(root, 'node_modules', '.cache', 'pressroom');
}

/**
 * The directory of the bundle of `sources`, `<cacheDir>/<version>/`, made first if it is not there. The pipeline's
 * files are compiled from `sources.files` as hashed, never read again, so the bundle is exactly the version it is
 * named for. It is written aside and renamed into place: a process sees a whole bundle or none, and when two make
 * it at once the second rename fails and both use the first.
 * @param {string} root the package's directory
 * @param {{ version: string, files: Map<string, Buffer> }} sources from readPipelineSources(root)
 * @param {string} cacheDir
 * @returns {Promise<string>}
 */
export async function bundlePipeline(root, sources, cacheDir) {
  const dir = join(cacheDir, sources.version);
  if (existsSync(join(dir, MAIN))) return dir;
  const { build } = await import('esbuild');
  await mkdir(cacheDir, { recursive: true });
  const temp = await mkdtemp(join(cacheDir, `.${sources.version.slice(0, 16)}-`));
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { main: join(root, 'pipeline/cli/main.ts'), 'render-worker': join(root, 'pipeline/publish/render-worker.ts') },
      outdir: temp,
      entryNames: '[name]',
      bundle: true,
      // Each command stays its own chunk, loaded when it runs: `status` does not load the renderers.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages are imported from node_modules by Node, as without a bundle.
      packages: 'external',
      define: { PRESSROOM_BUNDLE_VERSION: JSON.stringify(sources.version) },
      // Read only with `node --enable-source-maps`: stack traces name the TypeScript sources.
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
      plugins: [hashedSources(sources.files)],
    });
    // The sources each file of the bundle holds, by file name: says what a command loaded (tests/startup.test.ts).
    const inputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js')).map(([path, output]) => [relative(temp, resolve(root, path)), Object.keys(output.inputs)]);
    await writeFile(join(temp, INPUTS), `${JSON.stringify(Object.fromEntries(inputs), null, 1)}\n`);
    await rename(temp, dir).catch((error) => {
      if (!existsSync(join(dir, MAIN))) throw error;
    });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  await removeOldBundles(cacheDir, sources.version);
  return dir;
}

/** An esbuild plugin that compiles the pipeline's files from the contents that were hashed. */
function hashedSources(files) {
  return {
    name: 'hashed-sources',
    setup(build) {
      build.onLoad({ filter: /./ }, (args) => {
        const contents = files.get(args.path);
        // A file outside the hash could change without changing the bundle's name: refuse it.
        if (contents === undefined) return { errors: [{ text: `${args.path} is not one of the pipeline's hashed sources` }] };
        return { contents, loader: LOADERS[extname(args.path)] };
      });
    },
  };
}

async function removeOldBundles(cacheDir, version) {
  const before = Date.now() - KEEP_MS;
  for (const name of await readdir(cacheDir)) {
    if (name === version) continue;
    const path = join(cacheDir, name);
    const old = await stat(path).then((info) => info.mtimeMs < before, () => false);
    if (old) await rm(path, { recursive: true, force: true });
  }
}
