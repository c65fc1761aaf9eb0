// How a render phase is spread over threads: a large one is left to the render threads, so that the thread that
// plans and writes never grows a rendering heap beside theirs (peak memory at 10,000 releases), with the same output.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generateCorpus } from '../bench/corpus.ts';
import { makeProject, BUNDLED, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';
import { LARGE_RENDER, renderShape } from '../pipeline/publish/render-threads.ts';
import { renderedHere } from '../pipeline/publish/render-task.ts';

describe('render shape', () => {
  it('renders here beside jobs - 1 threads, alone below 16 releases, and leaves a large render to the threads', () => {
    expect(renderShape(2, 1000)).toEqual({ threads: 1, here: true });
    expect(renderShape(4, 1000)).toEqual({ threads: 3, here: true });
    expect(renderShape(2, 15)).toEqual({ threads: 0, here: true });
    expect(renderShape(1, 1000)).toEqual({ threads: 0, here: true });
    expect(renderShape(2, LARGE_RENDER - 1)).toEqual({ threads: 1, here: true });
    expect(renderShape(2, LARGE_RENDER)).toEqual({ threads: 1, here: false });
    expect(renderShape(1, 10_000)).toEqual({ threads: 1, here: false });
    expect(renderShape(4, 10_000)).toEqual({ threads: 3, here: false });
    expect(renderShape(2, 30, 30)).toEqual({ threads: 1, here: false });
  });

  let project: Project | undefined;
  afterEach(() => project?.remove());

  it('builds the same tree when the render threads render every release and this thread none', async () => {
    project = makeProject({ withBundled: true });
    generateCorpus(project.root, BUNDLED, { releases: 24, seed: 5, paragraphs: 2 });
    const now = new Date('2026-01-01T00:00:00Z');
    const before = renderedHere.releases;
    const usual = await buildIn(project.root, { now, jobs: 2, out: 'usual' });
    expect(usual.exitCode, usual.stderr).toBe(0);
    expect(renderedHere.releases).toBeGreaterThan(before);

    const here = renderedHere.releases;
    for (const jobs of [1, 2]) {
      // Large from 10 releases to render: the 27 here.
      const large = await buildIn(project.root, { now, jobs, out: `large-${jobs}`, largeRender: 10 });
      expect(large.exitCode, large.stderr).toBe(0);
      expect(large.stdout).toBe(usual.stdout.replace(/ to usual\n/, ` to large-${jobs}\n`));
      expect(large.stderr).toBe(usual.stderr);
      expect(readTree(join(project.root, `large-${jobs}`))).toEqual(readTree(join(project.root, 'usual')));
    }
    expect(renderedHere.releases).toBe(here);
  }, 120_000);
});
