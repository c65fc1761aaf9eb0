// Issue 21: pictures beside a release, their words translated like any segment, published in every output.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { VFile } from 'vfile';
import { loadRelease } from '../pipeline/parse/releases.ts';
import { derivativeWork } from '../pipeline/publish/derivatives.ts';
import { creditIn } from '../pipeline/render/office.ts';
import { buildIn } from './helpers/build.ts';
import { makeProject, release, type Project } from './helpers/project.ts';
import { readTree } from './helpers/tree.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { startReviewServer } from '../pipeline/review/server.ts';
import { startDevServer } from '../pipeline/preview/dev-server.ts';
import { watchSources } from '../pipeline/preview/watch.ts';

const BUNDLED_ID = 'torino-piemonte-giappone-scienze-vita';
const NOW = new Date('2026-06-01T00:00:00Z');

/** A release of ours with `images` (YAML list items) as its front matter's pictures. */
const withImages = (images: string) =>
  release(
    `
title: Una mostra di fotografia
date: 2025-11-03T10:00:00+01:00
images:
${images}
`,
    'La mostra apre a Torino in autunno.',
  );

const messages = (reports: { path: string; messages: { line?: number; column?: number; reason: string; ruleId?: string | null }[] }[]) =>
  reports.flatMap((report) => report.messages.map((message) => `${report.path}:${message.line ?? 0}:${message.column ?? 0} ${message.ruleId} ${message.reason}`));

describe('a release lists its pictures; alt text and caption are segments', () => {
  it('reads file, alt, caption and credit, and makes alt and caption segments like any text', () => {
    const text = withImages('  - file: mostra.jpg\n    alt: Il manifesto della mostra\n    caption: La sala principale\n    credit: Ufficio stampa');
    const file = new VFile({ path: 'releases/mostra.md', value: text });
    const loaded = loadRelease({ path: 'releases/mostra.md', text }, file)!;
    expect(file.messages).toEqual([]);
    const [image] = loaded.release.images!;
    expect(image!.file).toBe('mostra.jpg');
    expect(image!.credit).toBe('Ufficio stampa');
    expect([image!.alt.kind, image!.alt.source, image!.caption!.kind, image!.caption!.source]).toEqual(['image-alt', 'Il manifesto della mostra', 'image-caption', 'La sala principale']);
    expect(loaded.release.segments).toContain(image!.alt);
    expect(loaded.release.segments).toContain(image!.caption);
    expect(image!.filePosition).toMatchObject({ line: 5, column: 11 });
  });

  it('refuses a picture without alt text or credit, on the line of that picture', () => {
    const text = withImages('  - file: a.jpg\n    alt: Uno\n    credit: Noi\n  - file: b.jpg\n    caption: Due');
    const file = new VFile({ path: 'releases/mostra.md', value: text });
    expect(loadRelease({ path: 'releases/mostra.md', text }, file)).toBeUndefined();
    const lines = file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`);
    expect(lines).toEqual([
      '8:5 front-matter front matter field `images.1.alt` is required',
      '8:5 front-matter front matter field `images.1.credit` is required',
    ]);
  });
});

describe('a picture is a photo unless its entry says `kind: graphic`', () => {
  const load = (images: string) => {
    const text = withImages(images);
    const file = new VFile({ path: 'releases/mostra.md', value: text });
    return { loaded: loadRelease({ path: 'releases/mostra.md', text }, file), file };
  };

  it('reads no kind as a photo and `kind: graphic` as a graphic', () => {
    const { loaded, file } = load('  - file: a.jpg\n    alt: Uno\n    credit: Noi\n  - file: b.png\n    alt: Due\n    credit: Noi\n    kind: graphic\n  - file: c.jpg\n    alt: Tre\n    credit: Noi\n    kind: photo');
    expect(file.messages).toEqual([]);
    expect(loaded!.release.images!.map((image) => image.kind)).toEqual(['photo', 'graphic', 'photo']);
  });

  it('refuses any other kind, naming the field and the kinds there are, on its line', () => {
    for (const kind of ['foto', 'Graphic', '3', '[photo]']) {
      const { loaded, file } = load(`  - file: a.jpg\n    alt: Uno\n    credit: Noi\n    kind: ${kind}`);
      expect(loaded, kind).toBeUndefined();
      expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`), kind).toEqual([
        '8:11 front-matter front matter field `images.0.kind` must be `photo` (the default) or `graphic` (a diagram, map, chart or infographic)',
      ]);
    }
  });

  it("names an unknown key in a picture's entry on its line, with the keys an entry knows", () => {
    const { loaded, file } = load('  - file: a.jpg\n    alt: Uno\n    credit: Noi\n    type: graphic');
    expect(loaded).toBeUndefined();
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)).toEqual([
      '8:5 front-matter unknown front matter field `type` in `images.0`; known fields are file, alt, caption, credit, kind',
    ]);
  });
});

/** A PNG whose header claims `width` × `height` pixels: no decoder gets past the header of a pixel bomb. */
async function claimedSize(width: number, height: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#808080' } }).png().toBuffer();
  // IHDR's data starts at byte 16: width, height (big-endian), then its CRC over type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('bad pictures: an error at the picture of that release, every other release still built', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject({ withBundled: true });
  });
  afterEach(() => project.remove());

  const entry = (file: string) => `  - file: ${JSON.stringify(file)}\n    alt: Il manifesto\n    credit: Ufficio stampa`;

  it.each([
    ['missing file', 'nessuna.jpg', () => undefined, 'image-missing', /not found: no file releases\/mostra\.media\/nessuna\.jpg/],
    ['a path out of the folder', '../torino-piemonte-giappone-scienze-vita.md', () => undefined, 'image-outside', /leads outside releases\/mostra\.media\//],
    ['an absolute path', '/etc/passwd', () => undefined, 'image-outside', /not an absolute path/],
    ['a link out of the folder', 'collegata.png', (p: Project) => symlinkSync(join(p.root, 'releases', `${BUNDLED_ID}.media`, 'missione-giappone.png'), join(p.root, 'releases/mostra.media/collegata.png')), 'image-outside', /is a link to .*missione-giappone\.png, outside releases\/mostra\.media\//],
    ['bytes that are no picture', 'rotta.jpg', (p: Project) => p.write('releases/mostra.media/rotta.jpg', 'not a JPEG at all, only text'), 'image-unreadable', /cannot be read as an image/],
    ['a file over the size cap', 'enorme.jpg', (p: Project) => truncateSync(p.write('releases/mostra.media/enorme.jpg', ''), 41 * 1024 * 1024), 'image-too-large', /is 41\.0 MB, more than the 40 MB/],
    ['a GIF', 'animata.gif', async (p: Project) => writeFileSync(join(p.root, 'releases/mostra.media/animata.gif'), await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer()), 'image-format', /is GIF; give a JPEG, PNG or WebP/],
    ['a pixel bomb', 'bomba.png', async (p: Project) => writeFileSync(join(p.root, 'releases/mostra.media/bomba.png'), await claimedSize(30000, 30000)), 'image-too-large', /`bomba\.png` has more than the 40 megapixels a picture may be/],
  ])('%s', async (_, name, setup, rule, reason) => {
    mkdirSync(join(project.root, 'releases/mostra.media'), { recursive: true });
    await setup(project);
    project.write('releases/mostra.md', withImages(entry(name)));
    const result = await buildIn(project.root, { now: NOW });
    expect(result.exitCode).toBe(1);
    const found = messages(result.reports).filter((line) => line.startsWith('releases/mostra.md'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^releases/mostra\\.md:5:11 ${rule} `));
    expect(found[0]).toMatch(reason);
    // Nothing of that release; the others as always.
    expect(existsSync(join(project.root, 'out/it/mostra'))).toBe(false);
    expect(existsSync(join(project.root, 'out/media/mostra'))).toBe(false);
    for (const language of ['it', 'en', 'ja']) expect(existsSync(join(project.root, `out/${language}/${BUNDLED_ID}/index.html`))).toBe(true);
  });

  it('builds the release once the missing picture is put in place, with its text unchanged', async () => {
    project.write('releases/mostra.md', withImages(entry('manifesto.png')));
    expect((await buildIn(project.root, { now: NOW, languages: ['it'] })).exitCode).toBe(1);
    mkdirSync(join(project.root, 'releases/mostra.media'), { recursive: true });
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } }).png().toFile(join(project.root, 'releases/mostra.media/manifesto.png'));
    const fixed = await buildIn(project.root, { now: NOW, languages: ['it'] });
    expect(fixed.exitCode, fixed.stderr).toBe(0);
    expect(readFileSync(join(project.root, 'out/it/mostra/index.html'), 'utf8')).toContain('manifesto-600.');
  });
});

describe('the bundled release carries its diagram, labelled a graphic, in every output and language', () => {
  // One build of the bundled project, read (never changed) by every test here.
  let project: Project;
  let result: Awaited<ReturnType<typeof buildIn>>;
  beforeAll(async () => {
    project = makeProject({ withBundled: true });
    result = await buildIn(project.root, { now: NOW });
  });
  afterAll(() => project.remove());

  const read = (path: string) => readFileSync(join(project.root, 'out', path), 'utf8');

  it('pages: a responsive img with srcset, sizes, width and height; og:image and the JSON-LD image', () => {
    expect(result.exitCode, result.stderr).toBe(0);
    const media = readdirSync(join(project.root, 'out/media', BUNDLED_ID)).sort();
    expect(media.map((name) => name.replace(/\.[0-9a-f]{10}\./, '.<hash>.'))).toEqual(['missione-giappone-1600.<hash>.png', 'missione-giappone-480.<hash>.png', 'missione-giappone-960.<hash>.png']);
    for (const [language, alt, credit] of [
      ['it', 'Schema delle tappe della missione', 'Grafica: Regione Piemonte'],
      ['en', 'Diagram of the mission’s stops', 'Graphic: Piedmont Region'],
      ['ja', 'ミッションの行程図', '図版：ピエモンテ州'],
    ] as const) {
      const page = read(`${language}/${BUNDLED_ID}/index.html`);
      const img = /<img [^>]*>/.exec(page)![0];
      expect(img).toMatch(/srcset="[^"]*-480\.[0-9a-f]+\.png 480w, [^"]*-960\.[0-9a-f]+\.png 960w, [^"]*-1600\.[0-9a-f]+\.png 1600w"/);
      expect(img).toContain('sizes="(max-width: 44rem) 100vw, 40rem"');
      expect(img).toContain('width="1600" height="900"');
      expect(img).toContain(`alt="${alt}`);
      // The leading picture is above the fold: it loads at once.
      expect(img).not.toContain('loading=');
      expect(page).toContain(credit);
      expect(page).toMatch(/<meta property="og:image" content="https:\/\/pressroom\.example\/media\/torino-piemonte-giappone-scienze-vita\/missione-giappone-1600\.[0-9a-f]+\.png">/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!) as { image: { contentUrl: string; width: number; description: string }[] };
      expect(jsonLd.image[0]).toMatchObject({ width: 1600, contentUrl: expect.stringContaining('/media/'), description: expect.stringContaining(alt) });
    }
  });

  it('ninjs: a graphic association with renditions and the caption and alt text in the item’s language, valid ninjs 3.1', () => {
    for (const [language, caption, credit, name] of [['it', 'Le tappe della missione', 'Regione Piemonte', 'Grafica 1'], ['en', 'The stops of the Piedmont mission', 'Piedmont Region', 'Graphic 1'], ['ja', 'ピエモンテ州の日本ミッションの行程', 'ピエモンテ州', '図版1']] as const) {
      const item = JSON.parse(read(`${language}/${BUNDLED_ID}/ninjs.json`)) as { associations: Record<string, unknown>[] };
      expect(ninjsErrors(item), language).toEqual([]);
      // IPTC's nature of a diagram, map or chart is `graphic`; `picture` would have a desk file it as a photograph.
      expect(item.associations.filter((association) => association.type === 'picture')).toEqual([]);
      const picture = item.associations.find((association) => association.type === 'graphic') as { name: string; rel: string; renditions: Record<string, unknown>[]; descriptions: { role: string; value: string }[]; by: string; language: string };
      expect([picture.name, picture.rel]).toEqual([name, 'graphic']);
      expect(picture.language).toBe(language);
      expect(picture.by).toBe(credit);
      expect(picture.renditions.map((rendition) => [rendition.width, rendition.height, rendition.contentType])).toEqual([[480, 270, 'image/png'], [960, 540, 'image/png'], [1600, 900, 'image/png']]);
      expect(picture.renditions[0]!.href).toMatch(/^https:\/\/pressroom\.example\/media\/.*-480\.[0-9a-f]+\.png$/);
      expect(picture.descriptions.find((description) => description.role === 'caption')!.value).toContain(caption);
      expect(picture.descriptions.find((description) => description.role === 'alt')!.value).not.toBe('');
    }
  });

  it('feeds: an Atom enclosure and a JSON Feed attachment with the credit in the feed’s language; wire text: captions and credits under a label', () => {
    // An agency republishing the picture from the feed alone must be able to credit it.
    expect(read('en/feed.xml')).toMatch(/<link rel="enclosure" href="https:\/\/pressroom\.example\/media\/[^"]*-1600\.[0-9a-f]+\.png" type="image\/png" title="The stops of the Piedmont mission to Japan, from Kobe to Osaka and Tokyo \(Graphic: Piedmont Region\)"\/>/);
    expect(read('it/feed.xml')).toContain('title="Le tappe della missione piemontese in Giappone, da Kobe a Osaka e Tokyo (Grafica: Regione Piemonte)"/>');
    const attachments = (language: string) => {
      const feed = JSON.parse(read(`${language}/feed.json`)) as { items: { id: string; attachments?: { url: string; mime_type: string; title: string }[] }[] };
      expect(feed.items.filter((one) => one.attachments)).toHaveLength(1);
      return feed.items.find((one) => one.id.includes(BUNDLED_ID))!.attachments;
    };
    expect(attachments('ja')).toEqual([{ url: expect.stringMatching(/-1600\.[0-9a-f]+\.png$/), mime_type: 'image/png', title: 'ピエモンテ州の日本ミッションの行程：神戸から大阪、東京へ（図版：ピエモンテ州）' }]);
    expect(attachments('en')![0]!.title).toBe('The stops of the Piedmont mission to Japan, from Kobe to Osaka and Tokyo (Graphic: Piedmont Region)');
    expect(read(`it/${BUNDLED_ID}/wire.txt`)).toContain('Grafiche\n1. Le tappe della missione piemontese in Giappone, da Kobe a Osaka e\n   Tokyo\n   Grafica: Regione Piemonte\n');
    expect(read(`en/${BUNDLED_ID}/wire.txt`)).toContain('Graphics\n1. The stops of the Piedmont mission to Japan, from Kobe to Osaka and\n   Tokyo\n   Graphic: Piedmont Region\n');
    expect(read(`ja/${BUNDLED_ID}/wire.txt`)).toContain('図版\n1. ピエモンテ州の日本ミッションの行程：神戸から大阪、東京へ\n   図版：ピエモンテ州\n');
  });

  it('a release without pictures gets no figure, no picture style and no media', () => {
    const page = read('it/regione-piemonte-bando-innovazione-pmi/index.html');
    expect(page).not.toContain('<figure');
    expect(page).not.toContain('.picture');
    expect(page).not.toContain('og:image');
    expect(readdirSync(join(project.root, 'out/media'))).toEqual([BUNDLED_ID]);
  });
});

describe('a photo is labelled a photo as before; a release with both labels each by its kind', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject({ withBundled: true });
  });
  afterEach(() => project.remove());

  const read = (path: string) => readFileSync(join(project.root, 'out', path), 'utf8');

  /** How each output of release `id` in `language` labels its pictures. */
  function labelled(language: string, id: string) {
    const item = JSON.parse(read(`${language}/${id}/ninjs.json`)) as { associations: { type: string; rel?: string; name?: string }[] };
    expect(ninjsErrors(item), language).toEqual([]);
    const feed = JSON.parse(read(`${language}/feed.json`)) as { items: { id: string; attachments?: { title: string }[] }[] };
    return {
      page: [...read(`${language}/${id}/index.html`).matchAll(/<span class="credit">([^<]*)<\/span>/g)].map((match) => match[1]),
      feed: feed.items.find((one) => one.id.includes(id))!.attachments!.map((attachment) => attachment.title.replace(/^.*[(（]/, '')),
      ninjs: item.associations.filter((association) => association.rel !== 'contact' && association.type !== 'text').map((association) => [association.type, association.rel, association.name]),
    };
  }

  it('the bundled diagram without `kind` is a photo in every output and language, as before the field', async () => {
    const path = join(project.root, `releases/${BUNDLED_ID}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^ {4}kind: graphic\n/m, ''));
    const result = await buildIn(project.root, { now: NOW });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(labelled('it', BUNDLED_ID)).toMatchObject({ page: ['Foto: Regione Piemonte'], feed: ['Foto: Regione Piemonte)'], ninjs: [['picture', 'picture', 'Foto 1']] });
    expect(labelled('en', BUNDLED_ID)).toMatchObject({ page: ['Photo: Piedmont Region'], feed: ['Photo: Piedmont Region)'], ninjs: [['picture', 'picture', 'Photo 1']] });
    expect(labelled('ja', BUNDLED_ID)).toMatchObject({ page: ['写真：ピエモンテ州'], feed: ['写真：ピエモンテ州）'], ninjs: [['picture', 'picture', '写真1']] });
    expect(read(`en/${BUNDLED_ID}/wire.txt`)).toContain('Photos\n1. The stops of the Piedmont mission to Japan, from Kobe to Osaka and\n   Tokyo\n   Photo: Piedmont Region\n');
    expect(read(`ja/${BUNDLED_ID}/wire.txt`)).toContain('写真\n1. ピエモンテ州の日本ミッションの行程：神戸から大阪、東京へ\n   写真：ピエモンテ州\n');
    expect(read(`it/${BUNDLED_ID}/wire.txt`)).toContain('Foto\n1. Le tappe della missione piemontese in Giappone, da Kobe a Osaka e\n   Tokyo\n   Foto: Regione Piemonte\n');
  });

  it('a photo and a graphic in one release: each credit under its own label, the wire section named for both', async () => {
    mkdirSync(join(project.root, 'releases/mostra.media'));
    for (const name of ['sala', 'mappa']) await sharp({ create: { width: 800, height: 500, channels: 3, background: '#446688' } }).jpeg().toFile(join(project.root, `releases/mostra.media/${name}.jpg`));
    project.write('releases/mostra.md', withImages('  - file: sala.jpg\n    alt: La sala\n    credit: Mario Rossi\n  - file: mappa.jpg\n    alt: La mappa delle sale\n    credit: Ufficio stampa\n    kind: graphic'));
    const result = await buildIn(project.root, { now: NOW, languages: ['it'] });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(read('it/mostra/wire.txt')).toContain('Foto e grafiche\n1. Foto: Mario Rossi\n2. Grafica: Ufficio stampa\n');
    expect(labelled('it', 'mostra')).toMatchObject({
      page: ['Foto: Mario Rossi', 'Grafica: Ufficio stampa'],
      feed: ['Foto: Mario Rossi)', 'Grafica: Ufficio stampa)'],
      // Numbered as the wire numbers them, so "Grafica 2" is the wire's second picture.
      ninjs: [['picture', 'picture', 'Foto 1'], ['graphic', 'graphic', 'Grafica 2']],
    });
  });
});

describe('pictures after the first, and pictures under embargo', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject({ withBundled: true });
  });
  afterEach(() => project.remove());

  const read = (path: string) => readFileSync(join(project.root, 'out', path), 'utf8');

  it('later pictures load lazily; under embargo the sizes go to the private tree only', async () => {
    mkdirSync(join(project.root, 'releases/mostra.media'));
    for (const name of ['uno', 'due']) await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#446688' } }).jpeg().toFile(join(project.root, `releases/mostra.media/${name}.jpg`));
    const pictures = ['uno', 'due'].map((name) => `  - file: ${name}.jpg\n    alt: Foto ${name}\n    credit: Ufficio stampa`).join('\n');
    project.write('releases/mostra.md', withImages(pictures));
    await buildIn(project.root, { now: NOW, languages: ['it'] });
    const images = read('it/mostra/index.html').match(/<img [^>]*>/g)!;
    expect(images).toHaveLength(2);
    expect(images[0]).not.toContain('loading=');
    expect(images[1]).toContain('loading="lazy"');
    expect(images[1]).toContain('width="1600" height="800"');

    // Another release, never published, with the same pictures under embargo (a published one cannot be re-embargoed).
    cpSync(join(project.root, 'releases/mostra.media'), join(project.root, 'releases/anteprima.media'), { recursive: true });
    project.write('releases/anteprima.md', withImages(pictures).replace('date: 2025-11-03T10:00:00+01:00', 'date: 2025-11-03T10:00:00+01:00\nembargo: 2026-07-01T10:00:00+02:00'));
    await buildIn(project.root, { now: NOW, languages: ['it'] });
    expect(existsSync(join(project.root, 'out/media/anteprima'))).toBe(false);
    expect(readdirSync(join(project.root, 'out-private/media/anteprima'))).toHaveLength(6);
  });
});

describe('a credit naming a body is written in the language of each output; a person’s name as written', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject({ withBundled: true });
  });
  afterEach(() => project.remove());

  const read = (path: string) => readFileSync(join(project.root, 'out', path), 'utf8');

  /** The picture's credit as each output of the bundled release gives it in `language`. */
  function credits(language: string) {
    const page = read(`${language}/${BUNDLED_ID}/index.html`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!) as { image: { creditText: string }[] };
    const item = JSON.parse(read(`${language}/${BUNDLED_ID}/ninjs.json`)) as { associations: { type: string; by: string }[] };
    const wire = read(`${language}/${BUNDLED_ID}/wire.txt`);
    return {
      page: /<span class="credit">([^<]*)<\/span>/.exec(page)?.[1],
      jsonLd: jsonLd.image[0]!.creditText,
      ninjs: item.associations.find((association) => association.type === 'graphic')!.by,
      wire: wire.split('\n').find((line) => /^ {3}(Grafica|Graphic|図版)[:：]/.test(line))?.trim(),
    };
  }

  const setCredit = (credit: string) => {
    const path = join(project.root, `releases/${BUNDLED_ID}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^ {4}credit: .*$/m, `    credit: ${credit}`));
  };

  it('takes the press office’s own name in that language over the glossary’s, also as part of a credit', async () => {
    project.write('package.json', JSON.stringify({ pressroom: { office: { name: { it: 'Regione Piemonte', en: 'Region of Piedmont', ja: 'ピエモンテ州政府' } } } }));
    setCredit('Regione Piemonte / Mario Rossi');
    const result = await buildIn(project.root, { now: NOW });
    expect(result.exitCode, result.stderr).toBe(0);
    const expected = { it: 'Regione Piemonte / Mario Rossi', en: 'Region of Piedmont / Mario Rossi', ja: 'ピエモンテ州政府 / Mario Rossi' };
    const label = { it: 'Grafica: ', en: 'Graphic: ', ja: '図版：' };
    for (const language of ['it', 'en', 'ja'] as const) {
      const credit = expected[language];
      expect(credits(language), language).toEqual({ page: `${label[language]}${credit}`, jsonLd: credit, ninjs: credit, wire: `${label[language]}${credit}` });
    }
  });

  it('names each body of a credit that names several, whatever sets them apart', () => {
    const glossary = { keep: [], terms: { 'Regione Piemonte': { en: 'Piedmont Region', ja: 'ピエモンテ州' }, 'Camera di Commercio di Torino': { en: 'Turin Chamber of Commerce' } } };
    const office = { name: 'Regione Piemonte', names: { en: 'Region of Piedmont' } };
    expect(creditIn('© Regione Piemonte & Camera di Commercio di Torino', [office], 'en', glossary)).toBe('© Region of Piedmont & Turin Chamber of Commerce');
    expect(creditIn('Mario Rossi – Regione Piemonte, Camera di Commercio di Torino', [undefined], 'ja', glossary)).toBe('Mario Rossi – ピエモンテ州, Camera di Commercio di Torino');
    expect(creditIn('Regione Piemonte', [office], 'it', glossary)).toBe('Regione Piemonte');
    // Part of a longer name is not that body.
    expect(creditIn('Archivio Regione Piemonte', [office], 'en', glossary)).toBe('Archivio Regione Piemonte');
  });

  it('takes another body’s name from the glossary, and leaves a photographer’s name as written', async () => {
    setCredit('Camera di Commercio di Torino');
    await buildIn(project.root, { now: NOW });
    expect(credits('en').ninjs).toBe('Turin Chamber of Commerce');
    expect(credits('ja').wire).toBe('図版：トリノ商工会議所');
    setCredit('Mario Rossi');
    await buildIn(project.root, { now: NOW });
    for (const language of ['it', 'en', 'ja']) expect(credits(language).ninjs).toBe('Mario Rossi');
  });
});

describe('sizes: made once by content hash, the same bytes every build, no metadata', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject({ withBundled: true });
  });
  afterEach(() => project.remove());

  it('a rebuild takes the sizes from the state tree instead of resizing', async () => {
    const before = { ...derivativeWork };
    await buildIn(project.root, { now: NOW });
    expect(derivativeWork.resized - before.resized).toBe(3);
    // The release's text changes, so it is rendered again; its picture does not.
    const path = join(project.root, `releases/${BUNDLED_ID}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('Focus sulle scienze della vita', 'Focus sulle scienze della vita e della salute'));
    const middle = { ...derivativeWork };
    const result = await buildIn(project.root, { now: NOW });
    expect(result.reports.length).toBeGreaterThan(0);
    expect(derivativeWork.resized - middle.resized).toBe(0);
    expect(derivativeWork.cached - middle.cached).toBe(3);
    expect(existsSync(join(project.root, `.out-state/media/${BUNDLED_ID}`))).toBe(true);
  });

  it('two builds from scratch give byte-identical trees, pictures included', async () => {
    await buildIn(project.root, { now: NOW });
    const first = readTree(join(project.root, 'out'));
    rmSync(join(project.root, 'out'), { recursive: true });
    rmSync(join(project.root, '.out-state'), { recursive: true });
    rmSync(join(project.root, '.pressroom-trees.json'), { force: true });
    rmSync(join(project.root, '.pressroom-stamps.json'), { force: true });
    rmSync(join(project.root, '.out-spare'), { recursive: true, force: true });
    const before = derivativeWork.resized;
    await buildIn(project.root, { now: NOW });
    expect(derivativeWork.resized - before).toBe(3);
    expect(readTree(join(project.root, 'out'))).toEqual(first);
  });

  it('drops EXIF (with its GPS position) from every size, and turns the picture upright', async () => {
    mkdirSync(join(project.root, 'releases/mostra.media'));
    const source = join(project.root, 'releases/mostra.media/gps.jpg');
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#aa5522' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Camera Owner Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 4/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '7/1 41/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toFile(source);
    utimesSync(source, new Date('2025-01-01'), new Date('2025-01-01'));
    const original = await sharp(source).metadata();
    expect(original.orientation).toBe(6);
    // The GPS sub-directory's pointer (tag 0x8825) is in the camera's EXIF.
    const gpsPointer = (exif: Buffer) => exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
    expect(gpsPointer(original.exif!)).toBe(true);
    expect(readFileSync(source).includes('Camera Owner Name')).toBe(true);
    project.write('releases/mostra.md', withImages('  - file: gps.jpg\n    alt: Foto\n    credit: Ufficio stampa'));
    const result = await buildIn(project.root, { now: NOW, languages: ['it'] });
    expect(result.exitCode, result.stderr).toBe(0);
    const sizes = readdirSync(join(project.root, 'out/media/mostra'));
    expect(sizes.map((name) => /-(\d+)\./.exec(name)![1]).sort()).toEqual(['480', '800']);
    for (const name of sizes) {
      const bytes = readFileSync(join(project.root, 'out/media/mostra', name));
      const meta = await sharp(bytes).metadata();
      expect(meta.exif, name).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(bytes.includes('Camera Owner Name')).toBe(false);
      // Orientation 6: stored 1200 × 800, upright 800 × 1200.
      expect(meta.height! > meta.width!).toBe(true);
    }
  });
});

describe('alt text and captions are translated and reviewed like any segment', () => {
  let server: DeepLTestServer;
  let project: Project;
  beforeEach(async () => {
    server = await startDeepLServer();
    project = makeProject();
    mkdirSync(join(project.root, 'releases/mostra.media'));
    await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#557799' } }).jpeg().toFile(join(project.root, 'releases/mostra.media/sala.jpg'));
    project.write('releases/mostra.md', withImages('  - file: sala.jpg\n    alt: La sala con le fotografie appese\n    caption: La sala principale della mostra\n    credit: Ufficio stampa'));
  });
  afterEach(async () => {
    project.remove();
    await server.close();
  });

  it('DeepL translates them, XLIFF carries them to a reviewer and back, the desk labels them, and the page shows the reviewed words', async () => {
    const translated = await runCli(['translate', '--lang', 'ja'], { cwd: project.root, env: { DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url } });
    expect(translated.code, translated.stderr).toBe(0);
    const sent = server.translations().flatMap((request) => request.params.text ?? []);
    expect(sent).toEqual(expect.arrayContaining(['La sala con le fotografie appese', 'La sala principale della mostra']));
    const text = readFileSync(join(project.root, 'releases/mostra.md'), 'utf8');
    const parsed = loadRelease({ path: 'releases/mostra.md', text }, new VFile({ path: 'releases/mostra.md', value: text }))!.release;
    const { alt, caption } = parsed.images![0]!;
    const memory = () => JSON.parse(readFileSync(join(project.root, 'locales/ja/releases/mostra.json'), 'utf8')) as { segments: Record<string, { target: string; state: string }> };
    expect(memory().segments[alt.key]).toMatchObject({ state: 'machine' });
    expect(memory().segments[caption!.key]).toMatchObject({ state: 'machine' });

    const exported = await runCli(['xliff', 'export', '--lang', 'ja', '-o', join(project.root, 'ja.xlf')], { cwd: project.root });
    expect(exported.code, exported.stderr).toBe(0);
    const xml = readFileSync(join(project.root, 'ja.xlf'), 'utf8');
    expect(xml).toContain(`<unit id="${caption!.key}"`);
    const machineCaption = memory().segments[caption!.key]!.target;
    project.write('ja.xlf', xml.replace(machineCaption, '展覧会のメインホール').replace(/state="translated"/g, 'state="final"'));
    const imported = await runCli(['xliff', 'import', join(project.root, 'ja.xlf'), '--reviewer', 'Kenji'], { cwd: project.root });
    expect(imported.code, imported.stderr).toBe(0);
    expect(memory().segments[caption!.key]).toMatchObject({ target: '展覧会のメインホール', state: 'reviewed' });

    const desk = await startReviewServer({ root: project.root, host: '127.0.0.1', port: 0, reviewer: 'Kenji' });
    try {
      const page = await (await fetch(`${desk.url}releases/mostra`, { headers: { 'accept-language': 'en' } })).text();
      expect(page).toContain('Photo 1 alt text');
      expect(page).toContain('Photo 1 caption');
      expect(page).toContain('展覧会のメインホール');
    } finally {
      await desk.close();
    }

    const built = await buildIn(project.root, { now: NOW, languages: ['it', 'ja'] });
    expect(built.exitCode, built.stderr).toBe(0);
    const html = readFileSync(join(project.root, 'out/ja/mostra/index.html'), 'utf8');
    expect(html).toContain('展覧会の');
    expect(html).toContain('写真：Ufficio stampa');
  });
});

describe('pressroom dev serves the pictures', () => {
  it('with their image type, as the page links them', async () => {
    const project = makeProject({ withBundled: true });
    const dev = await startDevServer({ root: project.root, host: '127.0.0.1', port: 0, jobs: 1, io: { log: () => undefined, error: () => undefined } });
    try {
      const page = await (await fetch(`${dev.url}en/${BUNDLED_ID}/`)).text();
      const src = /<img src="\.\.\/\.\.\/([^"]+)"/.exec(page)![1]!;
      const picture = await fetch(new URL(src, dev.url));
      expect(picture.status).toBe(200);
      expect(picture.headers.get('content-type')).toBe('image/png');
      expect((await sharp(Buffer.from(await picture.arrayBuffer())).metadata()).width).toBe(1600);
    } finally {
      await dev.close();
      project.remove();
    }
  });
});

describe('the live build watches picture folders', () => {
  it('reports a picture replaced in a folder there at start, and one added to a folder made later', async () => {
    const project = makeProject();
    mkdirSync(join(project.root, 'releases/mostra.media'));
    const seen: string[] = [];
    const watch = watchSources(project.root, (paths) => seen.push(...paths), 10);
    try {
      await watch.ready;
      writeFileSync(join(project.root, 'releases/mostra.media/uno.jpg'), 'a picture');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('releases/mostra.media/uno.jpg');
      mkdirSync(join(project.root, 'releases/fiera.media'));
      await expect.poll(() => seen, { timeout: 5000 }).toContain('releases/fiera.media');
      writeFileSync(join(project.root, 'releases/fiera.media/due.jpg'), 'another picture');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('releases/fiera.media/due.jpg');
    } finally {
      await watch.close();
      project.remove();
    }
  });
});

describe('pictures over render threads', () => {
  it('gives the same bytes with one thread and with two', async () => {
    const project = makeProject();
    try {
      for (let index = 0; index < 16; index++) {
        const id = `mostra-${index}`;
        if (index % 3 === 0) {
          mkdirSync(join(project.root, `releases/${id}.media`));
          await sharp({ create: { width: 700 + index, height: 500, channels: 3, background: '#224466' } }).jpeg().toFile(join(project.root, `releases/${id}.media/foto.jpg`));
          project.write(`releases/${id}.md`, withImages('  - file: foto.jpg\n    alt: Una foto\n    credit: Ufficio stampa'));
        } else project.write(`releases/${id}.md`, withImages('').replace('images:\n', ''));
      }
      const one = await buildIn(project.root, { now: NOW, languages: ['it'], jobs: 1, out: 'one' });
      expect(one.exitCode, one.stderr).toBe(0);
      const two = await buildIn(project.root, { now: NOW, languages: ['it'], jobs: 2, out: 'two' });
      expect(two.exitCode, two.stderr).toBe(0);
      expect(readdirSync(join(project.root, 'two/media'))).toHaveLength(6);
      expect(readTree(join(project.root, 'two'))).toEqual(readTree(join(project.root, 'one')));
    } finally {
      project.remove();
    }
  });
});

describe('pages with pictures are clean in html-validate', () => {
  it('the bundled release with its diagram in every language, and a page with a caption-less picture below the text', async () => {
    const { HtmlValidate, StaticConfigLoader } = await import('html-validate');
    const validator = new HtmlValidate(new StaticConfigLoader({ extends: ['html-validate:recommended'] }));
    const project = makeProject({ withBundled: true });
    try {
      mkdirSync(join(project.root, 'releases/mostra.media'));
      for (const name of ['uno', 'due']) await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#446688' } }).webp().toFile(join(project.root, `releases/mostra.media/${name}.webp`));
      project.write('releases/mostra.md', withImages('  - file: uno.webp\n    alt: Foto "uno" <prima>\n    caption: La *prima* sala & il cortile\n    credit: Ufficio stampa\n  - file: due.webp\n    alt: Foto due\n    credit: Ufficio stampa'));
      const result = await buildIn(project.root, { now: NOW, languages: ['it', 'en', 'ja'] });
      const pages = [...['it', 'en', 'ja'].map((language) => `${language}/${BUNDLED_ID}/index.html`), 'it/mostra/index.html'];
      expect(result.reports.flatMap((report) => report.messages.filter((message) => message.fatal))).toEqual([]);
      const found: string[] = [];
      for (const path of pages) {
        const html = readFileSync(join(project.root, 'out', path), 'utf8');
        expect(html).toContain('<figure class="picture">');
        const report = await validator.validateString(html, path);
        found.push(...report.results.flatMap((one) => one.messages.map((message) => `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`)));
      }
      expect(found).toEqual([]);
      const mostra = readFileSync(join(project.root, 'out/it/mostra/index.html'), 'utf8');
      expect(mostra).toContain('alt="Foto &quot;uno&quot; <prima>"');
      expect(mostra).toContain('loading="lazy"');
    } finally {
      project.remove();
    }
  });
});
