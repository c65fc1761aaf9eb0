// Where a role written after a name ends when no comma closes it: at the sentence's own verb ("X, sindaco di Y ha
// ribadito …", "X, sindaco di Y sottolinea …", "X, sindaco di Y parlando della scossa"). A role is a noun phrase; the
// first verb after it is the story going on.
import { sayingLength } from './saying-verbs.ts';
import { wordsOf } from './words.ts';
import { NOT_GERUNDS } from './gerund-clauses.ts';

/** "ha ribadito", "hanno poi raccontato": a perfect, an adverb at most between. */
const PARTICIPLE = /^\p{Ll}{2,}(?:at|ut|it|ess|ett|ost|ist|olt|ent|ers|iss)[oaie]$/u;

const ADVERBS = new Set(['poi', 'anche', 'già', 'inoltre', 'infine', 'quindi', 'invece', 'ancora', 'sempre', 'subito', 'più']);

/** A gerund, its pronoun glued or not: "parlando", "rivolgendosi". */
const GERUND = /^\p{Ll}{3,}(?:ando|endo)(?:si|lo|la|li|le|ne|gli|ci|vi)?$/u;

/** A gerund opens a clause when its complement follows: "parlando della", "rivolgendosi ai presenti". */
const COMPLEMENT = /^(?:di|del|dello|della|dell|dei|degli|delle|a|al|allo|alla|all|ai|agli|alle|il|lo|la|l|i|gli|le|che|con|su|sul|sulla|sui|in|nel|nella)$/u;

/** Relative words: the verb after one is the clause's, which may describe the role ("presidente del comitato che ha promosso …"). */
const RELATIVE = new Set(['che', 'chi', 'cui', 'quale', 'quali']);

/** Where the sentence's verb starts inside the role chunk [from, to), past its first word. */
export function predicateInRole(text: string, from: number, to: number): number | undefined {
  const words = wordsOf(text, from, to);
  for (let k = 1; k < words.length; k++) {
    const word = words[k]!;
    if (RELATIVE.has(word.key)) return undefined;
    if (word.capital) continue;
    if (/^(?:ha|hanno)$/u.test(word.key)) {
      const next = words[k + 1] && ADVERBS.has(words[k + 1]!.key) ? words[k + 2] : words[k + 1];
      if (next && PARTICIPLE.test(next.key)) return word.start;
      continue;
    }
    if (GERUND.test(word.key) && !NOT_GERUNDS.has(word.key) && words[k + 1] && COMPLEMENT.test(words[k + 1]!.key)) return word.start;
    if (sayingLength(text, word.start) > 0) return word.start;
  }
  return undefined;
}
