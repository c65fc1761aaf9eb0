// Scheduled publication: a release dated after the build's clock is held back from every public output, as an
// embargo is, and the build says when the next embargo lifts or the next release comes out.
import { describe, expect, it } from 'vitest';
import { buildProject } from './helpers/build.ts';
import { FIXTURE, FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';
import { nextChange, publicFrom } from '../pipeline/schedule.ts';

/** The fixture with no embargo, dated 2026-02-02 at 09:30 Italian time. */
const SCHEDULED = FIXTURE.replace('date: 2025-10-14T10:00:00+02:00', 'date: 2026-02-02T09:30:00+01:00').replace('embargo: 2025-10-14T12:00:00+02:00\n', '');

describe('schedule: a release dated in the future', () => {
  it('appears in no page, index or feed before its date; agencies get it with its date as the embargo', async () => {
    const result = await buildProject(await fixtureInput({ now: new Date('2026-02-02T09:29:00+01:00') }, undefined, SCHEDULED));
    expect(result.exitCode, result.stderr).toBe(0);
    const publicFiles = [...result.files.keys()];
    expect(publicFiles.filter((path) => path.includes(FIXTURE_ID))).toEqual([]);
    for (const path of publicFiles) expect(result.files.get(path)!, path).not.toContain('Nuovo bando per le Pmi');
    for (const language of ['it', 'en', 'ja']) expect(result.stdout).toContain(`${language}: 0 published, 1 scheduled (${FIXTURE_ID})`);
    const wire = result.privateFiles.get(`en/${FIXTURE_ID}/wire.txt`)!;
    expect(wire.split('\n')[0]).toBe('EMBARGOED UNTIL 09:30 CET (08:30 GMT) MONDAY 2 FEBRUARY 2026');
    const ninjs = JSON.parse(result.privateFiles.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(ninjs.embargoedUntil).toBe('2026-02-02T09:30:00+01:00');
    expect(result.stdout).toContain(`next scheduled change: 2026-02-02T09:30:00+01:00, the publication of ${FIXTURE_ID}; build again then`);
  });

  it('is published from its date on, with no embargo line and no next change to announce', async () => {
    const result = await buildProject(await fixtureInput({ now: new Date('2026-02-02T09:30:00+01:00') }, undefined, SCHEDULED));
    expect(result.stdout).toContain(`it: 1 published`);
    expect(result.files.get(`en/${FIXTURE_ID}/wire.txt`)!.split('\n')[0]).toBe('Monday 2 February 2026, 09:30 CET (08:30 GMT)');
    expect(result.privateFiles.has(`en/${FIXTURE_ID}/wire.txt`)).toBe(false);
    expect(result.stdout).not.toContain('next scheduled change');
  });

  it('announces an embargo lift as the next change while the embargo holds', async () => {
    const result = await buildProject(await fixtureInput({ now: new Date('2025-10-14T11:00:00+02:00') }));
    expect(result.stdout).toContain(`next scheduled change: 2025-10-14T12:00:00+02:00, the embargo on ${FIXTURE_ID} lifts; build again then`);
  });
});

describe('schedule: the next change', () => {
  it('is the soonest embargo lift or publication after the clock, whichever it is', () => {
    const releases = [
      { id: 'a', publicFrom: publicFrom({ date: '2025-10-01T10:00:00+02:00' }) },
      { id: 'b', publicFrom: publicFrom({ date: '2025-10-01T10:00:00+02:00', embargo: '2025-10-20T12:00:00+02:00' }) },
      { id: 'c', publicFrom: publicFrom({ date: '2025-10-18T09:00:00+02:00' }) },
      { id: 'd' },
    ];
    expect(nextChange(releases, new Date('2025-10-10T00:00:00Z'))).toMatchObject({ at: '2025-10-18T09:00:00+02:00', reason: 'publication', release: { id: 'c' } });
    expect(nextChange(releases, new Date('2025-10-19T00:00:00Z'))).toMatchObject({ at: '2025-10-20T12:00:00+02:00', reason: 'embargo', release: { id: 'b' } });
    expect(nextChange(releases, new Date('2025-10-21T00:00:00Z'))).toBeUndefined();
  });
});
