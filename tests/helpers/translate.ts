// Helpers for translate tests: the figures the CLI prints, and the memory files it leaves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { readMemory } from '../../pipeline/translate/memory-file.ts';
import type { Memory } from '../../pipeline/translate/memory.ts';
import { release } from './project.ts';
export { startCli } from './cli.ts';

/** The figures `pressroom translate` prints: the total, and characters per "release language". */
export function figures(stdout: string): { total: number; segments: number; jobs: Record<string, number> } {
  const total = /^total: (\d+) characters (?:would be )?billed for (\d+) segments?/m.exec(stdout);
  if (!total) throw new Error(`no total line in:\n${stdout}`);
  const jobs: Record<string, number> = {};
  for (const match of stdout.matchAll(/^(\S+ (?:en|ja)): (\d+) characters/gm)) jobs[match[1]!] = Number(match[2]);
  return { total: Number(total[1]), segments: Number(total[2]), jobs };
}

/** Every memory file under locales/, read and validated like the build does; throws on an invalid one. */
export function readMemoryFiles(root: string): Record<string, Memory> {
  const memories: Record<string, Memory> = {};
  for (const language of ['en', 'ja'] as const) {
    const dir = join(root, 'locales', language, 'releases');
    for (const name of readdirSync(dir)) {
      const path = `locales/${language}/releases/${name}`;
      if (!name.endsWith('.json')) continue;
      const file = new VFile({ path, value: readFileSync(join(root, path), 'utf8') });
      const memory = readMemory(file, { release: name.slice(0, -5), language });
      if (!memory) throw new Error(`${path} does not read: ${file.messages.map(String).join('; ')}`);
      memories[path] = memory;
    }
  }
  return memories;
}

/** Every file under locales/ with its content, to show a run changed nothing. */
export function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(join(root, path), 'utf8');
    }
  };
  walk('locales');
  return files;
}

/** Two short releases the translate tests share. */
export const ROBOTICA = release('title: Robot in corsia\ndate: 2025-11-02T09:00:00+01:00', 'Il Politecnico di Torino presenta un robot per gli ospedali.\n\nLa sperimentazione parte in primavera.');
export const GIAPPONE = release('title: Piemonte e Giappone\ndate: 2025-09-26T10:00:00+02:00', 'Una missione di imprese piemontesi a Osaka.\n\nIl programma dura tre giorni.');
