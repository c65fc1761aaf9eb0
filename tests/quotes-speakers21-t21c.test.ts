// The quotes stage on words of the text read as a name (a verb form opening a sentence, a common noun set with a
// capital by its place, a first name that is also a word), as the twenty-first untuned set showed them; each rule from
// Italian grammar or press convention, tested on texts written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: a participle or gerund opening a sentence names nobody', () => {
  it('does not take "Riunitisi" for the office issuing the document', () => {
    const text = 'Le famiglie del quartiere non ci stanno. Radunatisi ieri sera in parrocchia hanno scritto una lettera al Comune in cui esprimono il loro «sconcerto per una decisione presa senza ascoltare nessuno», si legge, «chiediamo di essere ricevuti al più presto».';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('still takes an office opening the sentence for the issuer', () => {
    const text = 'La scuola resta senza palestra. Legambiente ieri ha scritto una lettera al Comune in cui esprime il suo «sconcerto per una decisione presa senza ascoltare nessuno», si legge, «chiediamo di essere ricevuti al più presto».';
    expect(speakersOf(text)).toEqual(['Legambiente']);
  });
});
