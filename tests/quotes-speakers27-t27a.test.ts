// The quotes stage on statements a body issues through a note (issue 18, round 27, t27a).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';
import { sayings } from '../pipeline/quotes/attribution.ts';

describe('quotes: "Lo dice X:", the pronoun pointing at the words before a one-word verb', () => {
  it('reads the verb after "lo" as a verb, its subject after it', () => {
    const text = 'Il raccolto è in calo in tutta la provincia.\n\nLo dice la Coldiretti in una nota: «I prezzi del grano sono crollati del venti per cento in un anno e le aziende non reggono più».';
    expect(speakersOf(text)).toEqual(['Coldiretti']);
  });

  it('and a person named after it', () => {
    const text = 'Il raccolto è in calo in tutta la provincia.\n\nLo afferma il presidente Mario Rossi: «I prezzi del grano sono crollati del venti per cento in un anno e le aziende non reggono più».';
    expect(speakersOf(text)).toEqual(['Mario Rossi']);
  });

  it('still reads "lo" before a noun it can be the article of as its article', () => {
    const text = 'Lo scritto del sindaco: «I prezzi sono crollati».';
    expect(sayings(text, 0, text.length)).toEqual([]);
    const verb = 'Lo scrive il sindaco: «I prezzi sono crollati».';
    expect(sayings(verb, 0, verb.length)).toEqual([[3, 9]]);
  });
});
