// What a build published, held back or skipped, per language: the lines `pressroom build` ends with.
import type { Language } from '../release.ts';

/**
 * `scheduled`: dated after the build's clock, held back like an embargo. `skipped`: not fully translated. `unreviewed` and `failed-checks`: translated, but withheld, by the
 * publication policy or by error-level check findings. `withdrawn`: a kill notice stands in its place (render/notice.ts).
 */
export type ReleaseState = 'published' | 'embargoed' | 'scheduled' | 'skipped' | 'unreviewed' | 'failed-checks' | 'withdrawn';

export interface LanguageSummary {
  language: Language;
  published: string[];
  embargoed: string[];
  /** Dated in the future: held back until then. */
  scheduled: string[];
  skipped: string[];
  unreviewed: string[];
  'failed-checks': string[];
  /** Killed: the build's summary names them among its notices to agencies. */
  withdrawn: string[];
}

/** Per-language summaries from each release's states, in release order. */
export function summarize(languages: Language[], releases: { id: string; states: Partial<Record<Language, ReleaseState>> }[]): LanguageSummary[] {
  return languages.map((language) => {
    const summary: LanguageSummary = { language, published: [], embargoed: [], scheduled: [], skipped: [], unreviewed: [], 'failed-checks': [], withdrawn: [] };
    for (const release of releases) {
      const state = release.states[language];
      if (state) summary[state].push(release.id);
    }
    return summary;
  });
}
