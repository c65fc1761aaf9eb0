// The quotes stage telling a body's words from a named person's (issue 18, round 27, t27b).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: "come dice X" right before the marks', () => {
  it('gives the words to the person the comparative clause names, not to the body a relative clause hangs on', () => {
    const text = 'I controlli dimostrano lo sforzo della Provincia, che andrà avanti perché come dice il colonnello Mario Santoro “il nostro lavoro è soprattutto la prevenzione”.';
    expect(speakersOf(text)).toEqual(['Mario Santoro']);
  });

  it('reads a rank in capitals and a surname as the person the text named in full', () => {
    const text = 'Il comandante provinciale, Colonnello Mario Santoro, ha illustrato i numeri.\n\nI controlli dimostrano lo sforzo della Provincia, che andrà avanti perché come dice il Colonnello Santoro “il nostro lavoro è soprattutto la prevenzione”.';
    expect(speakersOf(text)).toEqual(['Mario Santoro']);
  });

  it('does so with the comma closing the aside, and with the perfect', () => {
    const text = 'Il bilancio della Cooperativa, che chiude in attivo, è buono perché, come ha ricordato la presidente Anna Verdi, “abbiamo lavorato tutti insieme per questo risultato”.';
    expect(speakersOf(text)).toEqual(['Anna Verdi']);
  });

  it('does not give the words to a person the clause names in a complement after the verb', () => {
    const text = 'Lo sforzo della Provincia, che andrà avanti, è chiaro perché come dice la lettera inviata al colonnello Mario Santoro “il nostro lavoro è soprattutto la prevenzione”.';
    expect(speakersOf(text)).not.toEqual(['Mario Santoro']);
  });
});
