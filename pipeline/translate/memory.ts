// Translation memory: per release and language, targets keyed by the hash of their source words.
import type { TargetLanguage } from '../release.ts';

/** Where the memory of release `id` in `language` lives in the project. */
export const memoryPath = (language: TargetLanguage, id: string) => `locales/${language}/releases/${id}.json`;

export type TranslationState = 'machine' | 'reviewed';

export interface PreviousTranslation {
  source: string;
  target: string;
  state: TranslationState;
}

export interface MemoryEntry {
  /** The Italian inline HTML this target translates. */
  source: string;
  target: string;
  state: TranslationState;
  /** Who produced the target: `human`, `deepl`, … */
  engine: string;
  /** When the target was last written, ISO 8601. */
  updated: string;
  reviewer?: string;
  /**
   * Four eyes: who approved this reviewed target, someone other than `reviewer` (its last editor), and when. Any
   * later edit writes an entry without them, so an edit after approval drops the approval.
   */
  approvedBy?: string;
  approvedAt?: string;
  /** The translation before the source was edited, kept for the reviewer. */
  previous?: PreviousTranslation;
}

export interface Memory {
  release: string;
  language: TargetLanguage;
  /** Keyed by segment key (the hash of the source words), in release order. */
  segments: Record<string, MemoryEntry>;
}

/** Where a segment stands in one language. */
export type SegmentStatus =
  | { state: 'current'; entry: MemoryEntry }
  | { state: 'stale'; key: string; entry: MemoryEntry }
  | { state: 'missing' };

export function emptyMemory(release: string, language: TargetLanguage): Memory {
  return { release, language, segments: {} };
}
