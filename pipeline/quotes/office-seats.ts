// "il sindaco di Martina Franca Raffaele Semeraro": after an office and "di" comes the office's seat (a town, a
// diocese), never a person, so a first name that opens the run there belongs to the place ("Martina", "Rosa") and the
// officer is the first name and surname that close it.
import { isFirstName } from './names.ts';
import type { Word } from './words.ts';

/** Offices held over a place (a town, a diocese, a province, a university): not "il portavoce di Anna Maria Bernini". */
const SEATED = new Set(['sindaco', 'sindaca', 'vicesindaco', 'vicesindaca', 'assessore', 'assessora', 'consigliere', 'consigliera', 'presidente', 'vicepresidente', 'governatore', 'governatrice', 'prefetto', 'questore', 'vescovo', 'arcivescovo', 'parroco', 'rettore', 'rettrice', 'procuratore', 'procuratrice']);

/**
 * Where the officer's name starts in a run of capitalised words `from`–`to` set after "<office> di", when the run opens
 * on a first name that must be the seat's: the last first name before a surname, with the first name before it when
 * the seat keeps two words of its own ("di Viola Alta Anna Maria Bossi"). Undefined where the run is no such seat and name.
 */
export function officerAfterSeat(text: string, words: Word[], from: number, to: number): number | undefined {
  const preposition = words[from - 1];
  const office = words[from - 2];
  if (preposition?.key !== 'di' || !office || !SEATED.has(office.key) || !/^ +$/u.test(text.slice(office.end, preposition.start)) || !isFirstName(words[from]!.text)) return undefined;
  for (let g = to - 2; g > from; g--) {
    if (!isFirstName(words[g]!.text) || isFirstName(words[g + 1]!.text)) continue;
    return g - 1 > from + 1 && isFirstName(words[g - 1]!.text) ? g - 1 : g;
  }
  return undefined;
}
