// Finding quotations the fifteenth round's untuned sets showed missed: marks turned the wrong way, quotations left
// open, asides inside a quotation. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const partsOf = (text: string) => quotesOf(text).map((quote) => quote.parts);

describe('quotes: a closing mark that closes nothing, before a capital', () => {
  it('opens the quotation after a colon: "il mister:” Abbiamo …”."', () => {
    const text = 'Dopo la partita parla il mister della squadra di casa:” Abbiamo giocato con il cuore, i ragazzi hanno dato tutto fino alla fine”. Domenica si torna in campo.';
    expect(partsOf(text)).toEqual([['Abbiamo giocato con il cuore, i ragazzi hanno dato tutto fino alla fine']]);
  });

  it('opens it between spaces, closed by a mark turned the other way: ": ” Non parlo …“."', () => {
    const text = 'Sull’arbitraggio il tecnico non vuole aggiungere altro: ” Non parlo mai degli arbitri, ho visto poco dalla panchina e preferisco pensare al prossimo turno“. Domenica si gioca in trasferta.';
    expect(partsOf(text)).toEqual([['Non parlo mai degli arbitri, ho visto poco dalla panchina e preferisco pensare al prossimo turno']]);
  });

  it('still closes a quotation left open with it', () => {
    const text = 'Il tecnico è netto: “Abbiamo sbagliato tutto nel primo tempo. ” Poi se ne va negli spogliatoi.';
    expect(partsOf(text)).toEqual([['Abbiamo sbagliato tutto nel primo tempo.']]);
  });
});
