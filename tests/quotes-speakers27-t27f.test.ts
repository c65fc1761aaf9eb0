// The quotes stage naming the person said after or beside a quotation (issue 18, round 27, t27f).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a capitalised article opening a sentence before a title in capitals', () => {
  it('is no part of the name: "Il Sindaco X sottolinea: «…»"', () => {
    const text = 'Il Sindaco Pisanò sottolinea il valore del traguardo: "Lo avevamo promesso alle famiglie, e lo abbiamo fatto."';
    expect(speakersOf(text)).toEqual(['Pisanò']);
  });

  it('nor before a plural title', () => {
    const text = 'Il Presidente Martinelli ha ricordato: «La stagione è stata lunga e difficile per tutti noi».';
    expect(speakersOf(text)).toEqual(['Martinelli']);
  });

  it('leaves a newspaper’s name whole', () => {
    const text = 'Il Resto del Carlino riporta le parole del tecnico: «Abbiamo giocato una buona partita».';
    expect(speakersOf(text)).not.toContain('Carlino');
  });
});
