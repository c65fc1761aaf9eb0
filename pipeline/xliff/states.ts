// How translation-memory states map to XLIFF 2.0 segment states, both ways.
//
//   memory                                              export: state / subState          import
//   no entry, or stale (the old translation offered)    initial / –                       not imported (see below)
//   entry with an empty target                          initial / pressroom:<state>       not imported (see below)
//   machine                                             translated / pressroom:machine    translated -> machine
//   reviewed, still holding `previous` (saved after      reviewed / pressroom:reviewed     reviewed -> reviewed, previous kept
//     the Italian changed, not yet approved)
//   reviewed                                            final / pressroom:reviewed        final -> reviewed, previous dropped (approved)
//   reviewed and approved by a second person            final / pressroom:approved        final -> kept approved only when the unit
//     (four eyes; approved-by, approved-at in metadata)                                     comes back unchanged: a changed target is
//                                                                                           reviewed by the importer, not approved
//
// An `initial` unit is untranslated by definition and never writes a translation; a CAT tool that fills one must
// also move it on to translated, reviewed or final. A unit the translator did not touch (same target, state and
// metadata as exported) is left alone, or restored as it was when the memory has no entry for it.
import type { TranslationState } from '../translate/memory.ts';

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final';

export const SUBSTATE_PREFIX = 'pressroom:';

export function exportState(entry: { target: string; state: TranslationState; previous?: unknown } | undefined, stale: boolean): XliffState {
  if (!entry || stale || entry.target.trim() === '') return 'initial';
  if (entry.state === 'machine') return 'translated';
  return entry.previous ? 'reviewed' : 'final';
}

/** The memory state a unit in `state` imports as; undefined for initial (untranslated) units. */
export function importState(state: XliffState): TranslationState | undefined {
  if (state === 'translated') return 'machine';
  if (state === 'reviewed' || state === 'final') return 'reviewed';
  return undefined;
}

export function isXliffState(value: string): value is XliffState {
  return value === 'initial' || value === 'translated' || value === 'reviewed' || value === 'final';
}
