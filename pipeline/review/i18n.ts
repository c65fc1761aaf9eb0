// The desk's own words, in Italian, English and Japanese: locales/<lang>/desk.json, loaded into one i18next instance
// when the server starts. Each request takes a fixed `t` for the reviewer's language.
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../release.ts';
import { ProblemError } from '../problems.ts';
import { readProjectFile } from '../project/source-file.ts';

export const DESK_LANGUAGES: readonly Language[] = LANGUAGES;
export type DeskLanguage = Language;

const PLURAL = /_(?:zero|one|two|few|many|other)$/;

export interface DeskStrings {
  /** `t` bound to the desk namespace in `language`. */
  t(language: DeskLanguage): TFunction;
}

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${prefix} (not text)`];
  return Object.entries(value).flatMap(([key, inner]) => flatKeys(inner, prefix ? `${prefix}.${key}` : key));
}

/** Like ui.json, the desk's words belong to the project, so a press office can word them its own way. */
function readStrings(root: string, language: DeskLanguage): { path: string; strings: Record<string, unknown> } {
  const path = `locales/${language}/desk.json`;
  const read = readProjectFile(root, path);
  if (!read) throw new ProblemError(path, 'the file is missing: the review desk takes its words from locales/<lang>/desk.json (copy them from pressroom\'s own locales/)', 'desk-strings');
  if (read.problem) throw new ProblemError(path, read.problem.reason, read.problem.rule);
  const text = read.bytes.toString('utf8');
  try {
    const strings = JSON.parse(text) as unknown;
    if (typeof strings !== 'object' || strings === null || Array.isArray(strings)) throw new Error('expected an object of texts');
    return { path, strings: strings as Record<string, unknown> };
  } catch (error) {
    throw new ProblemError(path, (error as Error).message, 'desk-strings');
  }
}

/**
 * Every language must name the same things: a key missing in one language would show up as its raw name on the
 * page, so it stops the server at start instead. Plural forms count as their base key, which must have `_other`.
 */
export function deskKeyProblems(files: Record<DeskLanguage, { path: string; strings: Record<string, unknown> }>): string[] {
  const bases = (strings: Record<string, unknown>) => {
    const keys = flatKeys(strings);
    const plain = new Set(keys.map((key) => key.replace(PLURAL, '')));
    return { keys: new Set(keys), plain };
  };
  const sets = Object.fromEntries(DESK_LANGUAGES.map((language) => [language, bases(files[language].strings)])) as Record<DeskLanguage, ReturnType<typeof bases>>;
  const all = new Set(DESK_LANGUAGES.flatMap((language) => [...sets[language].plain]));
  const problems: string[] = [];
  for (const language of DESK_LANGUAGES) {
    const { keys, plain } = sets[language];
    for (const key of all) {
      if (!plain.has(key)) problems.push(`${files[language].path}: missing "${key}"`);
      else if (!keys.has(key) && !keys.has(`${key}_other`)) problems.push(`${files[language].path}: "${key}" has plural forms but no "${key}_other"`);
    }
    for (const key of keys) if (key.endsWith(' (not text)')) problems.push(`${files[language].path}: "${key.slice(0, -11)}" must be text or an object of texts`);
  }
  return problems;
}

/** One i18next instance for the desk's life, from the project's locales/<lang>/desk.json. */
export function loadDeskStrings(root: string): DeskStrings {
  const files = Object.fromEntries(DESK_LANGUAGES.map((language) => [language, readStrings(root, language)])) as Record<DeskLanguage, { path: string; strings: Record<string, unknown> }>;
  const problems = deskKeyProblems(files);
  if (problems.length) throw new ProblemError('', `the desk's strings are incomplete:\n${problems.join('\n')}`, 'desk-strings');
  const instance = i18next.createInstance();
  // Values land in hast text nodes or JSON, which escape for themselves.
  void instance.init({
    lng: 'en',
    supportedLngs: [...DESK_LANGUAGES],
    fallbackLng: false,
    ns: ['desk'],
    defaultNS: 'desk',
    resources: Object.fromEntries(DESK_LANGUAGES.map((language) => [language, { desk: files[language].strings }])),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const fixed = new Map(DESK_LANGUAGES.map((language) => [language, instance.getFixedT(language, 'desk')]));
  return { t: (language) => fixed.get(language)! };
}
