// Front matter of the plain shape most releases have, read without the YAML parser: one `key: value` a line, each
// value a double-quoted text with no escapes, a plain word or phrase, an ISO date and time, a flow map or list of
// such words (`{ city: Torino }`, `[a, b]`), or a list of such maps, one `  - ` a line. Anything else (comments,
// escapes, blank lines, numbers, true/false/null, anchors, a key given twice…) is not read here: undefined, and the
// YAML parser reads it. The YAML parser took a fair share of a cold build's parse; tests/plain-yaml.test.ts checks
// that whatever this reads, it reads as yaml does.

export interface PlainYaml {
  data: Record<string, unknown>;
  /** Offset in the text of each top-level key. */
  keys: Record<string, number>;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** A plain scalar that YAML's core schema reads as text: opens with a letter, holds no indicator yaml reads inside a line. */
const WORDS = /^\p{L}[^:#,[\]{}"'\\]*$/u;
/** What the core schema reads as null or true/false, though it opens with a letter. */
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** Characters yaml reads apart (breaks, controls, a byte-order mark, tabs): a line holding one is not plain. */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u;

/** A plain scalar as text, or undefined. Spaces at either end, or doubled, are left to yaml. */
function word(value: string): string | undefined {
  if (value !== value.trim() || value.includes('  ')) return undefined;
  if (ISO.test(value)) return value;
  return WORDS.test(value) && !NOT_TEXT.test(value) ? value : undefined;
}

/** A value on a key's line: quoted text, a word, or a flow map or list of words. */
function scalarOrFlow(value: string): unknown {
  if (value.startsWith('"')) {
    const inner = value.slice(1, -1);
    return value.length >= 2 && value.endsWith('"') && !inner.includes('"') && !inner.includes('\\') ? inner : undefined;
  }
  if (value.startsWith('{')) return flowMap(value);
  if (value.startsWith('[')) return flowList(value);
  return word(value);
}

function flowMap(value: string): Record<string, string> | undefined {
  if (!value.endsWith('}')) return undefined;
  const inner = value.slice(1, -1).trim();
  if (inner === '') return undefined;
  const map: Record<string, string> = {};
  for (const part of inner.split(',')) {
    const entry = /^([A-Za-z_][A-Za-z0-9_]*): (.+)$/.exec(part.trim());
    if (!entry || Object.hasOwn(map, entry[1]!) || entry[1] === '__proto__' || NOT_TEXT.test(entry[1]!)) return undefined;
    const text = word(entry[2]!);
    if (text === undefined || text.includes(':')) return undefined;
    map[entry[1]!] = text;
  }
  return map;
}

function flowList(value: string): string[] | undefined {
  if (!value.endsWith(']')) return undefined;
  const inner = value.slice(1, -1).trim();
  if (inner === '') return [];
  const list: string[] = [];
  for (const part of inner.split(',')) {
    const text = word(part.trim());
    if (text === undefined || text.includes(':')) return undefined;
    list.push(text);
  }
  return list;
}

/** `text` read as YAML would read it, when it is of the plain shape; undefined otherwise. */
export function plainYaml(text: string): PlainYaml | undefined {
  if (UNUSUAL.test(text.replaceAll('\n', ''))) return undefined;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const data: Record<string, unknown> = {};
  const keys: Record<string, number> = {};
  let offset = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const entry = KEY.exec(line);
    if (!entry || Object.hasOwn(data, entry[1]!) || entry[1] === '__proto__' || NOT_TEXT.test(entry[1]!)) return undefined;
    const key = entry[1]!;
    keys[key] = offset;
    offset += line.length + 1;
    if (entry[2] !== undefined) {
      const value = scalarOrFlow(entry[2]);
      if (value === undefined) return undefined;
      data[key] = value;
      continue;
    }
    // `key:` alone: a list of maps or words below it, one `  - ` a line.
    const list: unknown[] = [];
    while (index + 1 < lines.length && lines[index + 1]!.startsWith('  - ')) {
      const item = lines[++index]!;
      offset += item.length + 1;
      const value = item.slice(4);
      const parsed = value.startsWith('{') ? flowMap(value) : value.startsWith('"') || value.startsWith('[') ? undefined : word(value);
      if (parsed === undefined) return undefined;
      list.push(parsed);
    }
    if (list.length === 0) return undefined;
    data[key] = list;
  }
  return Object.keys(data).length === 0 ? undefined : { data, keys };
}
