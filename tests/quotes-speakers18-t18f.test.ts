// The quotes stage on speakers the sixteenth untuned set showed wrong (round 18, t18f): each rule from Italian grammar
// or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a gerund clause inside a dashed attribution', () => {
  it('gives "– ha esordito l’assessore, portando il saluto del collega, X –" to the assessore, not to X', () => {
    const text = 'Alla festa è intervenuto anche l’assessore regionale alla cultura, Marco Bellini. «Siamo orgogliosi di questa rassegna – ha esordito l’assessore, portando il saluto del collega al bilancio, Franco Dessì –. La sosterremo anche l’anno prossimo».';
    expect(speakersOf(text)).toEqual(['Marco Bellini']);
  });

  it('still gives "– ha detto il presidente, Luca Neri –" to the person in apposition', () => {
    const text = 'La serata si è chiusa con i saluti. «Siamo orgogliosi di questa rassegna – ha detto il presidente, Luca Neri –. La sosterremo anche l’anno prossimo».';
    expect(speakersOf(text)).toEqual(['Luca Neri']);
  });
});

describe('quotes: "il numero uno" of a body as a title', () => {
  it('gives "– ha dichiarato la numero uno del club, X –" to X', () => {
    const text = 'La squadra ha festeggiato in municipio. «È stata una stagione indimenticabile – ha dichiarato la numero uno del club cittadino, Laura Ferri –. Ora pensiamo al prossimo campionato».';
    expect(speakersOf(text)).toEqual(['Laura Ferri']);
  });

  it('gives "– ha detto il numero due della federazione, X –" to X', () => {
    const text = 'La squadra ha festeggiato in municipio. «È stata una stagione indimenticabile – ha detto il numero due della federazione, Carlo Monti –. Ora pensiamo al prossimo campionato».';
    expect(speakersOf(text)).toEqual(['Carlo Monti']);
  });
});
