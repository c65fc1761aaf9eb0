// Split from incremental.test.ts: these builds of 101 releases are the longest of the suite's incremental tests, and a
// file of their own lets Vitest run them beside the others.
import { afterEach, describe, expect, it } from 'vitest';
import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusEnd, generateCorpus } from '../bench/corpus.ts';
import { forgetRecent } from '../pipeline/render/recent.ts';
import { buildIn } from './helpers/build.ts';
import { makeProject, BUNDLED, type Project } from './helpers/project.ts';
import { readTree } from './helpers/tree.ts';

describe('incremental build: pages whose releases moved are put together from the items the previous build wrote', () => {
  let project: Project;
  afterEach(() => project?.remove());

  // Enough releases for three index pages a language (50, 50 and 1), so that a release added or removed moves the
  // releases after it across pages. Built in process with every memo forgotten first, as a new process starts
  // (a build that ends forgets them itself): each rebuild starts with nothing rendered in memory.
  const RELEASES = 101;
  const NOW = corpusEnd(RELEASES);
  /** What the test writes into an item of a page the build wrote, to know it when a later page takes the item. */
  const TAKEN = ' data-mark="taken"';
  const build = async (out = 'out') => {
    forgetRecent();
    const result = await buildIn(project.root, { now: new Date(NOW), out });
    expect(result.exitCode, result.stderr).toBe(0);
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
  /**
   * out/ equals a cold build of the same inputs, but for the marks the test wrote into an item of a page (taken with
   * the item by later pages): they are the test's, not the build's. The cold build has no previous tree to take
   * from: it renders every item.
   */
  const coldEquals = async () => {
    for (const dir of ['cold', '.cold-spare', 'cold-private', '.cold-private-spare', '.cold-state', '.cold-state-spare']) rmSync(join(project.root, dir), { recursive: true, force: true });
    const cold = await buildIn(project.root, { now: new Date(NOW), out: 'cold', jobs: 1 });
    expect(cold.exitCode, cold.stderr).toBe(0);
    const unmark = (bytes: Buffer) => (bytes.includes(TAKEN) ? Buffer.from(bytes.toString('utf8').replaceAll(TAKEN, '')) : bytes);
    const unmarked = Object.fromEntries(Object.entries(readTree(join(project.root, 'out'))).map(([path, bytes]) => [path, unmark(Buffer.from(bytes, 'base64')).toString('base64')]));
    expect(unmarked).toEqual(readTree(join(project.root, 'cold')));
  };
  const itemsOf = (html: string) => [...html.replaceAll(TAKEN, '').matchAll(/<li><a href="\.\.\/\.\.\/([^/"]+)\/">/g)].map((match) => match[1]!);

  // One project for both: its first build is the slowest step, and each check below is of a later build. The
  // link is put in place of a page of the tree the last build makes live, so that no later build recycles it.
  it('gives the bytes a cold build gives after a release added and after one removed (on the recycled tree), taking the items from the pages out/ holds and never through a link put in place of a page', async () => {
    project = makeProject();
    // Short releases: the pages list them by title, and each of the five builds renders most of them.
    const ids = generateCorpus(project.root, BUNDLED, { releases: RELEASES, seed: 11, paragraphs: 3 });
    await build();
    const pagePath = (page: number) => join(project.root, page === 1 ? 'out/en/index.html' : `out/en/page/${page}/index.html`);
    const itemsOn = (page: number) => itemsOf(readFileSync(pagePath(page), 'utf8'));
    const before = itemsOn(3);
    const moved = itemsOn(2).at(-1)!;
    // Beside the newest: every later item moves one place on, across every page of every language.
    addCopy(ids.at(-1)!, 'comunicato-aggiunto');
    await build();
    expect(itemsOn(3)).toEqual([moved, before[0]]);
    await coldEquals();
    // A release removed from the first page moves the oldest item of the third back to the second. Mark that item
    // on the third page, and put in place of the second a link to a copy the build did not make, which must not be read.
    const page2 = pagePath(2);
    const page3 = pagePath(3);
    writeFileSync(page3, readFileSync(page3, 'utf8').replace(`<li><a href="../../${moved}/">`, `<li><a href="../../${moved}/"${TAKEN}>`));
    const copy = join(project.root, 'elsewhere.html');
    writeFileSync(copy, readFileSync(page2, 'utf8').replaceAll('<li><a href=', '<li><a data-mark="linked" href='));
    rmSync(page2);
    symlinkSync(copy, page2);
    for (const path of [`releases/${ids[80]}.md`, `.pressroom/published/${ids[80]}.json`]) rmSync(join(project.root, path));
    editParagraph(ids[30]!);
    await build();
    const pages = [1, 2, 3].map((page) => readFileSync(pagePath(page), 'utf8'));
    // The item moved to the second page as the previous third page held it: taken, not rendered again.
    expect(pages[1]).toContain(`<li><a href="../../${moved}/"${TAKEN}>`);
    expect(pages.join('')).not.toContain('data-mark="linked"');
    expect(lstatSync(page2).isFile()).toBe(true);
    expect(itemsOn(2).at(-1)).toBe(moved);
    expect(itemsOn(3)).toEqual(before);
    await coldEquals();
  }, 300_000);
});
