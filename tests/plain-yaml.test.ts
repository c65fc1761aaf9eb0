// The plain front matter read without the YAML parser must read as yaml reads it, or be left to yaml.
import fc from 'fast-check';
import { isMap, isNode, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainYaml } from '../pipeline/parse/plain-yaml.ts';

/** What yaml makes of `text`: its data and where each top-level key starts; undefined when yaml finds an error. */
function asYaml(text: string): { data: unknown; keys: Record<string, number> } | undefined {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return undefined;
  const keys: Record<string, number> = {};
  if (isMap(document.contents)) for (const pair of document.contents.items) if (isNode(pair.key) && pair.key.range) keys[String(pair.key.toJSON())] = pair.key.range[0];
  return { data: document.toJS({ maxAliasCount: 100 }), keys };
}

// Words as releases write them, and what YAML reads otherwise: null, booleans, numbers, indicators, comments, escapes.
const tricky = fc.constantFrom('Torino', 'Chiara Bellini', 'stampa@example.org', 'Ufficio stampa', 'É già', 'L’Università', 'bench', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'yes', 'No', 'NaN', '.inf', '123', '1.5', '0x1F', '1e3', '+1', '-1', '2020-01-01T00:00:00+01:00', '2025-09-26T10:00:00Z', '2020-01-01', '2020-01-01 10:00', 'a: b', 'a:b', 'x:', 'a #b', 'a#b', '#c', '-x', '- x', '? x', ': x', 'a,b', '[x]', '{y}', '"q"', "it's", "'s'", 'a  b', ' a', 'a ', '', '\t', 'a\tb', 'a\\b', 'a\\"b', '*ref', '&anc', '!tag', '|', '>', '%x', '@x', '`x', 'a | b', 'a > b', 'x*y', 'a\u2028b', 'a\u0085b', '\ufeffa', 'a\rb');
// Mostly words of the plain shape, so that whole front matters of it come often.
const scalar = fc.oneof({ arbitrary: fc.stringMatching(/^[A-Za-zÈ][a-zà@. ]{0,8}$/), weight: 8 }, { arbitrary: tricky, weight: 2 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 });
const key = fc.constantFrom('title', 'subtitle', 'date', 'dateline', 'contacts', 'tags', 'boilerplate', 'x_1', 'Null', 'true', 'a-b', '1a', '__proto__', 'title ');
const flowEntry = fc.tuple(fc.constantFrom('name', 'role', 'email', 'city', 'agency', 'name ', 'null', 'True'), scalar, fc.constantFrom(': ', ':', ':  ', ' : ')).map(([k, v, colon]) => `${k}${colon}${v}`);
const flowMap = fc.tuple(fc.array(flowEntry, { maxLength: 3 }), fc.constantFrom(['{ ', ' }'], ['{', '}'], ['{ ', '}']), fc.constantFrom(', ', ',', ' , ')).map(([entries, [open, close], comma]) => `${open}${entries.join(comma)}${close}`);
const flowList = fc.tuple(fc.array(scalar, { maxLength: 3 }), fc.constantFrom(', ', ',')).map(([items, comma]) => `[${items.join(comma)}]`);
const value = fc.oneof(
  scalar.map((text) => ` ${text}`),
  scalar.map((text) => ` ${text}`),
  scalar.map((text) => ` "${text}"`),
  flowMap.map((text) => ` ${text}`),
  flowList.map((text) => ` ${text}`),
  fc.tuple(fc.array(fc.oneof(flowMap, scalar, scalar.map((text) => `"${text}"`)), { maxLength: 3 }), fc.constantFrom('  - ', '- ', '    - ', '  -  ')).map(([items, dash]) => `${items.map((item) => `\n${dash}${item}`).join('')}`),
  fc.constantFrom('', ' ', '  x', ' # note', ' "a" # note', ' |\n  text', ' >\n  text', ' &a x', ' *a', ' !!str 12', " 'single'", ' "esc\\u00e9"'),
);
const frontMatter = fc.tuple(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.constantFrom('', '', '', '\n', '# c\n', '\n\n')).map(([fields, newline, extra]) => `${fields.map(([k, v]) => `${k}:${v}`).join('\n')}${newline ? '\n' : ''}${extra}`);

describe('plain front matter', () => {
  it('reads as yaml reads it, or is left to yaml', () => {
    let read = 0;
    fc.assert(
      fc.property(frontMatter, (text) => {
        const plain = plainYaml(text);
        if (plain === undefined) return;
        read++;
        const yaml = asYaml(text);
        expect(yaml).toBeDefined();
        expect(plain.data).toStrictEqual(yaml!.data);
        expect(plain.keys).toStrictEqual(yaml!.keys);
      }),
      { numRuns: 20000 },
    );
    // The generator reaches the plain shape often enough for the comparison to mean something.
    expect(read).toBeGreaterThan(500);
  });

  it('reads a release of the usual shape', () => {
    const text = [
      'title: "La Regione presenta un bando (1)"',
      'subtitle: "Il Comune avvia un piano, entro il 31 marzo 2026"',
      'date: 2020-01-01T00:00:00+01:00',
      'embargo: 2020-01-01T01:00:00+01:00',
      'dateline: { city: Bologna, agency: AGI }',
      'contacts:',
      '  - { name: Chiara Bellini, role: Ufficio stampa, email: stampa@example.org }',
      'boilerplate: "Il Comune ha approvato un bando."',
      'tags: [bench]',
      '',
    ].join('\n');
    const plain = plainYaml(text);
    expect(plain?.data).toStrictEqual(asYaml(text)!.data);
    expect(plain?.keys).toStrictEqual(asYaml(text)!.keys);
  });
});
