// Groups a colon's lead opens on by bare plural nouns, as the subject of its verb: "Ma studenti e famiglie non
// arretrano: «…»", "Residenti e commercianti chiedono: «…»". Paired groups often go without their articles; the
// words after the colon are theirs, described, not named.
import { describesPerson, type Description } from './described.ts';
import { wordsOf } from './words.ts';

/** Words a sentence may open on before its subject. */
const OPENERS = /^(?:ma|e|ed|anche|intanto|però|poi|così|ora|adesso)$/u;

/** A plural noun: "studenti", "famiglie". */
const PLURAL = /^\p{Ll}{3,}[ie]$/u;

/**
 * The groups the sentence [from, to) opens on, bare and plural, a noun for people first, when a plural verb follows
 * them: "studenti e famiglie" in "Ma studenti e famiglie non arretrano:".
 */
export function bareGroupSubject(text: string, from: number, to: number): string | undefined {
  const words = wordsOf(text, from, to);
  let i = words[0] && OPENERS.test(words[0].key) ? 1 : 0;
  const first = words[i];
  // (The noun may carry the sentence's capital: "Residenti e commercianti chiedono".)
  if (!first || !describesPerson(first.key) || !PLURAL.test(first.key)) return undefined;
  let last = first;
  i++;
  while (words[i] && /^(?:e|ed)$/u.test(words[i]!.key) && words[i + 1] && !words[i + 1]!.capital && PLURAL.test(words[i + 1]!.text)) {
    last = words[i + 1]!;
    i += 2;
  }
  // (Past a negation and a pronoun or two: "non si arrendono", "non ci stanno".)
  for (let pronouns = 0; pronouns < 2 && words[i] && /^(?:non|ne|ci|si|lo|la|li)$/u.test(words[i]!.key); pronouns++) i++;
  const verb = words[i];
  if (!verb || verb.capital || !/(?:ano|ono|anno)$/u.test(verb.key) || describesPerson(verb.key)) return undefined;
  return text.slice(first.start, last.end).toLowerCase();
}

/**
 * A headline's label that is one bare plural noun for people before the colon, as headlines drop the article:
 * "Sindacati: «…»", "…. Residenti: «…»", "Vertenza X, sindacati: «…»". It speaks as "i sindacati: «…»" would.
 */
export function bareGroupLabel(text: string, from: number, to: number): Description | undefined {
  const words = wordsOf(text, from, to);
  const only = words[0];
  if (words.length !== 1 || !only || !PLURAL.test(only.key) || !describesPerson(only.key) || !/^\s*:\s*$/u.test(text.slice(only.end, to))) return undefined;
  return { text: only.key, indefinite: false, plural: true, start: only.start, end: only.end };
}
