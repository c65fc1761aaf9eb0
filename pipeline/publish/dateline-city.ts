// A dateline city Japanese has no name for goes out in Latin letters (【Novara＝ITALPRESS】, ninjs `located`), inside
// Japanese text. English writes most Italian cities as Italian does, so only Japanese is asked for; the fix is one
// line in locales/glossary.yaml or locales/ja/ui.json, which the build names where the release gives the city.
import type { VFile } from 'vfile';
import type { Glossary } from '../glossary.ts';
import { cityName } from '../render/city.ts';
import { reportWarning } from '../problems.ts';
import type { Release } from '../release.ts';
import type { Labels } from '../render/i18n.ts';

/** Japanese names the city (the glossary or ui.json), or the glossary keeps it as written everywhere. */
function named(city: string, labels: Labels, glossary: Glossary | undefined): boolean {
  return cityName(city, labels, glossary) !== undefined || glossary?.keep.includes(city) === true;
}

/** Warn on `file`, at the front matter's `dateline:` line, when Japanese has no name for the release's dateline city. */
export function reportUnnamedCity(release: Release, file: VFile, labels: Labels, glossary?: Glossary): void {
  const city = release.meta.dateline?.city;
  if (labels.language !== 'ja' || city === undefined || named(city, labels, glossary)) return;
  reportWarning(file, `the dateline city ${city} has no Japanese name in locales/glossary.yaml or locales/ja/ui.json ("cities"), so the Japanese wire text, page and ninjs give it in Latin letters; add "${city}": "…" to ui.json's cities, or the city with its ja name to the glossary`, 'dateline-city', release.fieldPositions.dateline ?? { line: 1, column: 1 });
}
