// The dateline city in one language: one lookup for the dateline, ninjs `located` and the build's dateline-city warning.
import { termIn, type Glossary } from '../glossary.ts';
import { SOURCE_LANGUAGE, type TargetLanguage } from '../release.ts';
import type { Labels } from './i18n.ts';

/**
 * The name the labels' language gives the city: the glossary's (the project's approved one, which the translated
 * text follows: Turin in the dateline as in the story), else ui.json's `cities` (read as an object: a name may hold
 * a dot); undefined when neither names it.
 */
export function cityName(city: string, labels: Labels, glossary?: Glossary): string | undefined {
  const approved = labels.language === SOURCE_LANGUAGE ? undefined : termIn(glossary, city, labels.language as TargetLanguage);
  if (approved !== undefined) return approved;
  const cities = citiesOf(labels);
  if (typeof cities !== 'object' || cities === null || !Object.hasOwn(cities, city)) return undefined;
  const name: unknown = (cities as Record<string, unknown>)[city];
  return typeof name === 'string' ? name : undefined;
}

/**
 * ui.json's `cities` of the labels, asked of i18next once: asked for as an object, it rebuilds one, every time,
 * translating each name again. Only read here, so one object serves every release.
 */
const citiesByLabels = new WeakMap<Labels, unknown>();
function citiesOf(labels: Labels): unknown {
  if (!citiesByLabels.has(labels)) citiesByLabels.set(labels, labels.t('cities', { returnObjects: true }));
  return citiesByLabels.get(labels);
}

/**
 * The dateline city in this language: its name there, else as written. A city the glossary keeps is written as in
 * Italian only where neither names it: ui.json's トリノ beats a kept Torino in Japanese.
 */
export function localCity(city: string, labels: Labels, glossary?: Glossary): string {
  return cityName(city, labels, glossary) ?? city;
}
