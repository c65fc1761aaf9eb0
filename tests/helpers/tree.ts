// Whole directory trees as data, to compare builds byte for byte.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` by relative path, with its bytes as base64 (stable to compare and print). */
export function readTree(dir: string): Record<string, string> {
  const tree: Record<string, string> = {};
  if (!existsSync(dir)) return tree;
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else tree[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Paths of every file under `dir` whose text contains `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  return Object.entries(readTree(dir))
    .filter(([, bytes]) => Buffer.from(bytes, 'base64').toString('utf8').includes(needle))
    .map(([path]) => path);
}
