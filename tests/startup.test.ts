import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../bench/corpus.ts';
import { makeProject, BUNDLED, REPO, type Project } from './helpers/project.ts';
import { CLI } from './helpers/cli.ts';

const HOOK = join(REPO, 'tests/helpers/record-modules.mjs');
// The renderers and the DeepL client: what a command that only reads the project should not start up with.
const HEAVY = /pipeline\/render\/(html|wire|ninjs|feeds|page)\.ts|node_modules\/(budoux|deepl-node|feed)\//;
const DIST = pathToFileURL(join(REPO, 'dist/')).href;

/** The files `pressroom <args>` loads, as URLs. */
async function filesLoaded(project: Project, args: string[]): Promise<string[]> {
  const log = join(project.root, 'modules.log');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, CLI, ...args], { cwd: project.root, env: { ...process.env, MODULES_LOG: log, DEEPL_AUTH_KEY: '' }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code, args.join(' ')).not.toBeNull();
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

/**
 * The modules `pressroom <args>` loads: for each file of the bundle it loads, the sources compiled into it (as
 * paths in the package, from dist/inputs.json); any other file by its URL.
 */
async function modulesLoaded(project: Project, args: string[]): Promise<string[]> {
  return modulesOf(await filesLoaded(project, args));
}

/** The modules of files loaded: for a file of the bundle, the sources compiled into it; any other file by its URL. */
function modulesOf(files: string[]): string[] {
  const inputs = JSON.parse(readFileSync(join(REPO, 'dist/inputs.json'), 'utf8')) as Record<string, string[]>;
  return files.flatMap((url) => {
    if (!url.startsWith(DIST)) return [url];
    const sources = inputs[url.slice(DIST.length)];
    expect(sources, `${url} is a file of the bundle`).toBeDefined();
    return sources!;
  });
}

describe('start-up: commands that only read the project do not load the renderers', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('status, check and quotes load no page, wire, ninjs or feed renderer, nor BudouX or the DeepL client', async () => {
    project = makeProject({ withBundled: true });
    for (const args of [['status'], ['check'], ['quotes', 'releases/politecnico-torino-robotica-ospedale.md']]) {
      const heavy = (await modulesLoaded(project, args)).filter((url) => HEAVY.test(url));
      expect(heavy, args.join(' ')).toEqual([]);
    }
  });

  // A first build of the bundled project, and what it loaded: the two tests below read it, the second builds again.
  const BUILD = ['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '1'];
  let built: { project: Project; loaded: Promise<string[]> } | undefined;
  const firstBuild = () => {
    if (!built) {
      const builtProject = makeProject({ withBundled: true });
      built = { project: builtProject, loaded: modulesLoaded(builtProject, BUILD) };
    }
    return built;
  };
  afterAll(() => built?.project.remove());

  it('build does load them (so the check above sees what it looks for)', async () => {
    const loaded = await firstBuild().loaded;
    expect(loaded.filter((url) => HEAVY.test(url)).length).toBeGreaterThan(3);
  });

  it('a rebuild with nothing changed loads neither the renderers nor the inline HTML reader and its parsers, nor YAML or zod', async () => {
    const { project: builtProject, loaded: first } = firstBuild();
    await first;
    // The hook appends: only what the second build loads.
    rmSync(join(builtProject.root, 'modules.log'));
    const loaded = await modulesLoaded(builtProject, BUILD);
    // Reading the publication policy from package.json once pulled in the judging of versions, and with it parse5;
    // the check of the office's Japanese name, the glossary's YAML and zod readers (a tenth of the start-up).
    expect(loaded.filter((url) => HEAVY.test(url) || /pipeline\/inline\/|node_modules\/(parse5|hast-util-[a-z-]+|unified|yaml|zod)\//.test(url))).toEqual([]);
  });

  it('every command runs bundled: no TypeScript source is compiled as it loads', async () => {
    project = makeProject({ withBundled: true });
    const files = await filesLoaded(project, ['status']);
    expect(files.filter((url) => /\.ts$/.test(url))).toEqual([]);
    expect(files).toContain(`${DIST}main.js`);
    expect(modulesOf(files)).toContain('pipeline/cli/commands/status.ts');
  });

  it('a build loads the dependencies from the bundle, but sharp (native) and BudouX\'s parser', async () => {
    project = makeProject({ withBundled: true });
    // 17 releases, two jobs: a render thread starts, and loads what it needs from dist/ too.
    generateCorpus(project.root, BUNDLED, { releases: 14, seed: 11, paragraphs: 2 });
    const files = new Set(await filesLoaded(project, ['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '2']));
    expect(files).toContain(`${DIST}render-worker.js`);
    const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const packages = new Set([...files].map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]));
    expect(Object.keys(dependencies).filter((name) => packages.has(name))).toEqual(['budoux', 'sharp']);
    // Some 500 files before the bundle: now the bundle's and sharp's.
    expect(files.size).toBeLessThan(150);
  });
});
