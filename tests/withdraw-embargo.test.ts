// A release withdrawn while under embargo: the kill replaces the embargoed copies agencies hold in the private tree at
// once. It is a new version of what they hold (never the embargoed copy's number again, even when the release already
// had an `updated` date), it stays that version on later builds and when the embargo would have lifted, and the build
// counts it as withdrawn, not as embargoed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIn } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { ROBOTS } from './helpers/fixture.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';

const EMBARGOED = ROBOTS.replace('dateline:', 'embargo: 2025-12-06T12:00:00+01:00\nupdated: 2025-11-10T10:00:00+01:00\ndateline:');
const WITHDRAWN = EMBARGOED.replace('updated: 2025-11-10T10:00:00+01:00', 'updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: La consegna è rinviata al 2026.');
const FIRST = new Date('2025-12-01T00:00:00Z');
const LATER = new Date('2025-12-05T08:00:00Z');
const LATEST = new Date('2025-12-09T08:00:00Z');

let project: Project;
beforeEach(() => {
  project = makeProject();
  project.write('releases/robot.md', EMBARGOED);
  const [parsed] = loadReleases([{ path: 'releases/robot.md', text: EMBARGOED }]).releases;
  for (const language of ['en', 'ja'] as const) project.write(`locales/${language}/releases/robot.json`, memoryJson(memoryFor(parsed!, language, (html) => `[${language}] ${html}`)));
});
afterEach(() => project.remove());

const item = (path: string) => JSON.parse(readFileSync(join(project.root, path), 'utf8')) as { version: string; pubStatus?: string };

describe('a release withdrawn under embargo', () => {
  it('is a new version of the embargoed copy, kept through later builds and the lift, and counted as withdrawn', async () => {
    const first = await buildIn(project.root, { now: FIRST });
    expect(first.log).toContain('it: 0 published, 1 embargoed (robot)');
    const embargoed = Object.fromEntries(['it', 'en', 'ja'].map((language) => [language, Number(item(`out-private/${language}/robot/ninjs.json`).version)]));
    expect(embargoed).toEqual({ it: 2, en: 2, ja: 2 });

    project.write('releases/robot.md', WITHDRAWN);
    for (let build = 0; build < 2; build++) {
      const result = await buildIn(project.root, { now: LATER });
      expect(result.exitCode).toBe(0);
      for (const language of ['it', 'en', 'ja']) {
        expect(result.log).toContain(`${language}: 0 published, 1 notice to agencies (robot: withdrawn)`);
        const kill = item(`out-private/${language}/robot/ninjs.json`);
        expect(kill.pubStatus).toBe('canceled');
        expect(Number(kill.version), `${language}: the kill is a version after the embargoed copy`).toBe(3);
      }
      expect(result.log.some((line) => line.includes('embargoed'))).toBe(false);
    }

    const lifted = await buildIn(project.root, { now: LATEST });
    for (const language of ['it', 'en', 'ja']) {
      expect(lifted.log).toContain(`${language}: 0 published, 1 notice to agencies (robot: withdrawn)`);
      const kill = item(`out/${language}/robot/ninjs.json`);
      expect(kill.pubStatus).toBe('canceled');
      expect(Number(kill.version), `${language}: the public kill is the version agencies hold`).toBe(3);
    }
  });
});
