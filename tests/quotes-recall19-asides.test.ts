// Dashed attributions inside a quotation that the extractor kept as quoted words: where it was said, at some length,
// and a description closed by the names of several speakers. And people speaking together, listed as Italian does.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

describe('quotes: a dashed attribution that says where, or names several people after a description', () => {
  it('cuts "- racconta in un video pubblicato sui suoi profili social -" out of the quotation', () => {
    const [quote] = quotesOf('Anna Rossi, consigliera comunale, ha preso il bus. “Stamattina sono andata in ufficio in autobus - racconta in un video pubblicato sui suoi canali social - e ho aspettato quaranta minuti”.');
    expect(quote!.parts).toEqual(['Stamattina sono andata in ufficio in autobus', 'e ho aspettato quaranta minuti']);
    expect(quote!.speaker?.name).toBe('Anna Rossi');
  });

  it('still keeps a longer aside with no preposition inside the words', () => {
    const [quote] = quotesOf('“Il piano – ricorda ogni volta che può tutto il gruppo di lavoro riunito – è pronto”.');
    expect(quote!.parts).toHaveLength(1);
  });

  it('gives "– sostengono i componenti della delegazione X, Y ed Enrico Z –" to the three, written with "ed"', () => {
    const [quote] = quotesOf('“Siamo soddisfatti dell’intesa – sostengono i componenti della delegazione sindacale Marta Pini, Luca Sarti ed Enrico Dolci – che dà risposte al personale”.');
    expect(quote!.parts).toEqual(['Siamo soddisfatti dell’intesa', 'che dà risposte al personale']);
    expect(quote!.speaker?.name).toBe('Marta Pini, Luca Sarti ed Enrico Dolci');
  });
});
