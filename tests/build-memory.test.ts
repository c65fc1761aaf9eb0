// What the main thread of a build holds: at ten thousand releases, every source or every parsed release kept
// until the end is hundreds of megabytes. The plan keeps each release's path and id, and the thread that builds a
// release reads it itself.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { readInputs } from '../pipeline/publish/inputs.ts';
import { planBuild } from '../pipeline/publish/plan.ts';
import { noTimings } from '../pipeline/timings.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
// Words from the body of each bundled release: the plan must hold none of them.
const BODIES = ['Quattro robot mobili autonomi', 'piccole e medie imprese', 'scienze della vita'];

describe('build memory: the plan holds releases by path, not by text', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('plans a cold build with no release text in it, each task naming the file its thread reads', async () => {
    project = makeProject({ withBundled: true });
    const inputs = await readInputs({ root: project.root, languages: ['it', 'en', 'ja'], now: NOW, strict: false });
    const plan = await planBuild(inputs, undefined, false, noTimings());
    const paths = readdirSync(join(project.root, 'releases')).filter((name) => name.endsWith('.md')).map((name) => `releases/${name}`).sort();
    expect(plan.releases.map((item) => [item.path, item.state])).toEqual(paths.map((path) => [path, 'render']));
    for (const item of plan.releases) {
      if (item.state !== 'render') continue;
      expect(item.task).toEqual({ path: item.path, memoriesOf: item.id, pictures: item.id === 'torino-piemonte-giappone-scienze-vita' });
      expect(item.file.value).toBeUndefined();
    }
    const held = JSON.stringify(plan);
    for (const words of BODIES) expect(held).not.toContain(words);
    // Each source was read once, to stamp it and find its id.
    expect(inputs.stamps.reads).toBe(paths.length);
  });
});
