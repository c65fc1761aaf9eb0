// A stretch of an open file, read by its position: what the status digest and the build's spools read back.
import { readSync } from 'node:fs';

/** `length` bytes of `fd` from `position`; fewer when the file ends first. */
export function readRange(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  for (let read = 1; read > 0 && done < length; done += read) read = readSync(fd, bytes, done, length - done, position + done);
  return done < length ? bytes.subarray(0, done) : bytes;
}
