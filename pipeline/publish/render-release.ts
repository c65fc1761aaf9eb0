// Rendering: a parsed release, localized and rendered into a map of output files. No I/O here.
//
// In two pieces the build's phases call: buildRelease (one release in every language: translate from memory,
// render its files) and indexFiles (indexes and feeds over everything published).
import { VFile } from 'vfile';
import type { Language, PressOffice, Release, Rendition, TargetLanguage } from '../release.ts';
import { LANGUAGES } from '../release.ts';
import { reportUnusedEntries } from '../translate/memory-file.ts';
import { memoryPath, type Memory, type SegmentStatus } from '../translate/memory.ts';
import { resolveMemory } from '../translate/memory-match.ts';
import { reportError, reportWarning, hasErrors } from '../problems.ts';
import { loadReleases } from '../parse/releases.ts';
import { timed, type Timings } from '../timings.ts';
import { isHeld, publicFrom } from '../schedule.ts';

export { duplicateId, loadRelease, loadReleases } from '../parse/releases.ts';
export { noTimings, STAGES, timed, type Stage, type Timings } from '../timings.ts';
import { summarize, type LanguageSummary, type ReleaseState } from './summary.ts';
export { summarize, type LanguageSummary, type ReleaseState } from './summary.ts';
import { checkRelease } from '../check/index.ts';
import type { Glossary } from '../glossary.ts';
import { judgeVersion, type Policies } from './policy.ts';

export type { SourceFile } from '../project/source-file.ts';
import { createLabels, type Labels, type UiStrings } from '../render/i18n.ts';
import { localize, type LocalizedRelease, type ProjectNames } from '../render/localize.ts';
import { officeIn } from '../render/office.ts';
import { renderReleasePage } from '../render/html.ts';
import { renderWire } from '../render/wire.ts';
import { ninjsItem } from '../render/ninjs.ts';
import type { WithdrawalReason } from './withdrawal.ts';
import { noticeFeedEntry, noticeNinjsItem, noticeIndexEntry, renderNoticePage, renderNoticeQuotes, renderNoticeWire, type NoticeKind, type VersionNotice } from '../render/notice.ts';
import { publishedAt } from '../render/dates.ts';
import { releaseChanges } from '../render/localize.ts';
import { localCity } from '../render/city.ts';
import { collapsedText } from '../inline/index.ts';
import { withdrawalIn } from './withdrawal.ts';
import { recordPath, type EmbargoedRecord, type PublicationRecord, type PublishedVersion } from './publication-record.ts';
import { settleVersion, versionHash } from './versions.ts';
import { FEED_LENGTH, feedEntry, renderFeedEntries, type FeedEntry } from '../render/feeds.ts';
import { renderQuotesJson } from '../render/quotes.ts';
import { indexPages, sortNewestFirst, rememberLanguageIndex, renderLanguageChooser, renderLanguageIndex, type IndexEntry } from '../render/indexes.ts';
import { piecesHash } from './messages.ts';
import { hash } from 'node:crypto';
import { reportUnnamedCity } from './dateline-city.ts';
import { reportUnnamedReleaseOffice } from './office-name.ts';
import { perObject } from '../render/recent.ts';
import { rememberSitemap, renderRobots, renderSitemapIndex, sitemapLines } from '../render/sitemaps.ts';
import { archiveFile, planArchive } from '../render/archive-plan.ts';

/** What every release is rendered against. */
export interface BuildSettings {
  ui: Record<Language, UiStrings>;
  languages: Language[];
  /** The clock for embargoes. */
  now: Date;
  /** Absolute URL the out/ tree is published under, ending with a slash. */
  baseUrl: string;
  /** Missing translations, and versions withheld by the policy or the checks, are errors instead of warnings. */
  strict?: boolean;
  /** The project's press office (package.json "pressroom.office"), unless a release names its own. */
  office?: PressOffice;
  /** What may publish in each target language. */
  policies: Policies;
  /** Fixed translations the checks hold translations to. */
  glossary: Glossary;
}

/** A memory file as read and parsed (memoryOfSource): the memory, or undefined with its problems on `file`. */
export interface ReadMemory {
  memory?: Memory;
  file: VFile;
}

/** Match a memory, read and parsed, to the release once; the statuses serve both the unused-entry report and localize. */
function loadMemory(read: ReadMemory | undefined, release: Release): { memory?: Memory; statuses?: Map<string, SegmentStatus>; file?: VFile; text?: string } {
  if (!read) return {};
  const { memory, file } = read;
  if (!memory) return { file };
  const statuses = resolveMemory(release, memory);
  const stale = [...statuses.values()].flatMap((status) => (status.state === 'stale' ? [status.key] : []));
  reportUnusedEntries(file, memory, release, new Set(stale));
  return { memory, statuses, file, text: String(file.value) };
}

/** Held back at `now`, by its embargo or its scheduled date: 'embargoed' or 'scheduled'; else undefined. */
export function heldState(release: Release, now: Date): 'embargoed' | 'scheduled' | undefined {
  const from = publicFrom(release.meta);
  if (!isHeld(from, now)) return undefined;
  return from.reason === 'embargo' ? 'embargoed' : 'scheduled';
}

/** Labels and language names for every language, made once per build (or per thread). */
export interface RenderContext {
  settings: BuildSettings;
  labels: Record<Language, Labels>;
  languageNames: Record<Language, string>;
  locales: Record<Language, string>;
}

export function renderContext(settings: BuildSettings): RenderContext {
  const labels = Object.fromEntries(LANGUAGES.map((language) => [language, createLabels(language, settings.ui[language])])) as Record<Language, Labels>;
  const languageNames = Object.fromEntries(LANGUAGES.map((language) => [language, labels[language].t('languageName')])) as Record<Language, string>;
  const locales = Object.fromEntries(LANGUAGES.map((language) => [language, labels[language].locale])) as Record<Language, string>;
  return { settings, labels, languageNames, locales };
}


export interface ReleaseBuild {
  /** The memory files read for this release, by language (messages land on them). */
  memoryReports: Partial<Record<TargetLanguage, VFile>>;
  /** The release in each language it is built in. */
  localized: Partial<Record<Language, LocalizedRelease>>;
  states: Partial<Record<Language, ReleaseState>>;
  /** What the feeds show of it, in each language it is published in. */
  feed: Partial<Record<Language, FeedEntry>>;
  /** Notices standing where a version agencies filed can no longer be published (notice.ts), by language. */
  notices: Partial<Record<Language, VersionNotice>>;
  /** What was published of it, after this build: the record, updated for the languages it went out in. */
  record: PublicationRecord;
  /** What agencies hold of it under embargo, after this build (the embargoed copies, or a kill in their place). */
  embargoed: EmbargoedRecord;
  files: Map<string, string>;
  /** Its kill is numbered blind (`filedUnknown`): one past the version its dates give. */
  unknownKill?: boolean;
}

/** The warning for a kill numbered blind (ReleaseBuild.unknownKill), on the release: from a build that hands it out. */
export function reportUnknownKill(release: Release, file: VFile): void {
  reportWarning(file, `nothing says what agencies hold of this withdrawn release (${recordPath(release.id)} is missing or unreadable, and no earlier out/ or private tree has it): its kill is numbered one past the version its dates give, to pass any copy they numbered; a copy numbered higher (edited after it went out) cannot be ruled out, so restore that file if it exists and build again`, 'kill-version', release.fieldPositions.status ?? { line: 1, column: 1 });
}

/**
 * One release in every language of the build: translated from its memories and rendered. Messages go on `file`.
 * `pictures`: the sizes made of each of its images, in order.
 */
export function buildRelease(release: Release, file: VFile, memories: Partial<Record<TargetLanguage, ReadMemory>>, context: RenderContext, timings?: Timings, pictures?: { renditions: Rendition[] }[], published: PublicationRecord = {}, embargoedFiled: EmbargoedRecord = {}, filedUnknown = false): ReleaseBuild {
  const { settings, labels, languageNames, locales } = context;
  const result: ReleaseBuild = { memoryReports: {}, localized: {}, states: {}, feed: {}, notices: {}, record: { ...published }, embargoed: { ...embargoedFiled }, files: new Map() };
  const memoryOf: Partial<Record<TargetLanguage, { memory?: Memory; statuses?: Map<string, SegmentStatus> }>> = {};
  // A withdrawn release is judged as the text it handed out, or would: its reason goes into the kill notice apart.
  const content = standing(release);
  for (const language of settings.languages) {
    const loaded = language === 'it' ? {} : timed(timings, 'translate', () => loadMemory(memories[language as TargetLanguage], release));
    if (language !== 'it') memoryOf[language as TargetLanguage] = { memory: loaded.memory, statuses: loaded.statuses };
    if (loaded.file) result.memoryReports[language as TargetLanguage] = loaded.file;
    // What agencies filed of a withdrawn release (or hold under embargo) is killed whatever state its translation is
    // in: nothing to judge.
    if (release.withdrawal && (published[language] || embargoedFiled[language])) continue;
    if (language !== 'it' && !loaded.memory) {
      const report = settings.strict ? reportError : reportWarning;
      if (!memories[language as TargetLanguage]) report(file, `no ${languageNames[language]} translation memory (${memoryPath(language as TargetLanguage, release.id)}); run pressroom translate, or add it; ${language} is skipped for this release`, 'missing-translation', { line: 1, column: 1 });
      result.states[language] = 'skipped';
      continue;
    }
    const localized = timed(timings, 'translate', () => localize(content, labels[language], loaded.memory, loaded.statuses, settings));
    reportUnnamedCity(release, file, labels[language], settings.glossary);
    reportUnnamedReleaseOffice(release, file, language, settings.glossary);
    if (!localized.ok) {
      const report = settings.strict ? reportError : reportWarning;
      const where = memoryPath(language as TargetLanguage, release.id);
      for (const segment of localized.missing) {
        report(file, `no ${languageNames[language]} translation for this ${segment.kind} in ${where}; ${language} is skipped for this release`, 'missing-translation', segment.position);
      }
      for (const segment of localized.stale) {
        report(file, `the ${languageNames[language]} translation of this ${segment.kind} in ${where} is stale (the Italian changed); review it`, 'stale-translation', segment.position);
      }
      result.states[language] = 'skipped';
      continue;
    }
    if (language !== 'it') {
      const target = language as TargetLanguage;
      const verdict = timed(timings, 'translate', () => {
        const findings = checkRelease({ release: content, language: target, memory: loaded.memory, memoryFile: loaded.file && { path: loaded.file.path, text: loaded.text! }, glossary: settings.glossary });
        return judgeVersion(content.segments, loaded.statuses!, findings, settings.policies[target]);
      });
      const report = settings.strict ? reportError : reportWarning;
      const name = languageNames[language];
      if (!verdict.publish && verdict.reason === 'failed-checks') {
        // Each error where the check found it: on the memory entry, or on the segment in the release.
        for (const error of verdict.errors) {
          const on = error.file === release.path ? file : loaded.file!;
          report(on, `${name}: ${error.problem}; ${language} is withheld for this release until it is fixed`, error.ruleId!, { line: error.line ?? 1, column: error.column ?? 1 });
        }
        result.states[language] = 'failed-checks';
        continue;
      }
      for (const segment of verdict.replacedReviewed) {
        reportWarning(file, `the reviewed ${name} translation of this ${segment.kind} was replaced by machine translation after the Italian changed; review it in ${memoryPath(target, release.id)}`, 'reviewed-replaced', segment.position);
      }
      if (!verdict.publish && verdict.reason === 'unapproved') {
        const count = verdict.machineSegments.length + verdict.unapprovedSegments.length;
        const first = [...verdict.machineSegments, ...verdict.unapprovedSegments].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column)[0]!;
        report(file, `${count} ${name} segment${count === 1 ? ' is' : 's are'} not yet approved by a second reviewer (four eyes), and the publication policy for ${language} is approved: ${language} is withheld for this release (have ${count === 1 ? 'it' : 'them'} approved in pressroom review by someone other than ${count === 1 ? 'its' : 'their'} last editor)`, 'unapproved-withheld', first.position);
        result.states[language] = 'unreviewed';
        continue;
      }
      if (!verdict.publish) {
        const count = verdict.machineSegments.length;
        report(file, `${count} ${name} segment${count === 1 ? ' is a machine translation' : 's are machine translations'} not yet reviewed, and the publication policy for ${language} is reviewed: ${language} is withheld for this release (review ${count === 1 ? 'it' : 'them'}, or set "pressroom": { "publication": { "${language}": "machine" } } in package.json)`, 'unreviewed-withheld', verdict.machineSegments[0]!.position);
        result.states[language] = 'unreviewed';
        continue;
      }
      localized.release.machine = verdict.machine;
    }
    if (localized.release.images) localized.release.images = localized.release.images.map((image, index) => ({ ...image, renditions: pictures?.[index]?.renditions ?? [] }));
    result.localized[language] = localized.release;
    result.states[language] = heldState(release, settings.now) ?? 'published';
  }

  // A notice takes the place of a version: a withdrawal kills the release wherever it went or would go (in Italian, in
  // each language agencies filed, in each that is ready), at once, under embargo too (in the private tree); a
  // language agencies filed (or hold under embargo) that can no longer publish its version is withheld.
  const held = heldState(release, settings.now) !== undefined;
  const noticed: Partial<Record<Language, NoticeKind>> = {};
  for (const language of settings.languages) {
    if (release.withdrawal) {
      if (published[language] || embargoedFiled[language] || result.localized[language]) noticed[language] = 'withdrawn';
    } else if (!result.localized[language] && language !== 'it' && (held ? embargoedFiled[language] : laterOf(published[language], embargoedFiled[language]))) {
      // A copy agencies hold (published, or under embargo in the private tree) that can no longer go out.
      noticed[language] = 'withheld';
    }
  }

  // A kill with nothing to follow, where something may have been handed out all the same (the record and the trees
  // gone): numbered one past what the release's dates give, which passes any copy they numbered, and said.
  // Said by the build that hands it out (render-task.ts), not by a preview.
  const unknownKill = filedUnknown && settings.languages.some((language) => noticed[language] === 'withdrawn');
  result.unknownKill = unknownKill;

  const pageUrl = (language: Language, id: string) => new URL(`${language}/${id}/`, settings.baseUrl).href;
  // Every language this release exists in, for links between its versions.
  const versions = Object.fromEntries(
    settings.languages.filter((other) => result.localized[other] || noticed[other]).map((other) => [other, pageUrl(other, release.id)]),
  ) as Partial<Record<Language, string>>;
  for (const language of settings.languages) {
    const view = result.localized[language];
    const kind = noticed[language];
    if (kind) {
      // A notice follows what agencies hold: the later of what was published and their embargoed copy (or the kill already there).
      const filed = laterOf(published[language], embargoedFiled[language]);
      // The headline agencies filed, else the one they would have had.
      const headline = filed?.headline ?? collapsedText(view!.title);
      const withdrawal = release.withdrawal && withdrawalIn(release, release.withdrawal, language, language === 'it' ? undefined : { ...memoryOf[language as TargetLanguage], policy: settings.policies[language as TargetLanguage], glossary: settings.glossary });
      const notice = versionNotice(release, kind, headline, labels[language], withdrawal, settings);
      if (unknownKill && !filed) notice.version += 1;
      // A withheld translation stands in for a copy held until the release is public: under that embargo until then.
      const rendered = renderNotice(notice, filed, versions, context, held, timings, kind === 'withheld' ? publicFrom(release.meta).at : undefined);
      for (const [path, content] of rendered.files) result.files.set(path, content);
      delete result.localized[language];
      // A notice to agencies all the same, counted as one; under embargo in the private tree alone (listed nowhere
      // public: render-task lists none of a held release), and a kill is a kill all the same.
      result.notices[language] = rendered.notice;
      if (held) {
        if (kind === 'withdrawn') result.states[language] = 'withdrawn';
        result.embargoed[language] = rendered.published;
        continue;
      }
      result.feed[language] = rendered.feed;
      result.record[language] = rendered.published;
      if (kind === 'withdrawn') result.states[language] = 'withdrawn';
      continue;
    }
    if (!view) continue;
    const state = result.states[language];
    const embargoed = state === 'embargoed' || state === 'scheduled';
    // Under embargo the copy follows what agencies hold in the private tree (a kill taken back included); public, it
    // follows what was published, or at the lift the copy they hold.
    const rendered = renderVersion(release, view, embargoed, versions, context, timings, embargoed ? embargoedFiled[language] : laterOf(published[language], embargoedFiled[language]));
    for (const [path, content] of rendered.files) result.files.set(path, content);
    if (rendered.feed) result.feed[language] = rendered.feed;
    if (rendered.published) result.record[language] = rendered.published;
    if (rendered.embargoed) result.embargoed[language] = rendered.embargoed;
    result.localized[language] = rendered.view;
  }
  return result;
}

/** Of two versions agencies were handed (one published, one under embargo), the later: what comes next must pass it. */
export function laterOf(published: PublishedVersion | undefined, embargoed: PublishedVersion | undefined): PublishedVersion | undefined {
  return embargoed && (!published || embargoed.version > published.version) ? embargoed : published;
}

/** A withdrawn release as the text it stood as: without its withdrawal, nor the reason among its segments. */
function standing(release: Release): Release {
  if (!release.withdrawal) return release;
  const { withdrawal, ...rest } = release;
  return { ...rest, segments: release.segments.filter((segment) => segment !== withdrawal.reason) };
}

/**
 * The notice for a language: a kill (`withdrawn`, with its reason as withdrawalIn gives it) or a translation
 * withheld; `headline` is the one agencies filed. The version and its date are settled when it is rendered
 * (renderNotice).
 */
function versionNotice(release: Release, kind: NoticeKind, headline: string, labels: Labels, withdrawal: WithdrawalReason | undefined, project: ProjectNames): VersionNotice {
  const { meta } = release;
  const office = officeIn(meta.office ?? project.office, labels.language, project.glossary);
  const changes = releaseChanges(meta);
  // A reviewed translation of the reason dates the version it makes.
  const dates = [...changes, ...(withdrawal?.reviewed ? [withdrawal.reviewed] : [])];
  return {
    id: release.id,
    language: labels.language,
    kind,
    headline,
    date: meta.date,
    published: publishedAt(meta),
    // Placeholders until renderNotice compares it with what was filed.
    version: changes.length,
    modified: dates.reduce((latest, instant) => (Date.parse(instant) > Date.parse(latest) ? instant : latest)),
    ...(withdrawal ? { withdrawn: { date: withdrawal.date, reason: withdrawal.reason, original: withdrawal.original } } : {}),
    ...(office ? { office } : {}),
    ...(meta.dateline ? { located: localCity(meta.dateline.city, labels, project.glossary) } : {}),
  };
}

/**
 * A notice's files, feed entry and record, its version settled against what agencies filed. `held`: the release is
 * still under embargo (or scheduled), and the notice replaces the copies agencies hold in the private tree: wire text
 * and ninjs only, nothing public or recorded; a kill with no embargo (it holds from now), a withheld translation
 * under the embargo `until` (when the release becomes public), as the copy it replaces was.
 */
function renderNotice(draft: VersionNotice, filed: PublishedVersion | undefined, versions: Partial<Record<Language, string>>, context: RenderContext, held: boolean, timings?: Timings, until?: string): { files: Map<string, string>; feed: FeedEntry; notice: VersionNotice; published: PublishedVersion } {
  const { settings, labels, languageNames, locales } = context;
  const { language, id } = draft;
  const links = { uri: new URL(`${language}/${id}/`, settings.baseUrl).href, versions, languageNames, baseUrl: settings.baseUrl };
  if (held && until) draft = { ...draft, embargo: until };
  const item = noticeNinjsItem(draft, labels[language], links);
  // At the lift, the notice agencies held but for its embargo is that same version.
  const itemHash = versionHash(item);
  if (!held && until && filed?.status === 'withheld' && filed.hash !== itemHash && filed.hash === versionHash(noticeNinjsItem({ ...draft, embargo: until }, labels[language], links))) filed = { ...filed, hash: itemHash };
  const { version, created, hash, ninjs } = settleVersion(item, filed, { version: draft.version, created: draft.modified }, settings.now, itemHash);
  const notice = { ...draft, version, modified: created };
  const files = new Map<string, string>();
  const at = held ? `embargoed/${language}/${id}` : `${language}/${id}`;
  if (!held) files.set(`${at}/index.html`, timed(timings, 'html', () => renderNoticePage(notice, labels[language], { alternates: versions, languageNames, baseUrl: settings.baseUrl, locales })));
  files.set(`${at}/wire.txt`, timed(timings, 'wire', () => renderNoticeWire(notice, labels[language], settings.baseUrl)));
  files.set(`${at}/ninjs.json`, ninjs);
  if (!held) files.set(`${at}/quotes.json`, renderNoticeQuotes(notice));
  const published: PublishedVersion = { version, versionCreated: created, hash, status: notice.kind === 'withdrawn' ? 'canceled' : 'withheld', headline: notice.headline };
  return { files, feed: noticeFeedEntry(notice, labels[language], settings.baseUrl), notice, published };
}

/**
 * The page a withdrawn release stands as in `language`, as the build writes it: the kill notice, its reason as the
 * memory gives it (withdrawal.ts), under the headline agencies filed (`filed`), else `headline`. For the desk's preview.
 */
export function withdrawnPage(release: Release, language: Language, headline: string, memory: Memory | undefined, context: RenderContext, filed?: PublishedVersion): string {
  const { settings, labels } = context;
  const target = language === 'it' ? undefined : (language as TargetLanguage);
  const from = target && { memory, statuses: memory && resolveMemory(release, memory), policy: settings.policies[target], glossary: settings.glossary };
  const withdrawal = withdrawalIn(release, release.withdrawal!, language, from);
  const notice = versionNotice(release, 'withdrawn', filed?.headline ?? headline, labels[language], withdrawal, settings);
  return renderNotice(notice, filed, {}, context, false).files.get(`${language}/${release.id}/index.html`)!;
}

/**
 * The files of one language version that may go out: rendering only, after buildRelease has decided it may.
 * Under embargo or before its scheduled date, the wire text and ninjs alone, for agencies; nothing public exists before the embargo lifts.
 */
export function renderVersion(release: Release, localized: LocalizedRelease, embargoed: boolean, versions: Partial<Record<Language, string>>, context: RenderContext, timings?: Timings, filed?: PublishedVersion): { files: Map<string, string>; feed?: FeedEntry; published?: PublishedVersion; embargoed?: PublishedVersion; view: LocalizedRelease } {
  const { settings, labels, languageNames, locales } = context;
  const { language } = localized;
  let view = localized;
  const files = new Map<string, string>();
  const uri = new URL(`${language}/${release.id}/`, settings.baseUrl).href;
  if (embargoed) {
    // A scheduled release is held the same way as an embargoed one: embargoed until its date.
    const held = { ...view, embargo: publicFrom(release.meta).at };
    files.set(`embargoed/${language}/${release.id}/wire.txt`, timed(timings, 'wire', () => renderWire(held, labels[language], true)));
    const item = timed(timings, 'ninjs', () => ninjsItem(held, labels[language], { uri, versions, languageNames }));
    // It follows what agencies hold in the private tree: a changed copy, or one in place of a kill, is a later version.
    const { version, created, hash, ninjs } = settleVersion(item, filed, { version: view.version, created: view.modified }, settings.now);
    files.set(`embargoed/${language}/${release.id}/ninjs.json`, ninjs);
    // What agencies hold until the lift: a kill in its place must be a later version.
    const copy: PublishedVersion = { version, versionCreated: created, hash, status: 'usable', headline: collapsedText(view.title) };
    return { files, view, embargoed: copy };
  }
  // The version follows what agencies filed: new content in this language, a new version.
  const item = timed(timings, 'ninjs', () => ninjsItem(view, labels[language], { uri, versions, languageNames }));
  // At its date, a scheduled release is the copy agencies held but for the embargo its date put on it: that version.
  const itemHash = versionHash(item);
  if (filed?.status === 'usable' && !view.embargo && filed.hash !== itemHash && filed.hash === versionHash(ninjsItem({ ...view, embargo: publicFrom(release.meta).at }, labels[language], { uri, versions, languageNames }))) filed = { ...filed, hash: itemHash };
  const { version, created, hash, ninjs } = settleVersion(item, filed, { version: view.version, created: view.modified }, settings.now, itemHash);
  if (version !== view.version || created !== view.modified) view = { ...view, version, modified: created };
  files.set(`${language}/${release.id}/index.html`, timed(timings, 'html', () => renderReleasePage(view, labels[language], { alternates: versions, languageNames, baseUrl: settings.baseUrl, locales })));
  files.set(`${language}/${release.id}/wire.txt`, timed(timings, 'wire', () => renderWire(view, labels[language], false)));
  files.set(`${language}/${release.id}/ninjs.json`, ninjs);
  files.set(`${language}/${release.id}/quotes.json`, timed(timings, 'quotesJson', () => renderQuotesJson(view)));
  const published: PublishedVersion = { version, versionCreated: created, hash, status: view.withdrawn ? 'canceled' : 'usable', headline: collapsedText(view.title) };
  return { files, feed: timed(timings, 'feeds', () => feedEntry(view, labels[language], settings.baseUrl)), published, view };
}

/** What the feeds show of a published release in a language: asked only for the newest few. */
export type FeedEntryOf = (id: string, language: Language) => FeedEntry;

/**
 * An index entry's hash, made once per entry: the keys of every page, sitemap and feed list thousands of them. Its
 * JSON, held as long as the entry is, was some 13 MB at 10,000 releases in three languages.
 */
const entryHash = perObject((entry: IndexEntry) => hash('sha256', JSON.stringify(entry), 'base64'));

/** A file of the indexes and feeds, rendered only when asked: `key` says what it is made of, beyond the build settings. */
export interface IndexFile {
  path: string;
  key: string;
  /** Its content; a large one (a sitemap) as parts, made as they are written. */
  render(): string | Iterable<string>;
  /**
   * Pages whose parts move between files of one family (a language's index pages, its sitemap): `remember` takes
   * back the parts of this file as the previous build wrote it, so that the family's files rendered next reuse them.
   * `place`: its place in the family (an index page's number): parts move only to the pages before and after.
   */
  family?: string;
  place?: number;
  remember?(previous: string): void;
}

/**
 * The per-language indexes and feeds over the published releases (in release order), and the language chooser,
 * each with a key of what it lists: a rebuild renders only those whose key changed. `releaseKeyOf` gives what a
 * release's files (its feed entry among them) are made of.
 */
/** `parts`, each made as it is asked for, the time that takes counted as `stage`'s. */
function* timedParts(timings: Timings | undefined, stage: keyof Timings, parts: Iterator<string>): Generator<string> {
  for (;;) {
    const start = performance.now();
    const next = parts.next();
    if (timings) timings[stage] += performance.now() - start;
    if (next.done) return;
    yield next.value;
  }
}

export function indexFiles(published: Map<Language, IndexEntry[]>, feedEntryOf: FeedEntryOf, releaseKeyOf: (id: string) => string, context: RenderContext, timings?: Timings): IndexFile[] {
  const { settings, labels } = context;
  const files: IndexFile[] = [];
  // The languages each release is published in ('' for the indexes, which exist in every language).
  const languagesById = new Map<string, Language[]>();
  for (const language of settings.languages) for (const view of published.get(language) ?? []) languagesById.set(view.id, [...(languagesById.get(view.id) ?? []), language]);
  const languagesOf = (id: string) => (id === '' ? settings.languages : (languagesById.get(id) ?? []));
  // The archive's pages are rendered apart (publish/archive.ts), each only when it changes; the sitemaps list them.
  const archive = planArchive(published, settings.languages, labels);
  for (const language of settings.languages) {
    const sorted = sortNewestFirst(published.get(language) ?? []);
    const archived = archive.filter((page) => page.language === language);
    const pages = indexPages(sorted, language);
    for (const { path, listed, at } of pages) {
      files.push({
        path,
        key: piecesHash(['index', JSON.stringify(at), ...listed.map(entryHash)]),
        render: () => timed(timings, 'indexes', () => renderLanguageIndex(listed, labels[language], settings.baseUrl, settings.languages, at)),
        family: `${language}/index`,
        place: at.page,
        remember: (html) => rememberLanguageIndex(html, listed, labels[language], at),
      });
    }
    files.push({
      path: `${language}/sitemap.xml`,
      key: piecesHash(['sitemap', String(pages.length), JSON.stringify(archived.map((page) => [archiveFile(page), page.languages])), ...sorted.flatMap((view) => [entryHash(view), languagesOf(view.id).join()])]),
      render: () => timedParts(timings, 'indexes', sitemapLines(language, sorted, languagesOf, pages.length, settings.baseUrl, archived)),
      family: `${language}/sitemap`,
      remember: (xml) => rememberSitemap(xml, language, sorted, languagesOf, settings.baseUrl),
    });
    const newest = sorted.slice(0, FEED_LENGTH);
    const feedKey = piecesHash(['feed', ...newest.flatMap((view) => [entryHash(view), releaseKeyOf(view.id)])]);
    let feed: { atom: string; json: string } | undefined;
    const rendered = () => (feed ??= timed(timings, 'feeds', () => renderFeedEntries(newest.map((view) => feedEntryOf(view.id, language)), labels[language], settings.baseUrl, officeIn(settings.office, language, settings.glossary))));
    files.push({ path: `${language}/feed.xml`, key: feedKey, render: () => rendered().atom });
    files.push({ path: `${language}/feed.json`, key: feedKey, render: () => rendered().json });
  }
  // What these three show depends on the build settings alone.
  files.push({ path: 'index.html', key: 'settings', render: () => timed(timings, 'indexes', () => renderLanguageChooser(settings.languages.map((language) => labels[language]), settings.baseUrl)) });
  files.push({ path: 'sitemap.xml', key: 'settings', render: () => renderSitemapIndex(settings.languages, settings.baseUrl) });
  files.push({ path: 'robots.txt', key: 'settings', render: () => renderRobots(settings.baseUrl) });
  return files;
}
