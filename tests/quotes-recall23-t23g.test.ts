// Round 23 (t23g): quotations' spans the extractor split, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: an opening mark typed twice', () => {
  it('reads two straight marks opening a paragraph as one', () => {
    const text = 'La presidente Anna Verdi ha commentato la stagione.\n\n""Le vendite sono andate bene e i clienti sono tornati", ha affermato. "Ora pensiamo al prossimo anno".';
    expect(summaryOf(text)).toEqual([[['Le vendite sono andate bene e i clienti sono tornati', 'Ora pensiamo al prossimo anno'], 'Anna Verdi']]);
  });

  it('reads a curly and a straight mark after a colon as one', () => {
    const text = 'Mario Rossi, sindaco di Lucca: “"Con questa festa la città torna a vivere e i negozi riaprono le porte”.';
    expect(summaryOf(text)).toEqual([[['Con questa festa la città torna a vivere e i negozi riaprono le porte'], 'Mario Rossi']]);
  });

  it('leaves an empty pair of marks after a word alone', () => {
    const text = 'Il sindaco Mario Rossi ha detto: “Il cantiere chiude domani e la strada riapre”. Il campo "" resta vuoto nel modulo.';
    expect(summaryOf(text)).toEqual([[['Il cantiere chiude domani e la strada riapre'], 'Mario Rossi']]);
  });
});
