// `pressroom xliff import` beside the desk and a killed run: under the memory locks, all or nothing, and idempotent.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runXliffImport } from '../pipeline/cli/commands/xliff.ts';
import { updateMemory } from '../pipeline/project/workspace.ts';
import { BATCH_JOURNAL } from '../pipeline/project/memory-batch.ts';
import type { Release } from '../pipeline/release.ts';
import type { Memory } from '../pipeline/translate/memory.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { runCli, startCli } from './helpers/cli.ts';

let project: Project;
afterEach(() => project?.remove());

const NOW = new Date('2025-10-16T08:00:00+02:00');

/** `count` releases of a title and two paragraphs (segments 0, 1, 2), machine-translated into English. */
function projectWith(count: number): { releases: Release[] } {
  project = makeProject();
  const releases: Release[] = [];
  for (let index = 0; index < count; index++) {
    const id = `comunicato-${index}`;
    const { release, text } = releaseFrom(id, `title: Comunicato ${index}`, `Primo paragrafo ${index}.\n\nSecondo paragrafo ${index}.`);
    project.write(`releases/${id}.md`, text);
    project.write(`locales/en/releases/${id}.json`, serializeMemory(memoryOf(release, 'en', (source) => entry(source, `EN ${source}`)), release));
    releases.push(release);
  }
  return { releases };
}

/** Export English, and translate every first paragraph in the file as a CAT tool would. */
async function exportEdited(): Promise<string> {
  const exported = await runCli(['xliff', 'export', '--lang', 'en'], { cwd: project.root });
  expect(exported.code).toBe(0);
  const xml = exported.stdout.replace(/>EN Primo paragrafo (\d+)\.</g, '>First paragraph $1.<');
  project.write('en.xlf', xml);
  return xml;
}

const memoryAt = (id: string): Memory => JSON.parse(readFileSync(join(project.root, `locales/en/releases/${id}.json`), 'utf8')) as Memory;
const targetOf = (release: Release, paragraph: number) => memoryAt(release.id).segments[release.segments[paragraph]!.key]?.target;

/** Every file under the project whose name a batch gives what it writes aside, or its journal. */
function leftovers(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.batch-|\.memory-batch|\.lock$/.test(entry.name)) found.push(relative(project.root, path));
    }
  };
  walk(join(project.root, 'locales'));
  return found;
}

const quiet = () => {
  const lines: string[] = [];
  return { lines, io: { log: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) } };
};

/** The desk's save of one target, as the review server makes it. */
const deskSave = (release: Release, paragraph: number, target: string) =>
  updateMemory(project.root, 'en', release, (source) => {
    const memory = source.memory!;
    const key = release.segments[paragraph]!.key;
    return { memory: { ...memory, segments: { ...memory.segments, [key]: { ...memory.segments[key]!, target, state: 'reviewed', reviewer: 'Anna' } } }, answer: undefined };
  });

describe('xliff import: under the memory locks', () => {
  it('never reverts a desk save made while an import runs', async () => {
    const { releases } = projectWith(40);
    await exportEdited();
    const { result } = startCli(['xliff', 'import', 'en.xlf', '--reviewer', 'Kenji'], { cwd: project.root });
    let running = true;
    void result.then(() => (running = false));
    // Saves acknowledged while the import runs, each to another release's second paragraph, round and round.
    const acknowledged = new Map<string, string>();
    for (let save = 0; running || save < releases.length; save++) {
      const release = releases[save % releases.length]!;
      await deskSave(release, 2, `Desk ${save}`);
      acknowledged.set(release.id, `Desk ${save}`);
    }
    const imported = await result;
    expect(imported.code, imported.stderr).toBe(0);
    for (const release of releases) {
      expect(targetOf(release, 2), release.id).toBe(acknowledged.get(release.id));
      expect(targetOf(release, 1), release.id).toBe(`First paragraph ${release.id.split('-')[1]}.`);
    }
    expect(leftovers()).toEqual([]);
  });
});

describe('xliff import: all or nothing across files, also when killed', () => {
  it('a run killed before its journal leaves every memory as it was, and the next run imports the whole file', async () => {
    const { releases } = projectWith(3);
    await exportEdited();
    const before = releases.map((release) => readFileSync(join(project.root, `locales/en/releases/${release.id}.json`), 'utf8'));
    let written = 0;
    const crash = (step: string) => {
      if (step === 'written-aside' && ++written === 2) throw new Error('killed');
    };
    const { io } = quiet();
    await expect(runXliffImport(join(project.root, 'en.xlf'), { root: project.root, now: NOW, batch: { onStep: crash } }, io)).rejects.toThrow('killed');
    expect(releases.map((release) => readFileSync(join(project.root, `locales/en/releases/${release.id}.json`), 'utf8'))).toEqual(before);

    const again = quiet();
    expect(await runXliffImport(join(project.root, 'en.xlf'), { root: project.root, now: NOW, reviewer: 'Kenji' }, again.io)).toBe(0);
    expect(again.lines).toEqual([`en: 3 updated, 0 restored, 6 unchanged (${releases.map((release) => release.id).join(', ')})`]);
    for (const release of releases) expect(targetOf(release, 1)).toMatch(/^First paragraph/);
    expect(leftovers()).toEqual([]);
  });

  it('a run killed between its renames is completed by the next save of any memory, which then builds on it', async () => {
    const { releases } = projectWith(3);
    await exportEdited();
    const crash = (step: string) => {
      if (step === 'renamed') throw new Error('killed');
    };
    await expect(runXliffImport(join(project.root, 'en.xlf'), { root: project.root, now: NOW, batch: { onStep: crash } }, quiet().io)).rejects.toThrow('killed');
    // As the kill left it: one memory imported, the journal naming the others.
    expect(releases.map((release) => targetOf(release, 1))).toEqual(['First paragraph 0.', 'EN Primo paragrafo 1.', 'EN Primo paragrafo 2.']);
    expect(leftovers()).toContain(BATCH_JOURNAL);

    await deskSave(releases[2]!, 2, 'Saved at the desk');
    expect(releases.map((release) => targetOf(release, 1))).toEqual(['First paragraph 0.', 'First paragraph 1.', 'First paragraph 2.']);
    expect(targetOf(releases[2]!, 2)).toBe('Saved at the desk');
    expect(leftovers()).toEqual([]);
  });
});

describe('xliff import: the same file twice', () => {
  it('is a no-op with a message the second time, not an error', async () => {
    const { releases } = projectWith(2);
    await exportEdited();
    const first = await runCli(['xliff', 'import', 'en.xlf', '--reviewer', 'Kenji'], { cwd: project.root });
    expect(first.stdout).toBe('en: 2 updated, 0 restored, 4 unchanged (comunicato-0, comunicato-1)\n');
    const after = releases.map((release) => readFileSync(join(project.root, `locales/en/releases/${release.id}.json`), 'utf8'));
    const second = await runCli(['xliff', 'import', 'en.xlf', '--reviewer', 'Kenji'], { cwd: project.root });
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('en: nothing to import, the memory already holds every translation in en.xlf (imported before?)\n');
    expect(second.code).toBe(0);
    expect(releases.map((release) => readFileSync(join(project.root, `locales/en/releases/${release.id}.json`), 'utf8'))).toEqual(after);
    expect(leftovers()).toEqual([]);
  });
});
