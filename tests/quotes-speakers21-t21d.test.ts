// The quotes stage on described and joint speakers the twenty-first untuned set showed wrong: each rule from Italian
// grammar or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);

describe('quotes: a person given a role with an indefinite article ("X, una residente esasperata")', () => {
  it('takes "una residente" for her role, so "la residente" later is her', () => {
    const text = [
      'Cassonetti stracolmi e lampioni spenti in via dei Tigli.',
      '«Non usciamo più la sera – racconta la signora Lucia Ferrandi, una residente arrabbiata –. Abbiamo paura».',
      'Il quartiere aspetta da mesi. I cittadini denunciano anche le buche: «Nessuno ripara niente – prosegue la residente –. Siamo soli».',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Lucia Ferrandi', 'Lucia Ferrandi']);
    expect(quotesOf(text)[0]!.speaker?.role).toBe('residente arrabbiata');
  });
});
