// Words the text quotes as a name somewhere ("la quinta edizione di “Borgo in Festa”, la manifestazione …") are that
// name wherever else they stand in marks, a headline's "ha chiuso “Borgo in Festa”" too: a writer does not quote an
// event's title once as a name and once as someone's speech.

/** A name is a few words: a statement quoted twice is no name, though one of its pairs was misread as one. */
const LONGEST = 8;

/** How the same quoted words compare: case and spacing aside. */
export function nameKey(quoted: string): string {
  return quoted.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Is a pair whose words are `quoted`, with `lead` the narration before it in its sentence, a name the text quotes
 * elsewhere (`names`, keys of the pairs read as names)? Not words a colon introduces ("Rossi: «Basta rinvii»"): a
 * statement, though the body may name a slogan after it.
 */
export function namedElsewhere(names: ReadonlySet<string>, quoted: string, lead: string): boolean {
  return names.size > 0 && !/[.!?]\s/u.test(quoted) && quoted.split(/\s+/u).length <= LONGEST && names.has(nameKey(quoted)) && !/:\s*$/u.test(lead);
}
