// A target identical to the Italian is usually an untranslated paste; names and short labels are let through.
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

export const sameAsSource: CheckRule = {
  id: 'same-as-source',
  description: 'the translation is the Italian unchanged',
  severity: 'warning',
  scope: 'translation',
  check({ source: sourceContent, target, glossary }) {
    const source = normal(plainText(sourceContent));
    if (source !== normal(plainText(target))) return [];
    let rest = source;
    for (const term of glossary.keep) rest = rest.split(term).join(' ');
    // Fewer than three words left once kept terms are removed: a name or a label, fine as it is.
    if ((rest.match(/\p{L}+/gu) ?? []).length < 3) return [];
    return ['the translation is the same as the Italian'];
  },
};
