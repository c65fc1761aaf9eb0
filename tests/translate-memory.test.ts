import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { htmlKey, readInlineAsWritten } from '../pipeline/inline/index.ts';
import type { Release, Segment } from '../pipeline/release.ts';
import { applyMachineTranslations, type MachineTranslation } from '../pipeline/translate/apply.ts';
import { batchRelease } from '../pipeline/translate/batches.ts';
import { billedCharacters } from '../pipeline/translate/billing.ts';
import { glossaryDictionaries, glossaryName } from '../pipeline/translate/glossary.ts';
import { readGlossary } from '../pipeline/glossary.ts';
import type { Memory, MemoryEntry } from '../pipeline/translate/memory.ts';
import { currentTarget } from '../pipeline/translate/memory-match.ts';
import { pendingSegments } from '../pipeline/translate/pending.ts';
import { billable } from './deepl-server.ts';
import { release as releaseText } from './helpers/project.ts';

const STAMP = { engine: 'deepl', updated: '2025-10-15T09:00:00.000Z' };
const FRONT = 'title: Bando Pmi\ndate: 2025-10-14T10:00:00+02:00';

function load(body: string, front = FRONT): Release {
  const { releases } = loadReleases([{ path: 'releases/bando-pmi.md', text: releaseText(front, body) }]);
  return releases[0]!;
}

function entry(source: string, target: string, state: MemoryEntry['state'] = 'machine', extra: Partial<MemoryEntry> = {}): MemoryEntry {
  return { source, target, state, engine: state === 'reviewed' ? 'human' : 'deepl', updated: '2025-10-14T10:00:00+02:00', ...extra };
}

function memoryOf(entries: MemoryEntry[]): Memory {
  return { release: 'bando-pmi', language: 'en', segments: Object.fromEntries(entries.map((e) => [htmlKey(e.source), e])) };
}

const translateAll = (release: Release, memory: Memory) =>
  applyMachineTranslations(release, memory, pendingSegments(release, memory).map((pending) => ({ pending, target: `EN ${pending.segment.source}` })), STAMP);

describe('translate: which segments need the machine', () => {
  const release = load('Primo paragrafo sul bando regionale.\n\nSecondo paragrafo sulle domande online.\n\nTerzo paragrafo.');
  const [title, first, second, third] = release.segments as [Segment, Segment, Segment, Segment];

  it('a segment with no entry is missing; one with a current entry is not', () => {
    const pending = pendingSegments(release, memoryOf([entry(title.source, 'Call for SMEs'), entry(first.source, 'First paragraph.')]));
    expect(pending.map((item) => [item.segment.key, item.reason])).toEqual([
      [second.key, 'missing'],
      [third.key, 'missing'],
    ]);
  });

  it('an edited segment is stale and points at its old entry', () => {
    const old = 'Primo paragrafo sul bando regionale per le imprese.';
    const pending = pendingSegments(release, memoryOf([entry(title.source, 'T'), entry(old, 'Old first.'), entry(second.source, 'S'), entry(third.source, 'T3')]));
    expect(pending).toEqual([{ segment: first, reason: 'stale', key: htmlKey(old), entry: entry(old, 'Old first.') }]);
  });

  it('never a segment whose current entry is reviewed, even with an empty target; an empty machine target is pending', () => {
    const memory = memoryOf([entry(title.source, '', 'reviewed'), entry(first.source, '', 'machine'), entry(second.source, 'S', 'reviewed'), entry(third.source, 'T3')]);
    expect(pendingSegments(release, memory).map((item) => [item.segment.key, item.reason])).toEqual([[first.key, 'empty']]);
  });

  it('a segment written twice is translated once', () => {
    const twice = load('Stesso testo.\n\nAltro.\n\nStesso testo.');
    expect(pendingSegments(twice, undefined).map((item) => item.segment.source)).toEqual(['Bando Pmi', 'Stesso testo.', 'Altro.']);
  });
});

describe('translate: machine results go into the memory', () => {
  it('a stale segment gets a new entry under its new key, the old source and target kept as previous', () => {
    const old = 'Il bando apre il 15 gennaio alle ore 10.';
    const release = load('Il bando apre il 15 gennaio alle ore 12.');
    const memory = memoryOf([entry('Bando Pmi', 'Call for SMEs', 'reviewed', { reviewer: 'Anna' }), entry(old, 'The call opens on 15 January at 10.', 'reviewed', { reviewer: 'Anna' })]);
    const { memory: after, changed } = translateAll(release, memory);
    expect(changed).toBe(true);
    const key = release.segments[1]!.key;
    expect(after.segments[htmlKey(old)]).toBeUndefined();
    expect(after.segments[key]).toEqual({
      source: 'Il bando apre il 15 gennaio alle ore 12.',
      target: 'EN Il bando apre il 15 gennaio alle ore 12.',
      state: 'machine',
      engine: 'deepl',
      updated: STAMP.updated,
      previous: { source: old, target: 'The call opens on 15 January at 10.', state: 'reviewed' },
    });
    expect(after.segments[release.segments[0]!.key]).toEqual(memory.segments[release.segments[0]!.key]);
    expect(pendingSegments(release, after)).toEqual([]);
  });

  it('editing again before review keeps the reviewed translation as previous, not the machine one', () => {
    const reviewed = 'Il bando apre il 15 gennaio alle ore 10.';
    const machine = 'Il bando apre il 15 gennaio alle ore 12.';
    const release = load('Il bando apre il 16 gennaio alle ore 12.');
    const memory = memoryOf([
      entry('Bando Pmi', 'Call', 'reviewed'),
      entry(machine, 'EN machine', 'machine', { previous: { source: reviewed, target: 'Opens at 10.', state: 'reviewed' } }),
    ]);
    const after = translateAll(release, memory).memory;
    expect(after.segments[release.segments[1]!.key]?.previous).toEqual({ source: reviewed, target: 'Opens at 10.', state: 'reviewed' });
  });

  it('a reviewed current target is never replaced, whatever arrives for it', () => {
    const release = load('Primo paragrafo.');
    const memory = memoryOf([entry('Bando Pmi', 'Call for SMEs', 'reviewed', { reviewer: 'Anna' }), entry('Primo paragrafo.', 'First paragraph.', 'reviewed')]);
    const forced: MachineTranslation[] = release.segments.map((segment) => ({ pending: { segment, reason: 'missing' }, target: 'MACHINE' }));
    const { memory: after, changed } = applyMachineTranslations(release, memory, forced, STAMP);
    expect(changed).toBe(false);
    expect(after.segments).toEqual(memory.segments);
  });

  it('refreshes a current source to the release, renumbering the quote ids of its target, words untouched', () => {
    const source = '“<q data-quote="q2">Ciao a tutti</q>” dice Rossi.';
    const segment: Segment = { key: '', kind: 'paragraph', content: readInlineAsWritten(source), source, position: { line: 1, column: 1 } };
    segment.key = htmlKey(segment.source);
    const release = { ...load('x'), segments: [segment] } as Release;
    const old = entry('“<q data-quote="q1">Ciao a tutti</q>” dice Rossi.', '“<q data-quote="q1">Hello everyone</q>,” says Rossi.', 'reviewed');
    const memory: Memory = { release: 'bando-pmi', language: 'en', segments: { [segment.key]: old } };
    const { memory: after, changed } = applyMachineTranslations(release, memory, [], STAMP);
    expect(changed).toBe(true);
    expect(after.segments[segment.key]).toEqual({ ...old, source: segment.source, target: '“<q data-quote="q2">Hello everyone</q>,” says Rossi.' });
    expect(applyMachineTranslations(release, after, [], STAMP).changed).toBe(false);
  });

  it('keeps entries no segment uses any more', () => {
    const release = load('Nuovo paragrafo completamente diverso.');
    const memory = memoryOf([entry('Bando Pmi', 'Call'), entry('Vecchio testo che non esiste piu sul sito.', 'Old', 'reviewed')]);
    const after = translateAll(release, memory).memory;
    expect(after.segments[htmlKey('Vecchio testo che non esiste piu sul sito.')]).toEqual(memory.segments[htmlKey('Vecchio testo che non esiste piu sul sito.')]);
  });
});

// Open-ended inputs: sentences from a small vocabulary, so that edits are often similar enough to be stale.
const WORDS = ['alfa', 'beta', 'gamma', 'delta', 'eco', 'foxtrot', 'golf', 'hotel'];
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .map(([words, quoted, id]) => (quoted ? `“<q data-quote="q${id}">${words[0]}</q>” ${words.slice(1).join(' ')}.` : `${words.join(' ')}.`));
const state = fc.constantFrom<'machine' | 'reviewed'>('machine', 'reviewed');
const memoryEntry = fc
  .tuple(sentence, fc.string({ minLength: 0, maxLength: 8 }), state, fc.option(fc.tuple(sentence, fc.string(), state), { nil: undefined }))
  .map(([source, target, st, previous]) =>
    entry(source, target && `T ${target}`, st, previous ? { previous: { source: previous[0], target: previous[1], state: previous[2] } } : {}),
  );

function syntheticRelease(sources: string[]): Release {
  const segments = sources.map((source): Segment => ({ key: htmlKey(source), kind: 'paragraph', content: readInlineAsWritten(source), source, position: { line: 1, column: 1 } }));
  return { ...load('x'), segments, title: segments[0]! };
}

/** Every reviewed translation before is still there after: as its entry, or as a reviewed `previous`. */
function assertReviewedKept(release: Release, before: Memory, after: Memory): void {
  const previous = Object.values(after.segments).flatMap((e) => (e.previous ? [JSON.stringify(e.previous)] : []));
  for (const [key, old] of Object.entries(before.segments)) {
    const segment = release.segments.find((candidate) => candidate.key === key);
    if (old.state === 'reviewed' && segment) {
      expect(after.segments[key]?.state).toBe('reviewed');
      expect(after.segments[key]?.target).toBe(currentTarget(segment, old));
    } else if (old.state === 'reviewed') {
      const kept = JSON.stringify(after.segments[key]) === JSON.stringify(old) || previous.includes(JSON.stringify({ source: old.source, target: old.target, state: 'reviewed' }));
      expect(kept).toBe(true);
    }
    if (old.state === 'machine' && old.previous?.state === 'reviewed' && !after.segments[key]) {
      expect(previous).toContain(JSON.stringify(old.previous));
    }
  }
}

describe('translate: merging machine output never drops a reviewed target (property)', () => {
  it('holds for the pending segments, and for any results claimed for any segment', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 6 }),
        fc.array(memoryEntry, { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('missing', 'stale', 'empty'), fc.nat(), fc.string({ minLength: 1, maxLength: 5 })), { maxLength: 6 }),
        (sources, entries, claims) => {
          const release = syntheticRelease(sources);
          const memory = memoryOf(entries);
          const honest = pendingSegments(release, memory).map((pending) => ({ pending, target: `EN ${pending.segment.source}` }));
          const keys = Object.keys(memory.segments);
          const forged: MachineTranslation[] = claims.map(([at, reason, keyAt, target]) => {
            const segment = release.segments[at % release.segments.length]!;
            const key = keys[keyAt % Math.max(keys.length, 1)] ?? 'ffffffffffffffff';
            const pending = reason === 'stale' ? { segment, reason, key, entry: memory.segments[key] ?? entry('x', 'y') } : { segment, reason };
            return { pending, target } as MachineTranslation;
          });
          for (const translations of [honest, forged, [...forged, ...honest]]) {
            const after = applyMachineTranslations(release, memory, translations, STAMP).memory;
            assertReviewedKept(release, memory, after);
          }
          // Translating everything pending leaves nothing pending, and doing it again changes nothing.
          const done = applyMachineTranslations(release, memory, honest, STAMP).memory;
          expect(pendingSegments(release, done)).toEqual([]);
          expect(applyMachineTranslations(release, done, [], STAMP).changed).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('translate: characters billed are counted as DeepL counts them', () => {
  it('counts the text between the tags in code points, entities decoded', () => {
    expect(billedCharacters(readInlineAsWritten('La <em>Regione</em> &amp; “<q data-quote="q1">ciao</q>” <a href="https://example.org/x">qui</a>'))).toBe('La Regione & “ciao” qui'.length);
    expect(billedCharacters(readInlineAsWritten('深 😀 é'))).toBe(5);
  });

  it('agrees with the test server, an independent count, for any inline HTML (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'è', ' ', '&', '<', '>', '"', '深', '😀', '“', '\u00a0'), maxLength: 12 });
    const node = fc.oneof(
      text.map((value) => ({ type: 'text' as const, value })),
      fc.tuple(fc.constantFrom('em', 'strong', 'q', 'code'), text).map(([tagName, value]) => ({
        type: 'element' as const,
        tagName,
        properties: tagName === 'q' ? { dataQuote: 'q1' } : {},
        children: [{ type: 'text' as const, value }],
      })),
    );
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (children) => {
        const html = toHtml({ type: 'root', children });
        expect(billedCharacters(readInlineAsWritten(html))).toBe(billable(html, true));
      }),
    );
  });
});

describe('translate: each segment with its own context', () => {
  it('a new release: every segment once, in order, each with the title and its own neighbours as plain text', () => {
    const release = load('Primo *paragrafo*.\n\nSecondo [paragrafo](https://example.org).\n\nTerzo.');
    const batches = batchRelease(release, pendingSegments(release, undefined));
    expect(batches.map((batch) => [batch.items.map((item) => item.segment.source), batch.context])).toEqual([
      [['Bando Pmi'], 'Primo paragrafo.'],
      // The first and the last paragraph read the same context: one request carries both.
      [['Primo <em>paragrafo</em>.', 'Terzo.'], 'Bando Pmi\n\nSecondo paragrafo.'],
      [['Secondo <a href="https://example.org">paragrafo</a>.'], 'Bando Pmi\n\nPrimo paragrafo.\n\nTerzo.'],
    ]);
  });

  it('segments whose context is the same share a request, within 50 texts', () => {
    const release = load('Prima.\n\nUno.\n\nDopo.\n\nPrima.\n\nDue.\n\nDopo.');
    const batches = batchRelease(release, pendingSegments(release, undefined));
    const shared = batches.find((batch) => batch.items.length > 1)!;
    expect(shared.items.map((item) => item.segment.source)).toEqual(['Uno.', 'Due.']);
    expect(shared.context).toBe('Bando Pmi\n\nPrima.\n\nDopo.');
    expect(batches.flatMap((batch) => batch.items.map((item) => item.segment.key)).sort()).toEqual([...new Set(release.segments.map((segment) => segment.key))].sort());
    const many = batchRelease(release, pendingSegments(release, undefined), { maxTexts: 1, maxBytes: 64 * 1024 });
    expect(many.every((batch) => batch.items.length === 1)).toBe(true);
  });

  it('stays well under the request size limit with long paragraphs', () => {
    const long = 'È più città '.repeat(500);
    // 15 paragraphs of 7.5 KB: as long as a release may be (128 KB).
    const release = load(Array.from({ length: 15 }, (_, i) => `${long}${i}.`).join('\n\n'));
    const batches = batchRelease(release, pendingSegments(release, undefined));
    expect(batches).toHaveLength(16);
    for (const batch of batches) {
      const body = new URLSearchParams([...batch.items.map((item): [string, string] => ['text', item.segment.source]), ['context', batch.context]]).toString();
      expect(Buffer.byteLength(body)).toBeLessThan(64 * 1024);
    }
  });

  it('an edited paragraph goes alone, with the title and its neighbouring paragraphs as plain-text context', () => {
    const release = load('Primo paragrafo.\n\nSecondo *paragrafo* modificato.\n\nTerzo [paragrafo](https://example.org).\n\nQuarto.');
    const memory = memoryOf(release.segments.filter((segment) => !segment.source.startsWith('Secondo') && !segment.source.startsWith('Quarto')).map((s) => entry(s.source, 'EN')));
    const batches = batchRelease(release, pendingSegments(release, memory));
    expect(batches.map((batch) => [batch.items.map((item) => item.segment.source), batch.context])).toEqual([
      [['Secondo <em>paragrafo</em> modificato.'], 'Bando Pmi\n\nPrimo paragrafo.\n\nTerzo paragrafo.'],
      [['Quarto.'], 'Bando Pmi\n\nTerzo paragrafo.'],
    ]);
  });
});

describe('translate: the glossary file becomes DeepL dictionaries', () => {
  const yaml = 'keep:\n  - Ceipiemonte\nterms:\n  Regione Piemonte:\n    en: Piedmont Region\n    ja: ピエモンテ州\n  Ceipiemonte:\n    ja: セイピエモンテ\n';

  it('one dictionary per language: fixed translations, kept terms, a fixed translation winning over keep', () => {
    const glossary = readGlossary(new VFile({ path: 'locales/glossary.yaml', value: yaml }))!;
    expect(glossaryDictionaries(glossary)).toEqual([
      { language: 'en', entries: { Ceipiemonte: 'Ceipiemonte', 'Regione Piemonte': 'Piedmont Region' } },
      { language: 'ja', entries: { Ceipiemonte: 'セイピエモンテ', 'Regione Piemonte': 'ピエモンテ州' } },
    ]);
  });

  it('its name changes with its entries, not with comments or layout', () => {
    const name = (text: string) => glossaryName(glossaryDictionaries(readGlossary(new VFile({ value: text }))!));
    expect(name(`# a comment\n${yaml}`)).toBe(name(yaml));
    expect(name(yaml.replace('Piedmont Region', 'Region of Piedmont'))).not.toBe(name(yaml));
    expect(name(yaml)).toMatch(/^pressroom-[0-9a-f]{12}$/);
  });

  it('reports a broken glossary instead of using it', () => {
    const file = new VFile({ path: 'locales/glossary.yaml', value: 'terms:\n  Regione Piemonte:\n    de: Region Piemont\n' });
    expect(readGlossary(file)).toBeUndefined();
    expect(file.messages[0]?.reason).toMatch(/glossary terms.Regione Piemonte/);
  });
});
