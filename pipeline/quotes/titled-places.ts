// A headline framing its quotation with a title and the place or body it is held in ("Derby, sindaco di Lauria: «…»",
// "Calcio, presidente del Rende: «…»"): the capitalised words after the preposition are where the speaker holds office,
// not who speaks. The title is the speaker's, as the body goes on to name them.
import { ROLE_GROUP } from './lexicon.ts';
import { wordsOf, type Word } from './words.ts';

/** Prepositions between a title and where it is held: "sindaco di", "presidente del", "assessore della". */
const OF = /^(?:di|del|dello|della|dell|dei|degli|delle)$/u;

/**
 * The title written right before the name found at `start` with a preposition between ("sindaco di Lauria"), as its
 * rank and office words; undefined when no title stands there.
 */
export function titledPlace(text: string, from: number, start: number, name: string): Word[] | undefined {
  const before = wordsOf(text, from, start);
  const [rank, of] = before.slice(-2);
  if (!rank || !of || !ROLE_GROUP.has(rank.key) || !OF.test(of.key)) return undefined;
  // Nothing but spaces between the title, the preposition and the name ("dell’" keeps its apostrophe).
  if (!/^[ \t]+$/u.test(text.slice(rank.end, of.start)) || !/^[ \t]*$/u.test(text.slice(of.end, start))) return undefined;
  return [rank, ...wordsOf(name)];
}
