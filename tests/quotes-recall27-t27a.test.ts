// The quotes stage finding statements a body issues through a note (issue 18, round 27, t27a).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf, summaryOf } from './helpers/quotes.ts';

const WORDS = 'I prezzi del grano sono crollati del venti per cento in un anno e le aziende non reggono più';

describe('quotes: a statement read in the note a body issued, the frame before a colon', () => {
  it('gives "Si legge in una nota della X:" to X', () => {
    const text = `Il raccolto è in calo in tutta la provincia.\n\nSi legge in una nota della Coldiretti: «${WORDS}».`;
    expect(summaryOf(text)).toEqual([[[WORDS], 'Coldiretti']]);
  });

  it('gives "Nella nota diffusa da X si legge:" to X, a person named in full', () => {
    const text = `Il raccolto è in calo in tutta la provincia.\n\nNella nota diffusa dal sindaco Mario Rossi si legge: «${WORDS}».`;
    expect(speakersOf(text)).toEqual(['Mario Rossi']);
  });

  it('gives a body called by its common noun to the one the text named in full with it', () => {
    const text = `Domenica alle 18, nella parrocchia di San Paolo a Verona, si tiene la festa. Si legge in una nota diffusa dalla parrocchia che la organizza: «${WORDS}».`;
    expect(speakersOf(text)).toEqual(['parrocchia di San Paolo']);
  });

  it('does not read a document only mentioned, with nobody reading in it, as the frame', () => {
    const text = `Il raccolto è in calo in tutta la provincia.\n\nIl presidente Mario Rossi ha commentato la nota della Coldiretti: «${WORDS}».`;
    expect(speakersOf(text)).toEqual(['Mario Rossi']);
  });
});

describe('quotes: a statement whose opening mark the page lost, after a paragraph ending on its frame’s colon', () => {
  const statement = 'La nostra comunità è chiamata a diventare sempre più luogo di incontro. Nessuno può restare a guardare: siamo tutti responsabili”.';

  it('reads the paragraph as the statement, given to the note’s issuer', () => {
    const text = `Domenica alle 18, nella parrocchia di San Paolo a Verona, si tiene la festa. Si legge in una nota diffusa dalla parrocchia che la organizza:\n\n${statement}\n\nLa festa durerà fino a sera.`;
    expect(speakersOf(text)).toEqual(['parrocchia di San Paolo']);
  });

  it('not after a paragraph ending on a full stop', () => {
    const text = `Domenica alle 18, nella parrocchia di San Paolo a Verona, si tiene la festa.\n\n${statement}\n\nLa festa durerà fino a sera.`;
    expect(speakersOf(text)).toEqual([]);
  });
});
