// What a build says: every message, release files first and then memory files language by language, one
// summary line per language, and the count of files written.
import { VFile } from 'vfile';
import { printReports, type Console } from '../problems.ts';
import { STAGES, type Timings } from '../timings.ts';
import type { Language } from '../release.ts';
import type { ReleaseEntry } from './manifest.ts';
import { addMessages } from './messages.ts';
import { summarize, type LanguageSummary } from './summary.ts';

/** Messages as the stages reported them: release files in path order, then memory files language by language. */
export function reportsOf(languages: Language[], entries: Record<string, ReleaseEntry>, built: { id: string; memoryMessages: ReleaseEntry['memoryMessages'] }[]): VFile[] {
  // Only files with messages are reported: the others are not made (a thousand cost milliseconds).
  const reports: VFile[] = Object.entries(entries).filter(([, entry]) => entry.messages.length > 0).map(([path, entry]) => {
    const file = new VFile({ path });
    addMessages(file, entry.messages);
    return file;
  });
  for (const language of languages) {
    if (language === 'it') continue;
    for (const release of built) {
      const messages = release.memoryMessages[language];
      if (!messages?.length) continue;
      const file = new VFile({ path: `locales/${language}/releases/${release.id}.json` });
      addMessages(file, messages);
      reports.push(file);
    }
  }
  return reports.filter((report) => report.messages.length > 0);
}

/** Print the messages and the summary lines; the summaries, for those who call the build. */
export function printSummary(io: Console, out: string, languages: Language[], reports: VFile[], built: { id: string; states: ReleaseEntry['states']; notices?: ReleaseEntry['notices'] }[], written: number, kept: number, notes: string[] = []): LanguageSummary[] {
  printReports(reports, io);
  const summaries = summarize(languages, built);
  for (const summary of summaries) {
    const parts = [`${summary.published.length} published`];
    if (summary.embargoed.length) parts.push(`${summary.embargoed.length} embargoed (${summary.embargoed.join(', ')})`);
    if (summary.scheduled.length) parts.push(`${summary.scheduled.length} scheduled (${summary.scheduled.join(', ')})`);
    const withheld = [
      summary.unreviewed.length ? `${summary.unreviewed.length} unreviewed: ${summary.unreviewed.join(', ')}` : '',
      summary['failed-checks'].length ? `${summary['failed-checks'].length} failing checks: ${summary['failed-checks'].join(', ')}` : '',
    ].filter(Boolean);
    if (withheld.length) parts.push(`${summary.unreviewed.length + summary['failed-checks'].length} withheld (${withheld.join('; ')})`);
    if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped (${summary.skipped.join(', ')})`);
    // Versions agencies filed that this build could not publish again: a notice stands in their place.
    // A kill under embargo is in the private tree alone, with no notice listed publicly: a kill all the same.
    const notices = built.flatMap((release) => {
      const kind = release.notices?.[summary.language] ?? (release.states[summary.language] === 'withdrawn' ? 'withdrawn' : undefined);
      return kind ? [`${release.id}: ${kind === 'withdrawn' ? 'withdrawn' : 'being updated'}`] : [];
    });
    if (notices.length) parts.push(`${notices.length} notice${notices.length === 1 ? '' : 's'} to agencies (${notices.join(', ')})`);
    io.log(`${summary.language}: ${parts.join(', ')}`);
  }
  for (const note of notes) io.log(note);
  io.log(`wrote ${written} files to ${out}${kept > 0 ? ` (${kept} unchanged)` : ''}`);
  return summaries;
}

export interface TimingsReport {
  jobs: number;
  releasesRendered: number;
  filesRead: number;
  filesWritten: number;
  filesKept: number;
  stages: Timings;
  phases: Record<string, number>;
  started: number;
}

/** One `pressroom-timings {…}` JSON line: milliseconds per stage and phase, files read, written and kept, peak RSS. */
export function printTimings(io: Console, report: TimingsReport): void {
  const line = {
    jobs: report.jobs,
    releasesRendered: report.releasesRendered,
    filesRead: report.filesRead,
    filesWritten: report.filesWritten,
    filesKept: report.filesKept,
    stages: Object.fromEntries(STAGES.map((stage) => [stage, Math.round(report.stages[stage])])),
    phases: Object.fromEntries(Object.entries(report.phases).map(([name, ms]) => [name, Math.round(ms)])),
    totalMs: Math.round(performance.now() - report.started),
    maxRssKB: process.resourceUsage().maxRSS,
  };
  io.error(`pressroom-timings ${JSON.stringify(line)}`);
}
