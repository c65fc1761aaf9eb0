// "X ritiene che il sindaco «debba …»", "X definisce «grave» che l’assessore «non abbia …»": after a verb of opinion,
// wish or saying, "che" opens a subordinate clause whose subject is spoken of; the quoted words finishing that clause
// are the main subject's, as the press reports one person's view of another's duty.

/** Verbs taking "che" and a clause (present or past): ritiene, crede, spera, auspica, teme, chiede, definisce, giudica, … */
const OPINION = /(?:^|[\s’'])(?:ritien\p{Ll}*|riten\p{Ll}+|riteng\p{Ll}+|cred\p{Ll}+|pens\p{Ll}+|sper\p{Ll}+|auspic\p{Ll}+|tem\p{Ll}+|chied\p{Ll}*|chiest\p{Ll}|pretend\p{Ll}+|vuole|vogliono|volut\p{Ll}|defin\p{Ll}+|giudic\p{Ll}+|consider\p{Ll}+|trov\p{Ll}+|dice|dicono|dett\p{Ll}|sottoline\p{Ll}+|ricord\p{Ll}+|afferm\p{Ll}+|sostien\p{Ll}*|sosteng\p{Ll}+|sostenut\p{Ll}|ribad\p{Ll}+|denunci\p{Ll}+|lament\p{Ll}+|osserv\p{Ll}+|precis\p{Ll}+|aggiung\p{Ll}+|aggiunt\p{Ll})(?:\s+(?:«_*»|“_*”|"_*"))?\s+che\s+(?:(?:il|lo|la|i|gli|le)\s+|l[’']\s*)?$/u;

/**
 * Does the mention at [start, end) open a clause subordinate to a verb of opinion right before it ("… ritiene che il
 * sindaco"), quoted words finishing the clause right after it? Not a relative after a comma ("il sindaco, che «…»"),
 * nor a subject with a verb of its own before the marks ("che il sindaco ha promesso «…»").
 */
export function subordinateSubject(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*[«“"]/u.test(text.slice(end, end + 4))) return false;
  return OPINION.test(text.slice(Math.max(0, start - 60), start).toLowerCase());
}
