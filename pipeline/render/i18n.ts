// Labels through i18next: one instance per language, from that language's ui.json.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../release.ts';

export type UiStrings = Record<string, unknown> & { locale: string };

export interface Labels {
  language: Language;
  /** BCP 47 locale for Intl, e.g. en-GB. */
  locale: string;
  t: TFunction;
}

/** `memory`: how many answers to keep (tests make it small). */
export function createLabels(language: Language, strings: UiStrings, memory = 4096): Labels {
  const instance = i18next.createInstance();
  // Values land in hast text nodes or plain text, which escape for themselves.
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: strings } },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const template = (key: string): unknown => instance.getResource(language, 'translation', key);
  return { language, locale: strings.locale, t: remembered(instance.t.bind(instance) as TFunction, memory, template) };
}

/** Options of t() that are not values to put in: with any of them, i18next answers. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'defaultValue', 'lng', 'lngs', 'fallbackLng', 'ns', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'keySeparator', 'nsSeparator', 'ordinal', 'defaultValue_one', 'defaultValue_other']);
const PLACEHOLDER = /\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

/**
 * `key`'s label with `values` put in, as i18next would give it, when the label and the values are of the plain kind
 * (text with {{name}} placeholders, each given as text; no nesting, format, plural or option); undefined otherwise,
 * for i18next to answer. Labels carrying a release's own values (its time, its date, a contact) are asked once each:
 * i18next takes a fair share of rendering them, so the plain ones are put together here.
 */
export function plainLabel(raw: unknown, values: Record<string, unknown>): string | undefined {
  if (typeof raw !== 'string' || raw === '' || raw.includes('$t(')) return undefined;
  for (const name in values) {
    const value = values[name];
    if (I18NEXT_OPTIONS.has(name) || typeof value !== 'string' || value.includes('{{') || value.includes('$t(')) return undefined;
  }
  let missing = false;
  const label = raw.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(values, name)) missing = true;
    return missing ? '' : (values[name] as string);
  });
  // Anything else i18next reads in a label ({{- name}}, {{name, format}}, a stray brace pair) is left to it.
  return missing || label.includes('{{') || label.includes('}}') ? undefined : label;
}

/** Most labels are asked for again in every release with the same values: i18next's lookup is worth skipping. */
function remembered(t: TFunction, limit: number, template: (key: string) => unknown): TFunction {
  const answers = new Map<string, unknown>();
  /** Answers to a key asked alone, the most common question: kept by the key itself, with no JSON made of it. */
  const plain = new Map<string, unknown>();
  const keep = (memory: Map<string, unknown>, id: string, answer: unknown) => {
    if (memory.size >= limit) memory.clear();
    memory.set(id, answer);
    return answer;
  };
  return ((...args: Parameters<TFunction>) => {
    if (args.length === 1 && typeof args[0] === 'string') {
      const key = args[0];
      const answer = plain.get(key);
      return answer !== undefined || plain.has(key) ? answer : keep(plain, key, t(key));
    }
    // Objects a caller could change are not shared.
    if ((args[1] as { returnObjects?: boolean } | undefined)?.returnObjects) return t(...args);
    const id = JSON.stringify(args);
    const answer = answers.get(id);
    if (answer !== undefined || answers.has(id)) return answer;
    const [key, values] = args;
    const quick = args.length === 2 && typeof key === 'string' && !key.includes(':') && typeof values === 'object' && values !== null && !Array.isArray(values) ? plainLabel(template(key), values as Record<string, unknown>) : undefined;
    return keep(answers, id, quick ?? t(...args));
  }) as TFunction;
}
