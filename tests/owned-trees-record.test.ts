// `.pressroom-trees.json`, the record of the trees the build made: out/ deleted by hand leaves no stale entry, and
// a deleted record makes the build refuse its own out/ (it cannot be told from someone's folder) with a message
// saying exactly what to do; following it, the build goes through. Nothing the build did not make is deleted.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';
import { treeIdentity } from '../pipeline/publish/owned-trees.ts';

let project: Project;
afterEach(() => project?.remove());

const RECORD = '.pressroom-trees.json';
const recorded = () => JSON.parse(readFileSync(join(project.root, RECORD), 'utf8')) as string[];
/** Identities of the directories beside out/ now. */
const present = () => new Set(readdirSync(project.root).map((name) => treeIdentity(join(project.root, name))).filter(Boolean));

describe('the record of the trees the build made', () => {
  it('keeps no entry for an out/ deleted by hand, and builds a new one', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const gone = treeIdentity(join(project.root, 'out'))!;
    expect(recorded()).toContain(gone);
    rmSync(join(project.root, 'out'), { recursive: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    expect(recorded()).not.toContain(gone);
    for (const entry of recorded()) expect(present().has(entry)).toBe(true);
  });

  for (const kind of ['a link to a folder', 'a regular file', 'someone’s folder'] as const) {
    it(`after out/ was deleted by hand, ${kind} put in its place is refused and left as it was`, async () => {
      project = makeProject({ withBundled: true });
      expect((await buildIn(project.root)).exitCode).toBe(0);
      rmSync(join(project.root, 'out'), { recursive: true });
      const out = join(project.root, 'out');
      mkdirSync(join(project.root, 'theirs'));
      writeFileSync(join(project.root, 'theirs', 'tesi.txt'), 'someone’s work');
      if (kind === 'a link to a folder') symlinkSync(join(project.root, 'theirs'), out);
      else if (kind === 'a regular file') writeFileSync(out, 'a file');
      else {
        mkdirSync(out);
        writeFileSync(join(out, 'tesi.txt'), 'someone’s work');
      }
      const before = readTree(join(project.root, 'theirs'));
      expect((await buildIn(project.root)).exitCode).toBe(2);
      expect(readTree(join(project.root, 'theirs'))).toEqual(before);
      if (kind === 'a regular file') expect(readFileSync(out, 'utf8')).toBe('a file');
      if (kind === 'someone’s folder') expect(readFileSync(join(out, 'tesi.txt'), 'utf8')).toBe('someone’s work');
    });
  }

  it('deleted: the build refuses its own out/, says exactly what to do, and goes through once that is done', async () => {
    project = makeProject({ withBundled: true });
    expect((await buildIn(project.root)).exitCode).toBe(0);
    const published = readTree(join(project.root, 'out'));
    rmSync(join(project.root, RECORD));
    const refused = await buildIn(project.root);
    expect(refused.exitCode).toBe(2);
    const out = join(project.root, 'out');
    expect(refused.stderr).toContain(`there is no ${join(project.root, RECORD)}); if it is the output of an earlier build, delete it yourself (rm -r '${out}') and build again`);
    expect(readTree(out)).toEqual(published);
    // Doing what each message says, until the build goes through (out/, then the trees beside it).
    for (let attempt = 0; attempt < 4; attempt++) {
      const result = await buildIn(project.root);
      if (result.exitCode === 0) break;
      const command = /\(rm -r '([^']+)'\)/.exec(result.stderr);
      expect(command, result.stderr).not.toBeNull();
      rmSync(command![1]!, { recursive: true });
    }
    const rebuilt = await buildIn(project.root);
    expect(rebuilt.exitCode).toBe(0);
    expect(readTree(out)).toEqual(published);
    for (const entry of recorded()) expect(present().has(entry)).toBe(true);
  });
});
