// The documents a body or a person speaks in, signs or issues: one list for every rule that reads "la nota", "nel
// documento", "un'interrogazione firmata da", so that a document one rule knows the others know too.

/** Nouns of documents, as a regex alternation (lower case; "ordine del giorno" spans words). */
export const DOCUMENTS = [
  'nota', 'comunicato', 'documento', 'dossier', 'rapporto', 'report', 'studio', 'relazione', 'lettera', 'appello',
  'messaggio', 'post', 'dichiarazione', 'bollettino', 'circolare', 'volantino', 'memoria', 'parere',
  'interrogazione', 'mozione', 'ordine del giorno', 'risoluzione', 'delibera', 'ordinanza', 'esposto', 'ricorso',
  'istanza', 'petizione', 'segnalazione', 'richiesta', 'manifesto',
].join('|');
