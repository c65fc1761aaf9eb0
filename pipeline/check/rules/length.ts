// A translation far shorter or longer than the Italian has usually lost or doubled a sentence.
import type { TargetLanguage } from '../../release.ts';
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';

/** Characters of translation per character of Italian, outside which a segment is worth a look. */
export const LENGTH_BOUNDS: Record<TargetLanguage, [number, number]> = { en: [0.6, 1.6], ja: [0.15, 0.9] };
/** Titles, roles and other short segments vary too much to judge. */
const MIN_SOURCE = 40;

const length = (text: string) => [...text.replace(/\s+/g, ' ').trim()].length;

export const lengthRatio: CheckRule = {
  id: 'length-ratio',
  description: `the translation is much shorter or longer than usual for the language (en ${LENGTH_BOUNDS.en.join('–')}, ja ${LENGTH_BOUNDS.ja.join('–')} of the Italian length)`,
  severity: 'warning',
  scope: 'translation',
  check({ language, source: sourceContent, target }) {
    const source = length(plainText(sourceContent));
    if (source < MIN_SOURCE) return [];
    const ratio = length(plainText(target)) / source;
    const [low, high] = LENGTH_BOUNDS[language];
    if (ratio >= low && ratio <= high) return [];
    return [`the translation is ${ratio.toFixed(2)} times the length of the Italian (usual for ${language}: ${low}–${high}); check nothing was dropped or repeated`];
  },
};
