// Who reviews, when a name must be a person: reviewers.yaml gives each reviewer a token of their own, and the token a
// browser presents names its reviewer, so that "someone other than the last editor" (four eyes) means another person.
// The file holds secrets: it is never committed (.gitignore lists it), and the desk refuses a weak or repeated token.
//
//   reviewers:
//     - name: Anna Rossi
//       token: 9f2c…   # at least 128 bits: openssl rand -hex 16
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import * as z from 'zod';
import type { VFile } from 'vfile';
import type { Point } from '../release.ts';
import { reportError } from '../problems.ts';
import { MIN_TOKEN_BITS, sameSecret, tokenBits } from './security.ts';
import { samePerson } from '../translate/review.ts';

/** Where the desk looks for the reviewers' tokens, in the project (or given with --reviewers). */
export const REVIEWERS_FILE = 'reviewers.yaml';

export interface Reviewer {
  /** As recorded in the memory for saves and approvals. */
  name: string;
  token: string;
}

const line = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(80, { error: 'must be at most 80 characters' }).regex(/^[^\p{Cc}\p{Cf}]+$/u, { error: 'must be one line of plain text' });

const schema = z
  .object({
    reviewers: z.array(z.object({ name: line, token: z.string({ error: 'must be text' }).min(1, { error: 'must not be empty' }) }).strict()).min(1, { error: 'must name at least one reviewer' }),
  })
  .strict();

function pointOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): Point {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) node = node.get(step as string, true) ?? node;
    else if (isSeq(node) && typeof step === 'number') node = node.items[step] ?? node;
    else break;
  }
  const start = (node as Node | undefined)?.range?.[0];
  if (start === undefined) return { line: 1, column: 1 };
  const { line: at, col } = lines.linePos(start);
  return { line: at, column: col };
}

/** Read reviewers.yaml; problems go on `file` with their place, and the result is undefined on any error. */
export function readReviewers(file: VFile): Reviewer[] | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(String(file.value), { lineCounter: lines });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const place = error.linePos?.[0];
      reportError(file, `reviewers file is not valid YAML (${error.message.split('\n')[0]})`, 'reviewers-yaml', place ? { line: place.line, column: place.col } : { line: 1, column: 1 });
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      reportError(file, `reviewers file ${issue.path.join('.') || 'file'}: ${issue.message}`, 'reviewers-shape', pointOf(doc, lines, issue.path));
    }
    return undefined;
  }
  const reviewers = result.data.reviewers;
  reviewers.forEach((reviewer, index) => {
    const at = pointOf(doc, lines, ['reviewers', index, 'token']);
    const bits = tokenBits(reviewer.token);
    if (bits < MIN_TOKEN_BITS) {
      reportError(file, `the token of ${reviewer.name} holds at most ${bits} bits and needs ${MIN_TOKEN_BITS}: make one with openssl rand -hex 16`, 'reviewers-token', at);
    }
    const earlier = reviewers.slice(0, index);
    // Compared as secrets even here: the file is read once, but a habit is a habit.
    if (earlier.some((other) => sameSecret(other.token, reviewer.token))) {
      reportError(file, `the token of ${reviewer.name} is also another reviewer's: each reviewer needs a token of their own`, 'reviewers-token', at);
    }
    if (earlier.some((other) => samePerson(other.name, reviewer.name))) {
      reportError(file, `${reviewer.name} is named twice: one entry per reviewer`, 'reviewers-name', pointOf(doc, lines, ['reviewers', index, 'name']));
    }
  });
  return file.messages.some((message) => message.fatal) ? undefined : reviewers;
}

