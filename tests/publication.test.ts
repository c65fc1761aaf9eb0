// Publish only what can be trusted: the publication policy per language, versions withheld on check errors,
// a reviewed translation never replaced silently, and machine translation labelled wherever it goes.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { buildIn } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { ROBOTS } from './helpers/fixture.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';


let server: DeepLTestServer;
let project: Project;
beforeEach(async () => {
  server = await startDeepLServer();
  project = makeProject();
  project.write('releases/robot.md', ROBOTS);
});
afterEach(async () => {
  project.remove();
  await server.close();
});

const withKey = () => ({ DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url });
const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
const published = (language: string) => existsSync(join(project.root, `out/${language}/robot/index.html`));
function policy(publication: Record<string, string>): void {
  writeFileSync(join(project.root, 'package.json'), JSON.stringify({ pressroom: { publication } }));
}
/** Memories of robot.md in which every segment is `state`, with targets made from the Italian. */
function memories(state: 'reviewed' | 'machine', source = ROBOTS): void {
  const [parsed] = loadReleases([{ path: 'releases/robot.md', text: source }]).releases;
  for (const language of ['en', 'ja'] as const) {
    const memory = memoryFor(parsed!, language, (html) => `[${language}] ${html}`);
    for (const entry of Object.values(memory.segments)) entry.state = state;
    project.write(`locales/${language}/releases/robot.json`, memoryJson(memory));
  }
}

describe('publication: errors never publish', () => {
  it.each([['reviewed'], ['machine']])('machine output that lost its quote markers is withheld under %s, with file:line:col and rule', async (chosen) => {
    policy({ en: chosen, ja: chosen });
    server.loseTags(true);
    const result = await buildIn(project.root, { env: withKey() });
    expect(published('it')).toBe(true);
    expect(published('en')).toBe(false);
    expect(published('ja')).toBe(false);
    expect(existsSync(join(project.root, 'out/en/robot/wire.txt'))).toBe(false);
    expect(result.stderr).toMatch(/^locales\/en\/releases\/robot\.json:\d+:\d+: warning: English: .*quote marker q1.*; en is withheld for this release until it is fixed \[pressroom:markup\]$/m);
    expect(result.stdout).toMatch(/^en: 0 published, 1 withheld \(1 failing checks: robot\)$/m);
    expect(result.exitCode).toBe(0);
  });

  it('--strict turns a withheld version into an error and a non-zero exit', async () => {
    policy({ en: 'machine', ja: 'machine' });
    server.loseTags(true);
    const result = await buildIn(project.root, { env: withKey(), strict: true });
    expect(result.stderr).toMatch(/: error: English: .* \[pressroom:markup\]$/m);
    expect(result.exitCode).toBe(1);
  });
});

describe('publication: the policy', () => {
  it('is reviewed by default: clean machine output is withheld, and the summary says why', async () => {
    const result = await buildIn(project.root, { env: withKey() });
    expect(published('en')).toBe(false);
    expect(published('ja')).toBe(false);
    expect(result.stdout).toMatch(/^en: 0 published, 1 withheld \(1 unreviewed: robot\)$/m);
    expect(result.stderr).toMatch(/^releases\/robot\.md:\d+:\d+: warning: \d+ English segments are machine translations not yet reviewed, and the publication policy for en is reviewed: en is withheld .*\[pressroom:unreviewed-withheld\]$/m);
  });

  it('publishes reviewed translations under reviewed', async () => {
    memories('reviewed');
    const result = await buildIn(project.root);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^en: 1 published$/m);
    expect(read('out/en/robot/index.html')).not.toContain('class="machine"');
    expect(read('out/en/robot/wire.txt')).not.toContain('MACHINE TRANSLATION');
  });

  it('refuses a policy that is none of reviewed, machine, approved, building nothing', async () => {
    policy({ en: 'automatic' });
    const result = await buildIn(project.root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('package.json: error: "pressroom.publication.en" must be reviewed, machine or approved, not "automatic" [pressroom:policy]\n');
    expect(existsSync(join(project.root, 'out'))).toBe(false);
  });
});

describe('publication: machine translation is labelled wherever it goes', () => {
  it('page, wire text, ninjs and feeds, under the machine policy', async () => {
    policy({ en: 'machine', ja: 'machine' });
    const result = await buildIn(project.root, { env: withKey() });
    expect(result.stdout).toMatch(/^en: 1 published$/m);
    expect(read('out/en/robot/index.html')).toContain('<p class="machine" role="note">This English version is a machine translation that no one has reviewed yet.');
    expect(read('out/ja/robot/index.html').replaceAll('<wbr>', '')).toContain('<p class="machine" role="note">この日本語版は機械翻訳であり');
    expect(read('out/en/robot/wire.txt').split('\n')[0]).toBe('MACHINE TRANSLATION - NOT REVIEWED');
    expect(read('out/ja/robot/wire.txt').split('\n')[0]).toBe('【機械翻訳・未校閲】');
    for (const language of ['en', 'ja']) {
      const item = JSON.parse(read(`out/${language}/robot/ninjs.json`)) as Record<string, { uri?: string } | string>;
      expect(ninjsErrors(item)).toEqual([]);
      expect((item.digitalSourceType as { uri: string }).uri).toBe('http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia');
      expect(item.edNote).toBeTruthy();
    }
    expect(read('out/en/feed.xml')).toContain('[Machine translation] ');
    const json = JSON.parse(read('out/ja/feed.json')) as { items: { title: string; content_html: string }[] };
    expect(json.items[0]!.title.startsWith('【機械翻訳】')).toBe(true);
    expect(json.items[0]!.content_html).toContain('この日本語版は機械翻訳であり');
    // A link shared, a tab, a bookmark: the label travels with the title.
    const title = (language: string) => /<title>([^<]*)<\/title>/.exec(read(`out/${language}/robot/index.html`))?.[1];
    const ogTitle = (language: string) => /<meta property="og:title" content="([^"]*)">/.exec(read(`out/${language}/robot/index.html`))?.[1];
    expect(title('en')).toMatch(/^\[Machine translation\] \[EN-GB\] Ospedali, 40 robot per la logistica/);
    expect(ogTitle('en')).toBe('[Machine translation] [EN-GB] Ospedali, 40 robot per la logistica');
    expect(ogTitle('ja')?.startsWith('【機械翻訳】')).toBe(true);
    expect(title('it')).toBe('Ospedali, 40 robot per la logistica – Sala stampa');
    // The Italian original is never labelled.
    expect(read('out/it/robot/wire.txt')).not.toContain('TRADUZIONE AUTOMATICA');
    expect(read('out/it/robot/index.html')).not.toContain('class="machine"');
  });

  it('the index and the archive list a machine translation under its label, the Italian without one', async () => {
    policy({ en: 'machine', ja: 'machine' });
    await buildIn(project.root, { env: withKey() });
    const item = (path: string) => /<li><a href="[^"]*robot\/">([^<]*)<\/a>/.exec(read(path).replace(/<wbr>/g, ''))?.[1] ?? '';
    for (const [language, tag] of [['en', '[Machine translation] '], ['ja', '【機械翻訳】']] as const) {
      expect(item(`out/${language}/index.html`).startsWith(tag)).toBe(true);
      expect(item(`out/${language}/archive/2025/11/index.html`).startsWith(tag)).toBe(true);
    }
    expect(item('out/it/index.html')).toBe('Ospedali, 40 robot per la logistica');
    // In Japanese nothing stands between 】 and the headline, in the index as in the feeds and the wire text.
    expect(item('out/ja/index.html')).toBe('【機械翻訳】[JA] Ospedali, 40 robot per la logistica');
    expect((JSON.parse(read('out/ja/feed.json')) as { items: { title: string }[] }).items[0]!.title).toBe('【機械翻訳】[JA] Ospedali, 40 robot per la logistica');
  });

  it('quotes.json says its words are machine translation, so no one takes them for what the speaker said', async () => {
    policy({ en: 'machine', ja: 'machine' });
    await buildIn(project.root, { env: withKey() });
    for (const language of ['en', 'ja']) {
      const quotes = JSON.parse(read(`out/${language}/robot/quotes.json`)) as { machineTranslation?: boolean; quotes: { speaker: { name: string } }[] };
      expect(quotes.machineTranslation).toBe(true);
      expect(quotes.quotes[0]!.speaker.name).toBeTruthy();
    }
    expect(JSON.parse(read('out/it/robot/quotes.json'))).not.toHaveProperty('machineTranslation');
  });

  it('a version mixing reviewed and machine segments is labelled as machine', async () => {
    policy({ en: 'machine', ja: 'machine' });
    memories('reviewed');
    const memory = JSON.parse(read('locales/en/releases/robot.json')) as { segments: Record<string, { state: string }> };
    Object.values(memory.segments)[0]!.state = 'machine';
    project.write('locales/en/releases/robot.json', JSON.stringify(memory, null, 2));
    await buildIn(project.root);
    expect(read('out/en/robot/wire.txt').split('\n')[0]).toBe('MACHINE TRANSLATION - NOT REVIEWED');
    expect(read('out/ja/robot/wire.txt')).not.toContain('【機械翻訳・未校閲】');
  });
});

describe('publication: a reviewed translation is never replaced silently', () => {
  const EDITED = ROBOTS.replace('40 robot', '42 robot');

  it('under reviewed, the language is withheld with a warning naming the replaced segment', async () => {
    memories('reviewed');
    project.write('releases/robot.md', EDITED);
    const result = await buildIn(project.root, { env: withKey() });
    expect(result.stderr).toMatch(/^releases\/robot\.md:\d+:\d+: warning: the reviewed English translation of this title was replaced by machine translation after the Italian changed; review it in locales\/en\/releases\/robot\.json \[pressroom:reviewed-replaced\]$/m);
    expect(result.stdout).toMatch(/^en: 0 published, 1 withheld \(1 unreviewed: robot\)$/m);
    expect(published('en')).toBe(false);
  });

  it('under machine, the machine version publishes labelled, and the replacement is still reported', async () => {
    policy({ en: 'machine', ja: 'machine' });
    memories('reviewed');
    project.write('releases/robot.md', EDITED);
    const result = await buildIn(project.root, { env: withKey() });
    expect(result.stderr).toMatch(/\[pressroom:reviewed-replaced\]$/m);
    expect(read('out/en/robot/wire.txt').split('\n')[0]).toBe('MACHINE TRANSLATION - NOT REVIEWED');
  });
});

describe('publication: four eyes, the approved policy', () => {
  it('withholds a language until a second reviewer approved every segment, then publishes it', async () => {
    policy({ en: 'approved', ja: 'reviewed' });
    memories('reviewed');
    const withheld = await buildIn(project.root);
    expect(published('ja')).toBe(true);
    expect(published('en')).toBe(false);
    expect(withheld.stderr).toMatch(/^releases\/robot\.md:\d+:\d+: warning: \d+ English segments are not yet approved by a second reviewer \(four eyes\), and the publication policy for en is approved: en is withheld .*\[pressroom:unapproved-withheld\]$/m);
    expect(withheld.stdout).toMatch(/^en: 0 published, 1 withheld \(1 unreviewed: robot\)$/m);

    const path = 'locales/en/releases/robot.json';
    const memory = JSON.parse(read(path)) as { segments: Record<string, Record<string, string>> };
    for (const entry of Object.values(memory.segments)) Object.assign(entry, { reviewer: 'Anna', approvedBy: 'Bruno', approvedAt: '2025-11-02T10:00:00+01:00' });
    project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
    const approved = await buildIn(project.root);
    expect(approved.stderr).not.toContain('unapproved-withheld');
    expect(published('en')).toBe(true);
  });
});
