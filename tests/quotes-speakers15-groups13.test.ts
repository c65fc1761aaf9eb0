// The quotes stage on speakers the thirteenth untuned set showed wrong: groups, press offices, roles glued to names.
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);

describe('quotes: an office glued after the name with no comma', () => {
  it('ends the name where a capitalised role begins', () => {
    const text = 'una nota di Marco Ferlini Presidente Provinciale Confartigianato\n\n“Le vendite dei negozi di quartiere sono crollate anche questo mese, e nessuno sembra accorgersene.”';
    const [quote] = quotesOf(text);
    expect(quote?.speaker?.name).toBe('Marco Ferlini');
    expect(quote?.speaker?.role).toBe('Presidente Provinciale Confartigianato');
  });

  it('keeps a surname whose last word is a role after its particle', () => {
    const text = '«Abbiamo distribuito pacchi alimentari a duecento famiglie in un mese» ha detto Carla Lo Giudice.';
    expect(speakers(text)).toEqual(['Carla Lo Giudice']);
  });
});
