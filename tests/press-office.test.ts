// Who speaks: the press office of the project (or of the release) is author, publisher and copyright holder in
// pages, ninjs and feeds; the dateline agency appears in the dateline only.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildProject } from './helpers/build.ts';
import { readPressOffice } from '../pipeline/project/read.ts';
import { FIXTURE, FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';
import { jsonLd } from './helpers/html.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { makeProject } from './helpers/project.ts';

const OFFICE = { name: 'Regione Piemonte', url: 'https://www.regione.piemonte.it/', logo: 'https://www.regione.piemonte.it/logo.png', email: 'stampa@regione.piemonte.example' };
const AFTER = new Date('2026-01-01T00:00:00Z');

async function files(source = FIXTURE) {
  return (await buildProject(await fixtureInput({ now: AFTER, office: OFFICE }, undefined, source))).files;
}

describe('press office: author, publisher and copyright holder', () => {
  it('is the author and publisher of the page’s NewsArticle, never the dateline agency', async () => {
    const out = await files();
    for (const language of ['it', 'en', 'ja']) {
      const page = out.get(`${language}/${FIXTURE_ID}/index.html`)!;
      const [article] = jsonLd(page) as Record<string, unknown>[];
      const office = { '@type': 'Organization', name: OFFICE.name, url: OFFICE.url, logo: { '@type': 'ImageObject', url: OFFICE.logo }, email: OFFICE.email };
      expect(article).toMatchObject({ author: office, publisher: office, copyrightHolder: office, copyrightYear: 2025 });
      expect(JSON.stringify(article)).not.toMatch(/italpress/i);
      // The dateline still names the agency.
      expect(page).toMatch(/\(ITALPRESS\) –|＝ITALPRESS】/);
    }
  });

  it('is named where readers look first: atop the wire text and in the page’s header, the agency only in the dateline', async () => {
    const out = await files();
    const issuer = { it: 'COMUNICATO STAMPA – Regione Piemonte', en: 'PRESS RELEASE – Regione Piemonte', ja: '【プレスリリース】Regione Piemonte' };
    const genre = { it: 'Comunicato stampa', en: 'Press release', ja: 'プレスリリース' };
    for (const language of ['it', 'en', 'ja'] as const) {
      const wire = out.get(`${language}/${FIXTURE_ID}/wire.txt`)!;
      // After the embargo and machine labels a desk must see first, before the date and the story.
      expect(wire.split('\n\n')[0]).toBe(issuer[language]);
      expect(wire.split('\n\n')[1]).toMatch(/2025/);
      const page = out.get(`${language}/${FIXTURE_ID}/index.html`)!;
      expect(page).toContain(`<p class="meta">${genre[language]} – <a href="${OFFICE.url}">Regione Piemonte</a> · <time`);
    }
  });

  it('is `by` and copyright holder in ninjs, with the press-release genre and usage terms, still valid', async () => {
    const out = await files();
    for (const language of ['it', 'en', 'ja']) {
      const item = JSON.parse(out.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
      expect(ninjsErrors(item)).toEqual([]);
      expect(item.by).toBe('Regione Piemonte');
      expect(item.copyrightHolder).toBe('Regione Piemonte');
      expect(item.copyrightNotice).toBe('© 2025 Regione Piemonte');
      expect(item.usageTerms).toContain('Regione Piemonte');
      expect(item.genres).toEqual([{ name: expect.any(String), uri: 'http://cv.iptc.org/newscodes/genre/PressRelease' }]);
      expect(JSON.stringify(item.by)).not.toMatch(/italpress/i);
    }
    const ja = JSON.parse(out.get(`ja/${FIXTURE_ID}/ninjs.json`)!) as { genres: { name: string }[]; usageTerms: string };
    expect(ja.genres[0]!.name).toBe('プレスリリース');
    expect(ja.usageTerms).toMatch(/報道/);
  });

  it('is the author of each feed entry and of the feed, read by a feed parser', async () => {
    const out = await files();
    const feed = parseFeed(out.get('en/feed.xml')!);
    expect(feed.authors.map((author) => author.name)).toEqual(['Regione Piemonte']);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.authors).toEqual([{ name: 'Regione Piemonte', url: OFFICE.url, email: OFFICE.email }]);
    const json = JSON.parse(out.get('en/feed.json')!) as { items: { authors: { name: string }[] }[] };
    expect(json.items[0]!.authors[0]!.name).toBe('Regione Piemonte');
  });

  it('lets a release name its own office, which then speaks for it everywhere', async () => {
    const source = FIXTURE.replace('tags:', 'office: { name: Politecnico di Torino, url: "https://www.polito.it/" }\ntags:');
    const out = await files(source);
    const item = JSON.parse(out.get(`en/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(item).toMatchObject({ by: 'Politecnico di Torino', copyrightHolder: 'Politecnico di Torino' });
    const [article] = jsonLd(out.get(`it/${FIXTURE_ID}/index.html`)!) as Record<string, { name: string }>[];
    expect(article!.author!.name).toBe('Politecnico di Torino');
    expect(parseFeed(out.get('it/feed.xml')!).items[0]!.authors[0]!.name).toBe('Politecnico di Torino');
  });

  it('falls back to the press room’s name when the project names no office', async () => {
    const { files: out } = await buildProject(await fixtureInput({ now: AFTER }));
    const item = JSON.parse(out.get(`it/${FIXTURE_ID}/ninjs.json`)!) as Record<string, unknown>;
    expect(item.by).toBe('Sala stampa');
    // No office, no issuer line: the press room's name is not an issuer.
    expect(out.get(`it/${FIXTURE_ID}/wire.txt`)).not.toContain('COMUNICATO STAMPA');
    expect(out.get(`it/${FIXTURE_ID}/index.html`)).toContain('<p class="meta"><time');
  });
});

describe('press office: read from package.json "pressroom.office"', () => {
  it('reads name, url, logo and email, and refuses a bad address with the field named', async () => {
    const project = makeProject();
    try {
      expect(await readPressOffice(project.root)).toBeUndefined();
      project.write('package.json', JSON.stringify({ pressroom: { office: OFFICE } }));
      expect(await readPressOffice(project.root)).toEqual(OFFICE);
      project.write('package.json', JSON.stringify({ pressroom: { office: { name: 'X', url: 'regione.piemonte.it' } } }));
      await expect(readPressOffice(project.root)).rejects.toThrow(/pressroom\.office\.url/);
    } finally {
      project.remove();
    }
  });
});
