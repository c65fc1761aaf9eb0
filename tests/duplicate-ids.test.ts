// Two files claiming one release id: neither takes it, both are errors, and what was published under that id
// stays as it was until one of them changes. The other releases still build.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, release, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ID = 'torino-piemonte-giappone-scienze-vita';
const ROBOTS = 'releases/politecnico-torino-robotica-ospedale.md';
// Sorts before the real release, so path order alone would hand it the id.
const NEWCOMER = release(`id: ${ID}\ntitle: Un altro comunicato\ndate: 2025-12-01T10:00:00+01:00`, 'Un testo che non deve prendere il posto di quello pubblicato.');

const underId = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path.includes(`/${ID}/`)));

describe('duplicate ids: a new file cannot take an existing release’s id', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('reports both files, keeps what was published under the id, and builds the others', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const out = join(project.root, 'out');
    const before = readTree(out);
    expect(Object.keys(underId(before)).length).toBe(12);

    project.write('releases/a-nuovo.md', NEWCOMER);
    project.write(ROBOTS, readFileSync(join(project.root, ROBOTS), 'utf8').replace('Quattro robot mobili autonomi', 'Cinque robot mobili autonomi'));
    const result = await buildIn(project.root);
    expect(result.exitCode).toBe(1);
    const errors = result.errors.filter((line) => line.includes('[pressroom:duplicate-id]'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^releases\/a-nuovo\.md:2:1: error: release id `torino-piemonte-giappone-scienze-vita` is also claimed by releases\/torino-piemonte-giappone-scienze-vita\.md/);
    expect(errors[1]).toMatch(/^releases\/torino-piemonte-giappone-scienze-vita\.md:\d+:\d+: error: .* is also claimed by releases\/a-nuovo\.md/);

    const after = readTree(out);
    expect(underId(after), 'the published release is untouched in every language').toEqual(underId(before));
    expect(Buffer.from(after['it/index.html']!, 'base64').toString()).toContain(`href="${ID}/"`);
    expect(Buffer.from(after['it/index.html']!, 'base64').toString()).not.toContain('Un altro comunicato');
    expect(Buffer.from(after['it/politecnico-torino-robotica-ospedale/wire.txt']!, 'base64').toString()).toContain('Cinque robot');

    // Still held on the next build, and the real release publishes as it is once the newcomer goes.
    expect(underId(readTree(out))).toEqual(underId(before));
    expect((await buildIn(project.root)).exitCode).toBe(1);
    expect(underId(readTree(out))).toEqual(underId(before));
    rmSync(join(project.root, 'releases/a-nuovo.md'));
    expect((await buildIn(project.root)).exitCode).toBe(0);
    expect(underId(readTree(out))).toEqual(underId(before));
  });
});
