// The project's package.json, where the "pressroom" block holds the site's settings: read as a source is read (a
// regular file in the project, under a cap, links kept inside the project), so that a directory, a FIFO or a
// broken link in its place is one clear error, never a hang or a setting silently dropped.
import { readProjectFile, type SizeCap } from './source-file.ts';
import { ProblemError } from '../problems.ts';

export const PACKAGE_PATH = 'package.json';

/** A package.json is a few kilobytes; one of megabytes is not one. */
const PACKAGE_CAP: SizeCap = { limit: 1024 * 1024, what: 'a package.json' };

/**
 * The "pressroom" block of the project's package.json: empty for a bare releases/ + locales/ tree without one.
 * Throws one line naming the file when it cannot be read or is not JSON.
 */
export function readPressroomSettings(root: string): Record<string, unknown> {
  const read = readProjectFile(root, PACKAGE_PATH, PACKAGE_CAP);
  if (!read) return {};
  if (read.problem) throw new ProblemError(PACKAGE_PATH, read.problem.reason, read.problem.rule);
  let manifest: unknown;
  try {
    manifest = JSON.parse(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ProblemError(PACKAGE_PATH, `not valid JSON (${(error as Error).message}); fix it`, 'package-json');
  }
  const block = manifest !== null && typeof manifest === 'object' ? (manifest as { pressroom?: unknown }).pressroom : undefined;
  return block !== null && typeof block === 'object' && !Array.isArray(block) ? (block as Record<string, unknown>) : {};
}
