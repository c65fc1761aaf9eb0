// Japanese text takes full-width punctuation: 「、」「。」「（）」「！」, not , . ( ) ! beside kana or kanji.
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';

const FULL: Record<string, string> = { ',': '、', '.': '。', '!': '！', '?': '？', ':': '：', ';': '；', '(': '（', ')': '）' };
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。「」『』（）]/u;

export const jaHalfWidthPunctuation: CheckRule = {
  id: 'ja-half-width-punctuation',
  description: 'half-width punctuation next to Japanese text in a Japanese translation',
  severity: 'warning',
  scope: 'translation',
  check({ language, target }) {
    if (language !== 'ja') return [];
    const chars = [...plainText(target)];
    const found = new Set<string>();
    chars.forEach((char, index) => {
      if (!(char in FULL)) return;
      const before = chars[index - 1] ?? '';
      const after = chars[index + 1] ?? '';
      if (JAPANESE.test(before) || JAPANESE.test(after)) found.add(char);
    });
    return [...found].map((char) => `half-width “${char}” beside Japanese text; write “${FULL[char]}”`);
  },
};
