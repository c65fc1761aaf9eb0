// A link to another article ("LEGGI ANCHE: Bassani al Senato: «…»") prints that article's headline: the words are
// said there, by whom its label names, never by the people this text has been quoting.
import { surnameLike } from './headline-label.ts';

/** The link's label, matched on the line in lower case: "Leggi anche:", "LEGGI ANCHE >>>", "Vedi anche –". */
const READ_ALSO = /^[ \t]*(?:leggi|vedi|guarda)[ \t]+anche[ \t]*(?::|>+|»|[\u2013\u2014-])?[ \t]*/u;

/** The linked headline's label: a surname, then what they do or where ("al Senato", "si presenta"), then the colon. */
const LABEL = /^(\p{Lu}\p{Ll}{2,})[ \t]+\p{Ll}[^:\n«»“”"]{0,40}:[ \t]*$|^(\p{Lu}\p{Ll}{2,})[ \t]*:[ \t]*$/u;

/**
 * The line before a quotation's marks, when a link's label opens it: the surname its headline is labelled with, or
 * null for nobody (a guess from the text around it would give the words to someone else). Undefined for other lines.
 */
export function linkTeaserSpeaker(line: string): string | null | undefined {
  const readAlso = READ_ALSO.exec(line.toLowerCase());
  if (!readAlso) return undefined;
  const label = LABEL.exec(line.slice(readAlso[0].length));
  const name = label?.[1] ?? label?.[2];
  return name && surnameLike(name) ? name : null;
}
