// What `pressroom translate` sends to DeepL: the segments a build can publish. A withdrawn release publishes a kill
// notice alone, so only its reason is billed, never the text it withdrew.
import { describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { planJob } from '../pipeline/translate/run.ts';
import { emptyMemory } from '../pipeline/translate/memory.ts';
import { release } from './helpers/project.ts';

const FRONT = 'id: robot\ntitle: Ospedali, 40 robot per la logistica\ndate: 2025-11-06T11:30:00+01:00';
const BODY = 'Quaranta robot mobili consegnano farmaci nei reparti.\n\nLa sperimentazione dura un anno.';
const REASON = 'La consegna è rinviata al 2026.';

const pendingOf = (text: string) => {
  const { releases } = loadReleases([{ path: 'releases/robot.md', text }]);
  return planJob(releases[0]!, 'en', emptyMemory('robot', 'en')).pending.map((item) => item.segment.source);
};

describe('translate: what is pending', () => {
  it('is every segment of a release in force', () => {
    expect(pendingOf(release(FRONT, BODY))).toEqual(expect.arrayContaining(['Ospedali, 40 robot per la logistica', 'La sperimentazione dura un anno.']));
  });

  it('is the reason alone for a withdrawn release: its text is killed, and would be billed for nothing', () => {
    const withdrawn = release(`${FRONT}\nstatus: withdrawn\nreason: ${REASON}\nupdated: 2025-11-20T10:00:00+01:00`, BODY);
    expect(pendingOf(withdrawn)).toEqual([REASON]);
  });
});
