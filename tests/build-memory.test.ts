// What the main thread of a build holds: at ten thousand releases, every source or every parsed release kept
// until the end is hundreds of megabytes. The plan keeps each release's path and id, and the thread that builds a
// release reads it itself.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { readInputs } from '../pipeline/publish/inputs.ts';
import { planBuild } from '../pipeline/publish/plan.ts';
import { noTimings } from '../pipeline/timings.ts';
import { manifestParts, serializeManifest } from '../pipeline/publish/manifest.ts';
import { StagedWriter } from '../pipeline/publish/staged-output.ts';
import { forgetRecent, lastPass, perObject, recent } from '../pipeline/render/recent.ts';
import { heldResults, spooledResults } from '../pipeline/publish/render-results.ts';
import { heldTexts, spooledTexts } from '../pipeline/publish/text-spool.ts';
import type { RenderedRelease } from '../pipeline/publish/render-task.ts';
import { buildIn } from './helpers/build.ts';
import { listTrees } from '../pipeline/publish/trees.ts';
import { outputPlaces } from '../pipeline/publish/out-place.ts';

const placesOf = (root: string) => {
  const placed = outputPlaces(root, 'out');
  if ('problem' in placed) throw new Error(placed.problem);
  return placed.places;
};

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

describe('build memory: what the end of a build writes is not held whole', () => {
  const entry = (id: string, title: string) => ({
    id,
    key: 'k'.repeat(64),
    messages: [],
    memoryMessages: {},
    listed: { ja: { id, title, date: '2026-01-01T00:00:00+01:00', modified: '2026-01-01T00:00:00+01:00' } },
    states: { ja: 'published' as const },
    files: [`ja/${id}/index.html`],
  });
  const manifest = (count: number) => ({
    pipeline: 'p',
    settings: 's',
    tree: 't',
    releases: Object.fromEntries(Array.from({ length: count }, (_, index) => [`releases/r${index}.md`, entry(`r${index}`, `見出し「${index}」\u2028"quoted"`)])),
    indexKey: 'i',
    indexFiles: ['ja/index.html'],
    indexKeys: { 'ja/index.html': 'x' },
    archive: {},
    glossaryMessages: [],
  });

  it('streams the manifest in parts whose bytes are those of the manifest as one string', () => {
    for (const count of [0, 1, 3]) expect([...manifestParts(manifest(count))].join('')).toBe(serializeManifest(manifest(count)));
    // A part per release, not one for the whole record.
    expect([...manifestParts(manifest(3))].length).toBeGreaterThan(3);
  });

  it('writes a file of many parts, past the chunk it gathers, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-parts-'));
    try {
      const writer = new StagedWriter(join(dir, 'stage'), join(dir, 'out'));
      const parts = Array.from({ length: 3000 }, (_, index) => `${index}:見出し${'x'.repeat(700)}\n`);
      writer.writeParts('a/manifest.json', parts);
      expect(readFileSync(join(dir, 'stage/a/manifest.json'), 'utf8')).toBe(parts.join(''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('forgets the memos of a build that ends, so that they hold nothing into its manifest', () => {
    let computed = 0;
    const byString = recent((key: string) => ({ key, n: ++computed }));
    const byObject = perObject((key: { id: string }) => ({ id: key.id, n: ++computed }));
    const object = { id: 'a' };
    expect(byString('a')).toBe(byString('a'));
    expect(byObject(object)).toBe(byObject(object));
    expect(computed).toBe(2);
    forgetRecent();
    byString('a');
    byObject(object);
    expect(computed).toBe(4);
  });
});

describe('build memory: the last pass of a build keeps no answer it asks for once', () => {
  it('keeps only what it is told of answers that pay off between builds, until the pass ends', () => {
    const seen: string[] = [];
    const between = recent((key: string) => (seen.push(key), key.toUpperCase()), 10, undefined, true);
    const within = recent((key: string) => (seen.push(`within ${key}`), key.length));
    between('a');
    within('a');
    const end = lastPass();
    // The pass starts with every memo forgotten.
    between('a');
    within('a');
    expect(seen).toEqual(['a', 'within a', 'a', 'within a']);
    // Asked again, an answer computed in the pass is computed again; one computed by any other memo is not.
    between('b');
    between('b');
    within('b');
    within('b');
    expect(seen.slice(4)).toEqual(['b', 'b', 'within b']);
    // What it is told (a fragment the previous build wrote) is kept.
    between.remember('c', 'told');
    expect(between('c')).toBe('told');
    end();
    // Ended twice, still one pass fewer: the memo keeps its answers again.
    end();
    between('d');
    between('d');
    expect(seen.slice(7)).toEqual(['d']);
  });
});

describe('build memory: a memo may hold a hash in place of a long argument', () => {
  it('computes from the whole argument, and finds what it was told under the same argument', () => {
    const seen: string[] = [];
    const held = recent((key: string) => (seen.push(key), key.toUpperCase()), 10, (key) => `#${key.length}`);
    expect(held('alfa')).toBe('ALFA');
    // Same stand-in, same answer: the memo holds the stand-ins only.
    expect(held('beta')).toBe('ALFA');
    held.remember('gamma', 'told');
    expect(held('delta')).toBe('told');
    expect(seen).toEqual(['alfa']);
  });
});

describe('build memory: the render phase keeps its results on disk until the link phase takes them', () => {
  const result = (id: string): RenderedRelease => ({
    id,
    messages: [{ reason: `見出し ${id}`, line: 2, column: 1 }],
    memoryMessages: {},
    listed: {},
    states: { it: 'published' },
    read: { [`releases/${id}.md`]: { size: 1, mtimeMs: 1.5, ctimeMs: 2.25, ino: 7, hash: 'h' } },
    files: [`it/${id}/index.html`],
    review: '{"id":"x"}',
  });
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('reads back batches that came in any order in batch order, as they were, and removes its file when closed', () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-results-'));
    const results = spooledResults(dir);
    const batches = [[result('a'), result('b')], [result('c')], [result('d'), result('e')]];
    for (const index of [2, 0, 1]) results.add(index, JSON.stringify(batches[index]));
    // On disk, not in memory: the file holds every batch.
    const [spool] = readdirSync(dir);
    expect(readFileSync(join(dir, spool!), 'utf8')).toContain('見出し e');
    expect([...results]).toEqual(batches.flat());
    // Each pass reads them again.
    expect([...results].map((release) => release.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    results.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when a batch never came back, rather than building without it', () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-results-'));
    for (const results of [spooledResults(dir), heldResults()]) {
      results.add(1, JSON.stringify([result('b')]));
      expect(() => [...results]).toThrow(/render batch 0 never came back/);
      results.close();
    }
  });

  it('leaves nothing of them in the trees a build swaps in', async () => {
    const project = makeProject({ withBundled: true });
    try {
      const outcome = await buildIn(project.root, { now: NOW });
      expect(outcome.exitCode, outcome.stderr).toBe(0);
      // The state tree: the manifest, and what the releases left for the next build (feed entries, picture sizes).
      const state = listTrees(placesOf(project.root)).filter((path) => path.startsWith('.pressroom/'));
      expect(state.filter((path) => !/^\.pressroom\/(feeds|media)\//.test(path))).toEqual(['.pressroom/manifest.json']);
    } finally {
      project.remove();
    }
  });
});

describe('build memory: the reviews for the status digest wait in a temporary file, not in the heap', () => {
  it('reads back every text in order, undefined ones too, from a file with no name, and says whether one lacked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-spool-'));
    try {
      const texts = ['{"id":"a"}', undefined, `{"title":"見出し ${'x'.repeat(70_000)}"}`, ''];
      const spool = spooledTexts(texts, dir);
      // Nothing named is left to clean up should the build die.
      expect(readdirSync(dir)).toEqual([]);
      expect(spool.lacking).toBe(true);
      expect([...spool]).toEqual(texts);
      // Each pass reads them again.
      expect([...spool]).toEqual(texts);
      spool.close();
      expect(spooledTexts(['b'], dir).lacking).toBe(false);
      for (const kept of [spooledTexts([], dir), heldTexts([])]) expect([...kept]).toEqual([]);
      expect(heldTexts(['c', undefined]).lacking).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
