// The quotes stage on speakers the ninth untuned set showed wrong (issue 18: null and a warning, never a guess):
// each rule from Italian grammar or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf } from './helpers/quotes.ts';

describe('quotes: a clitic before the verb of a dashed attribution', () => {
  it('reads "– ci racconta una vicina –" as the attribution, not as words of the person named before', () => {
    const text = 'Il fuoco ha distrutto il garage di Paolo Berti. «Abbiamo sentito un boato – ci racconta una vicina di casa – e siamo corsi fuori».';
    const [quote] = quotesOf(text);
    expect(quote!.parts).toEqual(['Abbiamo sentito un boato', 'e siamo corsi fuori']);
    expect(quote!.speaker ?? null).toBeNull();
    expect(quote!.speakerDescription).toBe('vicina di casa');
  });

  it('reads "– mi dice X –" with a name as the attribution', () => {
    const text = '«Il raccolto è salvo – mi dice Carla Ferri, agricoltrice – ma la grandine ha rovinato le serre».';
    expect(summaryOf(text)).toEqual([[['Il raccolto è salvo', 'ma la grandine ha rovinato le serre'], 'Carla Ferri']]);
  });
});
