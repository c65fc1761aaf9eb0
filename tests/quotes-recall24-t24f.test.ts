// Round 24 (t24f): quotations' spans the extractor dropped, split or merged wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a whole sentence after a colon lead naming a post in a complement', () => {
  it('is said by the one the paragraph was about, not dropped for the post nobody holds by name', () => {
    const text = 'Lo ha detto ieri la consigliera Anna Verdi dopo la seduta. Tra le novità c’è il concorso per il primario di Pneumologia: «Lo aspettavamo da tempo, adesso bisogna fare presto e bene».';
    expect(summaryOf(text)).toEqual([[['Lo aspettavamo da tempo, adesso bisogna fare presto e bene'], 'Anna Verdi']]);
  });

  it('still drops a sentence in marks after a short label naming nobody', () => {
    const text = 'La mostra apre sabato in biblioteca. Programma: «Visite guidate alle dieci e alle sedici per tutti».';
    expect(summaryOf(text)).toEqual([]);
  });
});
