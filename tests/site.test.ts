// A press-room site: sitemaps per language and their index, robots.txt, indexes 50 releases a page, a block for
// agencies on each release page, x-default to the language chooser, and a warning for the placeholder address.
import { describe, expect, it } from 'vitest';
import { xml2js, type Element as XmlElement } from 'xml-js';
import { buildIn, buildProject } from './helpers/build.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';
import { elements, parsePage } from './helpers/html.ts';
import { makeProject, release } from './helpers/project.ts';
import { FIXTURE } from './helpers/fixture.ts';

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
    expect(locs).toEqual([`${BASE}en/`, `${BASE}en/${FIXTURE_ID}/`]);
    const releaseUrl = urls[1]!;
    expect(text(children(releaseUrl, 'lastmod')[0])).toBe('2025-10-14T10:00:00+02:00');
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
    expect(children(sitemap, 'url')).toHaveLength(3 + 120);
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
