// Control characters (NUL, escape, …) are not text: a translation holding one (pasted into the desk, or in an
// imported XLIFF unit) is refused, as they are in a release and in a memory file.
import type { CheckRule } from '../rule.ts';
import { firstControlCharacter } from '../../parse/characters.ts';

export const controlCharacters: CheckRule = {
  id: 'control-character',
  description: 'a control character (NUL, escape, …) in the translation',
  severity: 'error',
  scope: 'translation',
  check({ review }) {
    const control = firstControlCharacter(review.target ?? '');
    return control ? [`the translation holds a control character (${control}), which is not text; delete it`] : [];
  },
};
