// What changed in the Italian: a word diff of the old and new source, as <del>/<ins> for the page.
import { diffWordsWithSpace } from 'diff';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { inlineText } from '../inline/index.ts';

export type WordChange = { kind: 'same' | 'removed' | 'added'; text: string };

/** Word-level changes from `before` to `after` (inline HTML; markup is ignored, words are compared). */
export function wordChanges(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(inlineText(before), inlineText(after)).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

export function diffNodes(changes: WordChange[]): ElementContent[] {
  return changes.map((change) =>
    change.kind === 'same' ? { type: 'text', value: change.text } : change.kind === 'added' ? h('ins', change.text) : h('del', change.text),
  );
}
