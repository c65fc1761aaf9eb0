// Quotes must stay attributed: a speaker named in the Italian of a quoted segment is named in the translation.
// English keeps the name as written. Japanese writes it in Latin script, in katakana (compared by sound, see
// ../names.ts), or as the glossary says (`terms`, for names written in kanji such as Japanese speakers).
import type { CheckRule } from '../rule.ts';
import { hasWord } from '../text.ts';
import { plainText, quoteIds } from '../../inline/index.ts';
import { hasKatakanaName } from '../names.ts';
import { termIn } from '../../glossary.ts';

export const speakerNames: CheckRule = {
  id: 'speaker-names',
  description: 'a quoted speaker named in the Italian is not named in the translation (Latin script; katakana or glossary form for ja)',
  severity: 'error',
  scope: 'translation',
  check({ release, language, glossary, source: sourceContent, target: targetContent }) {
    const ids = quoteIds(sourceContent);
    const source = plainText(sourceContent);
    const target = plainText(targetContent).normalize('NFC');
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const quote of release.quotes) {
      // A quote with no speaker has no name to keep.
      const name = quote.speaker?.name;
      if (name === undefined || !ids.includes(quote.id) || seen.has(name)) continue;
      seen.add(name);
      const surname = name.split(/\s+/).at(-1)!;
      if (!hasWord(source, surname)) continue;
      const fixed = [termIn(glossary, name, language), termIn(glossary, surname, language)].filter((form): form is string => Boolean(form));
      const named =
        target.includes(surname.normalize('NFC')) ||
        fixed.some((form) => target.includes(form)) ||
        (language === 'ja' && hasKatakanaName(target, surname));
      if (!named) {
        problems.push(
          language === 'ja'
            ? `the speaker ${name} (quote ${quote.id}) is not named in the translation: write ${surname} in katakana or Latin script, or add the Japanese form to locales/glossary.yaml`
            : `the speaker ${name} (quote ${quote.id}) is not named in the translation: keep “${surname}” as written`,
        );
      }
    }
    return problems;
  },
};
