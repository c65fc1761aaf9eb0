// Company forms written with full stops ("Valtellina Meccanica S.p.A.", "Asl S.r.l."): part of the organisation's name,
// where the stops would otherwise cut it to "Valtellina Meccanica S".
const LEGAL_FORM = /(?:S\.p\.A|S\.r\.l|S\.n\.c|S\.a\.s|S\.c\.a\.r\.l|S\.c\.r\.l|S\.c\.p\.A|S\.c\.p\.a|S\.p\.a|S\.R\.L|S\.P\.A)\.?/y;

/** Where a name ending at `end`, with its last word starting at `last`, ends with the company form written there. */
export function legalFormEnd(text: string, last: number, end: number): number {
  LEGAL_FORM.lastIndex = last;
  const form = LEGAL_FORM.exec(text);
  return form && last + form[0].length > end ? last + form[0].length : end;
}
