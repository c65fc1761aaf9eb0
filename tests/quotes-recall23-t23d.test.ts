// Round 23 (t23d): quotations dropped or split although the sentence names their speaker. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: words woven into the sentence, a colon, and the statement they sum up', () => {
  it('takes both pairs as one quotation in two parts', () => {
    const text = 'Ed è proprio la sua assenza a far scattare l’allarme del deputato Vito Rossi, che definisce il quadro “ormai molto preoccupante”: «I ritardi stanno diventando cronici. Non presentarsi è una mancanza di rispetto».';
    expect(summaryOf(text)).toEqual([[['ormai molto preoccupante', 'I ritardi stanno diventando cronici. Non presentarsi è una mancanza di rispetto'], 'Vito Rossi']]);
  });

  it('leaves a capitalised name before the colon out of the statement', () => {
    const text = 'Il consigliere Mario Rossi ha presentato il progetto “Orti Urbani”: «Un modo per restituire il quartiere a chi lo abita».';
    expect(summaryOf(text)).toEqual([[['Un modo per restituire il quartiere a chi lo abita'], 'Mario Rossi']]);
  });
});

describe('quotes: two words in marks after a form of "definire"', () => {
  it('takes the judgement someone passes as their words, the verb a gerund', () => {
    const text = 'Nel corso della seduta il consigliere di minoranza Paolo Ferraris ha preso la parola, definendo il bilancio della giunta “una beffa” per i cittadini del quartiere.';
    expect(summaryOf(text)).toEqual([[['una beffa'], 'Paolo Ferraris']]);
  });

  it('takes them after a relative clause on the speaker too', () => {
    const text = 'Critiche anche da Laura Bensi, che definisce la scelta del Comune “poco lungimirante” e chiede un nuovo confronto.';
    expect(summaryOf(text)).toEqual([[['poco lungimirante'], 'Laura Bensi']]);
  });

  it('leaves a single word after the verb a scare word', () => {
    const text = 'Nel corso della seduta il consigliere Paolo Ferraris ha preso la parola, definendo il bilancio della giunta “insufficiente” per il quartiere.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('leaves two words after another verb a name', () => {
    const text = 'Il consigliere Paolo Ferraris ha presentato al sindaco il progetto “orti urbani” per il quartiere.';
    expect(summaryOf(text)).toEqual([]);
  });
});
