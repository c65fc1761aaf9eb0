// Round 27 (t27c): which of the people on the page said the quote. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a name after a room and an adverb (“In sala anche X: «…»”)', () => {
  it('reads the name as a person, the one introducing the words', () => {
    const text = 'Il sindaco Lorenzo Gatti ha salutato le matricole.\n\nIn sala anche Piero Bortolin, presidente del Consiglio regionale: «Chi ha a cuore questa regione deve sostenere il suo Ateneo».';
    expect(speakersOf(text)).toEqual(['Piero Bortolin']);
  });

  it('still reads an institution’s adjective before a name as part of the place', () => {
    const text = 'Il primario Marco Lodi lavora da vent’anni all’ospedale infantile Regina Margherita. «Qui abbiamo visto crescere generazioni di bambini», ha detto.';
    expect(speakersOf(text)).toEqual(['Marco Lodi']);
  });
});
