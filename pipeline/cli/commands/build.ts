// `pressroom build`: releases/ + locales/ -> out/, one summary line per language.
import { relative, resolve, isAbsolute } from 'node:path';
import { build } from '../../build.ts';
import { TARGET_LANGUAGES, type Language, type TargetLanguage } from '../../release.ts';
import { DEFAULT_CONCURRENCY, deeplSettings, type EnglishVariant } from '../../translate/deepl-settings.ts';
import { readBaseUrl, readMemories, readReleases, readUi } from '../project.ts';
import { writeTree } from '../output.ts';
import { printReports, type Console } from '../report.ts';

export interface BuildOptions {
  root: string;
  out: string;
  languages: Language[];
  now: Date;
  baseUrl?: string;
  strict: boolean;
  /** English of machine translations, when DEEPL_AUTH_KEY is set. */
  english?: EnglishVariant;
  env?: NodeJS.ProcessEnv;
}

/** out/ is replaced whole, so it must hold nothing but output: not the project, nor its sources. */
function unsafeOutput(root: string, out: string): string | undefined {
  const within = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (within(out, root)) return 'it holds the project itself';
  for (const sources of ['releases', 'locales']) if (within(resolve(root, sources), out)) return `it is inside ${sources}/`;
  return undefined;
}

export async function runBuild(options: BuildOptions, io: Console): Promise<number> {
  const root = resolve(options.root);
  const problem = unsafeOutput(root, resolve(root, options.out));
  if (problem) {
    io.error(`pressroom: error: --out ${options.out} cannot be the output directory, because ${problem}; the build replaces that directory whole`);
    return 2;
  }
  // With a DeepL key, what is missing is translated first; without one the memory is used as it is.
  const env = options.env ?? process.env;
  let translation = 0;
  const languages = TARGET_LANGUAGES.filter((language): language is TargetLanguage => options.languages.includes(language));
  if (deeplSettings(env) && languages.length > 0) {
    const { translateProject } = await import('./translate.ts');
    translation = await translateProject(
      { root, languages, dryRun: false, english: options.english ?? 'en-GB', concurrency: DEFAULT_CONCURRENCY, env, now: () => new Date(), terminal: process.stdout },
      io,
      true,
    );
  }
  const [releases, memories, ui, baseUrl] = await Promise.all([
    readReleases(root),
    readMemories(root),
    readUi(root),
    readBaseUrl(root, options.baseUrl),
  ]);
  if (releases.length === 0) {
    io.error(`no releases found in ${resolve(root, 'releases')}; add releases/<id>.md or run pressroom import`);
    return 1;
  }
  const result = build({ releases, memories, ui, languages: options.languages, now: options.now, baseUrl, strict: options.strict });
  printReports(result.reports, io);
  await writeTree(resolve(root, options.out), result.files);
  for (const summary of result.summaries) {
    const parts = [`${summary.published.length} published`];
    if (summary.embargoed.length) parts.push(`${summary.embargoed.length} embargoed (${summary.embargoed.join(', ')})`);
    if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped (${summary.skipped.join(', ')})`);
    io.log(`${summary.language}: ${parts.join(', ')}`);
  }
  io.log(`wrote ${result.files.size} files to ${options.out}`);
  return result.ok && translation === 0 ? 0 : 1;
}
