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
  const quick = plainId(block);
  if (quick !== undefined) return quick || fallback;
  try {
    const fields: unknown = parse(block);
    const id = fields !== null && typeof fields === 'object' ? (fields as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : fallback;
  } catch {
    // Not YAML: the parse will say so, and the release will not build under any id.
    return fallback;
  }
}

/** Anywhere the key `id` could start: bare, quoted, tagged, anchored, explicit or in a flow mapping. */
const ID_KEY = /(?:^|[\s{,?"'\[])id["']?\s*:/g;
const PLAIN_ID_LINE = /^id:[ \t]+([a-z0-9]+(?:-[a-z0-9]+)*)(?:[ \t]+#.*)?[ \t]*$/m;
/** Plain scalars the YAML core schema reads as something other than text. */
const NOT_TEXT = /^(?:true|false|null|0x[0-9a-f]+|0o[0-7]+|[0-9]+(?:e[0-9]+)?)$/;

/**
 * The id of the usual front matter without the YAML reader (a fifth of a cold build's main-thread time):
 * '' when no key can be `id`, the id of a single plain `id:` line, or undefined for YAML to decide (escapes,
 * which can spell any key, or anything less plain). A misreading would cost time only: the thread that parses
 * the release says so, and the build starts over with every id read in full.
 */
function plainId(block: string): string | undefined {
  if (block.includes('\\')) return undefined;
  const keys = block.match(ID_KEY)?.length ?? 0;
  if (keys === 0) return '';
  const id = keys === 1 ? PLAIN_ID_LINE.exec(block)?.[1] : undefined;
  return id !== undefined && !NOT_TEXT.test(id) ? id : undefined;
}
