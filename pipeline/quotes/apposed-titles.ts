// Roles the press strings onto a name by commas alone, no verb between: a title written before the name ("il
// Consigliere della Regione e membro della Commissione Bilancio, X", "il presidente nazionale, il cremonese X") and a
// second role after the first ("X, allevatore di Y (Cr), presidente di Z, intervistato …"). Both are that person's:
// "ha detto il presidente" later goes back to them.
import { ROLE_GROUP } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { nextSaying } from './saying-verbs.ts';

/** Between a title and its name: no stop, bracket, quotation mark or new line; the comma before the name, an article and an adjective of origin at most after it. */
const APPOSED_GAP = /^[^.;:!?«»“”"()\n]{0,160},[ \t]+(?:(?:il|la|lo)[ \t]+\p{Ll}+[ \t]+|l[’'][ \t]*\p{Ll}+[ \t]+)?$/u;

/**
 * Words that open a clause or a noun phrase of its own: a title before them is not the name's ("il sindaco, che …, X",
 * "l’assessore, portando il saluto della collega, X"). Only the article of the adjective right before the name is the name's.
 */
const CLAUSE_WORDS = /(?<![\p{L}])(?:che|cui|ha|hanno|è|era|sono|sarà|aveva|poi|mentre|quando|dopo|ma|il|lo|la|i|gli|le|un|uno|una|\p{L}+(?:ando|endo))(?![\p{L}])|(?<![\p{L}])l[’']/u;

/** The person (a full name) a bare title stands in apposition before, or nothing. */
export function apposedPerson(narration: string, title: Mention, mentions: Mention[]): Mention | undefined {
  if (title.kind !== 'title') return undefined;
  const index = mentions.indexOf(title);
  const next = index >= 0 ? mentions[index + 1] : mentions.find((mention) => mention.start > title.start);
  if (!next || next.kind !== 'person' || next.nameStart <= title.nameEnd) return undefined;
  const gap = narration.slice(title.nameEnd, next.nameStart);
  if (!APPOSED_GAP.test(gap) || CLAUSE_WORDS.test(gap.slice(0, gap.lastIndexOf(',')).toLowerCase())) return undefined;
  return nextSaying(narration, title.nameEnd, next.nameStart) ? undefined : next;
}

/** A role after a comma (and a place in brackets): its first word a role the lexicon knows. */
const CHAINED_ROLE = /[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,[ \t]+(\p{Ll}+)([^,.;:!?«»“”"()\n]{0,80})/uy;

/** The roles chained by commas after the end of a person's mention, in lower case ("presidente di confagricoltura cremona"). */
export function chainedRoles(narration: string, end: number): string {
  const roles: string[] = [];
  let at = end;
  for (let count = 0; count < 3; count++) {
    CHAINED_ROLE.lastIndex = at;
    const found = CHAINED_ROLE.exec(narration);
    if (!found || !ROLE_GROUP.has(found[1]!)) break;
    roles.push(`${found[1]}${found[2]}`.toLowerCase());
    at = CHAINED_ROLE.lastIndex;
  }
  return roles.join(' ');
}
