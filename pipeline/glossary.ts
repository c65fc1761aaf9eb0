// locales/glossary.yaml: terms written the same in every language (`keep`) and fixed translations (`terms`).
// One reader for every command: translate turns it into DeepL dictionaries, check tests translations against it.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import * as z from 'zod';
import type { VFile } from 'vfile';
import type { Point, TargetLanguage } from './release.ts';
import { reportError } from './problems.ts';
import { checkControlCharacters, firstControlCharacter } from './parse/characters.ts';

export interface Glossary {
  /** Written exactly so in every language: brands, names of bodies. */
  keep: string[];
  /** Italian term -> its fixed translation per language. */
  terms: Record<string, Partial<Record<TargetLanguage, string>>>;
}

export const EMPTY_GLOSSARY: Glossary = { keep: [], terms: {} };

/** The glossary's fixed translation of `term` in `language`, if it gives one (its own terms only, never Object's). */
export const termIn = (glossary: Glossary | undefined, term: string, language: TargetLanguage): string | undefined =>
  glossary && Object.hasOwn(glossary.terms, term) ? glossary.terms[term]![language] : undefined;

// DeepL glossary terms are one line each, without tabs.
const term = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty', abort: true }).regex(/^[^\t\r\n]+$/, { error: 'must be one line without tabs' })
  .refine((text) => !firstControlCharacter(text), { error: (issue) => `holds a control character (${firstControlCharacter(String(issue.input))}), which is not text; delete it` });

const schema = z
  .object({
    keep: z.array(term).default([]),
    terms: z.record(term, z.object({ en: term.optional(), ja: term.optional() }).strict()).default({}),
  })
  .strict();

type Path = readonly PropertyKey[];

/** The node at `path`: a scalar value itself, else the key that names it (for a whole map or list). */
function nodeAt(doc: Document, path: Path, preferKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return key;
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
      key = undefined;
    } else break;
  }
  if (!preferKey && isScalar(node) && node.range && node.range[0] < node.range[1]) return node;
  return key ?? (node as Node | undefined);
}

function pointOf(doc: Document, lines: LineCounter, path: Path, preferKey = false): Point {
  const start = nodeAt(doc, path, preferKey)?.range?.[0];
  if (start === undefined) return { line: 1, column: 1 };
  const { line, col } = lines.linePos(start);
  return { line, column: col };
}

/** Terms given twice: in `keep`, or as two keys of `terms` (YAML would silently keep the last). */
function reportDuplicates(file: VFile, doc: Document, lines: LineCounter): void {
  const list = (name: string, items: { text: unknown; node: Node | undefined }[]) => {
    const seen = new Map<string, number>();
    for (const { text, node } of items) {
      if (typeof text !== 'string' || text.trim() === '') continue;
      const start = node?.range?.[0] ?? 0;
      const { line, col } = lines.linePos(start);
      const first = seen.get(text.trim());
      if (first === undefined) seen.set(text.trim(), line);
      else reportError(file, `glossary ${name}: “${text.trim()}” is given twice (first on line ${first}); keep one`, 'glossary-duplicate', { line, column: col });
    }
  };
  const root = doc.contents;
  if (!isMap(root)) return;
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    if (pair.key.value === 'keep' && isSeq(pair.value)) list('keep', pair.value.items.map((item) => ({ text: isScalar(item) ? item.value : undefined, node: item as Node })));
    if (pair.key.value === 'terms' && isMap(pair.value)) list('terms', pair.value.items.map((item) => ({ text: isScalar(item.key) ? item.key.value : undefined, node: item.key as Node })));
  }
}

/** Read glossary.yaml; problems are reported on `file` with their line and column, and the result is undefined on errors. */
export function readGlossary(file: VFile): Glossary | undefined {
  // Written as they are, they are placed where they stand; written as YAML escapes ("\x1b"), on the term.
  if (!checkControlCharacters(file, String(file.value))) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(String(file.value), { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const place = error.linePos?.[0];
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      reportError(file, `glossary is not valid YAML (${reason})`, 'glossary-yaml', place ? { line: place.line, column: place.col } : { line: 1, column: 1 });
    }
    return undefined;
  }
  const before = file.messages.length;
  reportDuplicates(file, doc, lines);
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const value: unknown = doc.getIn(path as PropertyKey[]);
      const empty =
        issue.code === 'too_small' ||
        (issue.code === 'invalid_type' && (value === null || value === undefined)) ||
        (issue.code === 'invalid_key' && issue.issues.some((inner) => inner.code === 'too_small'));
      const where = path.map((step) => (String(step) === '' ? '""' : String(step))).join('.') || 'file';
      const reason = empty ? (issue.code === 'invalid_key' ? 'a term must not be empty' : 'must not be empty') : issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      reportError(file, `glossary ${where}: ${reason}`, empty ? 'glossary-empty' : 'glossary-shape', pointOf(doc, lines, path, issue.code === 'unrecognized_keys' || issue.code === 'invalid_key'));
    }
  }
  return file.messages.length > before ? undefined : result.data;
}
