// The quotes stage on speakers the fifteenth untuned set showed wrong (round 17, t17c): each rule from Italian grammar
// or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a full name in apposition after a title with a territorial adjective', () => {
  it('gives a later surname alone the full name, whatever the first name', () => {
    const text = 'La rassegna apre venerdì. Il presidente dell’associazione provinciale, Tarcisio Tagliaferri, ha presentato il programma. «Saranno venti gli espositori, quattro dall’estero», ha detto Tagliaferri.';
    expect(speakersOf(text)).toEqual(['Tarcisio Tagliaferri']);
  });

  it('still reads a territory right after the adjective as a place', () => {
    const text = 'Il comandante provinciale Foggia Carabinieri ha diffuso una nota: «I controlli continueranno per tutta l’estate».';
    expect(speakersOf(text)).not.toContain('Foggia Carabinieri');
  });
});
