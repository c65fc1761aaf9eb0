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
  return { language, locale: strings.locale, t: remembered(instance.t.bind(instance) as TFunction, memory) };
}

/** Most labels are asked for again in every release with the same values: i18next's lookup is worth skipping. */
function remembered(t: TFunction, limit: number): TFunction {
  const answers = new Map<string, unknown>();
  return ((...args: Parameters<TFunction>) => {
    // Objects a caller could change are not shared.
    if ((args[1] as { returnObjects?: boolean } | undefined)?.returnObjects) return t(...args);
    const id = JSON.stringify(args);
    if (answers.has(id)) return answers.get(id);
    const answer = t(...args);
    if (answers.size >= limit) answers.clear();
    answers.set(id, answer);
    return answer;
  }) as TFunction;
}
