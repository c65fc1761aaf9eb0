// Sports pages print a club's note under a headline that names the club ("Tivoli Calcio 1919, brillante esordio in
// Serie D") and then call it only "la società" or "la dirigenza". The club the headline opens on is whose note it is.
import { namesOffice, organisationAfter } from './attribution.ts';
import { CLUB_WORDS } from './headline-label.ts';
import { wordsOf } from './words.ts';

/** Nouns a club's own body is called by in its notes. */
export const CLUB_BODIES = /^(?:società|dirigenza|club)$/u;

/** The club a headline opens on, its name holding a sport's or a club's word ("Calcio", "Volley"), if one does. */
export function headlineClub(narration: string, headlines: { start: number; end: number }[]): string | undefined {
  for (const headline of headlines) {
    const start = headline.start + /^\s*/u.exec(narration.slice(headline.start, headline.end))![0].length;
    const name = organisationAfter(narration, start);
    if (name && namesOffice(name) && start + name.length <= headline.end && wordsOf(name).some((word) => CLUB_WORDS.has(word.key))) return name;
  }
  return undefined;
}
