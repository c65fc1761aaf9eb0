// Comments: a thread per segment, per release and language (a question to the Italian author, the answers), kept
// beside the translation memory in locales/<lang>/comments/<id>.json and written under the memory's lock. Pure
// functions; the file is read and written at the edge (project/workspace.ts).
import type { TargetLanguage } from '../release.ts';
import type { SegmentReview } from './review.ts';

/** Where the comments of release `id` in `language` live in the project. */
export const commentsPath = (language: TargetLanguage, id: string) => `locales/${language}/comments/${id}.json`;

/** Longest comment kept, in characters: a question or an answer, not a document. */
export const COMMENT_LIMIT = 2000;

export interface Comment {
  /** `c1`, `c2`, … unique in the file, so that a comment keeps its id when its thread moves. */
  id: string;
  author: string;
  /** ISO 8601. */
  at: string;
  text: string;
}

export interface Comments {
  release: string;
  language: TargetLanguage;
  /** Keyed by segment key, each thread oldest first. */
  threads: Record<string, Comment[]>;
}

export function emptyComments(release: string, language: TargetLanguage): Comments {
  return { release, language, threads: {} };
}

/** A comment's text as kept: line ends unified, blank lines at either end dropped. */
export const commentText = (text: string) => text.replace(/\r\n?/g, '\n').trim();

function nextId(comments: Comments): string {
  let highest = 0;
  for (const thread of Object.values(comments.threads)) for (const comment of thread) highest = Math.max(highest, Number(comment.id.slice(1)) || 0);
  return `c${highest + 1}`;
}

/** Add a comment at the end of a segment's thread. */
export function addComment(comments: Comments, key: string, comment: Omit<Comment, 'id'>): { comments: Comments; comment: Comment } {
  const added: Comment = { id: nextId(comments), ...comment };
  return { comments: { ...comments, threads: { ...comments.threads, [key]: [...(comments.threads[key] ?? []), added] } }, comment: added };
}

/** A stale segment's thread follows its translation to the new key, when that moves (a save or approval). */
export function carryThread(comments: Comments, from: string, to: string): Comments {
  const moving = comments.threads[from];
  if (from === to || !moving?.length) return comments;
  const threads = { ...comments.threads };
  delete threads[from];
  threads[to] = [...moving, ...(threads[to] ?? [])].sort((a, b) => a.at.localeCompare(b.at) || Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return { ...comments, threads };
}

/** Every thread whose translation moved (`moves`: old key -> new key), carried to its new key. */
export function carryThreads(comments: Comments, moves: ReadonlyMap<string, string>): Comments {
  let carried = comments;
  for (const [from, to] of moves) carried = carryThread(carried, from, to);
  return carried;
}

/** The thread a reviewer sees beside a segment: its own, and a stale segment's thread under its old key. */
export function threadOf(comments: Comments | undefined, review: Pick<SegmentReview, 'segment' | 'entryKey'>): Comment[] {
  if (!comments) return [];
  const own = comments.threads[review.segment.key] ?? [];
  const old = review.entryKey && review.entryKey !== review.segment.key ? (comments.threads[review.entryKey] ?? []) : [];
  return old.length ? [...old, ...own].sort((a, b) => a.at.localeCompare(b.at)) : own;
}
