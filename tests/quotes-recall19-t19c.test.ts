// Round 19 (t19c): statements the extractor dropped. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a heading calling the words below it by a noun of speech and naming its owner', () => {
  it('gives them to the owner of "Le dichiarazioni di X", not to the one the heading names last', () => {
    const text = 'Le dichiarazioni della presidente Marta Galli dopo la conferenza stampa di mister Rinaldi\n\n“Ho letto con attenzione le parole del nostro allenatore e voglio rispondere con calma, perché la società viene prima di tutti noi e delle nostre opinioni”.';
    expect(summaryOf(text)).toEqual([[['Ho letto con attenzione le parole del nostro allenatore e voglio rispondere con calma, perché la società viene prima di tutti noi e delle nostre opinioni'], 'Marta Galli']]);
  });
});
