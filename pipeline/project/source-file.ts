// Source files as read from disk: UTF-8 text, with what the reader found wrong about the bytes.
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { reportError } from '../problems.ts';

export interface SourceFile {
  /** Path relative to the project, as shown in messages: releases/x.md */
  path: string;
  text: string;
  /** Set when the bytes were not valid UTF-8: the text then holds U+FFFD where they were. */
  notUtf8?: boolean;
}

/** A press release is a few kilobytes; anything this large is a mistake (a pasted export, a binary). */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: strictUtf8.decode(bytes) };
  } catch {
    // Not UTF-8: decode leniently, so messages can point at the first U+FFFD.
    return { path, text: Buffer.from(bytes).toString('utf8'), notUtf8: true };
  }
}

/** Report bytes a stage cannot read; true when the text can be parsed. */
export function checkSource(file: VFile, source: SourceFile): boolean {
  const size = Buffer.byteLength(source.text, 'utf8');
  if (size > MAX_SOURCE_BYTES) {
    reportError(file, `the file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB a release or memory may be; check that it holds what you meant`, 'too-large', { line: 1, column: 1 });
    return false;
  }
  if (source.notUtf8) {
    const at = location(file).toPoint(source.text.indexOf('\uFFFD')) ?? { line: 1, column: 1 };
    reportError(file, 'the file is not UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8 and build again', 'not-utf8', at);
    return false;
  }
  return true;
}
