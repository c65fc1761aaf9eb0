// Split from incremental.test.ts: these builds of 101 releases are the longest of the suite's incremental tests, and a
// file of their own lets Vitest run them beside the others.
import { afterEach, describe, expect, it } from 'vitest';
import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusEnd, generateCorpus } from '../bench/corpus.ts';
import { runCli } from './helpers/cli.ts';
import { makeProject, BUNDLED, type Project } from './helpers/project.ts';
import { readTree } from './helpers/tree.ts';

describe('incremental build: pages whose releases moved are put together from the items the previous build wrote', () => {
  let project: Project;
  afterEach(() => project?.remove());

  // Enough releases for three index pages a language (50, 50 and 1), so that a release added or removed moves the
  // releases after it across pages; built by the CLI, so each rebuild starts with nothing rendered in memory.
  const RELEASES = 101;
  const NOW = corpusEnd(RELEASES);
  const build = async (out = 'out') => {
    const result = await runCli(['build', '--now', NOW, '--out', out], { cwd: project.root });
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  /** A copy of release `source` under `id`, memories and all: published in every language, beside its source. */
  const addCopy = (source: string, id: string) => {
    writeFileSync(join(project.root, 'releases', `${id}.md`), readFileSync(join(project.root, 'releases', `${source}.md`), 'utf8'));
    for (const language of ['en', 'ja']) {
      const memory = readFileSync(join(project.root, 'locales', language, 'releases', `${source}.json`), 'utf8');
      writeFileSync(join(project.root, 'locales', language, 'releases', `${id}.json`), memory.replace(`"release": "${source}"`, `"release": "${id}"`));
    }
  };
  const editParagraph = (id: string) => {
    const path = join(project.root, 'releases', `${id}.md`);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf('\n\n', text.indexOf('\n---\n', 4) + 5);
    writeFileSync(path, `${text.slice(0, at)} Il testo è stato aggiornato.${text.slice(at)}`);
  };
  const coldEquals = async () => {
    for (const dir of ['cold', '.cold-spare', 'cold-private', '.cold-private-spare', '.cold-state', '.cold-state-spare']) rmSync(join(project.root, dir), { recursive: true, force: true });
    await build('cold');
    expect(readTree(join(project.root, 'out'))).toEqual(readTree(join(project.root, 'cold')));
  };
  const itemsOf = (html: string) => [...html.matchAll(/<li><a href="\.\.\/\.\.\/([^/"]+)\/">/g)].map((match) => match[1]!);

  it('gives the bytes a cold build gives, after a release added and after one removed (on the recycled tree)', async () => {
    project = makeProject();
    const ids = generateCorpus(project.root, BUNDLED, { releases: RELEASES, seed: 11 });
    await build();
    const page3 = () => itemsOf(readFileSync(join(project.root, 'out/en/page/3/index.html'), 'utf8'));
    const before = page3();
    // Beside the newest: every later item moves one place on, across every page of every language.
    addCopy(ids.at(-1)!, 'comunicato-aggiunto');
    await build();
    expect(page3()[1]).toBe(before[0]);
    await coldEquals();
    for (const path of [`releases/${ids[80]}.md`, `.pressroom/published/${ids[80]}.json`]) rmSync(join(project.root, path));
    editParagraph(ids[30]!);
    await build();
    expect(page3()).toEqual(before);
    await coldEquals();
  }, 300_000);

  it('takes the items from the pages out/ holds, and never through a link put in place of a page', async () => {
    project = makeProject();
    const ids = generateCorpus(project.root, BUNDLED, { releases: RELEASES, seed: 11 });
    await build();
    // The oldest item of en's second page: a release added beside the newest moves it to the third.
    const page2 = join(project.root, 'out/en/page/2/index.html');
    const id = itemsOf(readFileSync(page2, 'utf8')).at(-1)!;
    writeFileSync(page2, readFileSync(page2, 'utf8').replace(`<li><a href="../../${id}/">`, `<li><a href="../../${id}/" data-mark="taken">`));
    // The third page: a link to a copy the build did not make, which must not be read.
    const page3 = join(project.root, 'out/en/page/3/index.html');
    const copy = join(project.root, 'elsewhere.html');
    writeFileSync(copy, readFileSync(page3, 'utf8').replaceAll('<li><a href=', '<li><a data-mark="linked" href='));
    rmSync(page3);
    symlinkSync(copy, page3);
    addCopy(ids.at(-1)!, 'comunicato-aggiunto');
    await build();
    const pages = ['out/en/index.html', 'out/en/page/2/index.html', 'out/en/page/3/index.html'].map((path) => readFileSync(join(project.root, path), 'utf8'));
    // The item moved to the third page as the previous second page held it: taken, not rendered again.
    expect(pages[2]).toContain(`<li><a href="../../${id}/" data-mark="taken">`);
    expect(pages.join('')).not.toContain('data-mark="linked"');
    expect(lstatSync(page3).isFile()).toBe(true);
  }, 300_000);
});
