// `pressroom status`: per release and language, how many segments are done, machine, reviewed, stale, missing.
import { resolve } from 'node:path';
import type { TargetLanguage } from '../../release.ts';
import { printReports, type Console } from '../report.ts';
import { reviewStatus, type StatusRow } from '../../project/review-status.ts';
import { createProgress, type Progress } from '../../project/progress.ts';
import { holdYoungGeneration } from '../../publish/young-generation.ts';

export type { StatusRow } from '../../project/review-status.ts';

/**
 * Columns padded, numbers right-aligned; an `approved` column once anything is approved. Every cell is ASCII, a column
 * a character: ids are slugs (parse/id-rule.ts), languages codes, the rest numbers. (The Unicode width tables cost a
 * status some milliseconds of start-up for nothing.)
 */
export function formatStatusTable(rows: StatusRow[]): string[] {
  const approvals = rows.some((r) => r.approved > 0);
  const header = ['release', 'lang', 'done', 'machine', 'reviewed', ...(approvals ? ['approved'] : []), 'stale', 'missing'];
  const cellsOf = (r: StatusRow) =>
    r.invalid
      ? [r.release, r.language, 'unreadable', '-', '-', ...(approvals ? ['-'] : []), '-', '-']
      : [r.release, r.language, `${r.done}/${r.total}`, String(r.machine), String(r.reviewed), ...(approvals ? [String(r.approved)] : []), String(r.stale), String(r.missing)];
  // A row's cells are made twice, for the widths and for its line, rather than kept: at 10,000 releases keeping
  // them all was some megabytes more for the collector to move.
  const widths = header.map((cell) => cell.length);
  for (const r of rows) {
    const cells = cellsOf(r);
    for (let column = 0; column < cells.length; column++) widths[column] = Math.max(widths[column]!, cells[column]!.length);
  }
  const line = (cells: string[]) => {
    let text = '';
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column]!;
      text += (column > 0 ? '  ' : '') + (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!));
    }
    return text.trimEnd();
  };
  return [line(header), ...rows.map((r) => line(cellsOf(r)))];
}

/**
 * The young generation is held at its first size while status answers from its digest: the digest is read whole and
 * lives until the table is printed, and in a young generation grown for speed every scavenge copied it again (a sixth
 * of status's time at 10,000 releases). Status that must read many files lets it go, as parsing wants it.
 */
export async function runStatus(options: { root: string; languages: TargetLanguage[]; json: boolean }, io: Console, terminal: NodeJS.WriteStream | undefined = process.stderr, hold: () => () => void = holdYoungGeneration): Promise<number> {
  const root = resolve(options.root);
  const letGo = hold();
  try {
    // Progress goes to stderr, never among the table or the JSON on stdout.
    const progress = (total: number) => {
      letGo();
      return steadyProgress(total, { log: io.error, error: io.error }, terminal);
    };
    const { rows, reports, failed } = await reviewStatus(root, options.languages, { progress });
    printReports(reports, io);
    if (options.json) io.log(JSON.stringify({ releases: rows }, null, 2));
    else if (rows.length === 0) io.log('no releases in releases/');
    // One write: a line at a time is most of the time at 10,000 releases.
    else io.log(formatStatusTable(rows).join('\n'));
    return failed ? 1 : 0;
  } finally {
    letGo();
  }
}

/** A bar on a terminal; elsewhere (a log, CI) a line at every tenth, not one per file. */
function steadyProgress(total: number, io: Console, terminal: NodeJS.WriteStream | undefined): Progress {
  const progress = createProgress(total, { done: 'status: read', unit: 'files' }, io, terminal);
  if (terminal?.isTTY) return progress;
  let done = 0;
  let pending = 0;
  return {
    advance(count, label) {
      done += count;
      pending += count;
      if (done === total || pending >= total / 10) {
        progress.advance(pending, label);
        pending = 0;
      }
    },
    stop: () => progress.stop(),
  };
}
