// DeepL through deepl-node: one client per run, glossary reuse by name, faults sorted into what a user can act on.
import {
  AuthorizationError,
  ConnectionError,
  DeepLClient,
  DeepLError,
  GlossaryEntries,
  QuotaExceededError,
  TooManyRequestsError,
  type TargetLanguageCode,
  type TranslateTextOptions,
} from 'deepl-node';
import { SOURCE_LANGUAGE, type TargetLanguage } from '../release.ts';
import { billedCharacters } from './billing.ts';
import { readInlineAsWritten } from '../inline/index.ts';
import { redactCredentials, type DeepLSettings } from './deepl-settings.ts';
import type { GlossaryDictionary } from './glossary.ts';

export interface EngineRequest {
  language: TargetLanguage;
  /** Inline HTML, one text per segment. */
  texts: string[];
  context: string;
  glossaryId?: string;
}

export interface EngineResult {
  text: string;
  /** Characters the engine billed for this text. */
  billed: number;
}

export interface GlossaryUse {
  id: string;
  /** Languages the glossary has a dictionary for. */
  languages: TargetLanguage[];
  created: boolean;
}

/** What the translate run needs from a machine translation engine. */
export interface TranslationEngine {
  /** Written into each memory entry's `engine`. */
  readonly name: string;
  /** The account's glossary called `name`, created from `dictionaries` when it does not exist yet. */
  glossary(name: string, dictionaries: GlossaryDictionary[]): Promise<GlossaryUse | undefined>;
  translate(request: EngineRequest): Promise<EngineResult[]>;
  usage(): Promise<{ count: number; limit: number } | undefined>;
}

export function createDeepL(settings: DeepLSettings): TranslationEngine {
  const client = new DeepLClient(settings.authKey, {
    serverUrl: settings.serverUrl,
    maxRetries: settings.attempts,
    minTimeout: settings.timeout,
    appInfo: { appName: 'pressroom', appVersion: '0.1.0' },
  });
  const target = (language: TargetLanguage): TargetLanguageCode => (language === 'en' ? settings.english : language);

  return {
    name: 'deepl',

    async glossary(name, dictionaries) {
      if (dictionaries.length === 0) return undefined;
      const existing = (await client.listMultilingualGlossaries()).find((glossary) => glossary.name === name);
      const languagesOf = (codes: string[]) => dictionaries.map((d) => d.language).filter((language) => codes.includes(language));
      if (existing) {
        const codes = existing.dictionaries.filter((d) => d.sourceLangCode.toLowerCase() === SOURCE_LANGUAGE).map((d) => d.targetLangCode.toLowerCase());
        return { id: existing.glossaryId, languages: languagesOf(codes), created: false };
      }
      const pairs = await client.getGlossaryLanguagePairs();
      const supported = pairs.filter((pair) => pair.sourceLang.toLowerCase() === SOURCE_LANGUAGE).map((pair) => pair.targetLang.toLowerCase());
      const usable = dictionaries.filter((dictionary) => supported.includes(dictionary.language));
      if (usable.length === 0) return undefined;
      const created = await client.createMultilingualGlossary(
        name,
        usable.map((dictionary) => ({ sourceLangCode: SOURCE_LANGUAGE, targetLangCode: dictionary.language, entries: new GlossaryEntries({ entries: dictionary.entries }) })),
      );
      return { id: created.glossaryId, languages: usable.map((dictionary) => dictionary.language), created: true };
    },

    async translate({ language, texts, context, glossaryId }) {
      const options: TranslateTextOptions = { tagHandling: 'html', context };
      if (language === 'ja') options.formality = 'prefer_more';
      if (glossaryId) options.glossary = glossaryId;
      const results = await client.translateText(texts, SOURCE_LANGUAGE, target(language), options);
      if (results.length !== texts.length) throw new DeepLError(`DeepL answered ${results.length} translations for ${texts.length} texts`);
      // billed_characters is always asked for; a server that leaves it out is counted the way DeepL bills.
      return results.map((result, index) => ({ text: result.text, billed: result.billedCharacters ?? billedCharacters(readInlineAsWritten(texts[index]!)) }));
    },

    async usage() {
      const usage = await client.getUsage();
      return usage.character ? { count: usage.character.count, limit: usage.character.limit } : undefined;
    },
  };
}

/** Why a run stopped, in terms a user can act on. */
export type EngineFailure =
  | { kind: 'quota' | 'key' | 'busy' | 'server' | 'connection' | 'request'; detail: string };

export function describeFailure(error: unknown): EngineFailure {
  // deepl-node appends the whole response body to some messages; the status and DeepL's message are enough.
  const detail = redactCredentials(error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/, content: .*$/, '').slice(0, 200);
  if (error instanceof QuotaExceededError) return { kind: 'quota', detail };
  if (error instanceof AuthorizationError) return { kind: 'key', detail };
  if (error instanceof TooManyRequestsError) return { kind: 'busy', detail };
  if (error instanceof ConnectionError) return { kind: 'connection', detail };
  if (error instanceof DeepLError && /^(Unexpected status code: 5\d\d|Service unavailable)/.test(error.message)) return { kind: 'server', detail };
  return { kind: 'request', detail };
}
