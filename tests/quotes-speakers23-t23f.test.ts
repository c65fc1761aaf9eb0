// The quotes stage on groups, bodies and joint speakers (issue 18, round 23): each rule from Italian press
// convention, tested on sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null));

describe('quotes: a street’s name before a verb of saying is no surname ("in piazza Garibaldi spiega: «…»")', () => {
  const body = 'Il mercato del sabato resta dov’è. La decisione è stata presa dopo un incontro con gli ambulanti.';

  it('does not give a headline’s words to the name of the square where the office stands', () => {
    expect(speakers(body, 'Il Comune in piazza Garibaldi spiega: «Le bancarelle restano dove sono»')).not.toContain('Garibaldi');
  });

  it('does not give a sentence of the body to the name of the street it happens in', () => {
    expect(speakers('Il sindaco in via Mazzini spiega: «Le bancarelle restano dove sono». Il mercato del sabato resta dov’è.')).not.toContain('Mazzini');
  });

  it('still gives the words to a surname before its verb of saying', () => {
    expect(speakers('Ieri in piazza il mercato. Poi Lodi spiega: «Le bancarelle restano dove sono». Il mercato del sabato resta dov’è.')).toEqual(['Lodi']);
  });
});

describe('quotes: a kicker naming a thing ("Programma: «…»") in the title is nobody', () => {
  const body = 'Il festival torna dal 3 al 10 agosto con concerti, mostre e incontri. «Siamo pronti», dice il sindaco Mario Rossi.';

  it('does not take the kicker’s noun for the speaker of the title’s words', () => {
    const found = speakers(body, 'Programma: «Una settimana di eventi in piazza»');
    expect(found).not.toContain('Programma');
    expect(found.at(-1)).toBe('Mario Rossi');
  });

  it('still gives the title’s words to an organisation set as its label', () => {
    expect(speakers(body, 'Confcommercio: «Una settimana di eventi in piazza»')[0]).toBe('Confcommercio');
  });
});

describe('quotes: a plural noun for people calls back the people a verb of saying listed just before', () => {
  it('gives "spiegano i sindacalisti" to the three the paragraph before had speak together', () => {
    const text = 'La carenza di personale – spiegano Marco Neri, Luca Bassi e Anna Verdi – è certificata dalla stessa azienda sanitaria.\n\n«È evidente – spiegano i sindacalisti – che servono forze nuove nei reparti».';
    expect(speakers(text)).toEqual(['Marco Neri, Luca Bassi e Anna Verdi']);
  });

  it('takes a first name the lexicon lacks when the list’s other names are people', () => {
    const text = 'La carenza – dichiarano Marco Neri e Besnik Hoxha – è certificata dalla stessa azienda.\n\n«È evidente – spiegano i delegati – che servono forze nuove nei reparti».';
    expect(speakers(text)).toEqual(['Marco Neri e Besnik Hoxha']);
  });

  it('does not give it to people the paragraph before lists as the object of a verb', () => {
    const text = 'Il direttore ha incontrato Marco Neri, Luca Bassi e Anna Verdi nella sede dell’azienda sanitaria.\n\n«È evidente – spiegano i sindacalisti – che servono forze nuove nei reparti».';
    expect(speakers(text)).toEqual(['(sindacalisti)']);
  });
});
