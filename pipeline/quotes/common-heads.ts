// A headline gives its first word a capital, as a sentence does: "Presidio in Provincia dei pendolari: «…»". When the
// text writes that word elsewhere in lower case ("Un presidio in Provincia …"), it is a common noun saying what
// happened, and the run it opens is no office's name. A body's own noun ("Comune", "Comitato", "Regione") stays a
// name's head whatever its case: "il comune" and "il Comune di Pisa" are the same institution.
import { BODIES, OFFICE_WORDS } from './attribution.ts';
import { writtenInLowerCase } from './common-words.ts';
import { describesPerson } from './described.ts';
import { INSTITUTIONS } from './lexicon.ts';
import { wordsOf } from './words.ts';

/** Does the name `organisation` open on a common noun that `text` writes elsewhere in lower case? */
export function commonHead(text: string, organisation: string): boolean {
  const head = wordsOf(organisation)[0];
  if (!head || !/^\p{Lu}\p{Ll}+$/u.test(head.text)) return false;
  if (BODIES.has(head.key) || INSTITUTIONS.has(head.key) || OFFICE_WORDS.has(head.key)) return false;
  return writtenInLowerCase(text, head);
}

/**
 * The people such a headline's run ends on, whose deed the common noun names: "Presidio in Provincia dei pendolari"
 * -> "pendolari". Only a noun for people: "Chiusura delle scuole" describes nobody.
 */
export function peopleOfCommonHead(organisation: string): string | undefined {
  const found = /(?:^|\s)(?:dei|degli|delle)\s+(\p{Ll}+)$/u.exec(organisation);
  return found && describesPerson(found[1]!) ? found[1]! : undefined;
}
