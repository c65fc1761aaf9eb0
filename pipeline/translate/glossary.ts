// The glossary (read by pipeline/glossary.ts) as DeepL glossary dictionaries.
import { createHash } from 'node:crypto';
import { TARGET_LANGUAGES, type TargetLanguage } from '../release.ts';
import type { Glossary } from '../glossary.ts';

export interface GlossaryDictionary {
  language: TargetLanguage;
  /** Italian term -> target term, sorted by source term. */
  entries: Record<string, string>;
}

/** One dictionary per target language with at least one entry; a fixed translation wins over `keep`. */
export function glossaryDictionaries(glossary: Glossary): GlossaryDictionary[] {
  return TARGET_LANGUAGES.map((language) => {
    const entries = new Map<string, string>(glossary.keep.map((word) => [word, word]));
    for (const [source, targets] of Object.entries(glossary.terms)) {
      const target = targets[language];
      if (target) entries.set(source, target);
    }
    const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { language, entries: Object.fromEntries(sorted) };
  }).filter((dictionary) => Object.keys(dictionary.entries).length > 0);
}

/** The glossary's name on the DeepL account carries a hash of its entries: same entries, same glossary. */
export function glossaryName(dictionaries: GlossaryDictionary[]): string {
  const hash = createHash('sha256').update(JSON.stringify(dictionaries)).digest('hex').slice(0, 12);
  return `pressroom-${hash}`;
}
