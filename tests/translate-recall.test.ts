// The memory across releases (issue 19, point 5): a paragraph reviewed in one release is not billed again in another.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { translateProject } from '../pipeline/project/translate-run.ts';
import type { Release, Segment } from '../pipeline/release.ts';
import { htmlKey, readInlineAsWritten } from '../pipeline/inline/index.ts';
import { recallPending, reviewedIndex } from '../pipeline/translate/recall.ts';
import { entry } from './helpers/review.ts';
import { billedCharacters } from '../pipeline/translate/billing.ts';
import type { Memory } from '../pipeline/translate/memory.ts';
import { startDeepLServer, type DeepLTestServer } from './deepl-server.ts';
import { makeProject, release, type Project } from './helpers/project.ts';

const SHARED = `contacts:
  - { name: Laura Ferrero, role: Ufficio stampa della Giunta regionale, email: laura@example.org }
boilerplate: La Regione Piemonte sostiene le imprese del territorio con bandi, garanzie e servizi per l’export.`;
const FIRST = release(`title: Pmi, 12 milioni per l’innovazione digitale\ndate: 2025-10-14T10:00:00+02:00\n${SHARED}`, 'Il bando sostiene progetti tra 25.000 e 250.000 euro.');
const SECOND = release(`title: Export, 40 imprese alla fiera di Milano\ndate: 2025-11-20T09:00:00+01:00\n${SHARED}`, 'Le imprese partecipano gratis alla fiera.');

let server: DeepLTestServer;
let project: Project;
beforeEach(async () => {
  server = await startDeepLServer();
  project = makeProject();
  project.write('releases/bando-pmi.md', FIRST);
  project.write('releases/fiera-export.md', SECOND);
});
afterEach(async () => {
  project?.remove();
  await server.close();
});

const parse = (id: string, text: string): Release => loadReleases([{ path: `releases/${id}.md`, text }]).releases[0]!;
const memoryPath = (id: string) => join(project.root, `locales/en/releases/${id}.json`);
const memory = (id: string) => JSON.parse(readFileSync(memoryPath(id), 'utf8')) as Memory;

async function translate(releases: string[], dryRun = false): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const io = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) };
  const code = await translateProject(
    { root: project.root, languages: ['en'], releases, dryRun, english: 'en-GB', concurrency: 2, env: { DEEPL_AUTH_KEY: 'any-key', DEEPL_SERVER_URL: server.url }, now: () => new Date('2025-11-20T10:00:00Z') },
    io,
  );
  return { code, lines };
}

/** The first release translated, and its boilerplate and contact reviewed by a person. */
async function reviewFirst(): Promise<Record<string, string>> {
  expect((await translate(['bando-pmi'])).code).toBe(0);
  const first = memory('bando-pmi');
  const reviewed: Record<string, string> = {};
  for (const segment of parse('bando-pmi', FIRST).segments) {
    if (segment.kind !== 'boilerplate' && segment.kind !== 'contact-role') continue;
    const target = segment.kind === 'boilerplate' ? 'The Piedmont Region supports local businesses with calls, guarantees and export services.' : 'Press office of the Regional Government';
    first.segments[segment.key] = { ...first.segments[segment.key]!, target, state: 'reviewed', engine: 'human', reviewer: 'Laura' };
    reviewed[segment.source] = target;
  }
  writeFileSync(memoryPath('bando-pmi'), `${JSON.stringify(first, null, 2)}\n`);
  return reviewed;
}

describe('translate: the memory across releases', () => {
  it('bills 0 characters for the boilerplate and contact a reviewed release shares, and the dry run agrees', async () => {
    const reviewed = await reviewFirst();
    expect(Object.keys(reviewed)).toHaveLength(2);
    const second = parse('fiera-export', SECOND);
    const shared = second.segments.filter((segment) => reviewed[segment.source] !== undefined);
    expect(shared.map((segment) => segment.kind).sort()).toEqual(['boilerplate', 'contact-role']);
    const own = second.segments.filter((segment) => reviewed[segment.source] === undefined);
    const expected = own.reduce((sum, segment) => sum + billedCharacters(segment.content), 0);

    const dry = await translate(['fiera-export'], true);
    expect(dry.lines).toContain(`total: ${expected} characters would be billed for ${own.length} segments (dry run, nothing sent)`);
    expect(dry.lines).toContain('fiera-export en: 2 segments would be taken from the reviewed translations of bando-pmi, 0 characters (to confirm in the review desk)');

    const before = server.translations().length;
    const run = await translate(['fiera-export']);
    expect(run.code).toBe(0);
    expect(run.lines).toContain(`total: ${expected} characters billed for ${own.length} segments`);
    const sent = server.translations().slice(before).flatMap((request) => request.params.text ?? []);
    for (const segment of shared) expect(sent).not.toContain(segment.source);
    expect(sent).toHaveLength(own.length);

    // Filled from the reviewed translation, marked where it came from, left for the reviewer to confirm.
    const filled = memory('fiera-export');
    for (const segment of shared) {
      expect(filled.segments[segment.key]).toMatchObject({ target: reviewed[segment.source], state: 'machine', engine: 'memory:bando-pmi' });
    }
    for (const segment of own) expect(filled.segments[segment.key]!.engine).not.toMatch(/^memory:/);
  });

  it('takes nothing from a machine translation of another release, which is billed as before', async () => {
    expect((await translate(['bando-pmi'])).code).toBe(0);
    const second = parse('fiera-export', SECOND);
    const all = second.segments.reduce((sum, segment, index, list) => (list.findIndex((item) => item.key === segment.key) === index ? sum + billedCharacters(segment.content) : sum), 0);
    const dry = await translate(['fiera-export'], true);
    expect(dry.lines.some((line) => line.includes('taken from the reviewed translations'))).toBe(false);
    expect(dry.lines.at(-1)).toMatch(new RegExp(`^total: ${all} characters would be billed`));
  });
});

describe('translate: the memory across releases reads the Italian as the inline module does', () => {
  it('recalls a reviewed translation whose Italian numbers its quote otherwise and spells & otherwise, renumbering the quote', () => {
    const other: Memory = { release: 'altro', language: 'en', segments: { k: entry('“<q data-quote="q3">Bene</q>”, dice Rossi &amp; Bianchi', '“<q data-quote="q3">Good</q>”, says Rossi &amp; Bianchi', { state: 'reviewed' }) } };
    const source = '“<q data-quote="q1">Bene</q>”, dice Rossi &#x26; Bianchi';
    const segment: Segment = { key: htmlKey(source), kind: 'paragraph', content: readInlineAsWritten(source), source, position: { line: 1, column: 1 } };
    const { recalled, rest } = recallPending({ id: 'questo' } as Release, [{ segment, reason: 'missing' }], reviewedIndex([other]));
    expect(rest).toEqual([]);
    expect(recalled.map(({ target, engine }) => [target, engine])).toEqual([['“<q data-quote="q1">Good</q>”, says Rossi &#x26; Bianchi', 'memory:altro']]);
  });

  it('recalls nothing for other words or other markup', () => {
    const other: Memory = { release: 'altro', language: 'en', segments: { k: entry('Dice <em>Rossi</em>', 'Says <em>Rossi</em>', { state: 'reviewed' }) } };
    for (const source of ['Dice Rossi', 'Dice <strong>Rossi</strong>', 'Dice <em>Bianchi</em>']) {
      const segment: Segment = { key: htmlKey(source), kind: 'paragraph', content: readInlineAsWritten(source), source, position: { line: 1, column: 1 } };
      expect(recallPending({ id: 'questo' } as Release, [{ segment, reason: 'missing' }], reviewedIndex([other])).recalled).toEqual([]);
    }
  });
});
