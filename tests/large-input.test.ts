// Large and deeply nested input: in time linear in its size, as a release or as one error of that file.
// No wall-clock assertions: the machine is shared. Each test has a generous timeout (the quadratic spots took
// minutes on these inputs) and reports the processor time it took, for the record.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadRelease } from '../pipeline/parse/releases.ts';
import { MAX_SOURCE_BYTES } from '../pipeline/project/source-file.ts';
import { MAX_CONTAINERS, MAX_MARKERS, MAX_NESTING, MAX_QUOTE_MARKS, MAX_RELEASE_BYTES, MAX_UNDERLINES } from '../pipeline/parse/limits.ts';

const HEAD = '---\ntitle: Grande\ndate: 2025-10-01T10:00:00+02:00\n---\n\n';
const ITEM = "- voce dell'elenco numero qualcosa\n";

function load(text: string) {
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
  const file = new VFile({ path: 'releases/grande.md', value: text });
  const before = process.cpuUsage();
  const loaded = loadRelease({ path: 'releases/grande.md', text }, file);
  const used = process.cpuUsage(before);
  console.info(`${Math.round(Buffer.byteLength(text) / 1024)} KB: ${Math.round((used.user + used.system) / 1000)} ms of processor time`);
  return { loaded, messages: file.messages.map((message) => ({ line: message.line, column: message.column, rule: message.ruleId, fatal: message.fatal })) };
}

/** `unit` repeated to fill `size` bytes after the head. */
const fill = (unit: string, size: number, head = HEAD) => head + unit.repeat(Math.floor((size - Buffer.byteLength(head)) / Buffer.byteLength(unit)));

describe('large input under the size cap', () => {
  it('parses a release of list items as long as a release may be (each list’s looseness is worked out once, not per item)', () => {
    const text = fill(ITEM, MAX_RELEASE_BYTES);
    const { loaded } = load(text);
    const list = loaded!.release.body[0]!;
    expect(list.type === 'list' && list.items.length).toBe((text.length - HEAD.length) / ITEM.length);
  }, 120_000);

  it('parses front matter as long as a release may be', () => {
    const count = Math.floor((MAX_RELEASE_BYTES - HEAD.length - 20) / 11);
    const { loaded } = load(HEAD.replace('---\n\n', `tags:\n${'  - parola\n'.repeat(count)}---\n\n`) + 'Testo.\n');
    expect(loaded!.release.meta.tags).toHaveLength(count);
  }, 120_000);

  it('parses one line as long as a release may be', () => {
    const { loaded } = load(fill('Parola ', MAX_RELEASE_BYTES - 1) + '\n');
    expect(loaded!.release.segments).toHaveLength(2);
  }, 120_000);
});

describe('a file of 2 MB (the cap on any file) ends at once as one error of that file, whatever it holds', () => {
  // Each took from 10 s to minutes of processor time in micromark or the YAML reader (see docs/reliability.md).
  const twoMegabytes: Record<string, string> = {
    'list items': fill(ITEM, MAX_SOURCE_BYTES),
    'front matter': HEAD.replace('---\n\n', `tags:\n${'  - parola\n'.repeat(190_000)}---\n\n`) + 'Testo.\n',
    'one line': `${fill('Parola ', MAX_SOURCE_BYTES - 1)}\n`,
    'emphasis and links': fill('Un *testo* con un [collegamento](https://example.org/a) e **altro**.\n\n', MAX_SOURCE_BYTES),
    headings: fill('## Un titolo di sezione\n\n', MAX_SOURCE_BYTES),
  };
  for (const [name, text] of Object.entries(twoMegabytes)) {
    it(`${name}: refused where the text goes past ${MAX_RELEASE_BYTES / 1024} KB`, () => {
      const { loaded, messages } = load(text);
      expect(loaded).toBeUndefined();
      const at = Buffer.from(text).subarray(0, MAX_RELEASE_BYTES).toString().length;
      const before = text.slice(0, at).split('\n');
      expect(messages).toEqual([{ line: before.length, column: before.at(-1)!.length + 1, rule: 'too-long', fatal: true }]);
    });
  }

  it('quotation marks: refused at the mark past their bound, before the size is looked at', () => {
    const unit = '«Parola» disse Mario Rossi. ';
    const { loaded, messages } = load(fill(unit, MAX_SOURCE_BYTES));
    expect(loaded).toBeUndefined();
    expect(messages).toEqual([{ line: 6, column: (MAX_QUOTE_MARKS / 2) * unit.length + 1, rule: 'too-many-quotes', fatal: true }]);
  });

  it('places the cap after a character cut in two by it, in the file as it is (a byte-order mark included)', () => {
    const text = `\uFEFF${HEAD}${'è'.repeat(MAX_RELEASE_BYTES)}`;
    const { messages } = load(text);
    // The head and the mark are ASCII but the mark (3 bytes, 1 character): the cap falls inside an è.
    const column = Math.floor((MAX_RELEASE_BYTES - HEAD.length) / 2) + 1;
    expect(messages).toEqual([{ line: 6, column, rule: 'too-long', fatal: true }]);
  });
});

describe('constructs micromark takes quadratic time over are bounded in number', () => {
  it('refuses the list or block quote past the bound, where it starts; a list goes on across blank lines', () => {
    const lists = load(HEAD + '- voce\n\nTesto.\n\n'.repeat(MAX_CONTAINERS + 5));
    expect(lists.messages).toEqual([{ line: 6 + 4 * MAX_CONTAINERS, column: 1, rule: 'too-many-lists', fatal: true }]);
    const quotes = load(HEAD + '> citazione\n\n'.repeat(MAX_CONTAINERS + 5));
    expect(quotes.messages).toEqual([{ line: 6 + 2 * MAX_CONTAINERS, column: 1, rule: 'too-many-lists', fatal: true }]);
    const loose = load(HEAD + '- voce\n\n'.repeat(MAX_CONTAINERS * 3));
    expect(loose.messages).toEqual([]);
    expect(loose.loaded!.release.segments).toHaveLength(MAX_CONTAINERS * 3 + 1);
  });

  it('refuses the quotation mark past the bound, where it stands; quotations up to it are found', () => {
    // Quoted words across paragraphs took half a minute at 128 KB: who said each was looked for in the text around it.
    const many = load(HEAD + 'Il "progetto" e il "bando".\n\n'.repeat(MAX_QUOTE_MARKS));
    expect(many.messages).toEqual([{ line: 6 + 2 * (MAX_QUOTE_MARKS / 4), column: 4, rule: 'too-many-quotes', fatal: true }]);
    const some = load(HEAD + '«Una frase», ha detto Mario Rossi.\n\n'.repeat(MAX_QUOTE_MARKS / 2));
    expect(some.messages.filter((message) => message.fatal)).toEqual([]);
    expect(some.loaded!.release.segments).toHaveLength(MAX_QUOTE_MARKS / 2 + 1);
  });

  it('refuses the heading underlined with = or - past the bound; headings with # are not counted', () => {
    const underlined = load(HEAD + 'Titolo\n===\n\n'.repeat(MAX_UNDERLINES + 5));
    expect(underlined.messages).toEqual([{ line: 7 + 3 * MAX_UNDERLINES, column: 1, rule: 'too-many-lists', fatal: true }]);
    const hashes = load(HEAD + '## Titolo\n\n'.repeat(MAX_UNDERLINES * 3));
    expect(hashes.messages).toEqual([]);
  });
});

describe('nesting is bounded, with one error at its place', () => {
  it('refuses a 1 MB list nested by indentation at the level past the bound', () => {
    let body = '';
    for (let level = 0; body.length < 1_000_000; level++) body += `${' '.repeat(level * 2)}- voce\n`;
    const { loaded, messages } = load(HEAD + body);
    expect(loaded).toBeUndefined();
    expect(messages).toEqual([{ line: 6 + MAX_NESTING, column: MAX_NESTING * 2 + 1, rule: 'too-deep', fatal: true }]);
  }, 120_000);

  it('refuses a 1 MB list nested on one line ("- - - …")', () => {
    const { loaded, messages } = load(`${HEAD}${'- '.repeat(500_000)}x\n`);
    expect(loaded).toBeUndefined();
    expect(messages).toEqual([{ line: 6, column: MAX_NESTING * 2 + 1, rule: 'too-deep', fatal: true }]);
  }, 120_000);

  it('refuses 10 KB and 100 KB of nested emphasis without overflowing the stack', () => {
    for (const size of [10_000, 100_000]) {
      const { loaded, messages } = load(`${HEAD}Testo.\n\n${'*a '.repeat(size / 6)}x${'*'.repeat(size / 6)}\n`);
      expect(loaded).toBeUndefined();
      expect(messages).toEqual([{ line: 8, column: 1, rule: 'too-deep', fatal: true }]);
      const run = load(`${HEAD}${'*'.repeat(size / 2)}x${'*'.repeat(size / 2)}\n`);
      expect(run.messages).toEqual([{ line: 6, column: 1, rule: 'too-deep', fatal: true }]);
    }
  }, 120_000);

  it('accepts what a release does hold: a list of emphasised items, and a paragraph at the bound', () => {
    const items = '- *uno* e **due**\n'.repeat(200);
    const paragraph = `${'*a* '.repeat(MAX_MARKERS / 2)}\n`;
    const { loaded, messages } = load(`${HEAD}${items}\n${paragraph}`);
    expect(messages).toEqual([]);
    expect(loaded!.release.segments).toHaveLength(202);
  });
});
