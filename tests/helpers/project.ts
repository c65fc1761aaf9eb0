// Fixture trees in temp directories: a releases/ + locales/ project the CLI can run on.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The project the tests build: a copy of the bundled releases and locales, so a press office adding releases to
 * its own releases/ or editing locales/ never turns `npm test` red. Read in place, copied before any write.
 */
export const BUNDLED = join(REPO, 'tests/fixtures/project');

export interface Project {
  root: string;
  write(path: string, content: string): string;
  remove(): void;
}

/** A temp project with the fixture's ui and desk strings and glossary; `withBundled` copies its releases and memories too. */
export function makeProject(options: { withBundled?: boolean } = {}): Project {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-'));
  for (const language of ['it', 'en', 'ja']) {
    mkdirSync(join(root, 'locales', language, 'releases'), { recursive: true });
    cpSync(join(BUNDLED, 'locales', language, 'ui.json'), join(root, 'locales', language, 'ui.json'));
    cpSync(join(BUNDLED, 'locales', language, 'desk.json'), join(root, 'locales', language, 'desk.json'));
  }
  cpSync(join(BUNDLED, 'locales', 'glossary.yaml'), join(root, 'locales', 'glossary.yaml'));
  mkdirSync(join(root, 'releases'));
  if (options.withBundled) {
    cpSync(join(BUNDLED, 'releases'), join(root, 'releases'), { recursive: true });
    for (const language of ['en', 'ja']) {
      cpSync(join(BUNDLED, 'locales', language, 'releases'), join(root, 'locales', language, 'releases'), { recursive: true });
    }
  }
  return {
    root,
    write(path, content) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export const release = (front: string, body: string) => `---\n${front.trim()}\n---\n\n${body.trim()}\n`;
