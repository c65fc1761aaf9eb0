// The real build (runBuild, as `pressroom build` runs it), in process, on a temp project made from data.
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { VFile } from 'vfile';
import { runBuild, type BuildOptions } from '../../pipeline/publish/build.ts';
import type { LanguageSummary } from '../../pipeline/publish/summary.ts';
import type { SourceFile } from '../../pipeline/project/source-file.ts';
import type { BuildSettings } from '../../pipeline/publish/render-release.ts';
import type { PressOfficeSetting } from '../../pipeline/parse/front-matter.ts';
import { LANGUAGES, type TargetLanguage } from '../../pipeline/release.ts';
import { readTree } from './tree.ts';

/** A project as data: what runBuild reads from releases/ and locales/ (the press office goes into package.json). */
export interface BuildInput extends Pick<BuildSettings, 'ui' | 'languages' | 'now' | 'baseUrl' | 'strict'> {
  /** package.json "pressroom.office", as written there. */
  office?: PressOfficeSetting;
  releases: SourceFile[];
  /** Memory files by language, then release id. */
  memories: Partial<Record<TargetLanguage, Record<string, SourceFile>>>;
  /** package.json "pressroom.publication": what may publish in each target language. */
  publication?: Partial<BuildSettings['policies']>;
  /** A project whose releases' picture folders (releases/<name>.media/) are copied beside these releases. */
  mediaFrom?: string;
  /** locales/glossary.yaml, as written (none when absent). */
  glossary?: string;
}

export interface BuildResult {
  /** out/, by path, as text. */
  files: Map<string, string>;
  /** The private tree (embargoed copies for agencies), by path, as text. */
  privateFiles: Map<string, string>;
  /** Files with messages. */
  reports: VFile[];
  summaries: LanguageSummary[];
  /** No errors. */
  ok: boolean;
  exitCode: number;
  /** What the build printed, line by line. */
  log: string[];
  errors: string[];
  /** The soonest later moment at which a build would publish or say something else (next-change.ts). */
  nextChange?: Date;
  /** The same, as the CLI would print them on stdout and stderr. */
  stdout: string;
  stderr: string;
}

/** Run the build in process on the project at `root`, with the CLI's defaults (but one thread, no DeepL, and a fixed clock). */
export async function buildIn(root: string, options: Partial<BuildOptions> = {}): Promise<Omit<BuildResult, 'files' | 'privateFiles'>> {
  const log: string[] = [];
  const errors: string[] = [];
  const outcome = await runBuild(
    { root, out: 'out', languages: [...LANGUAGES], now: new Date('2026-01-01T00:00:00Z'), strict: false, jobs: 1, env: {}, ...options },
    { log: (line) => log.push(line), error: (line) => errors.push(line) },
  );
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join('');
  return { ...outcome, ok: outcome.exitCode === 0, log, errors, stdout: text(log), stderr: text(errors) };
}

/** Write `input` into a temp project, build it, and give back out/ with the build's messages. */
export async function buildProject(input: BuildInput): Promise<BuildResult> {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-build-'));
  try {
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    mkdirSync(join(root, 'releases'));
    for (const source of input.releases) {
      write(source.path, source.text);
      const media = source.path.replace(/\.md$/, '.media');
      if (input.mediaFrom && existsSync(join(input.mediaFrom, media))) cpSync(join(input.mediaFrom, media), join(root, media), { recursive: true });
    }
    for (const files of Object.values(input.memories)) for (const source of Object.values(files)) write(source.path, source.text);
    for (const language of LANGUAGES) write(`locales/${language}/ui.json`, JSON.stringify(input.ui[language]));
    if (input.glossary !== undefined) write('locales/glossary.yaml', input.glossary);
    if (input.office || input.publication) write('package.json', JSON.stringify({ pressroom: { office: input.office, publication: input.publication } }));
    const result = await buildIn(root, { languages: input.languages, now: input.now, baseUrl: input.baseUrl, strict: input.strict ?? false });
    const text = (dir: string) => new Map(Object.entries(readTree(join(root, dir))).map(([path, bytes]) => [path, Buffer.from(bytes, 'base64').toString('utf8')]));
    return { ...result, files: text('out'), privateFiles: text('out-private') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
