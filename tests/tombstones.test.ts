// What an agency that already filed a version is told when that version stops being publishable: the language's
// page, wire text, ninjs and feed entry never just vanish. A withdrawn release is a kill notice in every language,
// Italian included: the withdrawal line first, the headline agencies filed, no text of the release, its reason in
// the language once a reviewed translation exists, else in Italian and labelled; under embargo, the kill goes to
// the private tree at once. A translation that is no longer current (the Italian changed, a machine segment, a
// check error) is withheld, its unreviewed text never published. A language never published stays absent.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { buildIn } from './helpers/build.ts';
import { memoryFor, memoryJson } from './helpers/memory.ts';
import { ninjsErrors } from './helpers/ninjs.ts';
import { ROBOTS } from './helpers/fixture.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { loadReleases } from '../pipeline/publish/render-release.ts';

const REASON = 'La consegna è rinviata al 2026.';
const WITHDRAWN = ROBOTS.replace('dateline:', `updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: ${REASON}\ndateline:`);
const FIRST = new Date('2025-12-01T00:00:00Z');
const LATER = new Date('2025-12-05T08:00:00Z');
const LATEST = new Date('2025-12-09T08:00:00Z');

let project: Project;
beforeEach(() => {
  project = makeProject();
  project.write('releases/robot.md', ROBOTS);
});
afterEach(() => project.remove());

const read = (path: string) => readFileSync(join(project.root, path), 'utf8');
const exists = (path: string) => existsSync(join(project.root, path));
const ninjs = (language: string) => JSON.parse(read(`out/${language}/robot/ninjs.json`)) as Record<string, unknown>;
const feedItem = (language: string) => parseFeed(read(`out/${language}/feed.xml`)).items.find((item) => item.url?.endsWith('/robot/'));

/** Memories of `source` in `languages`, every segment reviewed, targets made from the Italian. */
function memories(source = ROBOTS, languages: ('en' | 'ja')[] = ['en', 'ja'], skip: (source: string) => boolean = () => false): void {
  const [parsed] = loadReleases([{ path: 'releases/robot.md', text: source }]).releases;
  for (const language of languages) {
    const memory = memoryFor(parsed!, language, (html) => `[${language}] ${html}`);
    for (const [key, entry] of Object.entries(memory.segments)) if (skip(entry.source)) delete memory.segments[key];
    project.write(`locales/${language}/releases/robot.json`, memoryJson(memory));
  }
}

function editMemory(language: 'en' | 'ja', change: (entry: Record<string, unknown>) => void): void {
  const path = `locales/${language}/releases/robot.json`;
  const memory = JSON.parse(read(path)) as { segments: Record<string, Record<string, unknown>> };
  for (const entry of Object.values(memory.segments)) change(entry);
  project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
}

describe('tombstones: a withdrawal is a kill notice in every language, whatever the state of its reason', () => {
  // The release's own words, in every language's memory ([en] and [ja] targets keep the Italian): none may go out.
  const BODY = ['consegna 40 robot', 'Ridurremo', 'Chiara Neri', 'direttrice', 'Politecnico'];
  const REVIEWED = { en: 'Delivery is postponed to 2026.', ja: '納入は2026年に延期された。' } as const;
  const REVIEWED_AT = '2025-11-21T10:00:00+01:00';
  /** The withdrawal line a desk reads first, by language and state of the reason's translation. */
  const LINE = {
    it: { untranslated: `COMUNICATO RITIRATO IL 20 NOVEMBRE 2025: ${REASON}`, reviewed: `COMUNICATO RITIRATO IL 20 NOVEMBRE 2025: ${REASON}` },
    en: { untranslated: `WITHDRAWN ON 20 NOVEMBER 2025: ${REASON} (in Italian)`, reviewed: `WITHDRAWN ON 20 NOVEMBER 2025: ${REVIEWED.en}` },
    ja: { untranslated: `【配信取り消し】2025年11月20日：${REASON}（イタリア語原文）`, reviewed: `【配信取り消し】2025年11月20日：${REVIEWED.ja}` },
  } as const;
  const MARK = { it: '[Ritirato] ', en: '[Withdrawn] ', ja: '【配信取り消し】' } as const;
  const HEADLINE = { it: 'Ospedali, 40 robot per la logistica', en: '[en] Ospedali, 40 robot per la logistica', ja: '[ja] Ospedali, 40 robot per la logistica' } as const;
  // The office in each language, as the project's glossary names it.
  const ISSUER = { it: 'COMUNICATO STAMPA – Regione Piemonte', en: 'PRESS RELEASE – Piedmont Region', ja: '【プレスリリース】ピエモンテ州' } as const;
  type Language = keyof typeof LINE;
  type ReasonState = keyof (typeof LINE)['it'];

  /** A wire paragraph as one line: Japanese wraps without spaces, the others at one. */
  const unwrapped = (language: Language, paragraph: string) => (language === 'ja' ? paragraph.replace(/\s+/g, '') : paragraph.replace(/\n/g, ' '));
  const withOffice = () => project.write('package.json', JSON.stringify({ pressroom: { office: { name: 'Regione Piemonte' } } }));

  /** The reason translated and reviewed in en and ja, the rest of each memory as it was. */
  function reviewReason(): void {
    const [parsed] = loadReleases([{ path: 'releases/robot.md', text: WITHDRAWN }]).releases;
    const reason = parsed!.segments.find((segment) => segment.source === REASON)!;
    for (const language of ['en', 'ja'] as const) {
      const path = `locales/${language}/releases/robot.json`;
      const memory = JSON.parse(read(path)) as { segments: Record<string, unknown> };
      memory.segments[reason.key] = { source: REASON, target: REVIEWED[language], state: 'reviewed', engine: 'human', updated: REVIEWED_AT };
      project.write(path, `${JSON.stringify(memory, null, 2)}\n`);
    }
  }

  /** Where a translation's kill points: the Italian notice, named as one. */
  const ITALIAN_NOTICE: Record<'en' | 'ja', { link: string; at: string }> = {
    en: { link: 'Read the withdrawal notice in Italian', at: 'The withdrawal notice in Italian: ' },
    ja: { link: 'イタリア語版の配信取り消し通知を読む', at: 'イタリア語版の配信取り消し通知：' },
  };

  /** Every file agencies and readers get of the release in `language`, and the feeds, hold none of its text. */
  function expectNoText(language: Language, root = 'out'): void {
    const files = root === 'out' ? [`out/${language}/robot/index.html`, `out/${language}/robot/wire.txt`, `out/${language}/robot/ninjs.json`, `out/${language}/robot/quotes.json`, `out/${language}/feed.xml`, `out/${language}/feed.json`, `out/${language}/index.html`] : [`${root}/${language}/robot/wire.txt`, `${root}/${language}/robot/ninjs.json`];
    for (const path of files) for (const words of BODY) expect(read(path), `${path}: ${words}`).not.toContain(words);
  }

  /** The kill notice in `language`: line, headline, status, versions, no text, in page, wire, ninjs, quotes.json, feeds and index. */
  function expectKill(language: Language, state: ReasonState, filed: Record<string, unknown>, version: string): void {
    const line = LINE[language][state];
    const wire = read(`out/${language}/robot/wire.txt`);
    const paragraphs = wire.split('\n\n');
    // Nothing comes before the withdrawal: no furniture, no embargo or machine-translation line; then who issues it.
    expect(wire.split('\n')[0]).toMatch(/^(COMUNICATO RITIRATO IL|WITHDRAWN ON|【配信取り消し】)/);
    expect(unwrapped(language, paragraphs[0]!)).toBe(unwrapped(language, line));
    expect(paragraphs[1]).toBe(ISSUER[language]);
    expect(paragraphs.map((paragraph) => unwrapped(language, paragraph))).toContain(unwrapped(language, HEADLINE[language]));
    expect(wire.trimEnd().endsWith(language === 'ja' ? '以上' : '###')).toBe(true);

    const item = ninjs(language);
    expect(ninjsErrors(item)).toEqual([]);
    expect(item).toMatchObject({ uri: filed.uri, pubStatus: 'canceled', version, firstCreated: filed.firstCreated, headlines: filed.headlines, edNote: line });
    expect(item).not.toHaveProperty('people');
    expect(item).not.toHaveProperty('embargoedUntil');
    // The plain-text body opens with it too: an ingest that shows the body shows the kill.
    expect(unwrapped(language, (item.bodies as { value: string }[])[0]!.value.split('\n\n')[0]!)).toBe(unwrapped(language, line));

    // Japanese pages break between phrases (<wbr>).
    const page = read(`out/${language}/robot/index.html`).replace(/<wbr>/g, '');
    expect(page).toContain(`<title>${MARK[language]}${HEADLINE[language]}`);
    expect(page).toContain('class="withdrawn"');
    // A translation links the Italian, which is only the kill notice too: the link says so, in page, wire and ninjs.
    if (language === 'it') expect(page).not.toContain('href="../../it/robot/"');
    else {
      expect(page).toContain(`<a href="../../it/robot/" hreflang="it">${ITALIAN_NOTICE[language].link}</a>`);
      expect(page).not.toMatch(/Italian original|イタリア語原文を読む/);
      expect(paragraphs.map((paragraph) => unwrapped(language, paragraph))).toContain(`${ITALIAN_NOTICE[language].at}https://pressroom.example/it/robot/`);
      expect((item.bodies as { value: string }[])[0]!.value.split('\n\n').at(-1)).toBe(`${ITALIAN_NOTICE[language].at}https://pressroom.example/it/robot/`);
    }
    if (state === 'untranslated' && language !== 'it') expect(page).toContain(`<span lang="it">${REASON}</span>`);
    else expect(page).not.toContain('<span lang="it">');

    expect(JSON.parse(read(`out/${language}/robot/quotes.json`))).toEqual(
      expect.objectContaining({ quotes: [], withdrawn: { date: '2025-11-20T10:00:00+01:00', reason: state === 'reviewed' && language !== 'it' ? REVIEWED[language] : REASON } }),
    );
    expect(feedItem(language)!.title).toBe(`${MARK[language]}${HEADLINE[language]}`);
    expect(read(`out/${language}/index.html`).replace(/<wbr>/g, '')).toContain(`${MARK[language]}${HEADLINE[language]}`);
    expectNoText(language);
  }

  const cases: [Language, ReasonState][] = [['it', 'untranslated'], ['it', 'reviewed'], ['en', 'untranslated'], ['en', 'reviewed'], ['ja', 'untranslated'], ['ja', 'reviewed']];
  it.each(cases)('in %s, the reason %s: the withdrawal line first, the filed headline, no text of the release anywhere', async (language, state) => {
    withOffice();
    memories();
    expect((await buildIn(project.root, { now: FIRST })).exitCode).toBe(0);
    const filed = ninjs(language);
    expect(filed).toMatchObject({ pubStatus: 'usable', version: '1' });

    project.write('releases/robot.md', WITHDRAWN);
    if (state === 'reviewed') reviewReason();
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    // Whoever runs the build learns what agencies were told: a notice, nothing published.
    expect(result.stdout).toMatch(new RegExp(`^${language}: 0 published, 1 notice to agencies \\(robot: withdrawn\\)$`, 'm'));
    expectKill(language, state, filed, '2');
    expect(ninjs(language).versionCreated).toBe(state === 'reviewed' && language !== 'it' ? REVIEWED_AT : '2025-11-20T10:00:00+01:00');
  });

  it('stays a kill when the reason’s translation is reviewed later: a new version with the reason, never the text again', async () => {
    withOffice();
    memories();
    await buildIn(project.root, { now: FIRST });
    const filed = { it: ninjs('it'), en: ninjs('en'), ja: ninjs('ja') };
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    for (const language of ['it', 'en', 'ja'] as const) expectKill(language, 'untranslated', filed[language], '2');
    const italian = read('out/it/robot/ninjs.json');

    reviewReason();
    await buildIn(project.root, { now: LATEST });
    expectKill('en', 'reviewed', filed.en, '3');
    expectKill('ja', 'reviewed', filed.ja, '3');
    expect(ninjs('en').versionCreated).toBe(REVIEWED_AT);
    // What Italian agencies were told does not change with a translation.
    expect(read('out/it/robot/ninjs.json')).toBe(italian);
    expectKill('it', 'reviewed', filed.it, '2');
  });

  it('gives the reason in Italian, labelled, when its reviewed translation fails a check (a number lost)', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    project.write('releases/robot.md', WITHDRAWN);
    reviewReason();
    editMemory('en', (entry) => (entry.target = String(entry.target).replace('2026', 'next year')));
    expect((await buildIn(project.root, { now: LATER })).exitCode).toBe(0);
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled', edNote: LINE.en.untranslated });
    expect(ninjs('ja')).toMatchObject({ pubStatus: 'canceled', edNote: LINE.ja.reviewed });
  });

  it('kills the embargoed copies agencies hold in the private tree, at once, and publishes the kill when the embargo would have lifted', async () => {
    const EMBARGOED = ROBOTS.replace('dateline:', 'embargo: 2025-12-06T12:00:00+01:00\ndateline:');
    withOffice();
    project.write('releases/robot.md', EMBARGOED);
    memories(EMBARGOED);
    await buildIn(project.root, { now: FIRST });
    expect(read('out-private/en/robot/wire.txt')).toContain('consegna 40 robot');

    project.write('releases/robot.md', EMBARGOED.replace('dateline:', `updated: 2025-11-20T10:00:00+01:00\nstatus: withdrawn\nreason: ${REASON}\ndateline:`));
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    expect(exists('out/it/robot/index.html')).toBe(false);
    for (const language of ['it', 'en', 'ja'] as const) {
      const wire = read(`out-private/${language}/robot/wire.txt`);
      // The kill replaces the embargoed copy, without the embargo line: it holds from now, not from the embargo.
      expect(unwrapped(language, wire.split('\n\n')[0]!)).toBe(unwrapped(language, LINE[language].untranslated));
      expect(wire).not.toMatch(/EMBARGO|報道解禁/);
      const item = JSON.parse(read(`out-private/${language}/robot/ninjs.json`)) as Record<string, unknown>;
      expect(ninjsErrors(item)).toEqual([]);
      expect(item).toMatchObject({ pubStatus: 'canceled', edNote: LINE[language].untranslated });
      expect(item).not.toHaveProperty('embargoedUntil');
      expect(item).not.toHaveProperty('people');
      expectNoText(language, 'out-private');
    }

    await buildIn(project.root, { now: LATEST });
    expect(exists('out-private/en/robot/wire.txt')).toBe(false);
    for (const language of ['it', 'en', 'ja'] as const) {
      expect(ninjs(language)).toMatchObject({ pubStatus: 'canceled', edNote: LINE[language].untranslated });
      expectNoText(language);
    }
  });
});

describe('tombstones: a published translation that is no longer current', () => {
  // Whether Japanese stays current: an edit of the Italian makes it stale too.
  const ways: [string, () => void, boolean][] = [
    ['the Italian changed under it (stale)', () => project.write('releases/robot.md', ROBOTS.replace('40 robot agli', '42 robot agli')), false],
    ['a segment went back to machine translation', () => editMemory('en', (entry) => (entry.state = 'machine')), true],
    ['a check error (a number lost)', () => editMemory('en', (entry) => (entry.target = String(entry.target).replace('40', 'quaranta'))), true],
  ];
  it.each(ways)('is withheld, never published unreviewed, when %s; agencies get a new version saying so', async (_way, change, japaneseCurrent) => {
    memories();
    await buildIn(project.root, { now: FIRST });
    const filed = ninjs('en');
    change();
    const result = await buildIn(project.root, { now: LATER });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^en: 0 published, 1 (withheld|skipped) \(.*robot\), 1 notice to agencies \(robot: being updated\)$/m);
    const item = ninjs('en');
    expect(ninjsErrors(item)).toEqual([]);
    expect(item).toMatchObject({ uri: filed.uri, pubStatus: 'withheld', version: '2', versionCreated: '2025-12-05T08:00:00Z', headlines: filed.headlines });
    expect(item.edNote).toMatch(/^The English version of this release is being updated after a change to the Italian original: do not use the earlier English version\b.*https:\/\/pressroom\.example\/it\/robot\/$/);
    expect(JSON.stringify(item.bodies)).not.toContain('[en]');
    const page = read('out/en/robot/index.html');
    expect(page).toMatch(/<title>\[Being updated\] \[en\] Ospedali, 40 robot per la logistica – Press room<\/title>/);
    expect(page).toContain('href="../../it/robot/"');
    expect(page).not.toMatch(/consegna 4\d robot|quaranta/);
    // Its own class: an ingest that looks for the machine-translation label must not find one on a notice.
    expect(page).toContain('<p class="withheld" role="note">');
    expect(page).not.toContain('class="machine"');
    expect(JSON.stringify(item.bodies)).not.toContain('class=\\"machine\\"');
    expect(read('out/en/robot/wire.txt')).toMatch(/^WITHHELD - TRANSLATION BEING UPDATED$/m);
    expect(JSON.parse(read('out/en/robot/quotes.json'))).toMatchObject({ withheld: true, quotes: [] });
    expect(feedItem('en')!.title).toBe('[Being updated] [en] Ospedali, 40 robot per la logistica');
    expect(feedItem('en')!.updated?.toISOString()).toBe('2025-12-05T08:00:00.000Z');
    // Japanese, where still current, is untouched.
    expect(ninjs('ja')).toMatchObject(japaneseCurrent ? { pubStatus: 'usable', version: '1' } : { pubStatus: 'withheld', version: '2' });
  });

  it('keeps the same version and bytes on later builds, and publishes the next reviewed text as a new version', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    const edited = ROBOTS.replace('40 robot agli', '42 robot agli');
    project.write('releases/robot.md', edited);
    await buildIn(project.root, { now: LATER });
    const withheld = read('out/en/robot/ninjs.json');
    // A build from scratch, later, tells agencies the same thing.
    for (const dir of ['out', 'out-private', '.out-state']) rmSync(join(project.root, dir), { recursive: true, force: true });
    await buildIn(project.root, { now: LATEST });
    expect(read('out/en/robot/ninjs.json')).toBe(withheld);

    memories(edited, ['en']);
    editMemory('en', (entry) => (entry.updated = '2025-12-08T10:00:00+01:00'));
    await buildIn(project.root, { now: LATEST });
    expect(ninjs('en')).toMatchObject({ pubStatus: 'usable', version: '3', versionCreated: '2025-12-08T10:00:00+01:00' });
    expect(read('out/en/robot/wire.txt')).toContain('42 robot');
  });
});

describe('tombstones: what was published, known from out/ when the record is gone', () => {
  it('takes the versions in out/ as what agencies filed (a project built before the record existed)', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    rmSync(join(project.root, '.pressroom/published'), { recursive: true });
    project.write('releases/robot.md', ROBOTS.replace('40 robot agli', '42 robot agli'));
    await buildIn(project.root, { now: LATER });
    expect(ninjs('en')).toMatchObject({ pubStatus: 'withheld', version: '2' });
    // The Italian, whose text changed, is a new version too.
    expect(ninjs('it')).toMatchObject({ pubStatus: 'usable', version: '2' });
  });

  it('never writes the record through a link leading out of the project', async () => {
    memories();
    const elsewhere = mkdtempSync(join(tmpdir(), 'pressroom-elsewhere-'));
    try {
      symlinkSync(elsewhere, join(project.root, '.pressroom'));
      const result = await buildIn(project.root, { now: FIRST });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toMatch(/^releases\/robot\.md:1:1: warning: what was published of this release could not be recorded \(.*outside the project.*\[pressroom:publication-record\]$/m);
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(ninjs('en')).toMatchObject({ pubStatus: 'usable', version: '1' });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('says so for each release refused, naming its own record, on every thread', async () => {
    memories();
    for (let index = 0; index < 20; index++) project.write(`releases/altro-${index}.md`, ROBOTS.replace('title:', `title: Altro ${index} —`));
    const elsewhere = mkdtempSync(join(tmpdir(), 'pressroom-elsewhere-'));
    try {
      symlinkSync(elsewhere, join(project.root, '.pressroom'));
      const result = await buildIn(project.root, { now: FIRST, jobs: 2, languages: ['it'] });
      for (const id of ['robot', ...Array.from({ length: 20 }, (_, index) => `altro-${index}`)]) {
        expect(result.stderr).toContain(`releases/${id}.md:1:1: warning: what was published of this release could not be recorded (.pressroom/published/${id}.json: `);
      }
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('with the record corrupt, follows out/ and says so, leaving the file as it is: no kill issued again under an earlier version', async () => {
    memories();
    await buildIn(project.root, { now: FIRST });
    // A reviewer's edit after publication: version 2 in English, which the release's dates do not give.
    editMemory('en', (entry) => (entry.target = `${String(entry.target)}.`));
    await buildIn(project.root, { now: LATER });
    expect(ninjs('en').version).toBe('2');
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATEST });
    const kill = read('out/en/robot/ninjs.json');
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled', version: '3' });

    // Cut short (a disk full, a bad merge): unreadable as JSON.
    const corrupt = read('.pressroom/published/robot.json').slice(0, 40);
    project.write('.pressroom/published/robot.json', corrupt);
    for (let build = 0; build < 2; build++) {
      // The release rendered again (its file touched, nothing an agency receives changed).
      project.write('releases/robot.md', `${WITHDRAWN}${'\n'.repeat(build + 1)}`);
      const result = await buildIn(project.root, { now: new Date(LATEST.getTime() + 3_600_000) });
      expect(read('out/en/robot/ninjs.json'), 'the kill agencies hold, not one numbered again').toBe(kill);
      expect(result.stderr).toMatch(/^releases\/robot\.md:1:1: warning: \.pressroom\/published\/robot\.json cannot be read .*\[pressroom:publication-record\]$/m);
      expect(read('.pressroom/published/robot.json'), 'the corrupt record is left for someone to repair').toBe(corrupt);
    }
  });

  it('warns of a kill numbered blind only where it is handed out: a preview (pressroom dev) publishes nothing', async () => {
    memories();
    // A withdrawn release in a fresh clone: no record, no earlier trees.
    project.write('releases/robot.md', WITHDRAWN);
    const preview = await buildIn(project.root, { now: LATER, session: {} });
    expect(preview.exitCode).toBe(0);
    expect(ninjs('en').pubStatus).toBe('canceled');
    expect(preview.stderr).not.toContain('kill-version');
    const build = await buildIn(project.root, { now: LATER, out: 'published' });
    expect(build.stderr).toContain('[pressroom:kill-version]');
  });

  it('but not from a preview, which publishes nothing and records nothing', async () => {
    memories();
    await buildIn(project.root, { now: FIRST, session: {} });
    expect(exists('.pressroom/published/robot.json')).toBe(false);
  });
});

describe('tombstones: only for what was published', () => {
  it('leaves a language that was never published absent', async () => {
    memories(ROBOTS, ['en']);
    await buildIn(project.root, { now: FIRST });
    expect(exists('out/ja/robot/ninjs.json')).toBe(false);
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    expect(exists('out/ja/robot/ninjs.json')).toBe(false);
    expect(exists('out/ja/robot/index.html')).toBe(false);
    expect(ninjs('en')).toMatchObject({ pubStatus: 'canceled' });
  });

  it('leaves absent a translation that was incomplete while the release was public', async () => {
    memories(ROBOTS, ['en'], (source) => source.startsWith('Il Politecnico'));
    await buildIn(project.root, { now: FIRST });
    expect(exists('out/en/robot/index.html')).toBe(false);
    project.write('releases/robot.md', WITHDRAWN);
    await buildIn(project.root, { now: LATER });
    expect(exists('out/en/robot/index.html')).toBe(false);
  });
});
