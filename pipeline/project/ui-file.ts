// locales/<lang>/ui.json checked against the keys the renderers use, so that a missing or misspelt one is one
// clear error naming the file and the key, not a page rendered with the key's name or a crash deep in rendering.
import * as z from 'zod';
import { ProblemError } from '../problems.ts';
import type { Language } from '../release.ts';
import type { UiStrings } from '../render/i18n.ts';

const label = z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' });
const labels = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((key) => [key, label])) as Record<K, typeof label>, { error: 'must be an object of labels' });

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const uiSchema = z.object({
  locale: z.string({ error: 'must be text' }).refine(isLocale, { error: 'must be a BCP 47 locale, like en-GB' }),
  languageName: label,
  site: labels(['name', 'tagline']),
  nav: labels(['releases', 'otherLanguages', 'chooseLanguage']),
  archive: labels(['link', 'title', 'month', 'entry']),
  release: labels(['published', 'contacts', 'about', 'email', 'phone', 'contact', 'field', 'empty']),
  dateline: labels(['withAgency', 'withoutAgency']).extend({ cityCase: z.enum(['upper', 'as-written'], { error: 'must be "upper" or "as-written"' }) }),
  embargo: labels(['line']),
  wire: labels(['endMark', 'issuer']),
  office: labels(['genre', 'usageTerms']),
  cities: z.record(z.string(), label, { error: 'must be an object of city names' }).optional(),
});

/** The ui strings of `language` from the text of its ui.json; throws one error naming the file and every problem. */
export function parseUi(language: Language, text: string): UiStrings {
  const path = `locales/${language}/ui.json`;
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ProblemError(path, `not valid JSON (${(error as Error).message}); fix it or restore it from git`, 'ui-file');
  }
  const result = uiSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const value = issue.path.reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined), data);
      return issue.code === 'invalid_type' && value === undefined ? `\`${key}\` is missing` : `\`${key || '(the file)'}\` ${issue.message}`;
    });
    throw new ProblemError(path, `lacks labels the pages need: ${problems.join('; ')} (see locales/it/ui.json for every key)`, 'ui-file');
  }
  return data as UiStrings;
}
