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

export function createLabels(language: Language, strings: UiStrings): Labels {
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
  return { language, locale: strings.locale, t: instance.t.bind(instance) as TFunction };
}
