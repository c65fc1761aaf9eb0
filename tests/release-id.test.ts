import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { parseRelease } from '../pipeline/parse/index.ts';
import { releaseIdOf } from '../pipeline/parse/release-id.ts';

// The build gives each thread a release's memories by the id read quickly from its front matter; the full
// parse must agree whenever the release builds at all.
const idValue = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/),
  fc.constantFrom('Not-An-Id', 'due  spazi', '123', 'true', '', 'id: nested', '-bad-'),
);
const quoted = (value: string) => fc.constantFrom(value, `"${value}"`, `'${value}'`, `!!str ${value}`, `${value} # comment`, `|\n  ${value}`);
const newline = fc.constantFrom('\n', '\r\n');
const space = fc.constantFrom('', ' ', '\t', '  ');

const release = fc
  .record({
    id: fc.option(idValue.chain(quoted), { nil: undefined }),
    // The key itself can be spelled many ways, escapes included.
    key: fc.constantFrom('id', '"id"', "'id'", '"\\x69d"', '"i\\u0064"', '!!str id', '&k id', '? id\n'),
    title: fc.constantFrom('Titolo', '"Titolo: sottotitolo"', "'---'", '|\n  ---\n  x'),
    extra: fc.constantFrom('', 'tags: [a, b]', 'subtitle: Sottotitolo', 'unknown: 1', 'x: &a y', 'id: twice', '...', 'subtitle: Il presidente: guida', 'x: {id: flow}', 'x: [id]'),
    open: space,
    close: space,
    eol: newline,
    bom: fc.boolean(),
    lead: fc.constantFrom('', '', '\n', ' '),
    order: fc.boolean(),
  })
  .map(({ id, key, title, extra, open, close, eol, bom, lead, order }) => {
    const fields = [`title: ${title}`, 'date: 2025-09-26T10:00:00+02:00', ...(id === undefined ? [] : [`${key}: ${id}`]), ...(extra ? [extra] : [])];
    if (order) fields.reverse();
    const text = `${bom ? '\uFEFF' : ''}${lead}---${open}${eol}${fields.join(eol)}${eol}---${close}${eol}${eol}Il testo del comunicato.${eol}`;
    return text.replace(/\n/g, eol === '\r\n' ? '\r\n' : '\n').replace(/\r\r\n/g, '\r\n');
  });

describe('release ids read before parsing', () => {
  it('are the ids the parse gives, for every release that parses', () => {
    let parsed = 0;
    fc.assert(
      fc.property(release, fc.constantFrom('releases/bando-2025.md', 'releases/Nome File.md'), (text, path) => {
        const file = new VFile({ path, value: text });
        const result = parseRelease(file);
        if (!result) return;
        parsed++;
        expect(releaseIdOf(path, text)).toBe(result.meta.id);
      }),
      { numRuns: 1000 },
    );
    // The generator must reach releases that parse, or the property says nothing.
    expect(parsed).toBeGreaterThan(50);
  });

  it('fall back to the file name without front matter or without an id', () => {
    expect(releaseIdOf('releases/bando-2025.md', 'Solo testo.')).toBe('bando-2025');
    expect(releaseIdOf('releases/bando-2025.md', '---\ntitle: T\n---\n\nTesto.')).toBe('bando-2025');
    expect(releaseIdOf('releases/bando-2025.md', '---\nid: altro-id\n---\n\nTesto.')).toBe('altro-id');
  });
});
