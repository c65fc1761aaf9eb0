// A sentence that ends with a full stop in Italian should end with one in translation (。 counts as .).
import type { CheckRule } from '../rule.ts';
import { plainText, type Inline } from '../../inline/index.ts';

const FULL_WIDTH: Record<string, string> = { '。': '.', '．': '.', '！': '!', '？': '?', '：': ':', '；': ';', '…': '…' };
const END = /[.!?:;…。．！？：；]$/u;
// Closing quotes and brackets sit on either side of the stop depending on the language's convention.
const CLOSERS = /[\s”’"'»›」』）)\]】〕]+$/u;

function ending(inline: Inline): string {
  const text = plainText(inline).replace(CLOSERS, '');
  const last = END.exec(text)?.[0] ?? '';
  if (last === '.' && text.endsWith('...')) return '…';
  return FULL_WIDTH[last] ?? last;
}

/** Endings a language may use for the Italian one: Japanese closes a lead-in with 。 and list items with nothing. */
function compatible(want: string, have: string, language: string, listItem: boolean): boolean {
  if (want === have) return true;
  const soft = ['', '.', ';'];
  if (listItem && soft.includes(want) && soft.includes(have)) return true;
  if (language === 'ja' && want === ':' && have === '.') return true;
  if (language === 'ja' && want === ';' && (have === '' || have === '.')) return true;
  return false;
}

const show = (mark: string) => (mark ? `“${mark}”` : 'no punctuation');

export const endPunctuation: CheckRule = {
  id: 'end-punctuation',
  description: 'the translation ends with other punctuation than the Italian (。 is read as .; list items may end in . ; or nothing; in Japanese a closing : may be 。)',
  severity: 'warning',
  scope: 'translation',
  check({ review, language, source, target }) {
    const want = ending(source);
    const have = ending(target);
    return compatible(want, have, language, review.segment.kind === 'list-item') ? [] : [`the Italian ends with ${show(want)}, the translation with ${show(have)}`];
  },
};
