// Round 24 (t24e): quotations' spans the extractor split, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a verb of saying with a clause after "che" inside the marks', () => {
  it('is the quotation’s own words, not an attribution with its opening dash missing', () => {
    const text = 'Soddisfatto l’assessore Luca Neri. «Il pubblico di sabato ci dice che la Fiera è ormai un appuntamento fisso per tutta la valle – commenta Neri –. Il paese si conferma vivo anche d’inverno».';
    expect(summaryOf(text)).toEqual([[['Il pubblico di sabato ci dice che la Fiera è ormai un appuntamento fisso per tutta la valle', 'Il paese si conferma vivo anche d’inverno'], 'Luca Neri']]);
  });

  it('still reads an attribution whose opening dash is missing when the name follows the verb', () => {
    const text = 'Parla il sindaco. «La strada riapre domani aggiunge Mario Rossi – e il ponte entro la fine del mese».';
    expect(summaryOf(text)).toEqual([[['La strada riapre domani', 'e il ponte entro la fine del mese'], 'Mario Rossi']]);
  });
});
