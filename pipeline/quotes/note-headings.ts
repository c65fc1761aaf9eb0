// Offices publish statements under a heading that names the office, not the person: "Nota stampa Direttore Generale
// 10.03.2025", "Comunicato del Presidente". The words below are that office-holder's, whom the text leaves unnamed.
import { ROLE_GROUP } from './lexicon.ts';
import { wordsOf } from './words.ts';

/** "Nota stampa", "Comunicato", "Dichiarazione del", then the role in capitals and maybe a date. */
const NOTE_HEADING = /^\s*(?:[Nn]ota|[Cc]omunicato|[Dd]ichiarazione)(?:\s+stampa)?\s+(?:(?:del|della|dello)\s+|dell[’']\s*)?(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?:[ \t]+[\d./-]+)?\s*$/u;

/** The role a heading line of a note names, when it opens on a role noun: "Direttore Generale". */
export function noteHeadingRole(line: string): string | undefined {
  const heading = NOTE_HEADING.exec(line);
  const first = heading && wordsOf(heading[1]!)[0];
  return first && ROLE_GROUP.has(first.key) ? heading[1] : undefined;
}
