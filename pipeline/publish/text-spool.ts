// Texts a build needs again only at its very end (each release's review, for the status digest written after the
// swap), kept in a temporary file instead of its heap: at 10,000 releases they were some 20 MB held through the
// indexes and the swap. The file has no name from the moment it is made where the system allows it (so a build that
// dies leaves nothing behind), and is outside the trees the build swaps in.
import { closeSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { readRange } from '../project/file-range.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

export interface TextSpool extends Iterable<string | undefined> {
  /** Whether some text added was undefined. */
  readonly lacking: boolean;
  /** Let go of them: the file goes. */
  close(): void;
}

/** `texts` (undefined ones too) written as they come, read back in the same order (each pass reads them again). */
export function spooledTexts(texts: Iterable<string | undefined>, dir = tmpdir()): TextSpool {
  const path = join(dir, `pressroom-spool-${randomUUID()}`);
  const fd = openSync(path, 'wx+');
  let named = true;
  try {
    unlinkSync(path);
    named = false;
  } catch {
    // A system that cannot remove an open file: removed when closed.
  }
  /** Where each text is in the file: its length in bytes, -1 for undefined. */
  const lengths: number[] = [];
  let end = 0;
  let lacking = false;
  let open = true;
  try {
    for (const text of texts) {
      if (text === undefined) {
        lengths.push(-1);
        lacking = true;
        continue;
      }
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, end + at);
      lengths.push(bytes.length);
      end += bytes.length;
    }
  } catch (error) {
    closeSync(fd);
    if (named) rmSync(path, { force: true });
    throw error;
  }
  return {
    lacking,
    *[Symbol.iterator]() {
      let offset = 0;
      for (const length of lengths) {
        if (length === -1) {
          yield undefined;
          continue;
        }
        const bytes = readRange(fd, offset, length);
        if (bytes.length < length) throw new Error('the build’s temporary file of texts ended early');
        offset += length;
        yield bytes.toString('utf8');
      }
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      if (named) rmSync(path, { force: true });
    },
  };
}

/** The same, held in memory (a preview's few). */
export function heldTexts(texts: Iterable<string | undefined>): TextSpool {
  const held = [...texts];
  return { lacking: held.includes(undefined), [Symbol.iterator]: () => held[Symbol.iterator](), close: () => void (held.length = 0) };
}
