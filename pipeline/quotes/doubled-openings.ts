// An opening quotation mark typed twice, by hand or by a paste that kept the source's own mark: `""Le olive …",`,
// `Sindaco: “"Con la Maratona …”`, `““Non pensavo …”`.

/**
 * Two opening marks glued together where a quotation opens (the paragraph's start, a space, a colon, a bracket) and
 * glued to the first word open one quotation, not an empty one and a second: the first of them is read as a space (the
 * same length, so every index into the text stays where it was). An empty pair after a word (`il campo "" resta`)
 * is not glued to a word and stays as it is.
 */
export function withDoubledOpeningsSingled(text: string): string {
  return text.replace(DOUBLED, (mark, at: number) => (at === 0 || OPENS_AFTER.test(text[at - 1]!) ? ' ' : mark));
}

/** A curly or straight opening mark before another, or a caporale before a caporale: `«“` nests a quotation. */
const DOUBLED = /[“"„](?=[“"„]\p{L})|«(?=«\p{L})/gu;
const OPENS_AFTER = /[\s(:]/u;
