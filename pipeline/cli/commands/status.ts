// `pressroom status`: per release and language, how many segments are done, machine, reviewed, stale, missing.
import { resolve } from 'node:path';
import stringWidth from 'string-width';
import type { TargetLanguage } from '../../release.ts';
import { countReviews, reviewSegments, type ReviewCounts } from '../../translate/review.ts';
import { printReports, type Console } from '../report.ts';
import { readWorkspace } from '../../project/workspace.ts';

export interface StatusRow {
  release: string;
  language: TargetLanguage;
  /** Segments with a current translation, machine or reviewed. */
  done: number;
  total: number;
  machine: number;
  reviewed: number;
  /** Reviewed and approved by a second person (four eyes); not counted in `reviewed`. */
  approved: number;
  stale: number;
  missing: number;
  /** The memory file exists but cannot be read; its problems are printed. */
  invalid?: true;
}

function row(release: string, language: TargetLanguage, counts: ReviewCounts, invalid: boolean): StatusRow {
  const { total, machine, reviewed, approved, stale, missing } = counts;
  return { release, language, done: machine + reviewed + approved, total, machine, reviewed, approved, stale, missing, ...(invalid ? { invalid: true as const } : {}) };
}

/** Columns padded by display width, numbers right-aligned; an `approved` column once anything is approved. */
export function formatStatusTable(rows: StatusRow[]): string[] {
  const approvals = rows.some((r) => r.approved > 0);
  const header = ['release', 'lang', 'done', 'machine', 'reviewed', ...(approvals ? ['approved'] : []), 'stale', 'missing'];
  const cells = rows.map((r) =>
    r.invalid
      ? [r.release, r.language, 'unreadable', '-', '-', ...(approvals ? ['-'] : []), '-', '-']
      : [r.release, r.language, `${r.done}/${r.total}`, String(r.machine), String(r.reviewed), ...(approvals ? [String(r.approved)] : []), String(r.stale), String(r.missing)],
  );
  const widths = header.map((title, column) => Math.max(stringWidth(title), ...cells.map((line) => stringWidth(line[column]!))));
  const pad = (line: string[]) =>
    line
      .map((cell, column) => {
        const space = ' '.repeat(widths[column]! - stringWidth(cell));
        return column < 2 ? cell + space : space + cell;
      })
      .join('  ')
      .trimEnd();
  return [pad(header), ...cells.map(pad)];
}

export async function runStatus(options: { root: string; languages: TargetLanguage[]; json: boolean }, io: Console): Promise<number> {
  const root = resolve(options.root);
  const workspace = await readWorkspace(root, options.languages);
  printReports(workspace.releaseReports.filter((file) => file.messages.length > 0), io);
  const rows: StatusRow[] = [];
  let unreadable = false;
  for (const release of workspace.releases) {
    for (const language of options.languages) {
      const source = workspace.memory(language, release);
      const invalid = source.text !== undefined && !source.memory;
      if (invalid) {
        unreadable = true;
        printReports([source.file], io);
      }
      rows.push(row(release.id, language, countReviews(reviewSegments(release, source.memory)), invalid));
    }
  }
  if (options.json) io.log(JSON.stringify({ releases: rows }, null, 2));
  else if (rows.length === 0) io.log('no releases in releases/');
  else for (const line of formatStatusTable(rows)) io.log(line);
  return unreadable || workspace.releaseReports.some((file) => file.messages.some((message) => message.fatal)) ? 1 : 0;
}
