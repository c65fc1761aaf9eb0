// The quotes stage on speakers nobody names (issue 18, round 24): the description the text gives them, each rule from
// Italian press convention, tested on sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null));

describe('quotes: a sentence opened by an indefinite or partitive determiner ("Alcuni residenti", "Delle mamme")', () => {
  it('describes "Alcuni residenti raccontano: «…»" as the residents', () => {
    const text = 'La strada è chiusa da un mese. Alcuni residenti raccontano: «Per andare al lavoro facciamo venti chilometri in più».';
    expect(speakers(text)).toEqual(['(residenti)']);
  });

  it('describes "Delle mamme raccontano: «…»" as the mothers', () => {
    const text = 'Davanti al cancello molti genitori aspettano. Delle mamme raccontano: «I nostri figli non sanno nemmeno perché occupano».';
    expect(speakers(text)).toEqual(['(mamme)']);
  });

  it('describes "Diversi pendolari, …, spiegano: «…»" as the commuters', () => {
    const text = 'Il treno delle 7.10 è stato soppresso. Diversi pendolari spiegano: «Succede ogni settimana e nessuno ci avvisa».';
    expect(speakers(text)).toEqual(['(pendolari)']);
  });

  it('does not take a partitive after a verb of speaking about someone ("parlano delle mamme")', () => {
    const text = 'Il preside ha incontrato i docenti. «Sono preoccupati», parlano delle mamme gli insegnanti.';
    expect(speakers(text)).not.toContain('(mamme)');
  });
});

describe('quotes: a collective noun for people of a kind ("una delegazione dei genitori", "un gruppo di residenti")', () => {
  it('describes "– racconta una delegazione dei genitori –" with the whole phrase', () => {
    const text = 'La scuola è rimasta chiusa. «Non sappiamo a chi rivolgerci – racconta una delegazione dei genitori – e abbiamo paura».';
    expect(speakers(text)).toEqual(['(delegazione dei genitori)']);
  });

  it('describes "…», spiega un gruppo di residenti." with the whole phrase', () => {
    const text = 'Il cantiere è fermo da mesi. «Nessuno ci ha mai avvisato», spiega un gruppo di residenti.';
    expect(speakers(text)).toEqual(['(gruppo di residenti)']);
  });

  it('does not describe a collective of things ("un gruppo di lavoro")', () => {
    const text = 'Il cantiere è fermo da mesi. «Nessuno ci ha mai avvisato», spiega un gruppo di lavoro.';
    expect(speakers(text)).toEqual([null]);
  });
});
