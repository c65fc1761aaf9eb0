// People a place, a prize or a ceremony is named after ("un’area intitolata a X", "il premio dedicato a X", "in
// memoria di X"): honoured, often dead, never the one speaking in the sentence that names them so.

/** The words right before a name that dedicate something to it. */
const DEDICATED = /(?:(?:intitolat|dedicat|consacrat)[oaie]\s+(?:a|ad|al|allo|alla|all[’'])|(?:memoria|ricordo|onore)\s+(?:di|del|dello|della|dell[’']))\s*$/iu;

/** Is the person named at `start` one something is dedicated to? */
export function honoured(text: string, start: number): boolean {
  return DEDICATED.test(text.slice(Math.max(0, start - 40), start));
}
