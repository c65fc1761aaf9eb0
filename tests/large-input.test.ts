// Large and deeply nested input: in time linear in its size, as a release or as one error of that file.
// No wall-clock assertions: the machine is shared. Each test has a generous timeout (the quadratic spots took
// minutes on these inputs) and reports the processor time it took, for the record.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadRelease } from '../pipeline/parse/releases.ts';
import { MAX_SOURCE_BYTES } from '../pipeline/project/source-file.ts';
import { MAX_MARKERS, MAX_NESTING } from '../pipeline/parse/limits.ts';

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

describe('large input under the size cap', () => {
  it('parses 2 MB of list items (each list’s looseness is worked out once, not per item)', () => {
    const count = Math.floor((MAX_SOURCE_BYTES - HEAD.length) / Buffer.byteLength(ITEM));
    const { loaded } = load(HEAD + ITEM.repeat(count));
    const list = loaded!.release.body[0]!;
    expect(list.type === 'list' && list.items.length).toBe(count);
  }, 120_000);

  it('parses 1.9 MB of front matter', () => {
    const { loaded } = load(HEAD.replace('---\n\n', `tags:\n${'  - parola\n'.repeat(172_000)}---\n\n`) + 'Testo.\n');
    expect(loaded!.release.meta.tags).toHaveLength(172_000);
  }, 120_000);

  it('parses one line of 2 MB', () => {
    const { loaded } = load(HEAD + 'Parola '.repeat(285_000) + '\n');
    expect(loaded!.release.segments).toHaveLength(2);
  }, 120_000);
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
