// Round 26 (t26c): quotations' spans missed, cut or taken amiss. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: a short quotation the next words call by a noun of what was said', () => {
  it('takes the words a letter held ("«…», era il contenuto della lettera della madre")', () => {
    const text = 'Un titolo qualunque\n\nLa scuola ha ricevuto molte proteste nelle ultime settimane.\n«Classi troppo affollate», era il contenuto della lettera della madre dello studente. Poi è arrivata la risposta.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(madre dello studente)']);
    expect(summaryOf(text)[0]![0]).toEqual(['Classi troppo affollate']);
  });

  it('takes a cry someone raises ("«…» è il grido del presidente X")', () => {
    const text = 'Un titolo qualunque\n\nIl consiglio ha votato ieri sera.\n«Pazienza, lavoro e coraggio» è il grido del presidente Marco Neri per la nuova stagione.';
    expect(summaryOf(text)).toEqual([[['Pazienza, lavoro e coraggio'], 'Marco Neri']]);
  });

  it('still takes no name in marks the sentence goes on to describe', () => {
    const text = 'Un titolo qualunque\n\nIl consiglio ha votato ieri sera.\n«Idee per Cremona», questo il nome della nuova associazione del presidente Marco Neri.';
    expect(summaryOf(text)).toEqual([]);
  });
});

describe('quotes: an unnamed speaker taken up with a definite complement after an indefinite one', () => {
  it('keeps the designation the text brought them in with ("la madre di uno studente" … "della madre dello studente")', () => {
    const text = 'Un titolo qualunque\n\nLa madre di uno studente aveva scritto alla scuola a ottobre.\n«Le classi sono troppo affollate e nessuno ci ascolta», ha spiegato la madre dello studente. Poi è arrivata la risposta.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(madre di uno studente)']);
  });

  it('keeps the definite one where nobody was brought in so', () => {
    const text = 'Un titolo qualunque\n\nLa madre di uno studente aveva scritto alla scuola a ottobre.\n«Le classi sono troppo affollate e nessuno ci ascolta», ha spiegato la madre del preside. Poi è arrivata la risposta.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(madre del preside)']);
  });
});
