// A correction dated after the build's clock goes out now as made then: the build says so where it is written, and
// stops saying so once the clock has passed it, without anything else changing.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetRecent } from '../pipeline/render/recent.ts';
import { buildIn } from './helpers/build.ts';
import { makeProject, type Project } from './helpers/project.ts';

const ID = 'regione-piemonte-bando-innovazione-pmi';

describe('build: a change dated after the clock', () => {
  let project: Project;
  afterEach(() => project?.remove());

  const build = async (now: string) => {
    forgetRecent();
    return buildIn(project.root, { now: new Date(now) });
  };

  it('is a warning at its field until the clock passes it, and the next change a long-running build waits for', async () => {
    project = makeProject({ withBundled: true });
    const text = readFileSync(join(project.root, 'releases', `${ID}.md`), 'utf8');
    expect(text).toContain('corrections:\n  - date: 2025-10-15T09:00:00+02:00');
    const line = text.split('\n').indexOf('corrections:') + 1;
    const warning = new RegExp(`^releases/${ID}\\.md:${line}:1: warning: this correction is dated 2025-10-15T09:00:00\\+02:00, after the build's clock .*\\[pressroom:future-change\\]$`, 'mu');

    // The embargo lifted at 12:00 on the 14th; the correction is dated 09:00 on the 15th.
    const before = await build('2025-10-14T13:00:00+02:00');
    expect(before.stderr).toMatch(warning);
    expect(before.nextChange?.toISOString()).toBe('2025-10-15T07:00:00.000Z');
    // Reused from the manifest, the release keeps its warning while it holds.
    const again = await build('2025-10-14T20:00:00+02:00');
    expect(again.stderr).toMatch(warning);

    const after = await build('2025-10-15T09:00:00+02:00');
    expect(after.exitCode, after.stderr).toBe(0);
    expect(after.stderr).not.toContain('future-change');
    expect(after.nextChange?.toISOString()).not.toBe('2025-10-15T07:00:00.000Z');
  });

  it('says nothing of changes dated before the clock', async () => {
    project = makeProject({ withBundled: true });
    const result = await build('2026-01-01T00:00:00Z');
    expect(result.stderr).not.toContain('future-change');
  });
});
