// Messages and hashes as plain data: what crosses to and from worker threads and into the build manifest.
import { createHash, hash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Point } from '../release.ts';

/** A message as data: what formatMessage needs to print it. */
export interface Message {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
}

export const toMessage = (message: VFileMessage): Message => ({
  reason: message.reason,
  line: message.line ?? undefined,
  column: message.column ?? undefined,
  ruleId: message.ruleId ?? undefined,
  source: message.source ?? undefined,
  fatal: message.fatal,
});

/** Put `messages` back on `file`, as the stages first reported them. */
export function addMessages(file: VFile, messages: Message[]): void {
  for (const message of messages) {
    const place: Point | undefined = message.line === undefined ? undefined : { line: message.line, column: message.column ?? 1 };
    const added = file.message(message.reason, { place, ruleId: message.ruleId, source: message.source });
    added.fatal = message.fatal;
  }
}

export const contentHash = (...parts: unknown[]) => hash('sha256', JSON.stringify(parts), 'hex');

/** A hash of strings taken as they are (no JSON around each): for keys over many pieces already serialised. */
export function piecesHash(pieces: Iterable<string>): string {
  const digest = createHash('sha256');
  for (const piece of pieces) digest.update(piece).update('\0');
  return digest.digest('hex');
}
