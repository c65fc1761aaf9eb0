// Stray spaces show on the page and in wire text: leading, trailing, or two in a row.
import type { CheckRule } from '../rule.ts';
import { plainText } from '../../inline/index.ts';

export const whitespace: CheckRule = {
  id: 'whitespace',
  description: 'leading or trailing whitespace, or double spaces, that the Italian does not have',
  severity: 'warning',
  scope: 'translation',
  check({ source: sourceContent, target: targetContent }) {
    const source = plainText(sourceContent);
    const target = plainText(targetContent);
    const problems: string[] = [];
    if (/^\s/u.test(target) && !/^\s/u.test(source)) problems.push('the translation starts with whitespace');
    if (/\s$/u.test(target) && !/\s$/u.test(source)) problems.push('the translation ends with whitespace');
    if (/[ \u00a0]{2,}/u.test(target) && !/[ \u00a0]{2,}/u.test(source)) problems.push('the translation has two spaces in a row');
    return problems;
  },
};
