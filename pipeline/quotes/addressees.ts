// The one a sentence's words are given or addressed to ("dedica la vittoria a coach X", "ha scritto al sindaco X",
// "chiede alla ministra X"): the dative's person receives the words or the deed, and does not say what the sentence
// quotes next. The floor handed on ("la parola al sindaco X") is the exception, and the speaking turns say so.
import { givenTheTurn } from './speaking-turns.ts';

/** "a", "al", "alla", "ai", … right before the mention (its title, if any, belongs to the mention). */
const DATIVE = /(?:^|[\s,])(?:a|ad|al|allo|alla|ai|agli|alle|all[’'])\s*$/iu;

/**
 * Words that hand someone the floor, the questions or a task rather than words to hear: "Intervista al sindaco X:",
 * "la parola passa giustamente al bomber X", "la difesa, affidata all’avvocato X, …", "tocca al presidente X".
 */
const FLOOR = /(?:^|\s)(?:(?:parola|microfono|turno|spazio|intervista|domande|domanda)(?:\s+\p{Ll}+){0,3}?|tocca|toccato|toccata|spetta|affidat[oaie])\s+(?:a|ad|al|allo|alla|all[’'])\s*$/iu;

/** Is the person named at `start` the one addressed by a dative, not a speaker? */
export function addressed(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  return DATIVE.test(lead) && !FLOOR.test(lead) && !givenTheTurn(text, start);
}
