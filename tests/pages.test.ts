import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { loadReleases, renderContext, renderVersion } from '../pipeline/publish/render-release.ts';
import { DEFAULT_POLICIES } from '../pipeline/publish/policy.ts';
import { EMPTY_GLOSSARY } from '../pipeline/glossary.ts';
import { localize } from '../pipeline/render/localize.ts';
import { renderFeedEntries } from '../pipeline/render/feeds.ts';
import { buildProject } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { EN, FIXTURE, FIXTURE_ID, fixtureInput, JA, withoutQuoteMarkers } from './helpers/fixture.ts';
import { elements, externalRequests, jsonLd, metaContent, parsePage } from './helpers/html.ts';

const LANGUAGES = ['it', 'en', 'ja'] as const;

async function pages() {
  const { files } = await buildProject(await fixtureInput());
  return { files, page: (language: string) => files.get(`${language}/${FIXTURE_ID}/index.html`)! };
}

describe('pages: JSON-LD NewsArticle', () => {
  it('describes the release with headline, date, language, publisher and author', async () => {
    const { page } = await pages();
    const [article] = jsonLd(page('en')) as Record<string, unknown>[];
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'New call for SMEs',
      alternativeHeadline: 'Applications from 15 January 2026',
      datePublished: '2025-10-14T12:00:00+02:00', // its embargo's lift
      inLanguage: 'en',
      url: `https://press.example.org/en/${FIXTURE_ID}/`,
      publisher: { '@type': 'Organization', name: 'Press room', url: 'https://press.example.org/' },
      // The press office speaks; the dateline agency (Italpress) appears in the dateline only.
      author: { '@type': 'Organization', name: 'Press room', url: 'https://press.example.org/' },
      locationCreated: { '@type': 'Place', name: 'Turin' },
      translationOfWork: { '@id': `https://press.example.org/it/${FIXTURE_ID}/` },
    });
    const [italian] = jsonLd(page('it')) as Record<string, unknown>[];
    expect(italian).toMatchObject({ inLanguage: 'it', headline: 'Nuovo bando per le Pmi', keywords: ['innovazione', 'pmi'] });
    expect(italian!.workTranslation).toEqual([{ '@id': `https://press.example.org/en/${FIXTURE_ID}/` }, { '@id': `https://press.example.org/ja/${FIXTURE_ID}/` }]);
    const [japanese] = jsonLd(page('ja')) as Record<string, unknown>[];
    expect(japanese).toMatchObject({ inLanguage: 'ja', headline: '中小企業向けの新たな公募' });
    expect(japanese).not.toHaveProperty('keywords');
  });
});

describe('pages: Open Graph, description, canonical and hreflang', () => {
  it('gives each page its Open Graph card and description in its language', async () => {
    const { page } = await pages();
    const en = page('en');
    expect(metaContent(en, 'og:type')).toEqual(['article']);
    expect(metaContent(en, 'og:title')).toEqual(['New call for SMEs']);
    expect(metaContent(en, 'og:url')).toEqual([`https://press.example.org/en/${FIXTURE_ID}/`]);
    expect(metaContent(en, 'og:locale')).toEqual(['en_GB']);
    expect(metaContent(en, 'og:locale:alternate')).toEqual(['it_IT', 'ja_JP']);
    expect(metaContent(en, 'og:site_name')).toEqual(['Press room']);
    expect(metaContent(en, 'description')).toEqual(['Applications from 15 January 2026']);
    expect(metaContent(en, 'og:description')).toEqual(['Applications from 15 January 2026']);
    expect(metaContent(en, 'article:published_time')).toEqual(['2025-10-14T12:00:00+02:00']);
    expect(metaContent(page('ja'), 'og:title')).toEqual(['中小企業向けの新たな公募']);
  });

  it('falls back to the opening of the first paragraph, cut at a word, when there is no subtitle', async () => {
    const source = FIXTURE.replace('subtitle: Domande dal 15 gennaio 2026\n', '');
    const { files } = await buildProject(await fixtureInput({}, { en: EN, ja: JA }, source));
    const [description] = metaContent(files.get(`it/${FIXTURE_ID}/index.html`)!, 'description');
    expect(description).toBe('La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.');
    const long = FIXTURE.replace('subtitle: Domande dal 15 gennaio 2026\n', '').replace('cybersicurezza e cloud.', `cybersicurezza e cloud, ${'con procedure semplici e tempi certi '.repeat(6)}fine.`);
    const cut = metaContent((await buildProject(await fixtureInput({ languages: ['it'] }, { en: EN, ja: JA }, long))).files.get(`it/${FIXTURE_ID}/index.html`)!, 'description')[0]!;
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/^La Regione Piemonte .* [a-z,]+…$/);
  });

  it('links the canonical address and every language version', async () => {
    const { page } = await pages();
    for (const language of LANGUAGES) {
      const links = elements(parsePage(page(language)), (element) => element.tagName === 'link');
      expect(links.find((link) => String(link.properties.rel) === 'canonical')?.properties.href).toBe(`https://press.example.org/${language}/${FIXTURE_ID}/`);
      expect(links.filter((link) => link.properties.hrefLang).map((link) => [link.properties.hrefLang, link.properties.href])).toEqual([
        ['it', `https://press.example.org/it/${FIXTURE_ID}/`],
        ['en', `https://press.example.org/en/${FIXTURE_ID}/`],
        ['ja', `https://press.example.org/ja/${FIXTURE_ID}/`],
        // Readers of none of these languages land on the language chooser.
        ['x-default', 'https://press.example.org/'],
      ]);
    }
  });
});

describe('pages: Japanese line breaking with BudouX', () => {
  it('puts <wbr> between phrases in Japanese text and nowhere in other languages', async () => {
    const { page } = await pages();
    const ja = page('ja');
    expect(ja).toContain('ピエモンテ州は、<wbr>デジタルイノベーション、<wbr>');
    expect(ja).toContain('<p class="subtitle">2026年1月15日から<wbr>申請受付</p>');
    // The words are all still there, in order, once the breaks are taken out.
    expect(ja.replace(/<wbr>/g, '')).toContain('ピエモンテ州は、デジタルイノベーション、サイバーセキュリティ、クラウドに投資する');
    expect(page('en')).not.toContain('<wbr>');
    expect(page('it')).not.toContain('<wbr>');
  });

  it('leaves the title, JSON-LD and attributes untouched', async () => {
    const { page } = await pages();
    const ja = page('ja');
    expect(ja).toContain('<title>中小企業向けの新たな公募 – プレスルーム</title>');
    expect((jsonLd(ja)[0] as { headline: string }).headline).toBe('中小企業向けの新たな公募');
    expect(metaContent(ja, 'description')).toEqual(['2026年1月15日から申請受付']);
  });

  it('asks the browser to keep words whole and break only at those phrases', async () => {
    const { page } = await pages();
    expect(page('ja')).toMatch(/:lang\(ja\)[^{]*\{[^}]*word-break:keep-all/);
  });
});

describe('pages: self-contained, readable on a phone and in print', () => {
  it('makes no external request and inlines its stylesheet with phone and print rules', async () => {
    const { files } = await pages();
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      expect(externalRequests(content), path).toEqual([]);
      const styles = elements(parsePage(content), (element) => element.tagName === 'style').map((element) => toString(element));
      expect(styles).toHaveLength(1);
      expect(styles[0]).toContain('@media print');
      expect(styles[0]).toMatch(/@media \(max-width:[^)]*\)/);
      expect(content).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    }
  });

  it('links each language index to its feeds', async () => {
    const { files } = await pages();
    const index = files.get('en/index.html')!;
    expect(index).toContain('<link rel="alternate" type="application/atom+xml" href="feed.xml"');
    expect(index).toContain('<link rel="alternate" type="application/feed+json" href="feed.json"');
  });
});

describe('pages: nothing from a source or memory file can inject script', () => {
  const HOSTILE_TITLE = 'Bando </script><script>alert(1)</script> \u2028 <!-- Pmi';
  const SOURCE = FIXTURE.replace('title: Nuovo bando per le Pmi', `title: ${JSON.stringify(HOSTILE_TITLE)}`)
    .replace('dateline: { city: Torino, agency: Italpress }', 'dateline: { city: "<img src=x onerror=alert(1)>", agency: "</script><script>alert(2)</script>" }')
    .replace('tags: [innovazione, pmi]', 'tags: ["</script><script>alert(3)</script>"]\noffice: { name: "</script><script>alert(2)</script>" }')
    // A javascript: link in a release is refused when it is parsed (the unsafe-links case of the bad-input corpus);
    // the hostile translations below still carry them, to the renderers.
    .replace('Il bando è pubblicato sul [sito della Regione](https://www.regione.piemonte.it/bandi).', 'Il bando è pubblicato sul [sito della Regione](https://www.regione.piemonte.it/bandi) e <https://evil.example/x>.');

  const HOSTILE_TARGET =
    'Text <script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><a href="JaVaScRiPt&colon;alert(1)">y</a>' +
    '<a href="  java\tscript:alert(1)">z</a><q data-quote="q1" onmouseover="alert(1)">q</q><svg onload=alert(1)></svg>' +
    '<iframe src="https://evil.example/"></iframe><style>*{background:url(https://evil.example/x)}</style>' +
    '<a href="https://ok.example/" onclick="alert(1)" style="background:url(https://evil.example/)">ok</a><math><mi xlink:href="javascript:alert(1)">m</mi></math>' +
    '<form action="https://evil.example/"><button formaction="javascript:alert(1)">b</button></form><base href="https://evil.example/">';

  async function hostileInput() {
    const input = await fixtureInput({}, { en: EN, ja: JA }, SOURCE);
    const [release] = loadReleases(input.releases).releases;
    // Hostile translations, keyed by the hostile release's own segments.
    const en: Record<string, string> = {
      ...EN,
      [release!.title.source]: 'New call &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; for SMEs',
      'La Regione Piemonte mette a disposizione 12 milioni di euro per le piccole e medie imprese che investono in innovazione digitale, cybersicurezza e cloud.': HOSTILE_TARGET,
      'Ufficio stampa': '<img src=x onerror=alert(1)>Press office',
    };
    const ja: Record<string, string> = { ...JA, [release!.title.source]: `${HOSTILE_TARGET}公募` };
    const translate = (table: Record<string, string>) => (source: string) => table[withoutQuoteMarkers(source)] ?? `${HOSTILE_TARGET} ${source}`;
    const memories = { en: memoryFor(release!, 'en', translate(en)), ja: memoryFor(release!, 'ja', translate(ja)) };
    input.memories = {
      en: { [FIXTURE_ID]: { path: `locales/en/releases/${FIXTURE_ID}.json`, text: memoryJson(memories.en) } },
      ja: { [FIXTURE_ID]: { path: `locales/ja/releases/${FIXTURE_ID}.json`, text: memoryJson(memories.ja) } },
    };
    return { input, release: release!, memories };
  }

  /**
   * The hostile release rendered in every language. The build withholds the hostile translations (their markup
   * fails the checks), so they are rendered here as the build would render them if a check ever missed one:
   * the renderers must be safe on their own.
   */
  async function hostileBuild() {
    const { input, release, memories } = await hostileInput();
    const built = await buildProject(input);
    const context = renderContext({ ui: input.ui, languages: [...LANGUAGES], now: input.now, baseUrl: input.baseUrl, policies: DEFAULT_POLICIES, glossary: EMPTY_GLOSSARY });
    const files = new Map(built.files);
    const versions = Object.fromEntries(LANGUAGES.map((language) => [language, `${input.baseUrl}${language}/${FIXTURE_ID}/`]));
    for (const language of ['en', 'ja'] as const) {
      const localized = localize(release, context.labels[language], memories[language]);
      if (!localized.ok) throw new Error(`the hostile ${language} memory is incomplete`);
      const rendered = renderVersion(release, localized.release, false, versions, context);
      for (const [path, content] of rendered.files) files.set(path, content);
      const feeds = renderFeedEntries([rendered.feed!], context.labels[language], input.baseUrl);
      files.set(`${language}/feed.xml`, feeds.atom);
      files.set(`${language}/feed.json`, feeds.json);
    }
    return { ...built, files };
  }

  it('builds the hostile Italian, and withholds the hostile translations for their broken markup', async () => {
    const { input } = await hostileInput();
    const { files, reports } = await buildProject(input);
    expect(files.has(`it/${FIXTURE_ID}/index.html`)).toBe(true);
    for (const language of ['en', 'ja']) expect(files.has(`${language}/${FIXTURE_ID}/index.html`)).toBe(false);
    const rules = new Set(reports.flatMap((file) => file.messages.map((message) => message.ruleId)));
    expect(rules.has('markup')).toBe(true);
  });

  it('lets no script, handler, javascript: link or external resource into any page', async () => {
    const { files } = await hostileBuild();
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      expect(externalRequests(content), path).toEqual([]);
      // Hostile words may stay as text or attribute values (escaped); as elements they must be gone.
      const tree = parsePage(content);
      expect(elements(tree, (element) => element.tagName === 'script' && element.properties.type !== 'application/ld+json'), path).toEqual([]);
      expect(elements(tree, (element) => element.tagName === 'script').length, path).toBeLessThanOrEqual(1);
      expect(elements(tree, (element) => ['img', 'iframe', 'svg', 'math', 'form', 'base', 'button'].includes(element.tagName)), path).toEqual([]);
      expect(elements(tree, (element) => element.tagName === 'style').length, path).toBe(1);
      expect(content, path).not.toMatch(/(href|src|action)=["']?\s*javascript:/i);
    }
  });

  it('keeps </script> in a title inside the JSON-LD, escaped, and reads it back as the title', async () => {
    const { files } = await hostileBuild();
    const it = files.get(`it/${FIXTURE_ID}/index.html`)!;
    const scripts = elements(parsePage(it), (element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.properties.type).toBe('application/ld+json');
    const [article] = jsonLd(it) as { headline: string; author: { name: string }; keywords: string[] }[];
    expect(article!.headline).toBe(HOSTILE_TITLE.replace(/\s+/g, ' '));
    expect(article!.author.name).toBe('</script><script>alert(2)</script>');
    expect(article!.keywords).toEqual(['</script><script>alert(3)</script>']);
    const raw = toString(scripts[0]!);
    expect(raw).not.toMatch(/[<>]/);
    expect(raw).toContain('\\u003c/script\\u003e');
    const [english] = jsonLd(files.get(`en/${FIXTURE_ID}/index.html`)!) as { headline: string }[];
    expect(english!.headline).toBe('New call </script><script>alert(1)</script> for SMEs');
  });

  it('keeps the harmless words and the safe link of a hostile translation', async () => {
    const { files } = await hostileBuild();
    const en = files.get(`en/${FIXTURE_ID}/index.html`)!;
    expect(en).toContain('<a href="https://ok.example/">ok</a>');
    expect(en).toMatch(/<q data-quote="q1"[^>]*>q<\/q>/);
  });

  it('lets no script into feeds or the ninjs HTML body', async () => {
    const { files } = await hostileBuild();
    for (const language of LANGUAGES) {
      const feed = JSON.parse(files.get(`${language}/feed.json`)!) as { items: { content_html: string }[] };
      const ninjs = JSON.parse(files.get(`${language}/${FIXTURE_ID}/ninjs.json`)!) as { bodies: { contentType: string; value: string }[] };
      const atom = files.get(`${language}/feed.xml`)!;
      const contents = [feed.items[0]!.content_html, ninjs.bodies.find((body) => body.contentType === 'text/html')!.value, ...[...atom.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((match) => match[1]!)];
      for (const html of contents) {
        expect(externalRequests(html), language).toEqual([]);
        expect(html).not.toMatch(/<(script|img|iframe|svg|math|form|base|style)\b|<[^>]*\son\w+=|(href|src|action)=["']?\s*javascript:/i);
      }
    }
  });
});
