import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeProject, REPO, type Project } from './helpers/project.ts';
import { CLI } from './helpers/cli.ts';

const HOOK = join(REPO, 'tests/helpers/record-modules.mjs');
// The renderers and the DeepL client: what a command that only reads the project should not start up with.
const HEAVY = /(pipeline|dist)\/render\/(html|wire|ninjs|feeds|page)\.[jt]s|node_modules\/(budoux|deepl-node|feed)\//;

/** The modules `pressroom <args>` loads, as URLs. */
async function modulesLoaded(project: Project, args: string[]): Promise<string[]> {
  const log = join(project.root, 'modules.log');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, CLI, ...args], { cwd: project.root, env: { ...process.env, MODULES_LOG: log, DEEPL_AUTH_KEY: '' }, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code, args.join(' ')).not.toBeNull();
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
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

  it('build does load them (so the check above sees what it looks for)', async () => {
    project = makeProject({ withBundled: true });
    const loaded = await modulesLoaded(project, ['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '1']);
    expect(loaded.filter((url) => HEAVY.test(url)).length).toBeGreaterThan(3);
  });

  it('a rebuild with nothing changed loads neither the renderers nor the inline HTML reader and its parsers', async () => {
    project = makeProject({ withBundled: true });
    const args = ['build', '--now', '2026-01-01T00:00:00Z', '--jobs', '1'];
    await modulesLoaded(project, args);
    // The hook appends: only what the second build loads.
    rmSync(join(project.root, 'modules.log'));
    const loaded = await modulesLoaded(project, args);
    // Reading the publication policy from package.json once pulled in the judging of versions, and with it parse5.
    expect(loaded.filter((url) => HEAVY.test(url) || /dist\/inline\/|node_modules\/(parse5|hast-util-[a-z-]+|unified)\//.test(url))).toEqual([]);
  });

  it('every command runs compiled: no TypeScript source is compiled as it loads', async () => {
    project = makeProject({ withBundled: true });
    const loaded = await modulesLoaded(project, ['status']);
    expect(loaded.filter((url) => /\.ts$/.test(url))).toEqual([]);
    expect(loaded).toContain(pathToFileURL(join(REPO, 'dist/cli/commands/status.js')).href);
  });
});
