// HTML that leaves the site (ninjs bodies, Atom content, JSON Feed content_html) is right without our stylesheet:
// each quote is marked once, by the text's own marks, never by the marks a browser draws for <q> as well.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildProject } from './helpers/build.ts';
import { FIXTURE_ID, fixtureInput } from './helpers/fixture.ts';

const AFTER = new Date('2026-01-01T00:00:00Z');

async function outbound() {
  const { files } = await buildProject(await fixtureInput({ now: AFTER }));
  const ninjsHtml = (language: string) =>
    (JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as { bodies: { contentType: string; value: string }[] }).bodies.find((body) => body.contentType === 'text/html')!.value;
  const atomHtml = (language: string) => parseFeed(files.get(`${language}/feed.xml`)!).items[0]!.content!;
  const jsonHtml = (language: string) => (JSON.parse(files.get(`${language}/feed.json`)!) as { items: { content_html: string }[] }).items[0]!.content_html;
  return { files, ninjsHtml, atomHtml, jsonHtml };
}

describe('outbound HTML: a quote is marked once', () => {
  it('keeps the text’s marks and carries the quote as a <span>, not a <q>, in ninjs and both feeds', async () => {
    const { ninjsHtml, atomHtml, jsonHtml } = await outbound();
    for (const read of [ninjsHtml, atomHtml, jsonHtml]) {
      const [it, en, ja] = [read('it'), read('en'), read('ja')];
      for (const html of [it, en, ja]) {
        expect(html).not.toMatch(/<q\b/);
        expect(html).toMatch(/<span data-quote="q1" data-speaker="(Chiara Bellini|キアラ・ベッリーニ)" title="[^"]+">/);
      }
      expect(it).toMatch(/“<span data-quote="q1"[^>]*>Vogliamo che ogni euro investito lasci competenze sul territorio<\/span>”/);
      expect(en).toContain('“<span data-quote="q1"');
      expect(ja).toContain('「<span data-quote="q1"');
    }
  });

  it('leaves the page as it is: <q> there, where the stylesheet drops the browser’s marks', async () => {
    const { files } = await outbound();
    const page = files.get(`en/${FIXTURE_ID}/index.html`)!;
    expect(page).toMatch(/“<q data-quote="q1"/);
    expect(page).toMatch(/q::before,\s*q::after|quotes:\s*none/);
  });
});
