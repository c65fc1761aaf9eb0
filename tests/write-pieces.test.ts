// The build's own files written a piece at a time (stamps, status digest) are the bytes the whole string made.
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceOwnFileInPieces, writePieces } from '../pipeline/project/write-place.ts';
import { stampsFileParts, type Stamp } from '../pipeline/project/stamps.ts';
import { readStatusDigest, STATUS_DIGEST_PATH, writeStatusDigest, type ReleaseRecord } from '../pipeline/project/status-digest.ts';

const stamp = (n: number): Stamp => ({ size: n, mtimeMs: 1_700_000_000_000.25 + n, ctimeMs: 1_700_000_000_001 + n, ino: 1000 + n, hash: createHash('sha256').update(String(n)).digest('hex') });

describe('files written in pieces', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes pieces across its chunks as the joined string, hashing exactly their bytes', () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-pieces-'));
    // More than one chunk, with characters of two and three bytes straddling where chunks end.
    const pieces = Array.from({ length: 30_000 }, (_, index) => `«${index}» 東京 città ${'x'.repeat(index % 97)}`);
    const whole = pieces.join('');
    const file = join(dir, 'out');
    const fd = openSync(file, 'w');
    const written = writePieces(fd, 3, pieces);
    writePieces(fd, 0, ['abc']);
    closeSync(fd);
    const bytes = readFileSync(file);
    expect(bytes.toString('utf8')).toBe(`abc${whole}`);
    expect(written).toEqual({ end: 3 + Buffer.byteLength(whole), sha256: createHash('sha256').update(whole).digest('hex') });
  });

  it('writes the stamps as JSON.stringify would', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-pieces-'));
    for (const stamps of [{}, Object.fromEntries(Array.from({ length: 500 }, (_, n) => [`releases/comunicato-${n}-città.md`, stamp(n)]))]) {
      const file = { format: 2, readAt: 1_700_000_000_123, stamps };
      await replaceOwnFileInPieces(join(dir, 'stamps.json'), (fd) => writePieces(fd, 0, stampsFileParts(file)));
      expect(readFileSync(join(dir, 'stamps.json'), 'utf8')).toBe(`${JSON.stringify(file)}\n`);
    }
  });

  it('writes a status digest that reads back whole, with no release or with many', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-pieces-'));
    const record = (n: number): ReleaseRecord => ({
      id: `comunicato-${n}`,
      idAt: { line: 2, column: 5 },
      keys: [`k${n}a`, `k${n}b`],
      segments: 2,
      messages: [{ reason: `“${n}” non è una città`, line: 3, column: 1 }],
      quoteMessages: [],
      stamp: stamp(n),
      rows: { en: { memory: stamp(n + 1).hash, counts: { total: 2, approved: 1, reviewed: 0, machine: 1, stale: 0, missing: 0 } } },
    });
    for (const count of [0, 3000]) {
      const records = Array.from({ length: count }, (_, n) => [`releases/c-${n}.md`, record(n)] as [string, ReleaseRecord]);
      const memories = Object.fromEntries(Array.from({ length: count }, (_, n) => [`locales/en/releases/comunicato-${n}.json`, stamp(n + 1)]));
      await writeStatusDigest(dir, { readAt: 1_700_000_000_123, releases: records.values(), memories });
      const digest = await readStatusDigest(dir);
      expect(digest).toBeDefined();
      expect(digest!.readAt).toBe(1_700_000_000_123);
      expect(digest!.memories).toEqual(memories);
      expect(digest!.keys()).toEqual(Object.fromEntries(records.map(([path, one]) => [path, one.keys])));
      expect(digest!.releases).toEqual(Object.fromEntries(records.map(([path, { keys: _keys, ...rest }]) => [path, rest])));
    }
  });

  it('reads the keys of a digest from the file only when asked for, and none from a file replaced since', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-pieces-'));
    const record = (n: number): ReleaseRecord => ({ id: `c-${n}`, keys: [`k${n}`], segments: 1, messages: [], quoteMessages: [], stamp: stamp(n), rows: {} });
    const write = (count: number) => writeStatusDigest(dir, { readAt: 1_700_000_000_123, releases: Array.from({ length: count }, (_, n) => [`releases/c-${n}.md`, record(n)] as [string, ReleaseRecord]), memories: {} });
    await write(2);
    const file = join(dir, STATUS_DIGEST_PATH);
    const [header, body] = readFileSync(file, 'utf8').split('\n');
    // The header line says how long the body line is, so that the keys after it need not be read.
    expect(JSON.parse(header!).body).toBe(Buffer.byteLength(body!));
    const digest = await readStatusDigest(dir);
    expect(Object.keys(digest!.releases)).toEqual(['releases/c-0.md', 'releases/c-1.md']);
    await write(3);
    expect(digest!.keys()).toBeUndefined();
    const again = await readStatusDigest(dir);
    expect(again!.keys()).toEqual({ 'releases/c-0.md': ['k0'], 'releases/c-1.md': ['k1'], 'releases/c-2.md': ['k2'] });
    // A body line cut short is no digest.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n.*?,/, '\n'));
    expect(await readStatusDigest(dir)).toBeUndefined();
  });
});

