// Dashes a page's encoding turned into a pair of quotation marks: "«Donne e uomini ““ si legge nel volantino ““ che …»".

/**
 * Two curly marks of one kind standing alone between spaces open and close nothing: no quotation opens on a space,
 * none closes after one. Copy that mangled a dash prints them so, around a frame or an aside; they are read as a
 * dash (a space and "–", the same length, so every index into the text stays where it was).
 */
export function withDashesRestored(text: string): string {
  return text.includes('““') || text.includes('””') ? text.replace(/(?<=[ \t])(?:““|””)(?=[ \t])/gu, ' \u2013') : text;
}
