// Reports of a press conference or a rally hand the floor on with no verb of saying: "È stata poi la volta di X",
// "Parola poi al segretario X", "Stessa linea anche per X, segretario …". The one given the turn is the sentence's
// subject, and the words quoted right after are theirs, not the last speaker's. ("Tocca al sindaco X firmare", "la
// decisione spetta al sindaco X" hand over a task, not the floor.)

/** The phrase handing the turn, right before the name (or its title and article). */
const TURN_BEFORE = /(?:(?:la\s+volta|il\s+turno)\s+(?:di|del|della|dello|dell[’'])|(?:la\s+)?parola\s+(?:poi\s+|quindi\s+|infine\s+)?(?:passa\s+)?(?:a|ad|al|alla|allo|all[’'])|(?:stessa|medesima|analoga)\s+(?:linea|posizione)\s+(?:anche\s+)?(?:per|da\s+parte\s+(?:di|del|della|dello|dell[’'])))\s*(?:(?:il|lo|la|l[’'])\s*)?$/iu;

/** Does the text right before `start` hand the turn to whoever is named at `start`? */
export function givenTheTurn(text: string, start: number): boolean {
  return TURN_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
