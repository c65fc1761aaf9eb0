// Round 21 (t21a): quotations' spans the extractor cut wrong or missed. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: two opening marks standing alone between spaces, a dash the page mangled', () => {
  it('reads «… ““ si legge nella nota ““ …» as one statement with its frame between dashes', () => {
    const text = 'Domani i negozi del centro resteranno chiusi per protesta. «Commercianti e artigiani ““ si legge nella nota firmata dalla Confesercenti ““ che da mesi aspettano risposte sulla viabilità e sui parcheggi, senza averne mai avute».';
    expect(summaryOf(text)).toEqual([[['Commercianti e artigiani', 'che da mesi aspettano risposte sulla viabilità e sui parcheggi, senza averne mai avute'], 'Confesercenti']]);
  });

  it('leaves a quotation opened inside another, glued to its first word, as it was', () => {
    const text = 'Il sindaco Paolo Neri ha risposto così: «Ho letto il cartello ““Via i camion” e sono d’accordo con i residenti del quartiere».';
    expect(summaryOf(text)).toHaveLength(1);
    expect(summaryOf(text)[0]![1]).toBe('Paolo Neri');
  });
});
