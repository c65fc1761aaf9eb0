import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseRelease, segmentRelease } from '../pipeline/parse/index.ts';
import { formatMessages } from '../pipeline/problems.ts';
import { release } from './helpers/project.ts';

const FRONT = `
title: Nuovo bando per le Pmi
subtitle: Domande dal 15 gennaio
date: 2025-10-14T10:00:00+02:00
dateline: { city: Torino, agency: Italpress }
contacts:
  - { name: Laura Ferrero, role: Ufficio stampa, email: laura@example.org, phone: "+39 011 1234" }
boilerplate: La Regione Piemonte sostiene le imprese.
tags: [pmi]
`;

function parse(text: string, path = 'releases/bando-pmi.md') {
  const file = new VFile({ path, value: text });
  const parsed = parseRelease(file);
  return { parsed, file, lines: formatMessages(file) };
}

describe('parse: good front matter becomes a typed release', () => {
  it('reads every field and defaults the id to the file name', () => {
    const { parsed, lines } = parse(release(FRONT, 'Primo paragrafo con *enfasi*.\n\n## Titoletto\n\n- uno\n- due\n\nUltimo [link](https://example.org).'));
    expect(lines).toEqual([]);
    expect(parsed?.meta).toMatchObject({
      id: 'bando-pmi',
      title: 'Nuovo bando per le Pmi',
      date: '2025-10-14T10:00:00+02:00',
      dateline: { city: 'Torino', agency: 'Italpress' },
      contacts: [{ name: 'Laura Ferrero', role: 'Ufficio stampa', email: 'laura@example.org', phone: '+39 011 1234' }],
      tags: ['pmi'],
    });
  });

  it('cuts the release into segments of inline HTML, in document order', () => {
    const { parsed } = parse(release(FRONT, 'Primo paragrafo con *enfasi*.\n\n## Titoletto\n\n- uno\n- due\n\nUltimo [link](https://example.org).'));
    const cut = segmentRelease(parsed!);
    expect(cut.segments.map((segment) => [segment.kind, segment.source])).toEqual([
      ['title', 'Nuovo bando per le Pmi'],
      ['subtitle', 'Domande dal 15 gennaio'],
      ['paragraph', 'Primo paragrafo con <em>enfasi</em>.'],
      ['heading', 'Titoletto'],
      ['list-item', 'uno'],
      ['list-item', 'due'],
      ['paragraph', 'Ultimo <a href="https://example.org">link</a>.'],
      ['boilerplate', 'La Regione Piemonte sostiene le imprese.'],
      ['contact-role', 'Ufficio stampa'],
    ]);
    expect(cut.body.map((block) => block.type)).toEqual(['paragraph', 'heading', 'list', 'paragraph']);
    expect(cut.segments[2]?.position).toMatchObject({ line: 12, column: 1 });
  });

  it('keys a segment by its words: moving keeps the key, editing changes it', () => {
    const a = segmentRelease(parse(release(FRONT, 'Alfa beta.\n\nGamma delta.')).parsed!);
    const moved = segmentRelease(parse(release(FRONT, 'Gamma delta.\n\nAlfa beta.')).parsed!);
    const edited = segmentRelease(parse(release(FRONT, 'Alfa beta gamma.\n\nGamma delta.')).parsed!);
    const keys = (r: typeof a) => r.body.map((block) => (block.type === 'list' ? '' : block.segment.key));
    expect(keys(moved)).toEqual([...keys(a)].reverse());
    expect(keys(edited)[0]).not.toBe(keys(a)[0]);
    expect(keys(edited)[1]).toBe(keys(a)[1]);
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { parsed, lines } = parse(`\uFEFF${release(FRONT, 'Testo.')}`.replace(/\n/g, '\r\n'));
    expect(lines).toEqual([]);
    expect(parsed?.meta.title).toBe('Nuovo bando per le Pmi');
  });
});

describe('parse: bad input gets one placed line per problem', () => {
  const cases: [string, string, RegExp][] = [
    ['no front matter', 'Solo testo.\n', /^releases\/bando-pmi\.md:1:1: error: no front matter.*\[pressroom:no-front-matter\]$/],
    ['malformed YAML', '---\ntitle: [oops\ndate: 2025-10-14T10:00:00+02:00\n---\n\nTesto.\n', /^releases\/bando-pmi\.md:\d+:\d+: error: front matter is not valid YAML.*\[pressroom:front-matter-yaml\]$/],
    ['missing title', release('date: 2025-10-14T10:00:00+02:00', 'Testo.'), /^releases\/bando-pmi\.md:2:1: error: front matter field `title` is required \[pressroom:front-matter\]$/],
    ['date without offset', release('title: T\ndate: 2025-10-14T10:00:00', 'Testo.'), /^releases\/bando-pmi\.md:3:7: error: front matter field `date` must be a real ISO 8601 date.*\[pressroom:front-matter\]$/],
    ['impossible date', release('title: T\ndate: 2025-02-30T10:00:00+01:00', 'Testo.'), /^releases\/bando-pmi\.md:3:7: error: front matter field `date`/],
    ['embargo before date', release('title: T\ndate: 2025-10-14T10:00:00+02:00\nembargo: 2025-10-13T10:00:00+02:00', 'Testo.'), /^releases\/bando-pmi\.md:4:10: error: front matter field `embargo` must not be before the release date/],
    ['unknown field', release('title: T\ndate: 2025-10-14T10:00:00+02:00\nauthor: X', 'Testo.'), /^releases\/bando-pmi\.md:4:1: error: unknown front matter field `author`; known fields are id, title,/],
    ['unknown contact field', release('title: T\ndate: 2025-10-14T10:00:00+02:00\ncontacts:\n  - name: Ufficio stampa\n    mail: u@x.it', 'Testo.'), /^releases\/bando-pmi\.md:6:5: error: unknown front matter field `mail` in `contacts\.0`; known fields are name, role, email, phone \[pressroom:front-matter\]$/],
    ['bad id', release('id: Bad Id/..\ntitle: T\ndate: 2025-10-14T10:00:00+02:00', 'Testo.'), /^releases\/bando-pmi\.md:2:5: error: front matter field `id` must be lowercase/],
    ['raw HTML', release('title: T\ndate: 2025-10-14T10:00:00+02:00', 'Testo.\n\n<script>alert(1)</script>'), /^releases\/bando-pmi\.md:8:1: error: raw HTML is not allowed.*\[pressroom:raw-html\]$/],
    ['inline HTML', release('title: T\ndate: 2025-10-14T10:00:00+02:00', 'Testo <b>grassetto</b>.'), /^releases\/bando-pmi\.md:6:7: error: raw HTML is not allowed.*\[pressroom:raw-html\]$/],
    ['empty file', '', /^releases\/bando-pmi\.md:1:1: error: the file is empty.*\[pressroom:empty-release\]$/],
    ['no body', release('title: T\ndate: 2025-10-14T10:00:00+02:00', ''), /error: the release has no body text.*\[pressroom:empty-release\]$/],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    const { parsed, lines } = parse(text);
    expect(parsed).toBeUndefined();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => expected.test(line)), lines.join('\n')).toBe(true);
  });

  it('reports every problem of a file, not only the first', () => {
    const { lines } = parse(release('date: yesterday\nembargo: soon', 'Testo <i>x</i>.'));
    expect(lines.filter((line) => line.includes(': error: '))).toHaveLength(4);
  });
});

describe('parse: figures an Italian reader would misread', () => {
  const warnings = (body: string) => {
    const file = new VFile({ path: 'releases/x.md', value: `---\ntitle: X\ndate: 2025-10-01T10:00:00+02:00\n---\n\n${body}\n` });
    parseRelease(file);
    return file.messages.map((message) => `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.ruleId} ${message.reason}`);
  };

  it('warns at 2,800 (thousands or a decimal?) and at 1,000,000 (English thousands)', () => {
    expect(warnings('Circa 2,800 imprese e 1,000,000 di euro.')).toEqual([
      '6:7 warning ambiguous-number `2,800` is ambiguous in Italian, where the comma marks decimals: write 2.800 for the thousands, or 2,8 for the decimal',
      '6:23 warning ambiguous-number `1,000,000` uses commas for thousands, as English does: write 1.000.000 in Italian',
    ]);
  });

  it('lets Italian figures be: 2.800, 2,5 milioni, 12,50 euro, 26.09.2025', () => {
    expect(warnings('Circa 2.800 imprese, 2,5 milioni, 12,50 euro, il 26.09.2025.')).toEqual([]);
  });
});
