// Bodies speaking together, named in a row after a plural verb: "denunciano le segreterie di Cgil, Cisl, Uil, Fials,
// Nursind", "concludono Fiom, Fim e Uilm". One speaker, the list as the text prints it.
import { namesOffice, organisationAfter } from './attribution.ts';
import { isFirstName } from './names.ts';

/** What separates two names of a list: a comma, "e", or both. */
const SEPARATOR = /^(?:[ \t]*,[ \t]*(?:(?:e|ed)[ \t]+)?|[ \t]+(?:e|ed)[ \t]+)/u;

/**
 * The organisation named at `start` (found as `first`) with the bodies listed after it, if a plural verb makes them
 * speak together: each one a name of its own ("Cgil", "Italia Nostra sezione di Cremona"), not a person's name.
 * The list as printed, with or without a last "e" ("Cgil, Cisl, Uil, Fials, Nursind"); `first` alone if none follows.
 */
export function organisationList(text: string, start: number, first: string, limit: number): string {
  let end = start + first.length;
  for (;;) {
    const separator = SEPARATOR.exec(text.slice(end, limit));
    if (!separator) break;
    const next = organisationAfter(text, end + separator[0].length);
    if (!next || !namesOffice(next) || isFirstName(next.split(/\s/u)[0]!) || end + separator[0].length + next.length > limit) break;
    end += separator[0].length + next.length;
  }
  return text.slice(start, end);
}
