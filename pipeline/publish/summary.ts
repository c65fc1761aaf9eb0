// What a build published, held back or skipped, per language: the lines `pressroom build` ends with.
import type { Language } from '../release.ts';

/**
 * `skipped`: not fully translated. `unreviewed` and `failed-checks`: translated, but withheld, by the
 * publication policy or by error-level check findings.
 */
export type ReleaseState = 'published' | 'embargoed' | 'skipped' | 'unreviewed' | 'failed-checks';

export interface LanguageSummary {
  language: Language;
  published: string[];
  embargoed: string[];
  skipped: string[];
  unreviewed: string[];
  'failed-checks': string[];
}

/** Per-language summaries from each release's states, in release order. */
export function summarize(languages: Language[], releases: { id: string; states: Partial<Record<Language, ReleaseState>> }[]): LanguageSummary[] {
  return languages.map((language) => {
    const summary: LanguageSummary = { language, published: [], embargoed: [], skipped: [], unreviewed: [], 'failed-checks': [] };
    for (const release of releases) {
      const state = release.states[language];
      if (state) summary[state].push(release.id);
    }
    return summary;
  });
}
