// A dateline city Japanese has no name for goes out in Latin letters (【Novara＝ITALPRESS】, ninjs `located`), inside
// Japanese text. English writes most Italian cities as Italian does, so only Japanese is asked for; the fix is one
// line in locales/ja/ui.json, which the build names where the release gives the city.
import type { VFile } from 'vfile';
import { reportWarning } from '../problems.ts';
import type { Release } from '../release.ts';
import type { Labels } from '../render/i18n.ts';

/** Does ui.json's `cities` give this city a name in the labels' language? (Read as an object: a name may hold a dot.) */
function named(city: string, labels: Labels): boolean {
  const cities: unknown = labels.t('cities', { returnObjects: true });
  return typeof cities === 'object' && cities !== null && Object.hasOwn(cities, city);
}

/** Warn on `file`, at the front matter's `dateline:` line, when Japanese has no name for the release's dateline city. */
export function reportUnnamedCity(release: Release, file: VFile, labels: Labels): void {
  const city = release.meta.dateline?.city;
  if (labels.language !== 'ja' || city === undefined || named(city, labels)) return;
  reportWarning(file, `the dateline city ${city} has no Japanese name in locales/ja/ui.json ("cities"), so the Japanese wire text, page and ninjs give it in Latin letters; add "${city}": "…" there`, 'dateline-city', release.fieldPositions.dateline ?? { line: 1, column: 1 });
}
