// `npm run compile` (run by `prepare` at install, and by the tests' global setup when dist/ is stale): the pipeline
// and its dependencies bundled by esbuild into dist/, so that a process or render thread loads a few files instead
// of some 470 modules. Type checking is `npm run typecheck`'s job.
//
// Every file of dist/ lies directly in it: the entry points (main.js for the CLI, render-worker.js for each render
// thread) and the chunks they share or load when needed (a command's own code, the renderers), so the pipeline's
// `import.meta.url`s name dist/ whichever chunk they end up in (pipeline-version.ts, render-pool.ts).
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesVersion } from '../pipeline/publish/pipeline-version.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Which sources each file of dist/ holds, by file name: says what a process loaded (tests/startup.test.ts). */
const INPUTS = 'inputs.json';

/** Declared at the top of each file of the bundle, under names no module uses (`define` points the CommonJS ones there). */
const COMMONJS_GLOBALS = [
  "import { createRequire as pressroomCreateRequire } from 'node:module';",
  "import { dirname as pressroomDirnameOf } from 'node:path';",
  "import { fileURLToPath as pressroomFileURLToPath } from 'node:url';",
  'const require = pressroomCreateRequire(import.meta.url);',
  'const pressroomFilename = pressroomFileURLToPath(import.meta.url);',
  'const pressroomDirname = pressroomDirnameOf(pressroomFilename);',
].join('\n');

const OPTIONS = {
  absWorkingDir: ROOT,
  entryPoints: { main: 'pipeline/cli/main.ts', 'render-worker': 'pipeline/publish/render-worker.ts' },
  outdir: DIST,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  // What a command imports dynamically stays in its own chunk, loaded when it runs: `status` loads no renderer.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // A native addon, loaded from node_modules where its binaries are.
  external: ['sharp'],
  // CommonJS dependencies (deepl-node and axios, write-file-atomic…) require Node's modules at run time, and
  // write-file-atomic names its temporary files after its own __filename: ES modules have neither.
  banner: { js: COMMONJS_GLOBALS },
  define: { __filename: 'pressroomFilename', __dirname: 'pressroomDirname' },
  // Read only with `node --enable-source-maps`: stack traces then name the TypeScript sources. Messages, which
  // are what users see, do not need them; the sources are beside dist/, so the maps leave them out.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
} satisfies BuildOptions;

function inputsByFile(metafile: Metafile): Record<string, string[]> {
  const files = Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
  return Object.fromEntries(files.map(([path, output]) => [relative(DIST, resolve(ROOT, path)), Object.keys(output.inputs).sort()]));
}

const version = await sourcesVersion(ROOT);
await rm(DIST, { recursive: true, force: true });
const result = await build(OPTIONS);
// The version must name the code bundled: a source saved while esbuild read them could be in dist/ under the
// version of the sources before it, and outputs made by the old code would then pass for the new code's.
if ((await sourcesVersion(ROOT)) !== version) {
  process.stderr.write('compile: a source changed while it was bundled; run npm run compile again\n');
  process.exit(1);
}
await writeFile(join(DIST, INPUTS), `${JSON.stringify(inputsByFile(result.metafile), null, 1)}\n`);
// Written last: an interrupted compile leaves no dist/version.json, and the launcher says so.
await writeFile(join(DIST, 'version.json'), `${JSON.stringify({ version })}\n`);
