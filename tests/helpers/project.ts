// Fixture trees in temp directories: a releases/ + locales/ project the CLI can run on.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Project {
  root: string;
  write(path: string, content: string): string;
  remove(): void;
}

/** A temp project with the repo's ui and desk strings and glossary; `withBundled` copies the bundled releases and memories too. */
export function makeProject(options: { withBundled?: boolean } = {}): Project {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-'));
  for (const language of ['it', 'en', 'ja']) {
    mkdirSync(join(root, 'locales', language, 'releases'), { recursive: true });
    cpSync(join(REPO, 'locales', language, 'ui.json'), join(root, 'locales', language, 'ui.json'));
    cpSync(join(REPO, 'locales', language, 'desk.json'), join(root, 'locales', language, 'desk.json'));
  }
  cpSync(join(REPO, 'locales', 'glossary.yaml'), join(root, 'locales', 'glossary.yaml'));
  mkdirSync(join(root, 'releases'));
  if (options.withBundled) {
    cpSync(join(REPO, 'releases'), join(root, 'releases'), { recursive: true });
    for (const language of ['en', 'ja']) {
      cpSync(join(REPO, 'locales', language, 'releases'), join(root, 'locales', language, 'releases'), { recursive: true });
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
