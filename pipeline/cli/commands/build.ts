// `pressroom build`: releases/ + locales/ -> out/, one summary line per language.
import { relative, resolve, isAbsolute } from 'node:path';
import { build } from '../../build.ts';
import type { Language } from '../../release.ts';
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
  return result.ok ? 0 : 1;
}
