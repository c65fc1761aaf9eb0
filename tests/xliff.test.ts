import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { htmlToInline, inlineToHtml, type Inline as XliffInline } from '../pipeline/xliff/inline.ts';
import type { Text } from 'hast';
import { visit } from 'unist-util-visit';
import { exportXliff, metaValue } from '../pipeline/xliff/export.ts';
import { decodeMetaValue, importXliff } from '../pipeline/xliff/import.ts';
import { XLIFF_NS } from '../pipeline/xliff/dom.ts';
import { htmlKey, readInlineAsWritten } from '../pipeline/inline/index.ts';
import type { Release, Segment } from '../pipeline/release.ts';
import type { Memory, MemoryEntry } from '../pipeline/translate/memory.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { runCli } from './helpers/cli.ts';

const NOW = '2025-10-16T08:00:00+02:00';

/** Inline HTML as segments and translations hold it, with the awkward cases mixed in. */
const fragment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('<em>', '</em>', '<strong>', '</strong>', '<br>', '<br/>', '<code>', '</code>', '<q data-quote="q1">', '<q data-quote="q2">', '</q>'),
  fc.constantFrom('<a href="https://example.org/?a=1&amp;b=2">', '<a title=\'x > y\' href=x>', '</a>', '<span class="x">', '<!-- note -->'),
  fc.constantFrom('&amp;', '&#x26;', '&#x3C;', '&lt;', '&nbsp;', '&copy', '&notit;', '&#0;', '&', '<', '>', '< b', '</>', '"', "'"),
  fc.constantFrom('\r\n', '\r', '\u0001', '\u0085', '\u2028', '\uFFFE', '\t', '  ', 'ピエモンテ州', '«Bene»', '🇮🇹', 'json:'),
);
const inlineHtml = fc.array(fragment, { maxLength: 10 }).map((parts) => parts.join(''));

/** Inline HTML gone wrong the ways hands and tools get it wrong: markup the HTML parser drops, reorders or reads as text. */
const malformed = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom('</em>', '<strong>', '</strong>', '<em/>', '<!-- unclosed', '<!-->', '<!DOCTYPE html>', '</br>', '</p>', '<p>', '</>', '<>', '< em>', '<em', '</em'),
      fc.constantFrom('<a href="x>y" title=\'say "hi"\'>', '<a href=\'a"b\' title="it\'s">', '<img src=x alt="a > b"/>', '<em class = "a" data-x=\'1\'>', '<span title=>', '<q data-quote=q3>'),
      fc.constantFrom('&amp;', '&#x26;', '&#38;', '&#38', '&amp', '&AMP;', '&lt;em&gt;', '&#x3C;/em>', '<', '<<', '\u0000', '<script>&amp;<em></script>', '<textarea>\nx</textarea>', '<table>', '<td>'),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

/** The text an HTML parser reads in `html`, in order: what a translator must see as text, and nothing else. */
function parsedText(html: string): string {
  let text = '';
  visit(readInlineAsWritten(html), 'text', (node: Text) => {
    text += node.value;
  });
  return text;
}

/** The text of XLIFF inline content: plain text and the characters its placeholders stand for. */
function codedText(content: XliffInline[]): string {
  return content.map((node) => (node.type === 'text' ? node.value : node.type === 'ph' && node.kind === 'char' ? node.value : node.type === 'pc' ? codedText(node.children) : '')).join('');
}

/** Line ends and NUL as the HTML parser normalises them in every text alike. */
const comparable = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\0\uFFFD]/g, '');

function releaseOf(sources: string[]): Release {
  const seen = new Set<string>();
  const segments: Segment[] = [];
  sources.forEach((source, index) => {
    const key = htmlKey(source);
    if (seen.has(key)) return;
    seen.add(key);
    segments.push({ key, kind: index === 0 ? 'title' : 'paragraph', content: readInlineAsWritten(source), source, position: { line: index + 1, column: 1 } });
  });
  return {
    path: 'releases/prop.md',
    id: 'prop',
    meta: { id: 'prop', title: 'T', date: '2025-10-14T10:00:00+02:00', contacts: [], tags: [], corrections: [] },
    corrections: [],
    title: segments[0]!,
    body: segments.slice(1).map((segment) => ({ type: 'paragraph' as const, segment })),
    boilerplate: [],
    speakerRoles: [],
    fieldPositions: {},
    contacts: [],
    segments,
    quotes: [],
  };
}

const text = fc.string({ unit: 'grapheme', maxLength: 8 });
const entryArb = fc.record(
  {
    target: inlineHtml,
    state: fc.constantFrom('machine' as const, 'reviewed' as const),
    engine: text.filter((value) => value.length > 0),
    updated: text.filter((value) => value.length > 0),
    reviewer: text,
    previous: fc.record({ source: inlineHtml, target: inlineHtml, state: fc.constantFrom('machine' as const, 'reviewed' as const) }),
  },
  { requiredKeys: ['target', 'state', 'engine', 'updated'] },
);
const releaseWithMemory = fc
  .array(fc.tuple(inlineHtml, fc.option(entryArb, { nil: undefined })), { minLength: 1, maxLength: 5 })
  .map((rows) => {
    const release = releaseOf(rows.map(([source]) => source));
    const segments: Memory['segments'] = {};
    for (const segment of release.segments) {
      const made = rows.find(([source]) => source === segment.source)?.[1];
      if (made) segments[segment.key] = { source: segment.source, ...made } as MemoryEntry;
    }
    return { release, memory: { release: 'prop', language: 'ja' as const, segments } };
  });

function importInto(xml: string, release: Release, memory: Memory | undefined, reviewer = 'Kenji') {
  return importXliff({ path: 'ja.xlf', xml, releases: [release], memory: () => memory, reviewer, now: NOW });
}

describe('xliff: inline markup', () => {
  it('turns any inline HTML into codes and text and back, to the byte', () => {
    fc.assert(fc.property(inlineHtml, (html) => inlineToHtml(htmlToInline(html)) === html), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (html) => inlineToHtml(htmlToInline(html)) === html), { numRuns: 300 });
  });

  it('gives back malformed inline HTML to the byte: stray end tags, unclosed tags and comments, entities, quoted attributes', () => {
    fc.assert(fc.property(malformed, (html) => inlineToHtml(htmlToInline(html)) === html), { numRuns: 1000 });
  });

  it('shows as text exactly the text an HTML parser reads, and markup it drops as codes', () => {
    fc.assert(
      fc.property(fc.oneof(inlineHtml, malformed), (html) => {
        // Tables move text ahead of them (foster parenting): the order differs, not the bytes.
        fc.pre(!/<t(able|d)>/.test(html));
        expect(comparable(codedText(htmlToInline(html)))).toBe(comparable(parsedText(html)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a stretch mixing decoded text and a script’s raw text, which a <p> inside inline markup makes (found by the property above)', () => {
    const html = `<em class = "a" data-x='1'>&amp;<p><script>&amp;<em></script></em>`;
    expect(codedText(htmlToInline(html))).toBe(parsedText(html));
    expect(inlineToHtml(htmlToInline(html))).toBe(html);
  });

  it('makes codes of tags as the parse pairs them, and isolated codes of what it cannot pair', () => {
    const codes = (html: string) => JSON.stringify(htmlToInline(html).map((node) => (node.type === 'text' ? node.value : node.type === 'pc' ? [node.start, node.end] : [node.type, node.raw])));
    expect(codes('a <em>b</em> c')).toBe(JSON.stringify(['a ', ['<em>', '</em>'], ' c']));
    expect(codes('a</em> b')).toBe(JSON.stringify(['a', ['ec', '</em>'], ' b']));
    expect(codes('<strong>a')).toBe(JSON.stringify([['sc', '<strong>'], 'a']));
    expect(codes('a<!-- note -->b<br/>')).toBe(JSON.stringify(['a', ['ph', '<!-- note -->'], 'b', ['ph', '<br/>']]));
    expect(codes('<a title=\'x > y\' href="/?a=1&amp;b=2">z</a>')).toBe(JSON.stringify([['<a title=\'x > y\' href="/?a=1&amp;b=2">', '</a>']]));
    expect(codes('&amp; &#x26;')).toBe(JSON.stringify([['ph', '&amp;'], ' &']));
  });

  it('keeps metadata values XML cannot hold', () => {
    for (const value of ['plain', 'json:x', 'a\rb', '\u0001', '\uFFFF']) expect(decodeMetaValue(metaValue(value))).toBe(value);
  });
});

describe('xliff: lossless round trip', () => {
  it('export then import into an empty memory gives the same memory', () => {
    fc.assert(
      fc.property(releaseWithMemory, ({ release, memory }) => {
        const result = importInto(exportXliff('ja', [{ release, memory }]), release, undefined);
        expect(result.file.messages.map(String)).toEqual([]);
        const back = result.memories.get('prop') ?? { release: 'prop', language: 'ja', segments: {} };
        expect(serializeMemory(back, release)).toBe(serializeMemory(memory, release));
      }),
      { numRuns: 200 },
    );
  });

  it('export then import into the same memory changes nothing', () => {
    fc.assert(
      fc.property(releaseWithMemory, ({ release, memory }) => {
        const result = importInto(exportXliff('ja', [{ release, memory }]), release, memory);
        expect(result.ok).toBe(true);
        expect(result.memories.size).toBe(0);
        expect(result.counts.unchanged).toBe(Object.keys(memory.segments).length);
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips the bundled translations exactly', async () => {
    const { readWorkspace } = await import('../pipeline/project/workspace.ts');
    const { BUNDLED } = await import('./helpers/project.ts');
    const workspace = await readWorkspace(BUNDLED, ['en', 'ja']);
    for (const language of ['en', 'ja'] as const) {
      const items = workspace.releases.map((release) => ({ release, memory: workspace.memory(language, release).memory }));
      const result = importXliff({ path: 'x.xlf', xml: exportXliff(language, items), releases: workspace.releases, memory: () => undefined, reviewer: 'x', now: NOW });
      for (const { release, memory } of items) {
        expect(serializeMemory(result.memories.get(release.id)!, release)).toBe(workspace.memory(language, release).text);
        expect(memory).toBeDefined();
      }
    }
  });
});

/** The exported document, for reading and editing as a CAT tool would. */
function parse(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = (name: string) => Array.from(doc.getElementsByTagNameNS(XLIFF_NS, name)) as Element[];
  const unit = (key: string) => all('unit').find((element) => element.getAttribute('id') === key)!;
  const child = (element: Element, name: string) => Array.from(element.getElementsByTagNameNS(XLIFF_NS, name))[0] as Element;
  return { doc, all, unit, child, xml: () => new XMLSerializer().serializeToString(doc) };
}

describe('xliff: the exported document', () => {
  const { release } = releaseFrom(
    'quote',
    'title: Bando',
    '«Cresciamo insieme», dichiara *Anna Rossi*, assessora.\n\nUna riga  \ncon [link](https://example.org).',
    [{ text: 'Cresciamo insieme', name: 'Anna Rossi', role: 'assessora' }],
  );
  const [title, quoted, linked, role] = release.segments;
  const memory = memoryOf(release, 'ja', (source, index) =>
    index === 0
      ? entry(source, '公募', { state: 'reviewed', engine: 'human', reviewer: 'Kenji' })
      : index === 1
        ? entry(source, '<em>アンナ・ロッシ</em>氏は「<q data-quote="q1">共に成長する</q>」と述べた。')
        : undefined,
  );

  it('has one file per release and one unit per segment, keyed by the segment key', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    expect(xliff.doc.documentElement!.getAttribute('srcLang')).toBe('it');
    expect(xliff.doc.documentElement!.getAttribute('trgLang')).toBe('ja');
    expect(xliff.all('file').map((file) => file.getAttribute('id'))).toEqual(['quote']);
    expect(xliff.all('unit').map((unit) => unit.getAttribute('id'))).toEqual([title!.key, quoted!.key, linked!.key, role!.key]);
    // The quoted speaker's role is a segment to translate like the others.
    expect(role!.kind).toBe('speaker-role');
  });

  it('writes inline tags as codes, with the original markup in originalData', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    const unit = xliff.unit(quoted!.key);
    const source = xliff.child(unit, 'source');
    const [q, em] = Array.from(source.getElementsByTagNameNS(XLIFF_NS, 'pc')) as Element[];
    expect(q!.getAttribute('type')).toBe('quote');
    const data = new Map((Array.from(unit.getElementsByTagNameNS(XLIFF_NS, 'data')) as Element[]).map((item) => [item.getAttribute('id'), item.textContent]));
    expect(data.get(q!.getAttribute('dataRefStart'))).toBe('<q data-quote="q1">');
    expect(data.get(q!.getAttribute('dataRefEnd'))).toBe('</q>');
    expect([em!.getAttribute('type'), em!.getAttribute('subType')]).toEqual(['fmt', 'xlf:i']);
    // The target's codes pair with the source's by id.
    const targetIds = (Array.from(xliff.child(unit, 'target').getElementsByTagNameNS(XLIFF_NS, 'pc')) as Element[]).map((pc) => pc.getAttribute('id'));
    expect(targetIds).toEqual([em!.getAttribute('id'), q!.getAttribute('id')]);
    const br = Array.from(xliff.child(xliff.unit(linked!.key), 'source').getElementsByTagNameNS(XLIFF_NS, 'ph'))[0] as Element;
    expect(br.getAttribute('subType')).toBe('xlf:lb');
  });

  it('gives speaker and context as notes', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    const notes = (Array.from(xliff.unit(quoted!.key).getElementsByTagNameNS(XLIFF_NS, 'note')) as Element[]).map((note) => [note.getAttribute('category'), note.textContent]);
    expect(notes).toEqual([
      ['context', `paragraph, releases/quote.md line ${quoted!.position.line}`],
      ['speaker', 'q1: Anna Rossi, assessora'],
    ]);
  });

  it('maps states both ways: reviewed -> final, machine -> translated, missing -> initial', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    const state = (key: string) => xliff.child(xliff.unit(key), 'segment').getAttribute('state');
    expect([state(title!.key), state(quoted!.key), state(linked!.key)]).toEqual(['final', 'translated', 'initial']);

    // A reviewer in a CAT tool approves the machine unit and translates the missing one.
    xliff.child(xliff.unit(quoted!.key), 'segment').setAttribute('state', 'final');
    const segment = xliff.child(xliff.unit(linked!.key), 'segment');
    // The translation keeps the line break and the link of the Italian, as its codes.
    const target = xliff.child(xliff.unit(linked!.key), 'source').cloneNode(true) as Element;
    const words: Record<string, string> = { 'Una riga': '一行', ' con ': 'と', link: 'リンク付き', '.': '。' };
    const walk = (node: Element) => {
      for (const child of Array.from(node.childNodes) as Element[]) {
        if ((child.nodeType as number) === 3) child.nodeValue = words[child.nodeValue ?? ''] ?? child.nodeValue;
        else walk(child);
      }
    };
    walk(target);
    const renamed = xliff.doc.createElementNS(XLIFF_NS, 'target');
    while (target.firstChild) renamed.appendChild(target.firstChild);
    segment.appendChild(renamed);
    segment.setAttribute('state', 'translated');
    const result = importInto(xliff.xml(), release, memory);
    expect(result.file.messages.map(String)).toEqual([]);
    const back = result.memories.get('quote')!;
    expect(back.segments[quoted!.key]).toEqual({ ...memory.segments[quoted!.key], state: 'reviewed', reviewer: 'Kenji', updated: NOW });
    expect(back.segments[linked!.key]).toEqual({ source: linked!.source, target: '一行<br>と<a href="https://example.org">リンク付き</a>。', state: 'machine', engine: 'human', updated: NOW });
    expect(back.segments[title!.key]).toEqual(memory.segments[title!.key]);
    expect(result.counts).toEqual({ updated: 2, restored: 0, unchanged: 1, already: 0, comments: 0 });
  });

  it('maps a reviewed translation still holding the old one to reviewed, and drops the old one when set to final', () => {
    const withPrevious = { ...memory, segments: { ...memory.segments, [title!.key]: { ...memory.segments[title!.key]!, previous: { source: 'Bando vecchio', target: '旧公募', state: 'machine' as const } } } };
    const xliff = parse(exportXliff('ja', [{ release, memory: withPrevious }]));
    expect(xliff.child(xliff.unit(title!.key), 'segment').getAttribute('state')).toBe('reviewed');
    xliff.child(xliff.unit(title!.key), 'segment').setAttribute('state', 'final');
    const result = importInto(xliff.xml(), release, withPrevious);
    expect(result.memories.get('quote')!.segments[title!.key]!.previous).toBeUndefined();
  });

  it('offers the old translation of a stale segment in state initial and imports it once moved on', () => {
    const edited = releaseFrom('quote', 'title: Bando nuovo', 'Altro testo.').release;
    const old = releaseFrom('quote', 'title: Bando', 'Altro testo.').release;
    const stale = memoryOf(old, 'ja', (source, index) => (index === 0 ? entry(source, '公募', { state: 'reviewed' }) : entry(source, '別の文')));
    const xliff = parse(exportXliff('ja', [{ release: edited, memory: stale }]));
    const segment = xliff.child(xliff.unit(edited.title.key), 'segment');
    expect(segment.getAttribute('state')).toBe('initial');
    expect(xliff.child(segment, 'target').textContent).toBe('公募');
    expect(importInto(xliff.xml(), edited, stale).memories.size).toBe(0);

    xliff.child(segment, 'target').textContent = '新しい公募';
    segment.setAttribute('state', 'reviewed');
    const result = importInto(xliff.xml(), edited, stale);
    const back = result.memories.get('quote')!;
    expect(back.segments[old.title.key]).toBeUndefined();
    expect(back.segments[edited.title.key]).toMatchObject({ target: '新しい公募', state: 'reviewed', previous: { source: 'Bando', target: '公募', state: 'reviewed' } });
  });

  it('refuses a final unit whose quote marker was removed, naming the unit and the rule, and writes nothing', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    const unit = xliff.unit(quoted!.key);
    const target = xliff.child(unit, 'target');
    while (target.firstChild) target.removeChild(target.firstChild);
    target.appendChild(xliff.doc.createTextNode('アンナ・ロッシ氏は「共に成長する」と述べた。'));
    xliff.child(unit, 'segment').setAttribute('state', 'final');
    const result = importInto(xliff.xml(), release, memory);
    expect(result.ok).toBe(false);
    expect(result.memories.size).toBe(0);
    const refused = result.file.messages.filter((message) => message.fatal);
    expect(refused.map((message) => message.ruleId)).toContain('markup');
    expect(refused.map((message) => message.reason)).toContainEqual(expect.stringMatching(new RegExp(`^unit ${quoted!.key} of quote: quote marker q1 .*; fix it in your CAT tool and import the file again$`)));
  });

  it('warns about a unit translated but left initial, and imports nothing from it', () => {
    const xliff = parse(exportXliff('ja', [{ release, memory }]));
    const segment = xliff.child(xliff.unit(linked!.key), 'segment');
    const target = xliff.doc.createElementNS(XLIFF_NS, 'target');
    target.appendChild(xliff.doc.createTextNode('訳'));
    segment.appendChild(target);
    const result = importInto(xliff.xml(), release, memory);
    expect(result.ok).toBe(true);
    expect(result.memories.size).toBe(0);
    expect(result.file.messages.map((message) => message.reason)).toEqual([`unit ${linked!.key} of quote: has a translation but its state is initial, so it is not imported; set it to translated, reviewed or final`]);
  });
});

describe('xliff: import refuses what no longer fits', () => {
  const { release } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.\n\nSecondo paragrafo.');
  const memory = memoryOf(release, 'en', (source) => entry(source, `EN ${source}`));

  it('refuses the whole file when the Italian changed, with a message per unit', () => {
    const xml = exportXliff('en', [{ release, memory }]).replace(/Primo paragrafo\./, 'First paragraph.').replace(/state="translated"/g, 'state="final"');
    const edited = releaseFrom('bando', 'title: Bando', 'Primo paragrafo, cambiato.\n\nSecondo paragrafo.').release;
    const result = importXliff({ path: 'en.xlf', xml, releases: [edited], memory: () => memory, reviewer: 'Anna', now: NOW });
    expect(result.ok).toBe(false);
    expect(result.memories.size).toBe(0);
    const [first] = result.file.messages;
    expect(String(first)).toMatch(new RegExp(`^en\\.xlf:\\d+:\\d+: unit ${release.segments[1]!.key} of bando: this segment is no longer in releases/bando\\.md \\(the Italian changed since the export\\)`));
    expect(first!.ruleId).toBe('xliff-source');
  });

  it('refuses a unit whose source was edited in the file', () => {
    const xml = exportXliff('en', [{ release, memory }]).replace('<source>Primo paragrafo.</source>', '<source>Primo paragrafo!</source>');
    const result = importInto(xml, release as Release, undefined);
    expect(result.ok).toBe(false);
    expect(result.file.messages[0]!.reason).toMatch(/its <source> no longer matches releases\/bando\.md:\d+ \(it was edited in the file\)/);
  });

  it('refuses an edit to a unit someone changed in the memory since the export', () => {
    const xml = exportXliff('en', [{ release, memory }]);
    const key = release.segments[1]!.key;
    const since = { ...memory, segments: { ...memory.segments, [key]: { ...memory.segments[key]!, target: 'Edited in the web UI', reviewer: 'Anna' } } };
    const edited = xml.replace('>EN Primo paragrafo.<', '>First paragraph.<');
    const result = importXliff({ path: 'en.xlf', xml: edited, releases: [release], memory: () => since, reviewer: 'Kenji', now: NOW });
    expect(result.ok).toBe(false);
    expect(result.file.messages[0]!.reason).toMatch(/changed since this file was exported \(now: Anna, /);
    expect(result.file.messages[0]!.ruleId).toBe('xliff-conflict');
  });

  it('refuses a file that is not XLIFF 2, or not well-formed', () => {
    expect(importInto('<xliff version="1.2"/>', release, undefined).file.messages[0]!.reason).toMatch(/not an XLIFF 2 document/);
    expect(String(importInto('<xliff><file></xliff>', release, undefined).file.messages[0])).toMatch(/not well-formed XML/);
  });
});

describe('cli: pressroom xliff', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('exports a language to a file and imports the edited file back into the memory', async () => {
    project = makeProject();
    const { release, text } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.');
    project.write('releases/bando.md', text);
    const memory = memoryOf(release, 'ja', (source) => entry(source, `訳 ${source}`));
    project.write('locales/ja/releases/bando.json', serializeMemory(memory, release));

    const exported = await runCli(['xliff', 'export', '--lang', 'ja', '-o', 'ja.xlf'], { cwd: project.root });
    expect(exported.stderr).toBe('wrote 1 release (ja) to ja.xlf\n');
    expect(exported.code).toBe(0);
    const xml = readFileSync(join(project.root, 'ja.xlf'), 'utf8');
    expect(xml).toContain('<unit id="' + release.segments[1]!.key + '"');

    project.write('ja.xlf', xml.replace('訳 Primo paragrafo.', '第一段落。').replace(/state="translated"/g, 'state="final"'));
    const imported = await runCli(['xliff', 'import', 'ja.xlf', '--reviewer', 'Kenji'], { cwd: project.root });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('ja: 2 updated, 0 restored, 0 unchanged (bando)\n');
    expect(imported.code).toBe(0);
    const back = JSON.parse(readFileSync(join(project.root, 'locales/ja/releases/bando.json'), 'utf8')) as Memory;
    expect(back.segments[release.segments[1]!.key]).toMatchObject({ target: '第一段落。', state: 'reviewed', reviewer: 'Kenji', engine: 'human' });
    expect(back.segments[release.segments[0]!.key]).toMatchObject({ state: 'reviewed', engine: 'deepl', reviewer: 'Kenji' });
  });

  it('writes nothing and exits non-zero when a unit no longer fits', async () => {
    project = makeProject();
    const { release, text } = releaseFrom('bando', 'title: Bando', 'Primo paragrafo.');
    project.write('releases/bando.md', text);
    const json = serializeMemory(memoryOf(release, 'ja', (source) => entry(source, `訳 ${source}`)), release);
    project.write('locales/ja/releases/bando.json', json);
    const exported = await runCli(['xliff', 'export', '--lang', 'ja'], { cwd: project.root });
    project.write('ja.xlf', exported.stdout.replace(/state="translated"/g, 'state="final"'));
    project.write('releases/bando.md', text.replace('Primo paragrafo.', 'Primo paragrafo, riscritto.'));
    const imported = await runCli(['xliff', 'import', 'ja.xlf'], { cwd: project.root });
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/^ja\.xlf:\d+:\d+: error: unit [0-9a-f]{16} of bando: this segment is no longer in releases\/bando\.md .* \[pressroom:xliff-source\]$/m);
    expect(imported.stderr).toMatch(/nothing imported/);
    expect(readFileSync(join(project.root, 'locales/ja/releases/bando.json'), 'utf8')).toBe(json);
  });
});
