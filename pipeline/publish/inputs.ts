// The read phase: what a build is made from. The release paths, the ui strings, the site's address, the
// pipeline's own version and the previous build's stamps, read once; release sources read lazily, only
// those whose stamps say they may have changed, and not kept: thousands of them are never held at once.
import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import { readGlossaryBytes, readGlossaryFile } from '../project/glossary-file.ts';
import { listReleases, readBaseUrl, readConfig, readPolicies, readPressOffice, readUi, readUiTexts } from '../project/read.ts';
import { FileStamps, type Stamp, type WatchedStamps } from '../project/stamps.ts';
import { sourceOfRead, type SourceFile } from '../project/source-file.ts';
import { memoryPath } from '../translate/memory.ts';
import { TARGET_LANGUAGES, type Language } from '../release.ts';
export type { BuildSettings } from './render-release.ts';
import type { BuildSettings } from './render-release.ts';
import { contentHash } from './messages.ts';
import { MAX_IMAGE_BYTES } from '../project/media.ts';
import { pipelineVersion } from './manifest.ts';
import { ProblemError } from '../problems.ts';

export interface BuildInputs {
  root: string;
  /** Release files, in path order: it decides the order of messages and of releases in the indexes. */
  paths: string[];
  /** The settings, parsed and validated: only after loadSettings(). */
  settings: BuildSettings;
  /**
   * Parse the ui strings, the glossary and the press office (and say what is wrong with them). A build with
   * nothing to render does without: its settings key is made of their bytes.
   */
  loadSettings(): Promise<BuildSettings>;
  /** Whether loadSettings() has run. */
  settingsLoaded(): boolean;
  /** The site's address, ending with a slash. */
  baseUrl: string;
  /** Hash of the pipeline, the ui strings, glossary and press office as written, languages, base URL and strictness: a change rebuilds everything. */
  settingsKey: string;
  pipeline: string;
  stamps: FileStamps;
  /**
   * The source of a release, read and stamped now. Not kept: the plan reads each release once for its id (and only
   * when its stamp does not vouch for it), and the thread that builds it reads it again (render-task.ts).
   */
  sourceOf(path: string): SourceFile;
  /**
   * What a release's files are made of: the settings, its source, its memories in the languages built and its
   * pictures (`media`, the paths its front matter names), as the thread that built it read them, if given.
   */
  releaseKey(path: string, id?: string, read?: Record<string, Stamp>, media?: string[]): string;
  /** Whether an embargo (as written) still holds at the build's clock. */
  embargoed(embargo: string | undefined): boolean;
  /** Whether the build's clock has reached a moment (as written). */
  passed(at: string | undefined): boolean;
  /** The glossary file, with its problems when it is broken (the checks then run without it): only after loadSettings(). */
  glossaryReport: VFile;
  /** A project setting that makes any build wrong (an unknown publication policy): nothing is built. */
  configProblem?: string;
}

export interface ReadOptions {
  root: string;
  languages: Language[];
  now: Date;
  baseUrl?: string;
  strict: boolean;
  /** A long-running process's last stamps and what its watcher reported since: see WatchedStamps. */
  watched?: WatchedStamps;
}

export async function readInputs(options: ReadOptions): Promise<BuildInputs> {
  const root = resolve(options.root);
  const stamps = new FileStamps(root, options.watched);
  const glossaryRead = readGlossaryBytes(root);
  const [listed, baseUrl, pipeline, { policies, problem }, config] = await Promise.all([
    listReleases(root),
    readBaseUrl(root, options.baseUrl),
    pipelineVersion(),
    readPolicies(root),
    readConfig(root),
    stamps.load(),
  ]);
  const paths = [...listed].sort((a, b) => a.localeCompare(b));
  const settingsKey = contentHash(pipeline, readUiTexts(root), options.languages, baseUrl, options.strict, policies, glossaryRead?.bytes?.toString('utf8') ?? glossaryRead?.problem?.reason ?? null, config.office ?? null);
  let loaded: { settings: BuildSettings; glossaryReport: VFile } | undefined;
  const loadSettings = async () => {
    if (!loaded) {
      const [ui, office, glossaryFile, { EMPTY_GLOSSARY }, { reportUnnamedProjectOffice }] = await Promise.all([readUi(root), readPressOffice(root), readGlossaryFile(root, glossaryRead), import('../glossary.ts'), import('./office-name.ts')]);
      const glossary = glossaryFile.glossary ?? EMPTY_GLOSSARY;
      reportUnnamedProjectOffice(glossaryFile.file, office, glossaryFile.glossary, options.languages);
      loaded = { settings: { ui, languages: options.languages, now: options.now, baseUrl, strict: options.strict, policies, glossary, ...(office ? { office } : {}) }, glossaryReport: glossaryFile.file };
    }
    return loaded.settings;
  };
  const mustBeLoaded = () => {
    if (!loaded) throw new Error('the build settings were used before loadSettings()');
    return loaded;
  };

  const sourceOf = (path: string): SourceFile => {
    const read = stamps.read(path);
    if (!read) throw new ProblemError(path, 'the file disappeared while the build was reading it; build again', 'not-a-file');
    return sourceOfRead(path, read);
  };

  // Only the memories of releases that may be reused are hashed here; the threads read those of the releases they
  // build. Only those of the languages built: the others make no file of this build.
  const translated = TARGET_LANGUAGES.filter((language) => options.languages.includes(language));
  const memoryHashes = (id: string | undefined, read?: Record<string, Stamp>) =>
    translated.map((language) => {
      if (id === undefined) return null;
      const path = memoryPath(language, id);
      return read ? (read[path]?.hash ?? null) : stamps.hash(path);
    });
  return {
    root,
    paths,
    get settings() {
      return mustBeLoaded().settings;
    },
    loadSettings,
    settingsLoaded: () => loaded !== undefined,
    baseUrl,
    settingsKey,
    pipeline,
    stamps,
    sourceOf,
    releaseKey: (path, id, read, media = []) => {
      const key = contentHash(settingsKey, path, stamps.current[path]!.hash, memoryHashes(id, read));
      // A release without pictures keeps the key it always had.
      return media.length === 0 ? key : contentHash(key, media.map((file) => (read ? (read[file]?.hash ?? null) : stamps.hash(file, MAX_IMAGE_BYTES))));
    },
    embargoed: (embargo) => embargo !== undefined && options.now.getTime() < Date.parse(embargo),
    passed: (at) => at !== undefined && options.now.getTime() >= Date.parse(at),
    get glossaryReport() {
      return mustBeLoaded().glossaryReport;
    },
    ...(problem ? { configProblem: problem } : {}),
  };
}
