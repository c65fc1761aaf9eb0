#!/usr/bin/env node
// Entry point for `npx pressroom`: runs the CLI from an esbuild bundle of the pipeline, made once per version of
// its sources (pipeline/cli/bundle.js); through tsx, compiling as it loads, when no bundle can be made.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { bundlePipeline, cacheDirectory, MAIN } from './bundle.js';
import { readPipelineSources } from '../publish/pipeline-sources.js';

/** No esbuild installed, or nowhere to write the bundle: run as without one, saying nothing. */
const QUIET = new Set(['ERR_MODULE_NOT_FOUND', 'EACCES', 'EPERM', 'EROFS']);

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = await readPipelineSources(root)
  .then((sources) => bundlePipeline(root, sources, cacheDirectory(root, process.env)))
  .catch((error) => {
    if (!QUIET.has(error?.code)) console.error(`pressroom: warning: running the pipeline through tsx: could not bundle it: ${error?.message ?? error}`);
    return undefined;
  });

if (bundle) {
  await import(pathToFileURL(join(bundle, MAIN)).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
