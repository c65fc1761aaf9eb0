// The JSON files kept beside the releases (memories, comments) read the one way: a BOM dropped, raw control
// characters placed where they stand, then JSON and the file's shape, each problem at its place with its rule.
import type { VFile } from 'vfile';
import type * as z from 'zod';
import { reportError } from '../problems.ts';
import { checkControlCharacters } from '../parse/characters.ts';

/** What a file is called in messages ("translation memory") and its rules' prefix (`memory` → memory-json, memory-shape). */
export interface JsonFileKind {
  name: string;
  rule: string;
}

/** The file's data in `schema`'s shape; undefined, with the problems on `file`, when it is not. */
/**
 * `usual`, when given, reads the data the way `schema` would, faster, or gives undefined for anything less usual:
 * the schema then judges it and words its problems.
 */
export function readJsonFile<T>(file: VFile, schema: z.ZodType<T>, kind: JsonFileKind, usual?: (data: unknown) => T | undefined): T | undefined {
  const text = String(file.value).replace(/^\uFEFF/, '');
  // Written raw (JSON allows DEL and C1 controls) they are placed where they stand; escaped ones are the caller's.
  if (!checkControlCharacters(file, text, String(file.value).length - text.length)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    reportError(file, `${kind.name} is not valid JSON (${reason}); fix it or restore it from git`, `${kind.rule}-json`, { line: 1, column: 1 });
    return undefined;
  }
  const read = usual?.(data);
  if (read !== undefined) return read;
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) reportError(file, `${kind.name} ${issue.path.join('.') || 'file'}: ${issue.message}`, `${kind.rule}-shape`, { line: 1, column: 1 });
    return undefined;
  }
  return result.data;
}
