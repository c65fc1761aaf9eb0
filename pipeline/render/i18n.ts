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
    return answer !== undefined || answers.has(id) ? answer : keep(answers, id, t(...args));
  }) as TFunction;
}
