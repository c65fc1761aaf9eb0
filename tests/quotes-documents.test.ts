// One list of documents for every rule that reads a body's words in a document (issue 18, round 26): a document one
// rule knew and another did not gave the same sentence two readings.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: every document rule knows every document', () => {
  it('reads the body past "Nella petizione", a document only the issuer rule knew', () => {
    const text = 'La raccolta di firme si è chiusa ieri. Nella petizione la Pro Loco chiede di «riaprire subito la strada del lago, chiusa da due anni».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Pro Loco']);
  });

  it('gives "prosegue la circolare della Asl" to the Asl', () => {
    const text = 'Le scuole restano aperte. «Non ci sono motivi per sospendere le lezioni», prosegue la circolare della Asl Verbano.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Asl Verbano']);
  });

  it('but a document further on is the verb’s object, no attribution inside the marks', () => {
    const text = 'L’avvocato riferiva il fatto al presidente che «comprensibilmente sorpreso, domandava dove fosse quel documento, che non trovava nel fascicolo. Nessuno ha saputo spiegarmi come ci fosse arrivato».';
    expect(quotesOf(text).map((quote) => quote.parts.length)).toEqual([1]);
  });
});
