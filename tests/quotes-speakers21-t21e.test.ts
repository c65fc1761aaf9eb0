// The quotes stage on speakers the text names but the stage gave to no one or to the wrong one (untuned21, untuned20):
// each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? null);

describe('quotes: a body named by its head alone after its full name with what it is for', () => {
  it('gives "scrive il Comitato" to the committee as the text first named it, title in marks included', () => {
    const text = 'Ne dà notizia il Comitato promotore per la riapertura dell’ospedale “San Carlo”, che ha raccolto le firme. «È un risultato importante – scrive il Comitato in una nota – che dimostra quanto i cittadini tengano al loro presidio».';
    expect(speakers(text)).toEqual(['Comitato promotore per la riapertura dell’ospedale “San Carlo”']);
  });

  it('reads the name up to the place it ends on', () => {
    const text = 'Ne dà notizia il Comitato promotore per la riapertura dell’ospedale di Valbona, che ha raccolto le firme. «È un risultato importante – scrive il Comitato in una nota – che dimostra quanto i cittadini tengano al loro presidio».';
    expect(speakers(text)).toEqual(['Comitato promotore per la riapertura dell’ospedale di Valbona']);
  });

  it('does not read a clause of purpose as part of the name', () => {
    const text = 'Arriva la Italvolley per incoraggiarli in vista dell’esordio in Nations League. «Siamo con voi» ha detto la Italvolley.';
    expect(speakers(text)).toEqual(['Italvolley']);
  });
});
