import { describe, expect, it } from 'vitest';
import { xml2js, type Element as XmlElement } from 'xml-js';
import { DOMParser } from '@xmldom/xmldom';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { buildProject, type BuildInput } from './helpers/build.ts';
import { FEED_LENGTH } from '../pipeline/render/feeds.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';
import { memoryFor, memoryJson, standIn } from './helpers/memory.ts';
import { release } from './helpers/project.ts';

const LATER = release(
  'title: "Robot & ospedali: <al via> la sperimentazione"\ndate: 2025-11-06T11:30:00+01:00\ndateline: { city: Torino, agency: ANSA }',
  'Quattro robot entrano nei reparti.',
);
const EARLIER = release('title: Un comunicato di settembre\ndate: 2025-09-26T10:00:00+02:00', 'Testo di settembre.');

/** The fixture plus two more releases, translated word for word with a language tag. */
async function threeReleases(overrides: Partial<BuildInput> = {}): Promise<BuildInput> {
  const input = await fixtureInput(overrides);
  for (const [id, text] of [['robot', LATER], ['settembre', EARLIER]] as const) {
    const path = `releases/${id}.md`;
    input.releases.push({ path, text });
    const [parsed] = loadReleases([{ path, text }]).releases;
    for (const language of ['en', 'ja'] as const) {
      const memory = memoryFor(parsed!, language, standIn(language.toUpperCase()));
      input.memories[language]![id] = { path: `locales/${language}/releases/${id}.json`, text: memoryJson(memory) };
    }
  }
  return input;
}

const child = (element: XmlElement, name: string) => element.elements?.find((node) => node.name === name);
const children = (element: XmlElement, name: string) => element.elements?.filter((node) => node.name === name) ?? [];
const text = (element: XmlElement | undefined) => element?.elements?.map((node) => node.text ?? node.cdata ?? '').join('') ?? '';

function atom(xml: string): XmlElement {
  const document = xml2js(xml, { compact: false }) as XmlElement;
  return child(document, 'feed')!;
}

interface JsonFeed {
  version: string;
  language: string;
  home_page_url: string;
  feed_url: string;
  authors: { name: string }[];
  items: { id: string; url: string; title: string; content_html: string; date_published: string; language: string; authors: { name: string }[] }[];
}

describe('feeds: Atom per language', () => {
  it('is well-formed Atom with the language, absolute links and entries newest first', async () => {
    const { files } = await buildProject(await threeReleases());
    const feed = atom(files.get('en/feed.xml')!);
    expect(feed.attributes).toEqual({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' });
    expect(text(child(feed, 'id'))).toBe('https://press.example.org/en/');
    expect(children(feed, 'link').map((link) => link.attributes)).toEqual([
      { rel: 'alternate', href: 'https://press.example.org/en/' },
      { rel: 'self', href: 'https://press.example.org/en/feed.xml' },
    ]);
    const entries = children(feed, 'entry');
    expect(entries.map((entry) => text(child(entry, 'id')))).toEqual([
      'https://press.example.org/en/robot/',
      `https://press.example.org/en/${FIXTURE_ID}/`,
      'https://press.example.org/en/settembre/',
    ]);
    expect(entries.map((entry) => child(entry, 'link')!.attributes!.href)).toEqual(entries.map((entry) => text(child(entry, 'id'))));
    expect(text(child(entries[1]!, 'content'))).toContain('<span class="dateline">TURIN (ITALPRESS) –</span> The Piedmont Region');
    // The press office is the author; the dateline agency (ANSA) is not.
    expect(text(child(child(entries[0]!, 'author')!, 'name'))).toBe('Press room');
  });

  it('escapes titles as the html its type says, so a title with & and < reads back as written', async () => {
    const { files } = await buildProject(await threeReleases());
    const entry = children(atom(files.get('it/feed.xml')!), 'entry')[0]!;
    expect(child(entry, 'title')!.attributes).toEqual({ type: 'html' });
    expect(text(child(entry, 'title'))).toBe('Robot &amp; ospedali: &lt;al via&gt; la sperimentazione');
  });

  it('escapes every attribute value and CDATA section, so tags with < " & and a body with ]]> keep feed.xml well-formed', async () => {
    const input = await fixtureInput();
    const source = release('title: Etichette strane\ndate: 2025-11-07T10:00:00+01:00\ntags: ["a<b", \'x"y&z\', "c>d"]', 'Un testo con ]]> e ancora ]]> dentro.');
    input.releases.push({ path: 'releases/strane.md', text: source });
    const { files } = await buildProject(input);
    const xml = files.get('it/feed.xml')!;
    const problems: string[] = [];
    try {
      new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
    } catch (error) {
      problems.push(String(error));
    }
    expect(problems).toEqual([]);
    const entry = children(atom(xml), 'entry')[0]!;
    expect(children(entry, 'category').map((category) => category.attributes)).toEqual([
      { label: 'a<b', term: 'a<b' },
      { label: 'x"y&z', term: 'x"y&z' },
      { label: 'c>d', term: 'c>d' },
    ]);
    // The content is HTML: ]]&gt; reads as ]]>.
    expect(text(child(entry, 'content'))).toContain('Un testo con ]]&gt; e ancora ]]&gt; dentro.');
  });

  it('takes updated from the newest release, never from the clock', async () => {
    const first = await buildProject(await threeReleases({ now: new Date('2026-01-01T00:00:00Z') }));
    const second = await buildProject(await threeReleases({ now: new Date('2030-06-15T08:30:00Z') }));
    expect(text(child(atom(first.files.get('ja/feed.xml')!), 'updated'))).toBe('2025-11-06T10:30:00.000Z');
    for (const path of ['it/feed.xml', 'en/feed.json', 'ja/feed.xml', 'ja/feed.json']) expect(second.files.get(path)).toBe(first.files.get(path));
  });

  it('never dates an entry’s update before its publication: an embargoed release is new when its embargo lifts', async () => {
    // The fixture is dated 10:00 and embargoed until 12:00 (Italian time); its translations were reviewed at 10:00.
    const { files } = await buildProject(await threeReleases({ now: new Date('2026-01-01T00:00:00Z') }));
    const lift = '2025-10-14T10:00:00.000Z';
    for (const language of ['it', 'en', 'ja']) {
      const feed = atom(files.get(`${language}/feed.xml`)!);
      const entry = children(feed, 'entry').find((one) => text(child(one, 'id')).includes(FIXTURE_ID))!;
      expect(text(child(entry, 'published')), language).toBe(lift);
      expect(text(child(entry, 'updated')), language).toBe(lift);
      const json = JSON.parse(files.get(`${language}/feed.json`)!) as { items: { id: string; date_published: string; date_modified: string }[] };
      const item = json.items.find((one) => one.id.includes(FIXTURE_ID))!;
      expect([item.date_published, item.date_modified]).toEqual([lift, lift]);
    }
    // A feed of that release alone was updated when it went public, so a reader polling since 11:00 finds it.
    const alone = await buildProject(await fixtureInput({ now: new Date('2026-01-01T00:00:00Z') }));
    expect(text(child(atom(alone.files.get('en/feed.xml')!), 'updated'))).toBe(lift);
  });

  it('gives an empty feed the epoch as updated', async () => {
    const { files } = await buildProject(await fixtureInput({ now: new Date('2025-10-01T00:00:00Z') }));
    const feed = atom(files.get('it/feed.xml')!);
    expect(children(feed, 'entry')).toEqual([]);
    expect(text(child(feed, 'updated'))).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('feeds: the newest releases only', () => {
  it('carries the newest FEED_LENGTH releases, newest first, while the index lists them all', async () => {
    const input = await fixtureInput({ languages: ['it'] });
    const count = FEED_LENGTH + 3;
    for (let day = 1; day <= count; day++) {
      const stamp = new Date(Date.UTC(2025, 5, 1) + day * 86_400_000).toISOString();
      input.releases.push({ path: `releases/giorno-${day}.md`, text: release(`title: Giorno ${day}\ndate: ${stamp}`, `Testo del giorno ${day}.`) });
    }
    const { files } = await buildProject(input);
    const feed = JSON.parse(files.get('it/feed.json')!) as JsonFeed;
    // The fixture (2025-11) is newest, then day `count` down to day 4: days 1–3 and nothing else fall out.
    const expected = [FIXTURE_ID, ...Array.from({ length: FEED_LENGTH - 1 }, (_, index) => `giorno-${count - index}`)];
    expect(feed.items.map((item) => item.url.split('/').at(-2))).toEqual(expected);
    const entries = children(atom(files.get('it/feed.xml')!), 'entry');
    expect(entries.map((entry) => text(child(entry, 'id')).split('/').at(-2))).toEqual(expected);
    // The index lists them all, 50 a page (and links the archive by month).
    const listed = [...files.get('it/index.html')!.matchAll(/<a href="([^"/]+)\/">/g), ...files.get('it/page/2/index.html')!.matchAll(/<a href="\.\.\/\.\.\/([^"/]+)\/">/g)].filter((match) => match[1] !== 'archive');
    expect(listed).toHaveLength(count + 1);
  });
});

describe('feeds: JSON Feed 1.1 per language', () => {
  it('is JSON Feed 1.1 with language, authors, plain-text titles and absolute links, newest first', async () => {
    const { files } = await buildProject(await threeReleases());
    const feed = JSON.parse(files.get('it/feed.json')!) as JsonFeed;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('it');
    expect(feed.home_page_url).toBe('https://press.example.org/it/');
    expect(feed.feed_url).toBe('https://press.example.org/it/feed.json');
    expect(feed.authors).toEqual([{ name: 'Sala stampa', url: 'https://press.example.org/' }]);
    expect(feed).not.toHaveProperty('author');
    expect(feed.items.map((item) => item.url)).toEqual(['https://press.example.org/it/robot/', `https://press.example.org/it/${FIXTURE_ID}/`, 'https://press.example.org/it/settembre/']);
    expect(feed.items[0]).toMatchObject({ id: 'https://press.example.org/it/robot/', title: 'Robot & ospedali: <al via> la sperimentazione', date_published: '2025-11-06T10:30:00.000Z', language: 'it', authors: [{ name: 'Sala stampa', url: 'https://press.example.org/' }] });
    expect(feed.items[0]).not.toHaveProperty('author');
    expect(feed.items[1]!.content_html).toContain('<span class="dateline">TORINO (ITALPRESS) –</span>');
  });
});

describe('feeds: the configurable base URL', () => {
  it('makes every link absolute under the base URL, wherever the press room lives', async () => {
    const { files } = await buildProject(await threeReleases({ baseUrl: 'https://news.example.com/press/' }));
    const json = JSON.parse(files.get('ja/feed.json')!) as JsonFeed;
    expect(json.feed_url).toBe('https://news.example.com/press/ja/feed.json');
    expect(json.items.every((item) => item.url.startsWith('https://news.example.com/press/ja/'))).toBe(true);
    const feed = atom(files.get('ja/feed.xml')!);
    expect(children(feed, 'entry').map((entry) => text(child(entry, 'id')))[0]).toBe('https://news.example.com/press/ja/robot/');
    const ninjs = JSON.parse(files.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as { uri: string };
    expect(ninjs.uri).toBe(`https://news.example.com/press/ja/${FIXTURE_ID}/`);
  });
});

describe('indexes: newest first', () => {
  it('lists the releases of each language from the newest', async () => {
    const { files } = await buildProject(await threeReleases());
    for (const language of ['it', 'en', 'ja']) {
      const index = files.get(`${language}/index.html`)!;
      const order = [...index.matchAll(/<a href="([^"/]+)\/">/g)].map((match) => match[1]).filter((id) => id !== 'archive');
      expect(order).toEqual(['robot', FIXTURE_ID, 'settembre']);
    }
  });
});
