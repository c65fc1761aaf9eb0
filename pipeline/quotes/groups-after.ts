// A quotation standing alone, then a sentence whose subject is a group with a plural verb: "«Chiediamo più
// trasparenza». A Feltre i gruppi di opposizione chiedono una svolta alla giunta del sindaco X". Press copy opens on
// the group's words and names the group next; a person named later in that sentence is spoken to or of (here the
// mayor), not the one speaking.
import { wordsOf } from './words.ts';

/** Plural nouns for bodies and groups that speak together. */
const GROUPS = /^(?:gruppi|sindacati|sigle|organizzazioni|associazioni|opposizioni|minoranze|comitati|consiglieri|residenti|sindaci|lavoratori|genitori|commercianti|cittadini|abitanti)$/u;

/** A plural verb in the present or with its auxiliary: "chiedono", "attaccano", "hanno". */
const PLURAL_VERB = /^(?:\p{Ll}{2,}(?:ano|ono)|hanno)$/u;

/** Words a sentence may open with before its subject: "A Feltre", "Intanto", "Oggi a Roma". */
const LEAD_WORDS = 4;
/** Words the subject may run to after its noun: "i gruppi di opposizione in consiglio comunale". */
const SUBJECT_WORDS = 6;

export interface GroupAfter {
  /** The group as the text describes it: its noun, and a "di" complement of one word ("gruppi di opposizione"). */
  text: string;
  /** Its noun, lower case: "gruppi", "sindacati". */
  noun: string;
}

/** The group opening the sentence right after `close` (a quotation's closing mark) as the subject of a plural verb. */
export function groupSubjectAfter(text: string, close: number, limit: number): GroupAfter | undefined {
  const gap = /^[ \t]*[.!?]?[ \t]+/u.exec(text.slice(close + 1, Math.min(limit, close + 8)));
  if (!gap) return undefined;
  const from = close + 1 + gap[0].length;
  const stop = /[.;:!?«»“”"]/u.exec(text.slice(from, Math.min(limit, from + 200)));
  const words = wordsOf(text, from, stop ? from + stop.index : Math.min(limit, from + 200));
  for (let i = 0; i <= LEAD_WORDS && i < words.length - 2; i++) {
    // (A name before it may share the subject, "X e i consiglieri chiedono"; a place after "a" or "in" does not.)
    if (i > 0 && words[i]!.capital && !/^(?:a|ad|in|da)$/u.test(words[i - 1]!.key)) return undefined;
    if (!/^(?:i|gli|le)$/u.test(words[i]!.key) || !GROUPS.test(words[i + 1]!.key) || words[i + 1]!.capital) continue;
    for (let j = i + 2; j < words.length && j <= i + 2 + SUBJECT_WORDS; j++) {
      const word = words[j]!;
      // A name inside the subject ("i sindacati di X"), or a verb out of reach: not this shape.
      if (word.capital) return undefined;
      if (!PLURAL_VERB.test(word.key)) continue;
      const noun = words[i + 1]!.key;
      const of = words[i + 2]!.key === 'di' && j > i + 3 ? ` di ${words[i + 3]!.text}` : '';
      return { text: `${words[i + 1]!.text}${of}`, noun };
    }
    return undefined;
  }
  return undefined;
}
