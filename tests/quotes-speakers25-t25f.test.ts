// The quotes stage linking short forms, surnames, bodies and groups to whom the text means (issue 18, round 25,
// t25f). Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a name after “sala stampa”', () => {
  it('is the person speaking there, not a hall named after someone', () => {
    expect(speakersOf('“Non c’era nemmeno il fallo”. Sbotta così in sala stampa Marco Pellegrini, al termine della gara.')).toEqual(['Marco Pellegrini']);
  });

  it('still reads an institution with an adjective before a name as a place', () => {
    expect(speakersOf('«Siamo pronti ad accogliere tutti», ha detto il direttore Paolo Neri all’ospedale infantile Regina Margherita.')).toEqual(['Paolo Neri']);
  });
});
