// The id a release will build under, read cheaply from its front matter (or its file name), so the build can
// hand a thread the right memories and see duplicate ids before anything is parsed. The full parse confirms it.
import { basename, extname } from 'node:path';
import { parse } from 'yaml';
import { MAX_RELEASE_BYTES } from './limits.ts';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function releaseIdOf(path: string, text: string): string {
  const fallback = basename(path, extname(path));
  // A release too long to build is refused by the parse before the YAML reader sees it: so it is here.
  if (Buffer.byteLength(text) > MAX_RELEASE_BYTES) return fallback;
  const block = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (block === undefined) return fallback;
  try {
    const fields: unknown = parse(block);
    const id = fields !== null && typeof fields === 'object' ? (fields as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : fallback;
  } catch {
    // Not YAML: the parse will say so, and the release will not build under any id.
    return fallback;
  }
}
