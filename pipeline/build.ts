// The build: every release, parsed, localized and rendered into a map of output files. No I/O here.
import { VFile } from 'vfile';
import type { Language, Release, TargetLanguage } from './release.ts';
import { LANGUAGES } from './release.ts';
import { parseRelease, segmentRelease } from './parse/index.ts';
import { extractQuotes } from './quotes/index.ts';
import { readMemory, reportUnusedEntries } from './translate/memory-file.ts';
import { resolveMemory, type Memory } from './translate/memory.ts';
import { reportError, reportWarning, hasErrors } from './problems.ts';
import { checkSource, type SourceFile } from './source-file.ts';

export type { SourceFile } from './source-file.ts';
import { createLabels, type Labels, type UiStrings } from './render/i18n.ts';
import { localize, type LocalizedRelease } from './render/localize.ts';
import { renderReleasePage } from './render/html.ts';
import { renderWire } from './render/wire.ts';
import { renderNinjs } from './render/ninjs.ts';
import { renderFeeds } from './render/feeds.ts';
import { renderQuotesJson } from './render/quotes.ts';
import { renderLanguageChooser, renderLanguageIndex } from './render/indexes.ts';

export interface BuildInput {
  releases: SourceFile[];
  /** Memory files by language, then release id. */
  memories: Partial<Record<TargetLanguage, Record<string, SourceFile>>>;
  ui: Record<Language, UiStrings>;
  languages: Language[];
  /** The clock for embargoes. */
  now: Date;
  /** Absolute URL the out/ tree is published under, ending with a slash. */
  baseUrl: string;
  /** Missing translations are errors instead of warnings. */
  strict?: boolean;
}

export interface LanguageSummary {
  language: Language;
  published: string[];
  embargoed: string[];
  skipped: string[];
}

export interface BuildResult {
  /** Output files by path relative to out/. */
  files: Map<string, string>;
  /** Every file that has messages, releases and memories alike. */
  reports: VFile[];
  summaries: LanguageSummary[];
  /** True when there are no errors. */
  ok: boolean;
}

const memoryPath = (language: TargetLanguage, id: string) => `locales/${language}/releases/${id}.json`;

/** Parse and segment every release; files with errors drop out, and duplicate ids are errors. */
export function loadReleases(sources: SourceFile[]): { releases: Release[]; reports: VFile[] } {
  const releases: Release[] = [];
  const reports: VFile[] = [];
  const seen = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const file = new VFile({ path: source.path, value: source.text });
    reports.push(file);
    if (!checkSource(file, source)) continue;
    const parsed = parseRelease(file);
    if (!parsed) continue;
    const other = seen.get(parsed.meta.id);
    if (other) {
      reportError(file, `release id \`${parsed.meta.id}\` is already used by ${other}; ids must be unique`, 'duplicate-id', parsed.fieldPositions.id ?? { line: 1, column: 1 });
      continue;
    }
    seen.set(parsed.meta.id, source.path);
    const { quotes, marks, problems } = extractQuotes(parsed);
    for (const problem of problems) reportWarning(file, problem.reason, problem.rule, problem.position);
    releases.push(segmentRelease(parsed, quotes, marks));
  }
  return { releases, reports };
}

function loadMemory(input: BuildInput, language: TargetLanguage, release: Release, reports: VFile[]): Memory | undefined {
  const source = input.memories[language]?.[release.id];
  if (!source) return undefined;
  const file = new VFile({ path: source.path, value: source.text });
  reports.push(file);
  if (!checkSource(file, source)) return undefined;
  const memory = readMemory(file, { release: release.id, language });
  if (memory) {
    const stale = [...resolveMemory(release, memory).values()].flatMap((status) => (status.state === 'stale' ? [status.key] : []));
    reportUnusedEntries(file, memory, release, new Set(stale));
  }
  return memory;
}

export function isEmbargoed(release: Release, now: Date): boolean {
  return release.meta.embargo !== undefined && now.getTime() < Date.parse(release.meta.embargo);
}

export function build(input: BuildInput): BuildResult {
  const { releases, reports } = loadReleases(input.releases);
  const files = new Map<string, string>();
  const labels = Object.fromEntries(LANGUAGES.map((language) => [language, createLabels(language, input.ui[language])])) as Record<Language, Labels>;
  const languageNames = Object.fromEntries(LANGUAGES.map((language) => [language, labels[language].t('languageName')])) as Record<Language, string>;

  // First localize everything, so each page knows which languages its release exists in.
  const localized = new Map<Language, Map<string, LocalizedRelease>>();
  const summaries: LanguageSummary[] = [];
  for (const language of input.languages) {
    const done = new Map<string, LocalizedRelease>();
    const summary: LanguageSummary = { language, published: [], embargoed: [], skipped: [] };
    for (const release of releases) {
      const file = reports.find((report) => report.path === release.path)!;
      const memory = language === 'it' ? undefined : loadMemory(input, language, release, reports);
      if (language !== 'it' && !memory) {
        const missingFile = !input.memories[language]?.[release.id];
        const report = input.strict ? reportError : reportWarning;
        if (missingFile) report(file, `no ${languageNames[language]} translation memory (${memoryPath(language, release.id)}); run pressroom translate, or add it; ${language} is skipped for this release`, 'missing-translation', { line: 1, column: 1 });
        summary.skipped.push(release.id);
        continue;
      }
      const result = localize(release, labels[language], memory);
      if (!result.ok) {
        const report = input.strict ? reportError : reportWarning;
        const where = memoryPath(language as TargetLanguage, release.id);
        for (const segment of result.missing) {
          report(file, `no ${languageNames[language]} translation for this ${segment.kind} in ${where}; ${language} is skipped for this release`, 'missing-translation', segment.position);
        }
        for (const segment of result.stale) {
          report(file, `the ${languageNames[language]} translation of this ${segment.kind} in ${where} is stale (the Italian changed); review it`, 'stale-translation', segment.position);
        }
        summary.skipped.push(release.id);
        continue;
      }
      done.set(release.id, result.release);
      (isEmbargoed(release, input.now) ? summary.embargoed : summary.published).push(release.id);
    }
    localized.set(language, done);
    summaries.push(summary);
  }

  const locales = Object.fromEntries(LANGUAGES.map((language) => [language, labels[language].locale])) as Record<Language, string>;
  const pageUrl = (language: Language, id: string) => new URL(`${language}/${id}/`, input.baseUrl).href;
  for (const language of input.languages) {
    const published: LocalizedRelease[] = [];
    for (const release of releases) {
      const view = localized.get(language)?.get(release.id);
      if (!view) continue;
      // Every language this release exists in, for links between its versions.
      const versions = Object.fromEntries(
        input.languages.filter((other) => localized.get(other)?.has(release.id)).map((other) => [other, pageUrl(other, release.id)]),
      ) as Partial<Record<Language, string>>;
      const ninjs = renderNinjs(view, labels[language], release.quotes, { uri: pageUrl(language, release.id), versions, languageNames });
      if (isEmbargoed(release, input.now)) {
        // Agencies get the wire text and ninjs under embargo; nothing public exists before the embargo lifts.
        files.set(`embargoed/${language}/${release.id}/wire.txt`, renderWire(view, labels[language], true));
        files.set(`embargoed/${language}/${release.id}/ninjs.json`, ninjs);
        continue;
      }
      files.set(`${language}/${release.id}/index.html`, renderReleasePage(view, labels[language], { alternates: versions, languageNames, baseUrl: input.baseUrl, locales }));
      files.set(`${language}/${release.id}/wire.txt`, renderWire(view, labels[language], false));
      files.set(`${language}/${release.id}/ninjs.json`, ninjs);
      files.set(`${language}/${release.id}/quotes.json`, renderQuotesJson(view));
      published.push(view);
    }
    files.set(`${language}/index.html`, renderLanguageIndex(published, labels[language], input.baseUrl, input.languages));
    const feeds = renderFeeds(published, labels[language], input.baseUrl);
    files.set(`${language}/feed.xml`, feeds.atom);
    files.set(`${language}/feed.json`, feeds.json);
  }
  files.set('index.html', renderLanguageChooser(input.languages.map((language) => labels[language]), input.baseUrl));

  const withMessages = reports.filter((report) => report.messages.length > 0);
  return { files, reports: withMessages, summaries, ok: !reports.some(hasErrors) };
}
