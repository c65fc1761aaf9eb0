// A dateline city Japanese has no name for goes out in Latin letters (【Novara＝ITALPRESS】, ninjs `located`), inside
// Japanese text. English writes most Italian cities as Italian does, so only Japanese is asked for; the fix is one
// line in locales/glossary.yaml or locales/ja/ui.json, which the build names where the release gives the city.
import type { VFile } from 'vfile';
import { termIn, type Glossary } from '../glossary.ts';
import { reportWarning } from '../problems.ts';
import type { Release } from '../release.ts';
import type { Labels } from '../render/i18n.ts';

/**
 * Does the glossary (as a term with this language, or a name kept as written everywhere) or ui.json's `cities` give
 * this city a name in the labels' language? (ui.json's read as an object: a name may hold a dot.)
 */
function named(city: string, labels: Labels, glossary: Glossary | undefined): boolean {
  if (termIn(glossary, city, 'ja') !== undefined || glossary?.keep.includes(city)) return true;
  const cities: unknown = labels.t('cities', { returnObjects: true });
  return typeof cities === 'object' && cities !== null && Object.hasOwn(cities, city);
}

/** Warn on `file`, at the front matter's `dateline:` line, when Japanese has no name for the release's dateline city. */
export function reportUnnamedCity(release: Release, file: VFile, labels: Labels, glossary?: Glossary): void {
  const city = release.meta.dateline?.city;
  if (labels.language !== 'ja' || city === undefined || named(city, labels, glossary)) return;
  reportWarning(file, `the dateline city ${city} has no Japanese name in locales/glossary.yaml or locales/ja/ui.json ("cities"), so the Japanese wire text, page and ninjs give it in Latin letters; add "${city}": "…" to ui.json's cities, or the city with its ja name to the glossary`, 'dateline-city', release.fieldPositions.dateline ?? { line: 1, column: 1 });
}
