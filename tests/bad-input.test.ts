// The bad-input corpus: each case in tests/fixtures/bad/<case>/ is a small project with the diagnostics it
// must produce (expected.json). Each runs through the CLI's program, in process, beside a good release, which must
// still build. (tests/cli-build.test.ts starts the real command.)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../pipeline/publish/render-release.ts';
import { makeProject, release, REPO, type Project } from './helpers/project.ts';
import { memoryFor, memoryJson, standIn } from './helpers/memory.ts';
import { runPressroomHere as runCli } from './helpers/cli.ts';

interface Expected {
  about: string;
  exit: number;
  diagnostics: { file: string; line: number; column: number; severity: 'error' | 'warning'; rule: string }[];
  /** Release ids published in Italian (the good one is always checked). */
  built?: string[];
  /** Release ids skipped per language. */
  skipped?: Record<string, string[]>;
  /** Other commands run after the build on the same tree (for input the build does not read, like the glossary). */
  commands?: { args: string[]; exit: number; diagnostics: Expected['diagnostics'] }[];
}

const CORPUS = join(REPO, 'tests/fixtures/bad');
const GOOD = release('title: Comunicato valido\ndate: 2025-10-01T10:00:00+02:00', 'Questo comunicato è corretto e va pubblicato.');

/** Every file under `dir` with its hash, to prove a failed run modified nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Complete memories for every release that parses and has none, so that only the case's own problem shows. */
function completeMemories(project: Project) {
  const dir = join(project.root, 'releases');
  // Files only: a release's pictures are in a folder beside it.
  const sources = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map(({ name }) => ({ path: `releases/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  for (const parsed of loadReleases(sources).releases) {
    for (const language of ['en', 'ja'] as const) {
      const path = `locales/${language}/releases/${parsed.id}.json`;
      if (!existsSync(join(project.root, path))) project.write(path, memoryJson(memoryFor(parsed, language, standIn(`${language}:`))));
    }
  }
}

function parseDiagnostics(stderr: string) {
  return stderr
    .split('\n')
    .map((line) => /^(.+?):(\d+):(\d+): (error|warning): .* \[pressroom:([a-z0-9-]+)\]$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), severity: match[4], rule: match[5] }));
}

describe('bad input: each case gets its diagnostic, and nothing else breaks', () => {
  let project: Project;
  afterEach(() => project?.remove());

  const cases = readdirSync(CORPUS).sort();
  it('has a corpus', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
    project = makeProject();
    cpSync(join(CORPUS, name), project.root, { recursive: true, filter: (path) => !path.endsWith('expected.json') });
    project.write('releases/valido.md', GOOD);
    completeMemories(project);
    const before = { releases: snapshot(join(project.root, 'releases')), locales: snapshot(join(project.root, 'locales')) };

    const result = await runCli(['build'], { cwd: project.root });

    expect(parseDiagnostics(result.stderr), result.stderr).toEqual(expected.diagnostics);
    expect(result.code, result.stderr).toBe(expected.exit);
    // Every line on stderr is a diagnostic in the file:line:col form: no stack traces.
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(expected.diagnostics.length);
    // Each release is a directory; index.html, the feeds and the archive by month (archive/) sit beside them.
    const published = readdirSync(join(project.root, 'out/it'), { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'archive').map((entry) => entry.name);
    expect(published.sort()).toEqual(['valido', ...(expected.built ?? [])].sort());
    for (const [language, ids] of Object.entries(expected.skipped ?? {})) {
      for (const id of ids) expect(existsSync(join(project.root, 'out', language, id))).toBe(false);
    }
    expect(existsSync(join(project.root, 'out/en/valido/wire.txt'))).toBe(true);
    expect({ releases: snapshot(join(project.root, 'releases')), locales: snapshot(join(project.root, 'locales')) }).toEqual(before);

    for (const command of expected.commands ?? []) {
      const other = await runCli(command.args, { cwd: project.root });
      expect(parseDiagnostics(other.stderr), `${command.args.join(' ')}\n${other.stderr}`).toEqual(command.diagnostics);
      expect(other.code, other.stderr).toBe(command.exit);
      expect({ releases: snapshot(join(project.root, 'releases')), locales: snapshot(join(project.root, 'locales')) }).toEqual(before);
    }
  });

  it('a 10 MB release is refused with one line, and the others build', async () => {
    project = makeProject();
    project.write('releases/valido.md', GOOD);
    project.write('releases/enorme.md', release('title: Enorme\ndate: 2025-10-01T10:00:00+02:00', 'Parola '.repeat(1_500_000)));
    completeMemories(project);
    const result = await runCli(['build'], { cwd: project.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^releases\/enorme\.md:1:1: error: the file is 10\.0 MB, more than the 2 MB .* \[pressroom:too-large\]\n$/);
    expect(existsSync(join(project.root, 'out/it/valido/index.html'))).toBe(true);
    expect(existsSync(join(project.root, 'out/it/enorme'))).toBe(false);
  });
});

describe('bad input: only regular files inside the project are read', () => {
  let project: Project;
  afterEach(() => project?.remove());

  it('a directory, FIFO, dangling link, link loop, link to /dev/zero or out of the project, or a 3 GB sparse file named *.md is one error each, and the others build', async () => {
    project = makeProject();
    project.write('releases/valido.md', GOOD);
    // A link inside the project is followed: drafts kept elsewhere in it may be linked into releases/.
    project.write('bozze/collegato.md', release('title: Collegato\ndate: 2025-10-01T10:00:00+02:00', 'Un comunicato tenuto altrove nel progetto.'));
    symlinkSync('../bozze/collegato.md', join(project.root, 'releases/collegato.md'));
    completeMemories(project);
    mkdirSync(join(project.root, 'releases/cartella.md'));
    execFileSync('mkfifo', [join(project.root, 'releases/tubo.md')]);
    symlinkSync('non-esiste.md', join(project.root, 'releases/rotto.md'));
    symlinkSync('anello.md', join(project.root, 'releases/anello.md'));
    symlinkSync('/dev/zero', join(project.root, 'releases/zero.md'));
    const outside = mkdtempSync(join(tmpdir(), 'pressroom-outside-'));
    writeFileSync(join(outside, 'fuori.md'), GOOD);
    symlinkSync(join(outside, 'fuori.md'), join(project.root, 'releases/fuori.md'));
    // Sparse: 3 GB long, no blocks on disk; read whole before the size check, it would exhaust the memory.
    truncateSync(project.write('releases/enorme.md', ''), 3 * 1024 ** 3);

    const result = await runCli(['build'], { cwd: project.root });
    rmSync(outside, { recursive: true, force: true });
    const rule = (name: string, id = 'not-a-file') => ({ file: `releases/${name}.md`, line: 1, column: 1, severity: 'error', rule: id });
    expect(parseDiagnostics(result.stderr), result.stderr).toEqual([rule('anello'), rule('cartella'), rule('enorme', 'too-large'), rule('fuori'), rule('rotto'), rule('tubo'), rule('zero')]);
    expect(result.stderr).toMatch(/^releases\/anello\.md:1:1: error: a symbolic link that leads back to itself \(a loop\)/m);
    expect(result.stderr).toMatch(/^releases\/cartella\.md:1:1: error: this is a directory, not a file/m);
    expect(result.stderr).toMatch(/^releases\/enorme\.md:1:1: error: the file is 3072\.0 MB, more than the 2 MB/m);
    expect(result.stderr).toMatch(/^releases\/fuori\.md:1:1: error: a symbolic link to .*fuori\.md, outside the project/m);
    expect(result.stderr).toMatch(/^releases\/rotto\.md:1:1: error: a symbolic link to a file that does not exist/m);
    expect(result.stderr).toMatch(/^releases\/tubo\.md:1:1: error: this is a named pipe \(FIFO\), not a file/m);
    expect(result.stderr).toMatch(/^releases\/zero\.md:1:1: error: a symbolic link to \/dev\/zero, outside the project/m);
    expect(result.code).toBe(1);
    expect(existsSync(join(project.root, 'out/en/valido/wire.txt'))).toBe(true);
    expect(existsSync(join(project.root, 'out/it/collegato/index.html'))).toBe(true);

    // The commands that read releases without building say the same, and do not hang either.
    const status = await runCli(['check'], { cwd: project.root });
    expect(parseDiagnostics(status.stderr).filter((diagnostic) => diagnostic.rule === 'not-a-file')).toHaveLength(6);
  }, 120_000);
});

describe('bad input: every case is listed in docs/reliability.md', () => {
  it('names each corpus case', () => {
    const table = readFileSync(join(REPO, 'docs/reliability.md'), 'utf8');
    for (const name of readdirSync(CORPUS)) expect(table, name).toContain(`\`${name}\``);
  });

  it('cites only tests that exist: each `file` › name is a test in that file (or a corpus case)', () => {
    const table = readFileSync(join(REPO, 'docs/reliability.md'), 'utf8');
    const cited = [...table.matchAll(/`(tests\/[\w.-]+\.test\.ts)`((?: › [^|`]+)+)/g)];
    expect(cited.length).toBeGreaterThan(40);
    for (const [, file, names] of cited) {
      const source = readFileSync(join(REPO, file!), 'utf8');
      for (const name of names!.split(' › ').map((part) => part.trim().replace(/;$/, '')).filter(Boolean)) {
        const known = source.includes(`'${name}'`) || source.includes(`'${name.replace(/'/g, "\\'")}'`) || (file === 'tests/bad-input.test.ts' && existsSync(join(CORPUS, name)));
        expect(known, `${file} › ${name}`).toBe(true);
      }
    }
  });
});
