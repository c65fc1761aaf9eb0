// A link pass asks after a held release's record several times (can it be carried, is it readable, what languages
// did agencies get): through one recordReader each record is read once, and all those answers agree.
import { afterEach, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mayHaveHandedOut, recordPath, recordReader } from '../pipeline/publish/publication-record.ts';

const version = { version: 2, versionCreated: '2026-03-02T10:00:00.000Z', hash: 'h', status: 'usable', headline: 'Titolo' };
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (id: string, text: string) => {
  mkdirSync(join(root, '.pressroom/published'), { recursive: true });
  writeFileSync(join(root, recordPath(id)), text);
};

it('reads each record once per reader, and a new reader reads it afresh', () => {
  root = mkdtempSync(join(tmpdir(), 'pressroom-records-'));
  write('bando', JSON.stringify({ en: version }));
  const records = recordReader(root);
  expect(records('bando').record.en?.version).toBe(2);
  // Changed behind the pass's back: the pass keeps the one reading it started with.
  write('bando', '{ cut short');
  expect(records('bando').record.en?.version).toBe(2);
  expect(mayHaveHandedOut(records, 'bando')).toBe(true);
  const fresh = recordReader(root);
  expect(fresh('bando').problem).toMatch(/not valid JSON/);
  expect(mayHaveHandedOut(fresh, 'bando')).toBe(true);
  expect(mayHaveHandedOut(fresh, 'none-here')).toBe(false);
});
