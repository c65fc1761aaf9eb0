// A body in lower case after a verb of saying heads an organisation's name only within its phrase.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

describe('quotes: a body noun is no name across a stop', () => {
  it('gives "scrive l’azienda. «…»" no firm called "azienda"', () => {
    const quotes = quotesOf('Il bilancio è chiuso. «Abbiamo chiuso l’anno in attivo», scrive l’azienda. «Siamo pronti a crescere ancora», aggiunge il direttore Marco Bianchi.');
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([null, 'Marco Bianchi']);
  });

  it('still names the office a body heads in the same phrase', () => {
    const [quote] = quotesOf('«Abbiamo chiuso l’anno in attivo», scrive l’ufficio stampa di Aeroporti di Puglia.');
    expect(quote!.speaker?.name).toBe('ufficio stampa di Aeroporti di Puglia');
  });
});
