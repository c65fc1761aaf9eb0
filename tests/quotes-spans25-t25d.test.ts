// Round 25 (t25d): quotations' spans the extractor split, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a short exclamation or question in a dialogue of quoted lines', () => {
  it('is a line of speech, however short, when quoted lines stand around it', () => {
    const text = 'Il comandante racconta il suo lavoro.\n\n“E tu di cosa ti occupi nella vita?”\n\n“Faccio il vigile urbano in città.”\n\n“Ah, allora fai le multe!”\n\nQuesto scambio torna ogni volta.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['E tu di cosa ti occupi nella vita?'], ['Faccio il vigile urbano in città.'], ['Ah, allora fai le multe!']]);
  });

  it('leaves a short exclamation standing alone among paragraphs of narration', () => {
    const text = 'La campagna parte domani in tutta la provincia.\n\n“Basta tagli alla sanità!”\n\nI volantini saranno distribuiti nei mercati.';
    expect(summaryOf(text)).toEqual([]);
  });
});

describe('quotes: a list of quoted messages going on with "e ancora"', () => {
  it('is one quotation, every pair a part of it', () => {
    const text = 'Gli alunni hanno risposto con dei biglietti: "Lei è la preside migliore della città", "Lei ci mette il cuore, le vogliamo bene", e ancora "Lei c\'è anche il sabato e noi le diciamo grazie".';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Lei è la preside migliore della città', 'Lei ci mette il cuore, le vogliamo bene', 'Lei c\'è anche il sabato e noi le diciamo grazie']]);
  });

  it('leaves a pair with a verb of its own after "e ancora" a quotation of its own', () => {
    const text = 'Il sindaco Mario Rossi ha parlato a lungo: "Il ponte riapre domani mattina", e ancora ha aggiunto "la scuola sarà pronta a settembre".';
    expect(summaryOf(text).length).toBe(2);
  });
});


describe('quotes: suspension points ending the sentence before the marks', () => {
  it('end it as a full stop does: the marks open a statement, not a title after a noun', () => {
    const text = 'Il cantante Paolo Bertelli parla della partita. Il portiere non ha lasciato un bel ricordo… “Non ha combinato niente in città, non vorrei che adesso si svegliasse. Sarebbe un paradosso”.';
    expect(summaryOf(text)).toEqual([[['Non ha combinato niente in città, non vorrei che adesso si svegliasse. Sarebbe un paradosso'], 'Paolo Bertelli']]);
  });

  it('leave a title after them a title', () => {
    const text = 'Il regista Paolo Bertelli torna in sala. Dopo tanta attesa… arriva il film “Il cielo sopra di noi”.';
    expect(summaryOf(text)).toEqual([]);
  });
});
