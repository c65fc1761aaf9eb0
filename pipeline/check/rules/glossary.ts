// The glossary fixes how some names are written: `keep` terms stay as they are, `terms` have one translation.
import type { CheckRule } from '../rule.ts';
import { hasWord } from '../text.ts';
import { plainText } from '../../inline/index.ts';

export const glossaryTerms: CheckRule = {
  id: 'glossary',
  description: 'a term of locales/glossary.yaml is not translated as the glossary says',
  severity: 'warning',
  scope: 'translation',
  check({ source: sourceContent, target: targetContent, glossary, language }) {
    const source = plainText(sourceContent);
    const target = plainText(targetContent);
    // Japanese has no spaces between words, so a term is looked for anywhere in it.
    const present = (term: string) => (language === 'ja' ? target.includes(term) : hasWord(target, term));
    const problems: string[] = [];
    for (const term of glossary.keep) {
      if (hasWord(source, term) && !present(term)) problems.push(`“${term}” is written the same in every language (glossary: keep)`);
    }
    for (const [term, translations] of Object.entries(glossary.terms)) {
      const wanted = translations[language];
      if (wanted && hasWord(source, term) && !present(wanted)) problems.push(`“${term}” is “${wanted}” in ${language} (glossary: terms)`);
    }
    return problems;
  },
};
