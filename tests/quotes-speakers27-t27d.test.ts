// The quotes stage on who speaks in sports and interview pages (issue 18, round 27, t27d).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a name run on into the next sentence, opened by a determiner', () => {
  it('ends the name before "Ogni", which no name holds', () => {
    const text = 'Paola Neri Ogni anno il festival porta in città migliaia di visitatori. «Il pubblico ci ha premiato anche questa volta», ha detto.';
    expect(speakersOf(text)).toEqual(['Paola Neri']);
  });

  it('and before "Questo" or "Nessun"', () => {
    const text = 'Paola Neri Questo festival porta in città migliaia di visitatori. «Il pubblico ci ha premiato anche questa volta», ha detto.';
    expect(speakersOf(text)).toEqual(['Paola Neri']);
  });

  it('keeps a surname opened by "Lo" or "La", which names do hold', () => {
    const text = 'Il festival porta in città migliaia di visitatori. «Il pubblico ci ha premiato anche questa volta», ha detto Marta Lo Cicero.';
    expect(speakersOf(text)).toEqual(['Marta Lo Cicero']);
  });
});

describe('quotes: a surname alone after a verb of saying and an adverb', () => {
  it('names the speaker in "ha commentato invece Bertolini"', () => {
    const text = 'Il derby è finito in parità. “Mi ha colpito molto la storia del club” ha commentato invece Bertolini.';
    expect(speakersOf(text)).toEqual(['Bertolini']);
  });

  it('and in "aggiunge poi Ferretti"', () => {
    const text = 'La squadra torna ad allenarsi lunedì. «Dobbiamo recuperare energie in fretta», aggiunge poi Ferretti.';
    expect(speakersOf(text)).toEqual(['Ferretti']);
  });

  it('takes no name after an adverb and a lower-case word: the words are said to Ferretti', () => {
    const text = 'La squadra torna ad allenarsi lunedì. «Dobbiamo recuperare energie in fretta», ha detto poi il tecnico a Ferretti.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
