// Problems are data: every stage reports on the VFile it was given, with a place and a rule id.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { statistics } from 'vfile-statistics';
import type { Point } from './release.ts';

export const RULE_SOURCE = 'pressroom';

export function reportError(file: VFile, reason: string, ruleId: string, place?: Point): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: RULE_SOURCE });
  message.fatal = true;
  return message;
}

export function reportWarning(file: VFile, reason: string, ruleId: string, place?: Point): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: RULE_SOURCE });
  message.fatal = false;
  return message;
}

/** A warning about `file`, as `file.message` would make it, kept aside to be put on the file later (or never). */
export function pendingWarning(file: VFile, reason: string, ruleId: string, place?: Point): VFileMessage {
  const message = new VFileMessage(reason, { place, ruleId, source: RULE_SOURCE });
  if (file.path) {
    message.name = `${file.path}:${message.name}`;
    message.file = file.path;
  }
  message.fatal = false;
  return message;
}

export function hasErrors(file: VFile): boolean {
  return statistics(file).fatal > 0;
}

/**
 * `releases/x.md:3:7: error: reason [pressroom:rule]`, the one-line form editors and CI understand. A problem with
 * a file but no place in it is `file.txt: error: …`; one of the run as a whole is `pressroom: error: …`.
 */
export function formatMessage(message: VFileMessage, fallbackPath = ''): string {
  const path = message.file || fallbackPath || 'pressroom';
  const place = message.line == null ? '' : `:${message.line}:${message.column ?? 1}`;
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
  const rule = message.ruleId ? ` [${message.source ? `${message.source}:` : ''}${message.ruleId}]` : '';
  return `${path}${place}: ${severity}: ${message.reason}${rule}`;
}

/** A problem of a file as a whole, or of the run when `path` is empty: a VFile holding the one message. */
export function problemFile(path: string, reason: string, ruleId: string, severity: 'error' | 'warning' = 'error'): VFile {
  const file = new VFile(path ? { path } : {});
  (severity === 'error' ? reportError : reportWarning)(file, reason, ruleId);
  return file;
}

/**
 * A problem that ends the run where it is found (a broken settings file, a held lock): thrown, and printed by the
 * command line, the desk or the dev server like any other message.
 */
export class ProblemError extends Error {
  readonly file: VFile;
  constructor(path: string, reason: string, ruleId: string, options?: { place?: Point; cause?: unknown }) {
    super(path ? `${path}: ${reason}` : reason, { cause: options?.cause });
    this.file = new VFile(path ? { path } : {});
    reportError(this.file, reason, ruleId, options?.place);
  }
}

/** Any error as a file with one message: a ProblemError as it is, anything else as a fault of pressroom itself. */
export function errorFile(error: unknown): VFile {
  if (error instanceof ProblemError) return error.file;
  return problemFile('', error instanceof Error ? error.message : String(error), 'internal');
}

export function formatMessages(file: VFile): string[] {
  return [...file.messages]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((message) => formatMessage(message, file.path));
}

/** Where the engine prints: the terminal for the CLI, a buffer for tests and the desk. */
export interface Console {
  log(line: string): void;
  error(line: string): void;
}

export function printReports(files: VFile[], io: Console): void {
  for (const file of files) for (const line of formatMessages(file)) io.error(line);
}
