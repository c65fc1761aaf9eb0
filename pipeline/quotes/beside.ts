// Someone standing beside the subject ("X, con a fianco Y, ha chiesto …", "X, con accanto il collega Y, …"): a
// complement of company, not the sentence's subject, whatever the verb goes on to say.

/** "con a fianco", "con accanto", "al fianco di", "accanto a", maybe an article or a title word or two, right before the name. */
const BESIDE = /(?:^|[\s,])(?:con\s+(?:a|al)\s+(?:suo\s+|proprio\s+)?fianco|con\s+accanto|(?:al|a)\s+(?:suo\s+)?fianco\s+(?:di|del|della|dello|dell[’'])|accanto\s+(?:a|ad|al|allo|alla|all[’']))\s*(?:(?:il|lo|la|l[’'])\s*)?(?:\p{Ll}+\s+){0,2}$/iu;

/** Is the person named at `start` one standing beside the subject? */
export function beside(text: string, start: number): boolean {
  return BESIDE.test(text.slice(Math.max(0, start - 60), start));
}
