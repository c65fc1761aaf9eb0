// A press office Japanese has no name for goes out as written, in Latin letters, atop Japanese text
// (【プレスリリース】Comune di Asti, ninjs `by`, the feeds' authors). English writes many Italian bodies as Italian
// does, so only Japanese is asked for, as for dateline cities; the build names the fix: the office's own Japanese
// name, or the glossary's, which the translations follow too.
import type { VFile } from 'vfile';
import { termIn, type Glossary } from '../glossary.ts';
import { reportWarning } from '../problems.ts';
import type { Language, PressOffice, Release } from '../release.ts';

/** Does the office give its Japanese name, or the glossary (as a term, or a name kept as written everywhere)? */
function namedInJapanese(office: PressOffice, glossary: Glossary | undefined): boolean {
  return office.names?.ja !== undefined || termIn(glossary, office.name, 'ja') !== undefined || (glossary?.keep.includes(office.name) ?? false);
}

const problem = (office: PressOffice, setting: string) =>
  `the press office “${office.name}” has no Japanese name, in ${setting} or in locales/glossary.yaml, so the Japanese wire text, pages, ninjs and feeds give it as written; add its name (\`ja\`) to either, or list it under \`keep\``;

/** Warn on the glossary's report when the project's office has no Japanese name and Japanese is built. */
export function reportUnnamedProjectOffice(file: VFile, office: PressOffice | undefined, glossary: Glossary | undefined, languages: Language[]): void {
  if (!office || !languages.includes('ja') || namedInJapanese(office, glossary)) return;
  reportWarning(file, problem(office, 'package.json ("pressroom.office": { "names": { "ja": … } })'), 'office-name');
}

/** Warn on `file`, at the front matter's `office:` line, when Japanese has no name for the release's own office. */
export function reportUnnamedReleaseOffice(release: Release, file: VFile, language: Language, glossary: Glossary | undefined): void {
  const office = release.meta.office;
  if (language !== 'ja' || !office || namedInJapanese(office, glossary)) return;
  reportWarning(file, problem(office, 'its front matter (`office: { name: { it, ja } }`)'), 'office-name', release.fieldPositions.office ?? { line: 1, column: 1 });
}
