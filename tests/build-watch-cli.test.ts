// `pressroom build --watch` as a user starts it: builds out/, builds again when a release changes, stops on Ctrl+C.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from './helpers/cli.ts';
import { makeProject, type Project } from './helpers/project.ts';

const ID = 'torino-piemonte-giappone-scienze-vita';
const POLL = { timeout: 30_000, interval: 100 };
let project: Project | undefined;
afterEach(() => project?.remove());

describe('pressroom build --watch', () => {
  it('rebuilds out/ when a release changes, and stops cleanly on SIGINT', async () => {
    project = makeProject({ withBundled: true });
    const { child, result } = startCli(['build', '--watch', '--lang', 'it'], { cwd: project.root });
    let stdout = '';
    child.stdout!.on('data', (chunk: string) => (stdout += chunk));
    await expect.poll(() => stdout, POLL).toContain('Watching releases/ and locales/');
    expect(stdout).toContain('nothing is scheduled; waiting for changes');
    const page = join(project.root, 'out', 'it', ID, 'index.html');
    expect(readFileSync(page, 'utf8')).toContain('Piemonte in Giappone');

    const source = join(project.root, 'releases', `${ID}.md`);
    writeFileSync(source, readFileSync(source, 'utf8').replace('title: "Piemonte in Giappone:', 'title: "Piemonte e Giappone:'));
    await expect.poll(() => existsSync(page) && readFileSync(page, 'utf8').includes('Piemonte e Giappone'), POLL).toBe(true);
    await expect.poll(() => stdout, POLL).toMatch(/building at .*[\s\S]*building at /);

    child.kill('SIGINT');
    const { code, stderr } = await result;
    expect(code, stderr).toBe(0);
  });

  it('refuses --now, since it publishes by the system clock', async () => {
    project = makeProject({ withBundled: true });
    const { code, stderr } = await runCli(['build', '--watch', '--now', '2025-10-14T12:00:00+02:00'], { cwd: project.root });
    expect(code).toBe(2);
    expect(stderr).toContain('--watch publishes by the system clock');
    expect(existsSync(join(project.root, 'out'))).toBe(false);
  });
});
