// Control characters are not text in memory files and the glossary either: errors of that file at their place,
// and the desk (and `xliff import`, through the same checks) refuses a translation holding one.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readMemory, serializeMemory } from '../pipeline/translate/memory-file.ts';
import { readGlossary, EMPTY_GLOSSARY } from '../pipeline/glossary.ts';
import { draftFindings, errorsOf } from '../pipeline/review/findings.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';

const { release } = releaseFrom('comunicato', 'title: Comunicato', 'Primo paragrafo.\n\nSecondo paragrafo.');
const memory = memoryOf(release, 'en', (source) => entry(source, `EN ${source}`));
const places = (file: VFile) => file.messages.map((message) => ({ line: message.line, column: message.column, rule: message.ruleId, fatal: message.fatal }));

describe('a memory file', () => {
  it('holding a control character as it is (DEL, which JSON allows raw): an error at its place, and no memory', () => {
    const text = serializeMemory(memory, release).replace('EN Secondo', 'EN Sec\u007fondo');
    const file = new VFile({ path: 'locales/en/releases/comunicato.json', value: text });
    expect(readMemory(file, { release: 'comunicato', language: 'en' })).toBeUndefined();
    const line = text.split('\n').findIndex((row) => row.includes('\u007f'));
    expect(places(file)).toEqual([{ line: line + 1, column: text.split('\n')[line]!.indexOf('\u007f') + 1, rule: 'control-character', fatal: true }]);
  });

  it('holding one as a JSON escape (\\u001b): an error on the entry, and no memory', () => {
    const text = serializeMemory(memory, release).replace('EN Primo', 'EN \\u001bPrimo');
    const file = new VFile({ path: 'locales/en/releases/comunicato.json', value: text });
    expect(readMemory(file, { release: 'comunicato', language: 'en' })).toBeUndefined();
    const key = release.segments[1]!.key;
    const line = text.split('\n').findIndex((row) => row.includes(`"${key}"`));
    expect(places(file)).toEqual([{ line: line + 1, column: text.split('\n')[line]!.indexOf(`"${key}"`) + 1, rule: 'control-character', fatal: true }]);
    expect(file.messages[0]!.reason).toMatch(/target of entry .*\(escape U\+001B\)/);
  });
});

describe('the glossary', () => {
  it('holding a control character as it is: an error at its place, and no glossary', () => {
    const file = new VFile({ path: 'locales/glossary.yaml', value: 'keep:\n  - Pie\u0007monte\n' });
    expect(readGlossary(file)).toBeUndefined();
    expect(places(file)).toEqual([{ line: 2, column: 8, rule: 'control-character', fatal: true }]);
  });

  it('holding one as a YAML escape ("\\x1b"): an error at the term, and no glossary', () => {
    const file = new VFile({ path: 'locales/glossary.yaml', value: 'keep:\n  - Piemonte\nterms:\n  "Regione\\x1b":\n    en: Region\n' });
    expect(readGlossary(file)).toBeUndefined();
    expect(places(file)).toEqual([{ line: 4, column: 3, rule: 'glossary-shape', fatal: true }]);
    expect(file.messages[0]!.reason).toMatch(/control character \(escape U\+001B\)/);
  });
});

describe('the desk', () => {
  it('refuses to save a translation holding a control character, and saves it without', () => {
    const key = release.segments[1]!.key;
    const refused = errorsOf(draftFindings(release, 'en', memory, EMPTY_GLOSSARY, key, 'First\u0000 paragraph.'));
    expect(refused.map((finding) => finding.rule)).toEqual(['control-character']);
    expect(refused[0]!.message).toMatch(/NUL U\+0000/);
    expect(errorsOf(draftFindings(release, 'en', memory, EMPTY_GLOSSARY, key, 'First paragraph.'))).toEqual([]);
  });
});
