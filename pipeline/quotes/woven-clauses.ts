// Someone's words woven into the writer's sentence as a clause: "hanno pianto perché «non pensavamo di arrivare fino a
// questo punto, non abbiamo mai preso un euro»", "intervenire su problemi che «ci riguardano …»". Lower case, as long
// as a clause, and in the speaker's first person: titles and scare quotes are shorter and are nobody's "noi".
import { descriptionAt, type Description } from './described.ts';
import { wordsOf } from './words.ts';

/** Words a clause in marks runs to at the least: scare quotes and titles are shorter. */
const LEAST_WORDS = 9;

/**
 * The speaker's own first person: "io", "noi", "mi", "ho", "nostro", "-iamo", "-eremo", "-avamo". Not "sono" (also
 * "they are") nor the "ci" and "vi" of "ci sono", "vi è", which say only that something is there.
 */
const SPEAKING = /(?<![\p{L}])(?:io|noi|mi|ho|mio|mia|miei|mie|nostr[oaie]|ci(?!\s+(?:sono|sia|siano|sar[àa]|saranno|fosse|fossero|era|erano|vuole|vogliono)(?![\p{L}]))|\p{L}+(?:iamo|[ae]remo|[aei]vamo))(?![\p{L}])/u;

/** Are `quoted` words (counted `words`, opening on `firstWord`) a clause of someone's woven into a sentence? */
export function wovenClause(quoted: string, words: number, firstWord: string | undefined): boolean {
  return words >= LEAST_WORDS && firstWord !== undefined && /^\p{Ll}/u.test(firstWord) && SPEAKING.test(quoted.toLowerCase());
}

/** Words of the first person plural: "noi", "nostro", "abbiamo", "faremo", "pensavamo". */
const WE = /(?<![\p{L}])(?:noi|nostr[oaie]|\p{L}+(?:iamo|[ae]remo|[aei]vamo))(?![\p{L}])/u;

/**
 * The people a sentence describes before a clause of theirs in the first person plural: "C’erano gli abitanti di X,
 * che …, «perché questa battaglia è anche la nostra …»" is the residents' words, not those of whoever was named before.
 * The last plural description between `from` and `at`, if the words say "noi".
 */
export function weDescribedBefore(narration: string, from: number, at: number, quoted: string): Description | undefined {
  if (!WE.test(quoted.toLowerCase())) return undefined;
  let found: Description | undefined;
  for (const word of wordsOf(narration, from, at)) {
    if (!PLURAL_ARTICLE.test(word.key)) continue;
    const described = descriptionAt(narration, word.start, at);
    if (described?.plural) found = described;
  }
  return found;
}

const PLURAL_ARTICLE = /^(?:i|gli|le)$/u;
