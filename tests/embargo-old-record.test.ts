// A publication record written by a build from before the record kept what agencies hold under embargo (no
// `embargoed` in .pressroom/published/<id>.json: under embargo such a build recorded nothing at all). At the lift,
// the copies agencies hold in the private tree are what the public versions follow: a translation that went stale
// under embargo is a withheld notice after the copy they hold, not left out without a word.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIn } from './helpers/build.ts';
import { type Project } from './helpers/project.ts';
import { EMBARGOED, FIRST, LATER, LIFTED, embargoedRobotProject, readItem } from './helpers/embargoed-robot.ts';

// The Italian edited under embargo: the English and Japanese of that paragraph are stale.
const EDITED = EMBARGOED.replace('40 robot agli', 'quaranta robot agli');

let project: Project;
beforeEach(() => {
  project = embargoedRobotProject();
});
afterEach(() => project.remove());

const item = (path: string) => readItem(project, path);
// What a build from before `embargoed` was kept wrote for a release under embargo: nothing published.
const oldRecord = () => writeFileSync(join(project.root, '.pressroom/published/robot.json'), '{}\n');

describe('an old-format record at the lift', () => {
  it('follows the copies agencies hold under embargo: a translation gone stale then is withheld, after their copy', async () => {
    await buildIn(project.root, { now: FIRST });
    oldRecord();
    project.write('releases/robot.md', EDITED);
    await buildIn(project.root, { now: LATER });
    oldRecord();
    const held = Object.fromEntries(['it', 'en', 'ja'].map((language) => [language, item(`out-private/${language}/robot/ninjs.json`)]));
    expect(held.en!.pubStatus, 'under embargo, agencies hold a withheld notice').toBe('withheld');

    const lifted = await buildIn(project.root, { now: LIFTED });
    expect(lifted.exitCode).toBe(0);
    for (const language of ['en', 'ja']) {
      const notice = item(`out/${language}/robot/ninjs.json`);
      expect(notice.pubStatus, `${language}: the stale copy agencies hold is withheld in public too`).toBe('withheld');
      expect(Number(notice.version), `${language}: not before the notice they hold`).toBeGreaterThanOrEqual(Number(held[language]!.version));
    }
    expect(Number(item('out/it/robot/ninjs.json').version), 'it: the copy agencies hold, not renumbered below it').toBeGreaterThanOrEqual(Number(held.it!.version));
    const record = JSON.parse(readFileSync(join(project.root, '.pressroom/published/robot.json'), 'utf8')) as Record<string, { status: string }>;
    expect(record.en?.status, 'the record now says what was published').toBe('withheld');
  });
});
