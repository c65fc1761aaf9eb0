// Full names written only inside quoted words, with a first name the list lacks ("un’idea di Luisella Ferrero"),
// for the surname the narration uses alone ("L’ex assessore Ferrero", "come ha spiegato la Ferrero").
import { INSTITUTIONS } from './lexicon.ts';
import type { Mention } from './mentions.ts';

/**
 * People named in full in `quoted` (the quoted words, the narration blanked) whose surname `narration` gives a person
 * alone: a capitalised word shaped as Italian first names are (ending in a vowel) right before that surname.
 */
export function quotedFullNames(quoted: string, narration: Mention[]): Mention[] {
  const surnames = new Set(narration.filter((mention) => mention.kind === 'person' && !mention.name.includes(' ')).map((mention) => mention.name));
  if (surnames.size === 0) return [];
  const found: Mention[] = [];
  for (const match of quoted.matchAll(/(?<![\p{L}’'])(\p{Lu}\p{Ll}{2,}[aeiou]) (\p{Lu}\p{Ll}+)(?![\p{L}])/gu)) {
    if (!surnames.has(match[2]!) || INSTITUTIONS.has(match[1]!.toLowerCase())) continue;
    const start = match.index;
    const end = start + match[0].length;
    found.push({ kind: 'person', start, end, nameStart: start, nameEnd: end, name: match[0] });
  }
  return found;
}
