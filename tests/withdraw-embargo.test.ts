// A release withdrawn while under embargo: the kill replaces the embargoed copies agencies hold in the private tree at
// once. It is a new version of what they hold (never the embargoed copy's number again, even when the release already
// had an `updated` date), it stays that version on later builds and when the embargo would have lifted, and the build
// counts it as withdrawn, not as embargoed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIn } from './helpers/build.ts';
import { type Project } from './helpers/project.ts';
import { EMBARGOED, FIRST, LATER, LIFTED as LATEST, embargoedRobotProject, readItem } from './helpers/embargoed-robot.ts';

const WITHDRAWN = EMBARGOED.replace('updated: 2025-11-10T10:00:00+01:00', 'updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: La consegna è rinviata al 2026.');

let project: Project;
beforeEach(() => {
  project = embargoedRobotProject();
});
afterEach(() => project.remove());

const item = (path: string) => readItem(project, path);

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

describe('a kill under embargo when the record of what agencies hold is gone', () => {
  const gone = (...paths: string[]) => {
    for (const path of paths) rmSync(join(project.root, path), { recursive: true, force: true });
  };

  it('follows the embargoed copy left in the private tree: a version after it', async () => {
    await buildIn(project.root, { now: FIRST });
    gone('.pressroom');
    project.write('releases/robot.md', WITHDRAWN);
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    for (const language of ['it', 'en', 'ja']) {
      const kill = item(`out-private/${language}/robot/ninjs.json`);
      expect(kill.pubStatus).toBe('canceled');
      expect(Number(kill.version), `${language}: after the embargoed copy (2) agencies hold`).toBe(3);
    }
  });

  it('follows the private tree when the record has no word of the embargoed copies (written before it kept them)', async () => {
    await buildIn(project.root, { now: FIRST });
    const record = join(project.root, '.pressroom/published/robot.json');
    const { embargoed: _embargoed, ...rest } = JSON.parse(readFileSync(record, 'utf8')) as Record<string, unknown>;
    writeFileSync(record, `${JSON.stringify(rest, null, 2)}\n`);
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    for (const language of ['it', 'en', 'ja']) expect(Number(item(`out-private/${language}/robot/ninjs.json`).version), language).toBe(3);
  });

  it('with neither record nor trees (a fresh clone), says it cannot know and numbers the kill past any copy the dates give', async () => {
    await buildIn(project.root, { now: FIRST });
    gone('.pressroom', 'out', 'out-private', '.out-state', '.out-spare', '.pressroom-trees.json');
    project.write('releases/robot.md', WITHDRAWN);
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    for (const language of ['it', 'en', 'ja']) expect(Number(item(`out-private/${language}/robot/ninjs.json`).version), language).toBe(3);
    expect(result.stderr).toMatch(/releases\/robot\.md:\d+:\d+: warning: .*\.pressroom\/published\/robot\.json.*\[pressroom:kill-version\]/);
    // Recorded now: the next build says nothing more and keeps the version.
    const again = await buildIn(project.root, { now: LATER });
    expect(again.stderr).not.toContain('kill-version');
    expect(Number(item('out-private/en/robot/ninjs.json').version)).toBe(3);
  });
});

describe('a kill under embargo in a language whose translation is gone', () => {
  it('still kills the embargoed copy agencies hold in that language', async () => {
    await buildIn(project.root, { now: FIRST });
    rmSync(join(project.root, 'locales/en/releases/robot.json'));
    project.write('releases/robot.md', WITHDRAWN);
    const result = await buildIn(project.root, { now: LATER });
    expect(result.log).toContain('en: 0 published, 1 notice to agencies (robot: withdrawn)');
    const kill = item('out-private/en/robot/ninjs.json');
    expect(kill.pubStatus).toBe('canceled');
    expect(Number(kill.version)).toBe(3);
  });
});

describe('a kill under embargo taken back before the lift', () => {
  it('hands agencies the copy again as a version after the kill, and publishes it at the lift no lower', async () => {
    await buildIn(project.root, { now: FIRST });
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    expect(Number(item('out-private/en/robot/ninjs.json').version)).toBe(3);

    project.write('releases/robot.md', EMBARGOED);
    const restored = await buildIn(project.root, { now: LATER });
    expect(restored.log).toContain('it: 0 published, 1 embargoed (robot)');
    for (const language of ['it', 'en', 'ja']) {
      const copy = item(`out-private/${language}/robot/ninjs.json`);
      expect(copy.pubStatus).toBe('usable');
      expect(Number(copy.version), `${language}: after the kill (3) agencies hold`).toBe(4);
    }

    await buildIn(project.root, { now: LATEST });
    for (const language of ['it', 'en', 'ja']) {
      const published = item(`out/${language}/robot/ninjs.json`);
      expect(published.pubStatus).toBe('usable');
      expect(Number(published.version), `${language}: the copy agencies hold, made public`).toBe(4);
    }
  });
});

describe('versions of a held release, from the private tree to out/', () => {
  // The Italian alone is changed: the translations of the changed paragraph go stale, so only `it` is followed.
  const EDITED = (source: string) => source.replace('consegna 40 robot', 'consegna 42 robot');

  it.each([
    ['embargoed', EMBARGOED],
    ['scheduled', EMBARGOED.replace(/^(embargo|updated): .*\n/gm, '').replace('date: 2025-11-02T09:00:00+01:00', 'date: 2025-12-06T12:00:00+01:00')],
  ])('the %s copy, edited before the lift, is its next version, and public at the lift as that same version', async (_kind, source) => {
    project.write('releases/robot.md', source);
    await buildIn(project.root, { now: FIRST });
    const first = Number(item('out-private/it/robot/ninjs.json').version);
    project.write('releases/robot.md', EDITED(source));
    await buildIn(project.root, { now: LATER });
    const edited = item('out-private/it/robot/ninjs.json');
    expect(Number(edited.version), 'an edit agencies receive under embargo is a new version').toBe(first + 1);
    await buildIn(project.root, { now: LATEST });
    expect(Number(item('out/it/robot/ninjs.json').version), 'the copy agencies hold, made public').toBe(first + 1);
  });
});

describe('an embargoed copy whose translation stops being current before the lift', () => {
  it('is replaced in the private tree by a notice not to use it, a later version, and the notice stands at the lift', async () => {
    await buildIn(project.root, { now: FIRST });
    expect(item('out-private/en/robot/ninjs.json').pubStatus).toBe('usable');
    // The Italian changes under the English and Japanese: their copies no longer say what it says.
    project.write('releases/robot.md', EMBARGOED.replace('consegna 40 robot', 'consegna 42 robot'));
    const changed = await buildIn(project.root, { now: LATER });
    expect(changed.exitCode).toBe(0);
    for (const language of ['en', 'ja']) {
      const notice = item(`out-private/${language}/robot/ninjs.json`);
      expect(notice.pubStatus, language).toBe('withheld');
      expect(Number(notice.version), `${language}: after the copy (2) agencies hold`).toBe(3);
    }
    expect(item('out-private/it/robot/ninjs.json').pubStatus).toBe('usable');
    await buildIn(project.root, { now: LATEST });
    for (const language of ['en', 'ja']) {
      const notice = item(`out/${language}/robot/ninjs.json`);
      expect(notice.pubStatus, language).toBe('withheld');
      expect(Number(notice.version), language).toBe(3);
    }
  });
});

describe('a notice withholding a translation under embargo', () => {
  it('carries the embargo agencies hold the copy under, in wire text and ninjs, is counted as a notice, and is listed nowhere public', async () => {
    await buildIn(project.root, { now: FIRST });
    const held = Object.fromEntries(['en', 'ja'].map((language) => [language, { wire: readFileSync(join(project.root, `out-private/${language}/robot/wire.txt`), 'utf8'), ninjs: item(`out-private/${language}/robot/ninjs.json`) as { embargoedUntil?: string } }]));
    project.write('releases/robot.md', EMBARGOED.replace('consegna 40 robot', 'consegna 42 robot'));
    const changed = await buildIn(project.root, { now: LATER });
    expect(changed.exitCode).toBe(0);
    for (const language of ['en', 'ja']) {
      const embargoLine = held[language]!.wire.split('\n')[0]!;
      expect(embargoLine, 'the copy agencies held opened with its embargo line').toMatch(/EMBARGO|解禁/);
      const wire = readFileSync(join(project.root, `out-private/${language}/robot/wire.txt`), 'utf8');
      expect(wire.split('\n')[0], `${language}: the notice opens with the same embargo line`).toBe(embargoLine);
      const notice = item(`out-private/${language}/robot/ninjs.json`) as { pubStatus?: string; embargoedUntil?: string };
      expect(notice.pubStatus).toBe('withheld');
      expect(notice.embargoedUntil, language).toBe(held[language]!.ninjs.embargoedUntil);
      expect(changed.log.find((line) => line.startsWith(`${language}: `)), language).toMatch(/1 notice to agencies \(robot: being updated\)/);
      expect(readFileSync(join(project.root, `out/${language}/index.html`), 'utf8'), `${language}: nothing public before the lift`).not.toContain('robot');
    }
  });
});

describe('a release edited while under embargo, once public', () => {
  /** The published and updated moments a page's header gives, in that order. */
  const pageTimes = (language: string) => {
    const page = readFileSync(join(project.root, `out/${language}/robot/index.html`), 'utf8');
    const meta = /<p class="meta">(.*?)<\/p>/s.exec(page)![1]!;
    return [...meta.matchAll(/<time datetime="([^"]+)">/g)].map((match) => Date.parse(match[1]!));
  };
  const LIFT = Date.parse('2025-12-06T12:00:00+01:00');

  it('says on its page it was updated no earlier than it was published', async () => {
    // EMBARGOED was updated on 10 November, before its embargo lifts on 6 December: version 2, made under embargo.
    const result = await buildIn(project.root, { now: LATEST });
    expect(result.exitCode).toBe(0);
    for (const language of ['it', 'en', 'ja']) {
      const times = pageTimes(language);
      expect(times, `${language}: published and updated`).toHaveLength(2);
      expect(times[0], language).toBe(LIFT);
      expect(times[1], `${language}: updated no earlier than published`).toBeGreaterThanOrEqual(LIFT);
    }
  });

  it('says the same on the page of a notice made under embargo', async () => {
    await buildIn(project.root, { now: FIRST });
    project.write('releases/robot.md', EMBARGOED.replace('consegna 40 robot', 'consegna 42 robot'));
    // The notice withholding the stale translations is made before the lift, dated by the clock (5 December).
    await buildIn(project.root, { now: LATER });
    await buildIn(project.root, { now: LATEST });
    for (const language of ['en', 'ja']) {
      expect(item(`out/${language}/robot/ninjs.json`).pubStatus, language).toBe('withheld');
      const times = pageTimes(language);
      expect(times[0], language).toBe(LIFT);
      expect(times[1], `${language}: updated no earlier than published`).toBeGreaterThanOrEqual(LIFT);
    }
  });
});
