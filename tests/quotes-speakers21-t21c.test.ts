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

describe('quotes: a common noun opening a headline is no office, though the headline gives it a capital', () => {
  const title = 'Presidio in Provincia dei pendolari: «O più treni o restituite gli abbonamenti»';
  const body = 'Un presidio in Provincia per chiedere più corse sulla linea del lago. «Ogni mattina restiamo a terra – hanno protestato i pendolari – e nessuno ci risponde».';

  it('does not give the words to "Presidio in Provincia"', () => {
    expect(speakersOf(body, title).every((speaker) => speaker === null || !speaker.startsWith('Presidio'))).toBe(true);
  });

  it('gives the headline’s words to the people whose deed the common noun names', () => {
    expect(speakersOrDescriptionsOf(body, title)[0]).toBe('(pendolari)');
  });

  it('still gives a headline to an office written with its capital in the body too', () => {
    const named = 'Il Codacons contro la Provincia: «Abbonamenti da restituire a tutti i pendolari»';
    expect(speakersOf('Il Codacons ha presentato un esposto in Provincia per le corse soppresse.', named)).toEqual(['Codacons']);
  });
});

describe('quotes: a plural verb of saying between dashes', () => {
  it('reads "– insistono i residenti –" as an attribution', () => {
    const text = 'La piazza resta chiusa da mesi: «Ormai è diventata un parcheggio – insistono i residenti – e nessuno controlla».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(residenti)']);
  });
});

describe('quotes: a first name that is also a word opens a compound first name', () => {
  it('keeps "Serena" in "di Serena Lucia Fabbri"', () => {
    const text = 'Ha chiuso la serata il discorso di Serena Lucia Fabbri, rappresentante degli studenti: «Ognuno di noi può cambiare qualcosa nella propria città».';
    expect(speakersOf(text)).toEqual(['Serena Lucia Fabbri']);
  });
});
