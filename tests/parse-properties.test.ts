// Properties of parsing over open-ended input: it reports instead of throwing, and segment keys depend on words only.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { parseRelease } from '../pipeline/parse/index.ts';

const FIELDS = ['id', 'title', 'subtitle', 'date', 'embargo', 'dateline', 'contacts', 'boilerplate', 'tags', 'lang', 'x'];
const MARKDOWN = ['*', '_', '**', '[', ']', '(', ')', '<', '>', '«', '»', '“', '”', '"', '\n', '\n\n', '\r\n', '# ', '- ', '1. ', '`', '|', ' ', 'a', 'Roma', 'è', ', ha detto Mario Rossi', '<script>', '<em>', '</em>', '&amp;', '---', '\uFEFF', '\u0000', '🇮🇹'];

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...MARKDOWN), maxLength: 60 }));
/** Front matter as any text, or as YAML of the expected fields with values of any JSON shape. */
const frontMatter = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('2025-10-01T10:00:00+02:00', '2025-02-30T10:00:00+01:00', 'bando-pmi', '../x'))).map((data) => stringify(data)),
);
const release = fc.oneof(anyText, fc.tuple(frontMatter, anyText).map(([front, body]) => `---\n${front}\n---\n${body}`));

describe('parse: never throws, whatever the text (property)', () => {
  it('returns a release or reports an error, each message with a rule and a place', () => {
    fc.assert(
      fc.property(release, (text) => {
        const file = new VFile({ path: 'releases/x.md', value: text });
        const parsed = parseRelease(file);
        const errors = file.messages.filter((message) => message.fatal);
        expect(parsed === undefined).toBe(errors.length > 0);
        for (const message of file.messages) {
          expect(message.source).toBe('pressroom');
          expect(message.ruleId).toMatch(/^[a-z0-9-]+$/);
          expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.column ?? 1).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('goes on through quotes and segmentation without throwing', () => {
    fc.assert(
      fc.property(fc.tuple(anyText, anyText), ([title, body]) => {
        const text = `---\ntitle: ${JSON.stringify(title)}\ndate: 2025-10-01T10:00:00+02:00\n---\n${body}`;
        const { releases, reports } = loadReleases([{ path: 'releases/x.md', text }]);
        expect(releases.length + reports.filter((file) => file.messages.some((message) => message.fatal)).length).toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

const word = fc.stringMatching(/^[a-zà-ù]{2,9}$/);
const sentence = fc.array(word, { minLength: 3, maxLength: 10 }).map((words) => `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`);
/** A paragraph: plain, with emphasis, or a quotation attributed to someone (which gets quote markers). */
const paragraph = fc.oneof(
  sentence,
  fc.tuple(sentence, word).map(([text, emphasised]) => `${text} *${emphasised}* fine.`),
  fc.tuple(sentence, fc.constantFrom('Mario Rossi', 'Laura Ferrero', 'Kenji Sato')).map(([text, name]) => `«${text}», ha detto ${name}.`),
);

describe('segment keys: stable under reordering of paragraphs (property)', () => {
  it('gives every paragraph the same key wherever it stands', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(paragraph, { minLength: 2, maxLength: 8 }).chain((paragraphs) => fc.tuple(fc.constant(paragraphs), fc.shuffledSubarray(paragraphs, { minLength: paragraphs.length, maxLength: paragraphs.length }))),
        ([ordered, shuffled]) => {
          const keys = (paragraphs: string[]) => {
            const text = `---\ntitle: Titolo\ndate: 2025-10-01T10:00:00+02:00\n---\n${paragraphs.join('\n\n')}\n`;
            const { releases, reports } = loadReleases([{ path: 'releases/x.md', text }]);
            expect(releases, reports.flatMap((file) => file.messages.map(String)).join('\n')).toHaveLength(1);
            const body = releases[0]!.segments.filter((segment) => segment.kind === 'paragraph');
            expect(body).toHaveLength(paragraphs.length);
            return new Map(body.map((segment, index) => [paragraphs[index]!, segment.key]));
          };
          const before = keys(ordered);
          const after = keys(shuffled);
          for (const text of ordered) expect(after.get(text), text).toBe(before.get(text));
          expect(new Set(before.values()).size).toBe(ordered.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
