// The one met, received or visited ("Confagricoltura incontra l’assessore X: «…»") is the verb's object: the clause's
// subject, before the verb, is whose the words are; the person met is only spoken of.

/** A verb of meeting, an article and a title or two, right before the name. */
const MET = /(?:^|\s)(?:incontra|incontrano|incontrerà|incontreranno|(?:ha|hanno)\s+incontrato|riceve|ricevono|(?:ha|hanno)\s+ricevuto|accoglie|accolgono|(?:ha|hanno)\s+accolto|visita|visitano|(?:ha|hanno)\s+visitato)\s+(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?(?:\p{L}+\s+){0,3}$/iu;

/** Where the verb of meeting before the name at `start` begins, if the name is its object within [from, start). */
export function metBy(text: string, from: number, start: number): number | undefined {
  const lead = text.slice(from, start);
  const found = MET.exec(lead);
  if (!found) return undefined;
  return from + found.index + (found[0].length - found[0].trimStart().length);
}

/**
 * Is the person at [start, end) only met, spoken of: the object of a verb of meeting, with no relative clause of their
 * own after them ("ha incontrato il sindaco X, che ha definito …" makes X the relative clause's subject)?
 */
export function onlyMet(text: string, start: number, end: number): boolean {
  return metBy(text, Math.max(0, start - 80), start) !== undefined && !/^\s*,\s*(?:che|il\s+quale|la\s+quale)\s/u.test(text.slice(end, end + 16));
}
