// Saves at the memory-file level: read, version check and write happen under the file's lock, so two saves
// at once never both win, none is lost, and the file is always whole JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editableMemory, updateMemory } from '../pipeline/project/workspace.ts';
import { readMemory } from '../pipeline/translate/memory-file.ts';
import { reviewSegments, saveTarget, type EditResult } from '../pipeline/translate/review.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { releaseFrom } from './helpers/review.ts';

const NOW = '2025-10-15T09:30:00+02:00';
const { release } = releaseFrom('bando', 'title: Nuovo bando', Array.from({ length: 8 }, (_, index) => `Paragrafo numero ${index + 1}.`).join('\n\n'));
const PATH = 'locales/en/releases/bando.json';

let project: Project;
beforeEach(() => {
  project = makeProject();
  project.write(PATH, memoryJson(memoryFor(release, 'en', (source) => `EN ${source}`, 'machine'), release));
});
afterEach(() => project.remove());

/** One reviewer's save, from the version they saw, through the code the review server uses. */
function save(key: string, version: string, target: string, reviewer: string): Promise<EditResult> {
  return updateMemory(project.root, 'en', release, (source) => {
    const memory = editableMemory(source, 'en', release)!;
    const result = saveTarget(release, memory, { key, version, target, reviewer, now: NOW });
    return { memory: result.ok ? result.memory : undefined, answer: result };
  });
}

function onDisk() {
  const file = new VFile({ path: PATH, value: readFileSync(join(project.root, PATH), 'utf8') });
  const memory = readMemory(file, { release: 'bando', language: 'en' });
  expect(memory, file.messages.map(String).join('\n')).toBeDefined();
  return memory!;
}

describe('review: two saves of one segment at once, from the same version', () => {
  it('exactly one wins, the other gets a conflict showing the winner; the file stays valid JSON', async () => {
    const segment = reviewSegments(release, onDisk())[1]!;
    const [anna, kenji] = await Promise.all([
      save(segment.segment.key, segment.version, 'Anna’s paragraph.', 'Anna'),
      save(segment.segment.key, segment.version, 'Kenji’s paragraph.', 'Kenji'),
    ]);
    expect([anna.ok, kenji.ok].sort()).toEqual([false, true]);
    const [winner, loser] = anna.ok ? [anna, kenji] : [kenji, anna];
    if (!winner.ok || loser.ok || loser.reason !== 'conflict') throw new Error('expected one save and one conflict');
    expect(loser.current.target).toBe(winner.memory.segments[segment.segment.key]!.target);
    expect(onDisk().segments[segment.segment.key]!.target).toBe(winner.memory.segments[segment.segment.key]!.target);
  });
});

describe('review: saves of different segments at once', () => {
  it('all land: no save overwrites another one', async () => {
    const reviews = reviewSegments(release, onDisk()).slice(1);
    const results = await Promise.all(reviews.map((review, index) => save(review.segment.key, review.version, `Reviewed ${index}.`, `R${index}`)));
    expect(results.every((result) => result.ok)).toBe(true);
    const memory = onDisk();
    reviews.forEach((review, index) => {
      expect(memory.segments[review.segment.key]).toMatchObject({ target: `Reviewed ${index}.`, state: 'reviewed', reviewer: `R${index}` });
    });
    // The lock and its drafts are gone.
    expect(readdirSync(join(project.root, 'locales/en/releases'))).toEqual(['bando.json']);
  });
});
