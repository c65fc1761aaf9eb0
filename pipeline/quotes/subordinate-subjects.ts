// "X ritiene che il sindaco «debba …»", "X definisce «grave» che l’assessore «non abbia …»": after a verb of opinion,
// wish or saying, "che" opens a subordinate clause whose subject is spoken of; the quoted words finishing that clause
// are the main subject's, as the press reports one person's view of another's duty.

/**
 * Verbs taking "che" and a clause (present or past): ritiene, crede, spera, auspica, teme, chiede, definisce, giudica, …
 * Each stem takes only its conjugation's endings (third persons, imperfect, participle, gerund), so that no noun
 * passes ("i temi che il sindaco «…»", "la pensione che").
 */
const ARE = '(?:a|ano|ava|avano|ato|ata|ati|ate|ò|ando)';
const ERE = '(?:e|ono|eva|evano|uto|uta|uti|ute|é|endo)';
const IRE = '(?:isce|iscono|iva|ivano|ito|ita|iti|ite|ì|endo)';
const OPINION = new RegExp(`(?:^|[\\s’'])(?:ritien\\p{Ll}*|riten\\p{Ll}+|riteng\\p{Ll}+|cred${ERE}|pens${ARE}|sper${ARE}|auspic${ARE}|tem${ERE}|chied\\p{Ll}*|chiest\\p{Ll}|pretend${ERE}|vuole|vogliono|volut\\p{Ll}|defin${IRE}|giudic${ARE}|consider${ARE}|trov${ARE}|dice|dicono|dett\\p{Ll}|sottoline${ARE}|ricord${ARE}|afferm${ARE}|sostien\\p{Ll}*|sosteng\\p{Ll}+|sostenut\\p{Ll}|ribad${IRE}|denunci${ARE}|lament${ARE}|osserv${ARE}|precis${ARE}|aggiung${ERE}|aggiunt\\p{Ll})(?:\\s+(?:«_*»|“_*”|"_*"))?\\s+che\\s+(?:(?:il|lo|la|i|gli|le)\\s+|l[’']\\s*)?$`, 'u');

/**
 * Does the mention at [start, end) open a clause subordinate to a verb of opinion right before it ("… ritiene che il
 * sindaco"), quoted words finishing the clause right after it? Not a relative after a comma ("il sindaco, che «…»"),
 * nor a subject with a verb of its own before the marks ("che il sindaco ha promesso «…»").
 */
export function subordinateSubject(text: string, start: number, end: number): boolean {
  if (!/^[ \t]*[«“"]/u.test(text.slice(end, end + 4))) return false;
  return OPINION.test(text.slice(Math.max(0, start - 60), start).toLowerCase());
}
