// The glossary, the XLIFF file given to `xliff import` and package.json are read as sources are: only a regular
// file under its cap (size from fstat, before a byte is read), links kept inside the project where the file is the
// project's; anything else is one line naming the file, never a hang, a crash or a setting silently dropped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGlossaryFile } from '../pipeline/project/glossary-file.ts';
import { readPolicies, readBaseUrl } from '../pipeline/project/read.ts';
import { outputPlaces } from '../pipeline/publish/out-place.ts';
import { runXliffExport, runXliffImport } from '../pipeline/cli/commands/xliff.ts';
import { makeProject, type Project } from './helpers/project.ts';
import { entry, memoryOf, releaseFrom } from './helpers/review.ts';
import { serializeMemory } from '../pipeline/translate/memory-file.ts';
import { formatMessages, ProblemError } from '../pipeline/problems.ts';

let project: Project;
const elsewhere: string[] = [];
afterEach(() => {
  project?.remove();
  for (const dir of elsewhere.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Put something that is not a readable regular file at `path` (relative to the project). */
function place(kind: string, path: string): void {
  const file = join(project.root, path);
  rmSync(file, { recursive: true, force: true });
  if (kind === 'directory') mkdirSync(file);
  else if (kind === 'FIFO') execFileSync('mkfifo', [file]);
  else if (kind === 'dangling link') symlinkSync(join(project.root, 'nowhere'), file);
  else if (kind === 'link loop') symlinkSync(file, file);
  else if (kind === 'oversized') {
    writeFileSync(file, '');
    truncateSync(file, 3 * 1024 * 1024 * 1024);
  } else if (kind === 'link out of the project') {
    const outside = mkdtempSync(join(tmpdir(), 'pressroom-outside-'));
    elsewhere.push(outside);
    writeFileSync(join(outside, 'file'), 'keep: [Segreto]\n');
    symlinkSync(join(outside, 'file'), file);
  }
}

/** What the command line prints for a thrown problem: one line per message (a ProblemError's), or its text. */
function printed(error: unknown): string {
  return error instanceof ProblemError ? formatMessages(error.file).join('\n') : String(error);
}

function catching(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const KINDS = ['directory', 'FIFO', 'dangling link', 'link loop', 'oversized'] as const;
const RULE = { directory: 'not-a-file', FIFO: 'not-a-file', 'dangling link': 'not-a-file', 'link loop': 'not-a-file', oversized: 'too-large', 'link out of the project': 'not-a-file' } as const;

describe('locales/glossary.yaml', () => {
  for (const kind of [...KINDS, 'link out of the project'] as const) {
    it(`as a ${kind}: one error of the glossary at 1:1, and no glossary`, async () => {
      project = makeProject();
      place(kind, 'locales/glossary.yaml');
      const { glossary, file } = await readGlossaryFile(project.root);
      expect(glossary).toBeUndefined();
      expect(file.messages.map((message) => [file.path, message.line, message.column, message.ruleId, message.fatal])).toEqual([['locales/glossary.yaml', 1, 1, RULE[kind], true]]);
    });
  }

  it('follows a link to a glossary inside the project', async () => {
    project = makeProject();
    project.write('shared/glossary.yaml', 'keep: [Piemonte]\n');
    rmSync(join(project.root, 'locales/glossary.yaml'));
    symlinkSync(join(project.root, 'shared/glossary.yaml'), join(project.root, 'locales/glossary.yaml'));
    expect((await readGlossaryFile(project.root)).glossary?.keep).toEqual(['Piemonte']);
  });
});

describe('package.json', () => {
  for (const kind of [...KINDS, 'link out of the project'] as const) {
    it(`as a ${kind}: the settings readers and the build's output places stop with one line naming it`, async () => {
      project = makeProject();
      place(kind, 'package.json');
      // As the command line prints it: the file, the reason and the rule, once.
      const line = new RegExp(`^package\\.json: error: .*\\[pressroom:${RULE[kind]}\\]$`);
      expect(printed(await readPolicies(project.root).catch((error: unknown) => error))).toMatch(line);
      expect(printed(await readBaseUrl(project.root).catch((error: unknown) => error))).toMatch(line);
      expect(printed(catching(() => outputPlaces(project.root, 'out')))).toMatch(line);
    });
  }

  it('that is not JSON is an error, not settings silently dropped', async () => {
    project = makeProject();
    project.write('package.json', '{ "pressroom": { "publication": { "en": "machine" } ');
    expect(printed(await readPolicies(project.root).catch((error: unknown) => error))).toMatch(/^package\.json: error: not valid JSON .*\[pressroom:package-json\]$/);
  });

  it('absent: a bare releases/ + locales/ tree, with the defaults', async () => {
    project = makeProject();
    expect((await readPolicies(project.root)).policies).toEqual({ en: 'reviewed', ja: 'reviewed' });
  });
});

describe('the XLIFF file given to xliff import', () => {
  function projectWithExport(): string {
    project = makeProject();
    const { release, text } = releaseFrom('comunicato', 'title: Comunicato', 'Primo paragrafo.');
    project.write('releases/comunicato.md', text);
    project.write('locales/en/releases/comunicato.json', serializeMemory(memoryOf(release, 'en', (source) => entry(source, `EN ${source}`)), release));
    const outside = mkdtempSync(join(tmpdir(), 'pressroom-xliff-'));
    elsewhere.push(outside);
    return outside;
  }

  const io = () => {
    const lines: string[] = [];
    return { lines, console: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) } };
  };

  for (const kind of KINDS) {
    it(`as a ${kind}: one line naming the file, exit 1, nothing imported`, async () => {
      const outside = projectWithExport();
      const path = join(outside, 'en.xlf');
      if (kind === 'directory') mkdirSync(path);
      else if (kind === 'FIFO') execFileSync('mkfifo', [path]);
      else if (kind === 'dangling link') symlinkSync(join(outside, 'nowhere'), path);
      else if (kind === 'link loop') symlinkSync(path, path);
      else {
        writeFileSync(path, '');
        truncateSync(path, 3 * 1024 * 1024 * 1024);
      }
      const { lines, console } = io();
      expect(await runXliffImport(path, { root: project.root, now: new Date('2025-10-16T08:00:00+02:00') }, console)).toBe(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: error: .*\\[pressroom:${RULE[kind]}\\]$`));
    });
  }

  it('may be anywhere, also through a link: a regular file is imported', async () => {
    const outside = projectWithExport();
    const { lines, console } = io();
    expect(await runXliffExport({ root: project.root, language: 'en', output: join(outside, 'real.xlf') }, console)).toBe(0);
    symlinkSync(join(outside, 'real.xlf'), join(outside, 'en.xlf'));
    expect(await runXliffImport(join(outside, 'en.xlf'), { root: project.root, now: new Date('2025-10-16T08:00:00+02:00') }, console)).toBe(0);
    expect(lines.at(-1)).toMatch(/^en: 0 updated, 0 restored, 2 unchanged$/);
  });
});
