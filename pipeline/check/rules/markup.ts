// Emphasis, links and quote markers must survive translation: a lost <q data-quote> loses a quote's speaker.
import type { CheckRule } from '../rule.ts';
import { inlineTags, quoteIds, type Inline } from '../../inline/index.ts';

const markupOf = (inline: Inline) => ({ tags: inlineTags(inline), quotes: quoteIds(inline) });

export const markup: CheckRule = {
  id: 'markup',
  description: 'inline tags (emphasis, links, code, line breaks) or quote markers differ from the Italian',
  severity: 'error',
  scope: 'translation',
  check({ release, source: sourceContent, target: targetContent }) {
    const source = markupOf(sourceContent);
    const target = markupOf(targetContent);
    const problems: string[] = [];
    for (const tag of new Set([...source.tags.keys(), ...target.tags.keys()])) {
      const want = source.tags.get(tag) ?? 0;
      const have = target.tags.get(tag) ?? 0;
      if (want === have) continue;
      if (want === 0) problems.push(`the translation has ${tag}, which the Italian does not`);
      else problems.push(`the Italian has ${want} × ${tag}, the translation ${have}`);
    }
    // Quote markers are checked once the quotes stage has marked the release.
    if (release.quotes.length > 0 || source.quotes.length > 0) {
      for (const id of source.quotes) if (!target.quotes.includes(id)) problems.push(`quote marker ${id} of the Italian is missing in the translation (<q data-quote="${id}">)`);
      for (const id of target.quotes) if (!source.quotes.includes(id)) problems.push(`quote marker ${id} is not in the Italian of this segment`);
    }
    return problems;
  },
};
