// A press-room site: sitemaps per language and their index, robots.txt, indexes 50 releases a page and an archive
// by month, a block for agencies on each release page, x-default to the language chooser, and a warning for the placeholder address.
import { describe, expect, it } from 'vitest';
import { xml2js, type Element as XmlElement } from 'xml-js';
import { buildIn, buildProject } from './helpers/build.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';
import { elements, parsePage } from './helpers/html.ts';
import { makeProject, release } from './helpers/project.ts';
import { FIXTURE } from './helpers/fixture.ts';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toString } from 'hast-util-to-string';
import type { BuildInput } from './helpers/build.ts';
import { memoryFor, memoryJson, standIn } from './helpers/memory.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import type { TargetLanguage } from '../pipeline/release.ts';

const AFTER = new Date('2026-01-01T00:00:00Z');
const BASE = 'https://press.example.org/';

const children = (element: XmlElement | undefined, name: string) => element?.elements?.filter((node) => node.name === name) ?? [];
const text = (element: XmlElement | undefined) => element?.elements?.map((node) => node.text ?? '').join('') ?? '';
const root = (xml: string) => (xml2js(xml, { compact: false }) as XmlElement).elements!.find((node) => node.type === 'element')!;

describe('site: sitemaps and robots.txt', () => {
  it('lists each language’s pages with their other-language versions and x-default to the chooser', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    const urlset = root(files.get('en/sitemap.xml')!);
    expect(urlset.name).toBe('urlset');
    const urls = children(urlset, 'url');
    const locs = urls.map((url) => text(children(url, 'loc')[0]));
    expect(locs).toEqual([`${BASE}en/`, `${BASE}en/archive/`, `${BASE}en/archive/2025/10/`, `${BASE}en/${FIXTURE_ID}/`]);
    const releaseUrl = urls[3]!;
    // Dated 10:00, public when its embargo lifted at 12:00: changed then, for a crawler.
    expect(text(children(releaseUrl, 'lastmod')[0])).toBe('2025-10-14T12:00:00+02:00');
    const links = children(releaseUrl, 'xhtml:link').map((link) => [link.attributes!.hreflang, link.attributes!.href]);
    expect(links).toEqual([
      ['it', `${BASE}it/${FIXTURE_ID}/`],
      ['en', `${BASE}en/${FIXTURE_ID}/`],
      ['ja', `${BASE}ja/${FIXTURE_ID}/`],
      ['x-default', BASE],
    ]);
    const index = root(files.get('sitemap.xml')!);
    expect(children(index, 'sitemap').map((sitemap) => text(children(sitemap, 'loc')[0]))).toEqual(['it', 'en', 'ja'].map((language) => `${BASE}${language}/sitemap.xml`));
    expect(files.get('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}sitemap.xml\n`);
  });

  it('points x-default at the language chooser on every page, not at the Italian version', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    for (const path of [`ja/${FIXTURE_ID}/index.html`, 'en/index.html']) {
      const xDefault = elements(parsePage(files.get(path)!), (element) => element.tagName === 'link' && element.properties.hrefLang === 'x-default');
      expect(xDefault.map((link) => link.properties.href), path).toEqual([BASE]);
    }
  });
});

describe('site: indexes of 50 releases a page', () => {
  it('splits 120 releases into pages of 50, 50 and 20, newest first, linked both ways', async () => {
    const input = await fixtureInput({ now: AFTER, languages: ['it'] });
    input.releases = Array.from({ length: 120 }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(index / 28)).padStart(2, '0');
      return { path: `releases/r${String(index).padStart(3, '0')}.md`, text: release(`title: Comunicato ${index}\ndate: 2025-${month}-${day}T10:00:00+02:00`, `Testo ${index}.`) };
    });
    const { files } = await buildProject(input);
    const listed = (path: string) => elements(parsePage(files.get(path)!), (element) => element.tagName === 'a' && element.properties.rel === undefined && /r\d{3}\/$/.test(String(element.properties.href))).map((a) => String(a.properties.href));
    const first = listed('it/index.html');
    const second = listed('it/page/2/index.html');
    const third = listed('it/page/3/index.html');
    expect([first.length, second.length, third.length]).toEqual([50, 50, 20]);
    expect(first[0]).toBe('r119/');
    expect(second[0]).toBe('../../r069/');
    expect(third.at(-1)).toBe('../../r000/');
    expect(files.has('it/page/4/index.html')).toBe(false);
    expect(files.get('it/index.html')).toContain('<a href="page/2/" rel="next">');
    expect(files.get('it/page/2/index.html')).toContain('<a href="../../" rel="prev">');
    expect(files.get('it/page/2/index.html')).toContain('<a href="../../page/3/" rel="next">');
    expect(files.get('it/page/3/index.html')).toContain(`<link rel="canonical" href="${BASE}it/page/3/">`);
    const sitemap = root(files.get('it/sitemap.xml')!);
    // The index pages, the archive's list of months and its five months, the releases.
    expect(children(sitemap, 'url')).toHaveLength(3 + 1 + 5 + 120);
  });
});

describe('site: for agencies, on every release page', () => {
  it('links the wire text, the ninjs item and the language’s feeds, each of which exists', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    for (const language of ['it', 'en', 'ja']) {
      const page = parsePage(files.get(`${language}/${FIXTURE_ID}/index.html`)!);
      const [section] = elements(page, (element) => element.tagName === 'section' && String(element.properties.className).includes('agencies'));
      const hrefs = elements({ type: 'root', children: [section!] }, (element) => element.tagName === 'a').map((a) => String(a.properties.href));
      expect(hrefs).toEqual(['wire.txt', 'ninjs.json', '../feed.xml', '../feed.json']);
      for (const href of hrefs) expect(files.has(new URL(href, `https://x/${language}/${FIXTURE_ID}/`).pathname.slice(1)), href).toBe(true);
    }
  });
});

describe('site: the placeholder base URL', () => {
  it('warns when links would point to https://pressroom.example/, and not once a base URL is set', async () => {
    const project = makeProject();
    try {
      project.write(`releases/${FIXTURE_ID}.md`, FIXTURE);
      const placeholder = await buildIn(project.root, { languages: ['it'] });
      expect(placeholder.stdout).toMatch(/^warning: links in out\/ point to the placeholder https:\/\/pressroom\.example\/; set "pressroom": \{ "baseUrl": "https:\/\/…\/" \} in package\.json or pass --base-url$/m);
      const set = await buildIn(project.root, { languages: ['it'], baseUrl: BASE });
      expect(set.stdout).not.toContain('placeholder');
      project.write('package.json', JSON.stringify({ pressroom: { baseUrl: BASE } }));
      expect((await buildIn(project.root, { languages: ['it'] })).stdout).not.toContain('placeholder');
    } finally {
      project.remove();
    }
  });
});

/** The release ids a page's list of releases links to, in order. */
function listedIds(html: string): string[] {
  const [list] = elements(parsePage(html), (element) => element.tagName === 'ul' && String(element.properties.className).includes('releases'));
  if (!list) return [];
  return elements({ type: 'root', children: [list] }, (element) => element.tagName === 'a').map((a) => /([a-z0-9-]+)\/$/.exec(String(a.properties.href))![1]!);
}

/** `input` with more releases, translated into en and ja by a stand-in unless `untranslated` names the language. */
function withReleases(input: BuildInput, sources: Record<string, string>, untranslated: Partial<Record<string, TargetLanguage>> = {}): BuildInput {
  for (const [id, text] of Object.entries(sources)) {
    const path = `releases/${id}.md`;
    input.releases.push({ path, text });
    const [parsed] = loadReleases([{ path, text }]).releases;
    for (const language of ['en', 'ja'] as const) {
      if (untranslated[id] === language) continue;
      (input.memories[language] ??= {})[id] = { path: `locales/${language}/releases/${id}.json`, text: memoryJson(memoryFor(parsed!, language, standIn(language.toUpperCase()))) };
    }
  }
  return input;
}

describe('site: an archive by month', () => {
  const monthly = async () => {
    const input = await fixtureInput({ now: AFTER, languages: ['it'] });
    input.releases = Array.from({ length: 120 }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(index / 28)).padStart(2, '0');
      return { path: `releases/r${String(index).padStart(3, '0')}.md`, text: release(`title: Comunicato ${index}\ndate: 2025-${month}-${day}T10:00:00+02:00`, `Testo ${index}.`) };
    });
    return buildProject(input);
  };

  it('gives each month a page of its releases, newest first, linked from every index page and to the months beside it', async () => {
    const { files } = await monthly();
    expect(files.get('it/index.html')).toContain('<p class="archive"><a href="archive/">Archivio per mese</a></p>');
    expect(files.get('it/page/3/index.html')).toContain('<a href="../../archive/">Archivio per mese</a>');
    const months = parsePage(files.get('it/archive/index.html')!);
    const links = elements(months, (element) => element.tagName === 'a' && !String(element.properties.className).includes('name'));
    expect(links.map((a) => [a.properties.href, toString(a)])).toEqual([
      ['2025/05/', 'maggio 2025 (8)'],
      ['2025/04/', 'aprile 2025 (28)'],
      ['2025/03/', 'marzo 2025 (28)'],
      ['2025/02/', 'febbraio 2025 (28)'],
      ['2025/01/', 'gennaio 2025 (28)'],
    ]);
    const march = files.get('it/archive/2025/03/index.html')!;
    expect(listedIds(march)).toEqual(Array.from({ length: 28 }, (_, index) => `r${String(83 - index).padStart(3, '0')}`));
    expect(march).toContain('<h1>Comunicati stampa di marzo 2025</h1>');
    expect(march).toContain('<a href="../../../r083/">Comunicato 83</a>');
    expect(march).toContain('<a href="../../2025/04/" rel="prev">aprile 2025</a>');
    expect(march).toContain('<a href="../../2025/02/" rel="next">febbraio 2025</a>');
    expect(march).toContain(`<link rel="canonical" href="${BASE}it/archive/2025/03/">`);
    expect(files.get('it/archive/2025/05/index.html')).not.toContain('rel="prev"');
    expect(files.get('it/archive/2025/01/index.html')).not.toContain('rel="next"');
    // Every link of every archive page leads to a file the build wrote.
    for (const [path, html] of files) {
      if (!path.startsWith('it/archive/')) continue;
      for (const a of elements(parsePage(html), (element) => element.tagName === 'a')) {
        const target = new URL(String(a.properties.href), `https://x/${path}`).pathname.slice(1);
        expect(files.has(target.endsWith('/') ? `${target}index.html` : target), `${path} → ${String(a.properties.href)}`).toBe(true);
      }
    }
    const sitemap = children(root(files.get('it/sitemap.xml')!), 'url').map((url) => text(children(url, 'loc')[0]));
    expect(sitemap.filter((loc) => loc.includes('/archive/'))).toEqual([`${BASE}it/archive/`, ...['05', '04', '03', '02', '01'].map((month) => `${BASE}it/archive/2025/${month}/`)]);
  });

  it('titles the months in each language, from ui.json, and links each month to its versions in the others', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    const h1 = (path: string) => toString(elements(parsePage(files.get(path)!), (element) => element.tagName === 'h1')[0]!);
    expect(['it', 'en', 'ja'].map((language) => h1(`${language}/archive/2025/10/index.html`))).toEqual(['Comunicati stampa di ottobre 2025', 'Press releases, October 2025', '2025年10月のプレスリリース']);
    expect(['it', 'en', 'ja'].map((language) => h1(`${language}/archive/index.html`))).toEqual(['Archivio per mese', 'Archive by month', '月別アーカイブ']);
    expect(files.get('ja/archive/index.html')!.replace(/<wbr>/g, '')).toContain('<a href="2025/10/">2025年10月（1件）</a>');
    const alternates = elements(parsePage(files.get('ja/archive/2025/10/index.html')!), (element) => element.tagName === 'link' && element.properties.rel?.toString() === 'alternate');
    expect(alternates.map((link) => [link.properties.hrefLang, link.properties.href])).toEqual([
      ['it', `${BASE}it/archive/2025/10/`],
      ['en', `${BASE}en/archive/2025/10/`],
      ['ja', `${BASE}ja/archive/2025/10/`],
      ['x-default', BASE],
    ]);
  });

  it('files a release in the month its index dates it by, on the readers’ clock: 31 October in Turin is November in Japan', async () => {
    // 20:00 in Turin on 31 October is 04:00 on 1 November in Tokyo: the Japanese index says 2025年11月1日.
    const source = FIXTURE.replace('date: 2025-10-14T10:00:00+02:00\nembargo: 2025-10-14T12:00:00+02:00', 'date: 2025-10-31T20:00:00+01:00');
    const { files } = await buildProject(await fixtureInput({ now: AFTER }, undefined, source));
    expect(files.get('ja/index.html')!.replace(/<wbr>/g, '')).toContain('>2025年11月1日</time>');
    expect(listedIds(files.get('ja/archive/2025/11/index.html')!)).toEqual([FIXTURE_ID]);
    expect(files.has('ja/archive/2025/10/index.html')).toBe(false);
    expect(files.get('ja/archive/index.html')!.replace(/<wbr>/g, '')).toContain('<a href="2025/11/">2025年11月（1件）</a>');
    for (const language of ['it', 'en']) {
      expect(listedIds(files.get(`${language}/archive/2025/10/index.html`)!)).toEqual([FIXTURE_ID]);
      expect(files.has(`${language}/archive/2025/11/index.html`)).toBe(false);
    }
    const sitemap = children(root(files.get('ja/sitemap.xml')!), 'url').map((url) => text(children(url, 'loc')[0]));
    expect(sitemap).toContain(`${BASE}ja/archive/2025/11/`);
  });

  it('lists exactly what the indexes list: nothing under embargo, scheduled or withheld, a withdrawn release as the index does', async () => {
    const input = withReleases(
      await fixtureInput({ now: AFTER }),
      {
        'sotto-embargo': release('title: Sotto embargo\ndate: 2025-10-20T10:00:00+02:00\nembargo: 2026-02-01T12:00:00+01:00', 'Testo sotto embargo.'),
        programmato: release('title: Programmato\ndate: 2026-02-03T10:00:00+01:00', 'Testo programmato.'),
        ritirato: release('title: Ritirato\ndate: 2025-10-21T10:00:00+02:00\nupdated: 2025-10-22T10:00:00+02:00\nstatus: withdrawn\nreason: Un errore.', 'Testo ritirato.'),
        'senza-giapponese': release('title: Senza giapponese\ndate: 2025-11-05T10:00:00+01:00', 'Testo senza giapponese.'),
      },
      { 'senza-giapponese': 'ja' },
    );
    const { files } = await buildProject(input);
    const listed = (language: string, prefix: string) => [...files].filter(([path]) => path.startsWith(prefix) && path.endsWith('index.html')).flatMap(([, html]) => listedIds(html)).sort();
    for (const language of ['it', 'en', 'ja']) {
      const inIndex = listed(language, `${language}/index.html`);
      expect(listed(language, `${language}/archive/`), language).toEqual(inIndex);
      expect(inIndex, language).toContain('ritirato');
      expect(inIndex, language).not.toContain('sotto-embargo');
      expect(inIndex, language).not.toContain('programmato');
    }
    expect(listed('ja', 'ja/archive/')).not.toContain('senza-giapponese');
    expect(files.has('ja/archive/2025/11/index.html')).toBe(false);
    expect(files.has('en/archive/2025/11/index.html')).toBe(true);
    expect([...files.keys()].filter((path) => path.includes('/archive/2026/'))).toEqual([]);
  });
});

describe('site: the archive rebuilt month by month', () => {
  it('rewrites only the page of the month whose release changed, and the same bytes a cold build writes', async () => {
    const project = makeProject();
    try {
      const month = (index: number) => `2025-0${1 + (index % 3)}`;
      for (let index = 0; index < 9; index++) project.write(`releases/r${index}.md`, release(`title: Comunicato ${index}\ndate: ${month(index)}-1${index}T10:00:00+01:00`, `Testo ${index}.`));
      const options = { languages: ['it' as const], baseUrl: BASE };
      expect((await buildIn(project.root, options)).exitCode).toBe(0);
      const pages = ['it/archive/index.html', 'it/archive/2025/01/index.html', 'it/archive/2025/02/index.html', 'it/archive/2025/03/index.html'];
      const inode = (path: string) => statSync(join(project.root, 'out', path)).ino;
      const before = new Map(pages.map((path) => [path, inode(path)]));
      // r1 is in February: a new title there, nothing else.
      project.write('releases/r1.md', release('title: Comunicato uno, rivisto\ndate: 2025-02-11T10:00:00+01:00', 'Testo 1.'));
      expect((await buildIn(project.root, options)).exitCode).toBe(0);
      expect(pages.filter((path) => inode(path) !== before.get(path))).toEqual(['it/archive/2025/02/index.html']);
      expect(readFileSync(join(project.root, 'out/it/archive/2025/02/index.html'), 'utf8')).toContain('Comunicato uno, rivisto');
      // A release added to March changes March and the count on the list of months.
      const between = new Map(pages.map((path) => [path, inode(path)]));
      project.write('releases/r9.md', release('title: Comunicato 9\ndate: 2025-03-20T10:00:00+01:00', 'Testo 9.'));
      expect((await buildIn(project.root, options)).exitCode).toBe(0);
      expect(pages.filter((path) => inode(path) !== between.get(path))).toEqual(['it/archive/index.html', 'it/archive/2025/03/index.html']);
      expect((await buildIn(project.root, { ...options, out: 'cold' })).exitCode).toBe(0);
      for (const path of pages) expect(readFileSync(join(project.root, 'out', path), 'utf8'), path).toBe(readFileSync(join(project.root, 'cold', path), 'utf8'));
    } finally {
      project.remove();
    }
  });
});

describe('site: a release made public when its embargo lifted', () => {
  // Dated 28 October, under embargo until 3 November; another release came out on 1 November in between.
  const embargoed = async () =>
    withReleases(
      { ...(await fixtureInput({ now: AFTER })), releases: [], memories: {} },
      {
        'fine-ottobre': release('title: Fine ottobre\ndate: 2025-10-28T10:00:00+01:00\nembargo: 2025-11-03T12:00:00+01:00', 'Testo sotto embargo fino al 3 novembre.'),
        'primo-novembre': release('title: Primo novembre\ndate: 2025-11-01T10:00:00+01:00', 'Testo del primo novembre.'),
      },
    );

  it('is listed, dated and archived by its publication, and its sitemap lastmod is no earlier, as its feed entry is', async () => {
    const { files } = await buildProject(await embargoed());
    for (const language of ['it', 'en', 'ja']) {
      // Newest first by when readers could see it: above the release of 1 November, dated 3 November.
      expect(listedIds(files.get(`${language}/index.html`)!), language).toEqual(['fine-ottobre', 'primo-novembre']);
      expect(files.get(`${language}/index.html`)).toContain('<time datetime="2025-11-03T12:00:00+01:00">');
      expect(listedIds(files.get(`${language}/archive/2025/11/index.html`)!), language).toEqual(['fine-ottobre', 'primo-novembre']);
      expect(files.has(`${language}/archive/2025/10/index.html`), language).toBe(false);
      const urls = children(root(files.get(`${language}/sitemap.xml`)!), 'url');
      const lastmod = (id: string) => text(children(urls.find((url) => text(children(url, 'loc')[0]).endsWith(`/${id}/`)), 'lastmod')[0]);
      expect(lastmod('fine-ottobre'), language).toBe('2025-11-03T12:00:00+01:00');
      expect(lastmod('primo-novembre'), language).toBe('2025-11-01T10:00:00+01:00');
      const feed = JSON.parse(files.get(`${language}/feed.json`)!) as { items: { id: string; date_modified: string }[] };
      expect(feed.items.map((item) => item.id.replace(/\/$/, '').split('/').at(-1))).toEqual(['fine-ottobre', 'primo-novembre']);
    }
  });
});
