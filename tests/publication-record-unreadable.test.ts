// A publication record that is there but cannot be read is not "nothing published", wherever the build reads it: a
// release held from the previous out/ (no longer parsing, or its file gone) is carried as out/ has it, and a release
// that can be carried no more is named as possibly published; each time the record is said, as the render task says it.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeProject, type Project } from './helpers/project.ts';
import { buildIn } from './helpers/build.ts';
import { readTree } from './helpers/tree.ts';

const ID = 'politecnico-torino-robotica-ospedale';
const SOURCE = `releases/${ID}.md`;
const RECORD = `.pressroom/published/${ID}.json`;
const underId = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([path]) => path.includes(`/${ID}/`)));
const said = (errors: string[]) => errors.filter((line) => line.includes(`${RECORD} cannot be read`) && line.endsWith('[pressroom:publication-record]'));

/** Ways a record is there and cannot be read. */
const corruptions: [string, (project: Project) => void][] = [
  ['cut short', (project) => project.write(RECORD, readFileSync(join(project.root, RECORD), 'utf8').slice(0, 30))],
  ['a folder', (project) => {
    rmSync(join(project.root, RECORD));
    mkdirSync(join(project.root, RECORD));
  }],
];

/** Ways a published release stops building. */
const breaks: [string, (project: Project) => void][] = [
  ['no longer parses', (project) => project.write(SOURCE, readFileSync(join(project.root, SOURCE), 'utf8').replace(/^title: .*$/m, 'title: [unclosed'))],
  ['is deleted', (project) => rmSync(join(project.root, SOURCE))],
];

describe('an unreadable publication record of a release that no longer builds', () => {
  let project: Project;
  afterEach(() => project?.remove());

  describe.each(corruptions)('(%s)', (_, corrupt) => {
    it.each(breaks)('when its file %s, keeps what out/ holds of it and says the record cannot be read', async (__, breakIt) => {
      project = makeProject({ withBundled: true });
      expect((await buildIn(project.root)).exitCode).toBe(0);
      const before = readTree(join(project.root, 'out'));
      corrupt(project);
      breakIt(project);
      const result = await buildIn(project.root);
      expect(underId(readTree(join(project.root, 'out'))), 'what agencies filed stays as it was').toEqual(underId(before));
      expect(said(result.errors), result.stderr).toHaveLength(1);
    });

    it.each(breaks)('when its file %s and out/ is gone, names it as perhaps published, and says the record cannot be read', async (__, breakIt) => {
      project = makeProject({ withBundled: true });
      expect((await buildIn(project.root)).exitCode).toBe(0);
      corrupt(project);
      breakIt(project);
      rmSync(join(project.root, 'out'), { recursive: true });
      const result = await buildIn(project.root);
      expect(said(result.errors), result.stderr).toHaveLength(1);
    });
  });
});
