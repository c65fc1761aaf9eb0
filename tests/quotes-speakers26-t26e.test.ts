// The quotes stage on sport copy the spent sets showed wrong (post-match words, coaches and players), each rule
// tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

describe('quotes: a frame running into the marks with no colon', () => {
  it('gives "X esprime soddisfazione “…”" to X, as if a colon stood before the marks', () => {
    const text = 'Sulla scelta del doppio mediano, il tecnico Paolo Rinaldi esprime soddisfazione “Abbiamo tenuto bene il campo e la linea ha giocato con ordine per tutta la gara.”';
    expect(speakersOf(text)).toEqual(['Paolo Rinaldi']);
  });

  it('leaves the words between two pieces of one statement to the aside that splits them', () => {
    const text = 'L’allenatore Giorgio Ferrante racconta la sua felicità ai microfoni dopo la finale “E’ inutile nasconderlo” ammette il tecnico “Noi avevamo in testa domenica più che la gara di oggi. Siamo venuti qui a giocarci le nostre chance.”';
    expect(quotesOf(text).map((quote) => quote.parts.length)).toEqual([2]);
  });

  it('leaves a title after a noun that names a thing, and words that go on in the sentence', () => {
    const text = 'Il tecnico Paolo Rinaldi ha presentato il libro “Noi che giocavamo nei campi di periferia senza scarpe” ai ragazzi del vivaio.';
    expect(quotesOf(text)).toEqual([]);
  });
});
