// The comments file on disk: JSON in a fixed shape and order, threads in release order, like the memory beside it.
import * as z from 'zod';
import type { VFile } from 'vfile';
import type { Release, TargetLanguage } from '../release.ts';
import { reportError } from '../problems.ts';
import { firstControlCharacter } from '../parse/characters.ts';
import { readJsonFile } from './json-file.ts';
import { COMMENT_LIMIT, type Comment, type Comments } from './comments.ts';

const comment = z
  .object({
    id: z.string().regex(/^c[1-9][0-9]*$/, { error: 'comment ids are c1, c2, …' }),
    author: z.string().min(1),
    at: z.string().min(1),
    text: z.string().min(1).max(COMMENT_LIMIT),
  })
  .strict();

const schema = z
  .object({
    release: z.string().min(1),
    language: z.enum(['en', 'ja']),
    threads: z.record(z.string().regex(/^[0-9a-f]{16}$/, { error: 'segment keys are 16 hex digits' }), z.array(comment)),
  })
  .strict();

/** Read a comments file; problems are reported on `file` and the result is undefined on errors. */
export function readComments(file: VFile, expected: { release: string; language: TargetLanguage }): Comments | undefined {
  // Control characters are not text: placed where they stand when raw, on their comment when escaped.
  const comments = readJsonFile(file, schema, { name: 'comments file', rule: 'comments' }) as Comments | undefined;
  if (!comments) return undefined;
  if (comments.release !== expected.release || comments.language !== expected.language) {
    reportError(file, `comments file says ${comments.language}/${comments.release} but lives at ${expected.language}/${expected.release}`, 'comments-shape', { line: 1, column: 1 });
    return undefined;
  }
  for (const item of Object.values(comments.threads).flat()) {
    const control = firstControlCharacter(item.author + item.text);
    if (control) reportError(file, `comment ${item.id} holds a control character (${control}), which is not text; delete it`, 'control-character', { line: 1, column: 1 });
  }
  if (file.messages.some((message) => message.fatal)) return undefined;
  const ids = Object.values(comments.threads).flat().map((item) => item.id);
  if (new Set(ids).size !== ids.length) {
    reportError(file, 'comments file gives one comment id twice; ids are unique in the file', 'comments-shape', { line: 1, column: 1 });
    return undefined;
  }
  return comments;
}

/** Threads in release order (others after, by key), empty threads dropped, fields in a fixed order. */
export function serializeComments(comments: Comments, release?: Release): string {
  const order = release?.segments.map((segment) => segment.key) ?? [];
  const keys = Object.keys(comments.threads).filter((key) => comments.threads[key]!.length > 0);
  const known = [...new Set(order)].filter((key) => keys.includes(key));
  const rest = keys.filter((key) => !known.includes(key)).sort();
  const threads: Record<string, Comment[]> = {};
  for (const key of [...known, ...rest]) threads[key] = comments.threads[key]!.map(({ id, author, at, text }) => ({ id, author, at, text }));
  return `${JSON.stringify({ release: comments.release, language: comments.language, threads }, null, 2)}\n`;
}
