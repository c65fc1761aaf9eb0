// Agency datelines: "TORINO (ITALPRESS) –" opening the first paragraph of wire copy.
import type { Dateline } from '../release.ts';

// City in capitals (with spaces, apostrophes, dots), optional agency in brackets, then a dash of any kind.
const DATELINE = /^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. ]*?[A-ZÀ-ÖØ-Þ.])\s*(?:\(\s*([^()\n]+?)\s*\))?\s*(?:[–—]|-{1,2})\s*/u;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Agency names of four letters or fewer are acronyms (ANSA, AGI, DIRE); longer ones are names (Italpress). */
function agencyName(raw: string): string {
  const name = raw.trim();
  return name.length <= 4 || name !== name.toUpperCase() ? name : titleCase(name);
}

export interface DatelineMatch {
  dateline: Dateline;
  /** The paragraph with the dateline removed. */
  rest: string;
}

export function matchDateline(paragraph: string): DatelineMatch | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return undefined;
  const dateline: Dateline = { city: titleCase(match[1].trim()) };
  if (match[2]) dateline.agency = agencyName(match[2]);
  return { dateline, rest: paragraph.slice(match[0].length) };
}
