// Roles translated: a speaker's role is a memory segment like any other, so quotes.json, ninjs, JSON-LD and the
// page's quote tooltips give it in their own language; the parts of an interrupted quote are joined with a space.
import { describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { buildProject } from './helpers/build.ts';
import { withoutQuoteMarkers } from './helpers/fixture.ts';
import { EN, FIXTURE, FIXTURE_ID, FIXTURE_PATH, fixtureInput, JA } from './helpers/fixture.ts';
import { jsonLd } from './helpers/html.ts';
import { release } from './helpers/project.ts';

const AFTER = new Date('2026-01-01T00:00:00Z');
type QuotesJson = { quotes: { id: string; text: string; parts: string[]; speaker: { name: string; role: string | null } }[] };

describe('roles: a speaker’s role is a segment of the memory', () => {
  it('cuts each quoted speaker’s role into a speaker-role segment, once', () => {
    const [parsed] = loadReleases([{ path: FIXTURE_PATH, text: FIXTURE }]).releases;
    const roles = parsed!.segments.filter((segment) => segment.kind === 'speaker-role');
    expect(roles.map((segment) => segment.source)).toEqual(['assessora regionale all’Innovazione']);
    expect(parsed!.speakerRoles).toEqual(roles);
  });

  it('holds a language back while a role is untranslated, like any missing segment', async () => {
    const ja = { ...JA };
    delete ja['assessora regionale all’Innovazione'];
    const { files, reports } = await buildProject(await fixtureInput({ now: AFTER }, { en: EN, ja }));
    expect(files.has(`ja/${FIXTURE_ID}/quotes.json`)).toBe(false);
    expect(files.has(`en/${FIXTURE_ID}/quotes.json`)).toBe(true);
    expect(reports.flatMap((report) => report.messages.map(String)).join('\n')).toMatch(/no 日本語 translation for this speaker-role/);
  });
});

describe('roles: in the language of each output', () => {
  it('gives quotes.json the speaker’s role in its language, and the name as its text writes it', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    const speaker = (language: string) => (JSON.parse(files.get(`${language}/${FIXTURE_ID}/quotes.json`)!) as QuotesJson).quotes[0]!.speaker;
    expect(speaker('it')).toEqual({ name: 'Chiara Bellini', role: 'assessora regionale all’Innovazione' });
    expect(speaker('en')).toEqual({ name: 'Chiara Bellini', role: 'regional councillor for Innovation' });
    expect(speaker('ja')).toEqual({ name: 'キアラ・ベッリーニ', role: '州イノベーション担当評議員' });
  });

  it('names speakers and roles in the page’s language, in the quote tooltips and the JSON-LD', async () => {
    const { files } = await buildProject(await fixtureInput({ now: AFTER }));
    const page = (language: string) => files.get(`${language}/${FIXTURE_ID}/index.html`)!;
    expect(page('en')).toContain('<q data-quote="q1" data-speaker="Chiara Bellini" title="Chiara Bellini, regional councillor for Innovation">');
    expect(page('ja')).toMatch(/<q data-quote="q1" data-speaker="キアラ・ベッリーニ" title="キアラ・ベッリーニ（州イノベーション担当評議員）">/);
    const [article] = jsonLd(page('ja')) as { mentions: unknown[] }[];
    expect(article!.mentions).toEqual([{ '@type': 'Person', name: 'キアラ・ベッリーニ', jobTitle: '州イノベーション担当評議員' }]);
    expect(page('ja')).not.toContain('assessora');
    expect(page('en')).not.toContain('assessora');
  });
});

describe('roles: an interrupted quote in quotes.json', () => {
  const SOURCE = release(
    'title: Bando\ndate: 2025-10-14T10:00:00+02:00',
    '“Con questo bando – dichiara Marco Rossi, assessore regionale allo Sviluppo economico – vogliamo che la trasformazione digitale arrivi a tutti”.',
  );
  const EN_TEXT = {
    'Bando': 'Call',
    'assessore regionale allo Sviluppo economico': 'regional minister for Economic Development',
  } as Record<string, string>;
  const JA_TEXT = { 'Bando': '公募', 'assessore regionale allo Sviluppo economico': '州経済開発担当評議員' } as Record<string, string>;

  it('joins the parts with a space, and in Japanese, which sets no spaces between words, with none', async () => {
    const [parsed] = loadReleases([{ path: FIXTURE_PATH, text: SOURCE }]).releases;
    const paragraph = parsed!.segments.find((segment) => segment.kind === 'paragraph')!;
    EN_TEXT[withoutQuoteMarkers(paragraph.source)] = '“<q data-quote="q1">With this call</q>,” says Marco Rossi, regional minister for Economic Development, “<q data-quote="q1">we want digital transformation to reach everyone</q>.”';
    JA_TEXT[withoutQuoteMarkers(paragraph.source)] = '州経済開発担当評議員のマルコ・ロッシ氏は「<q data-quote="q1">この公募によって</q>」と述べ、「<q data-quote="q1">デジタル変革をすべての企業に届けたい</q>」と語った。';
    const { files } = await buildProject(await fixtureInput({ now: AFTER }, { en: EN_TEXT, ja: JA_TEXT }, SOURCE));
    const quote = (language: string) => (JSON.parse(files.get(`${language}/${FIXTURE_ID}/quotes.json`)!) as QuotesJson).quotes[0]!;
    expect(quote('it').parts).toEqual(['Con questo bando', 'vogliamo che la trasformazione digitale arrivi a tutti']);
    expect(quote('it').text).toBe('Con questo bando vogliamo che la trasformazione digitale arrivi a tutti');
    expect(quote('en').text).toBe('With this call we want digital transformation to reach everyone');
    expect(quote('ja').text).toBe('この公募によってデジタル変革をすべての企業に届けたい');
    expect(quote('ja').speaker).toEqual({ name: 'マルコ・ロッシ', role: '州経済開発担当評議員' });
  });
});
