// The words a sentence points to its speaker with ("Comincia così la lettera di X", "Con queste parole X …") are
// matched on the sentence in lower case (attribution.ts pointerWords): at the start of a sentence and in capitals alike.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: words pointing to the speaker, in any case', () => {
  it.each([
    '«Siamo pronti a ripartire, insieme». Comincia così la lettera del sindaco Marco Rossi ai cittadini.',
    '«Siamo pronti a ripartire, insieme». COMINCIA COSÌ LA LETTERA DEL SINDACO Marco Rossi ai cittadini.',
    '«Siamo pronti a ripartire, insieme». CON QUESTE PAROLE il sindaco Marco Rossi ha aperto il consiglio.',
  ])('%s', (text) => {
    expect(speakersOf(text)).toEqual(['Marco Rossi']);
  });
});
