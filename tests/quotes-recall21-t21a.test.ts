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

describe('quotes: a statement never closed, running into the press office’s contacts', () => {
  it('ends before "Info: Ufficio stampa …, tel. …", which nobody says', () => {
    const text = 'Il presidente della Camera di commercio Marco Fabbri ha commentato i dati. “Le imprese della provincia tengono, nonostante tutto. Le esportazioni crescono da tre trimestri di fila e le assunzioni pure. Info: Ufficio stampa Camera di commercio, tel. 0541-123456, e-mail: stampa@esempio.it';
    expect(summaryOf(text)).toEqual([[['Le imprese della provincia tengono, nonostante tutto. Le esportazioni crescono da tre trimestri di fila e le assunzioni pure.'], 'Marco Fabbri']]);
  });

  it('keeps a statement that speaks of information in its own words', () => {
    const text = 'Il presidente della Camera di commercio Marco Fabbri ha commentato i dati. “Le imprese tengono. Info e numeri li daremo la prossima settimana, quando avremo i dati completi del trimestre”.';
    expect(summaryOf(text)).toEqual([[['Le imprese tengono. Info e numeri li daremo la prossima settimana, quando avremo i dati completi del trimestre'], 'Marco Fabbri']]);
  });
});

describe('quotes: a dashed aside closed by a hyphen glued to the name, a new sentence after it', () => {
  it('ends "– osserva il sindaco X- Siamo …" at the hyphen, keeping the sentence after it', () => {
    const text = 'La strada provinciale è stata riaperta ieri mattina. “Abbiamo lavorato giorno e notte – osserva il sindaco Lucio Ferrante- Siamo orgogliosi di questo risultato e ringraziamo gli operai. La gente ha avuto pazienza”.';
    expect(summaryOf(text)).toEqual([[['Abbiamo lavorato giorno e notte', 'Siamo orgogliosi di questo risultato e ringraziamo gli operai. La gente ha avuto pazienza'], 'Lucio Ferrante']]);
  });
});

describe('quotes: marks reopened after a sentence attributing the first pair and going on about its speakers', () => {
  it('reads "«…». A dirlo sono X, ancora in attesa di Y. «…»" as two quotations', () => {
    const text = '“Il quartiere si sente dimenticato”. A dirlo sono i commercianti del centro storico, ancora in attesa dei parcheggi promessi. “Da lunedì chiudiamo prima, non sappiamo come fare, vedremo di resistere”. Il sindaco per ora tace.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Il quartiere si sente dimenticato'], ['Da lunedì chiudiamo prima, non sappiamo come fare, vedremo di resistere']]);
  });

  it('still reads "«…», spiega X. «…»" as one quotation in two parts', () => {
    const text = 'Il negozio chiude dopo quarant’anni. “Non ce la facciamo più”, spiega la titolare Anna Greco. “Gli affitti sono troppo alti e i clienti comprano in rete”.';
    expect(summaryOf(text)).toEqual([[['Non ce la facciamo più', 'Gli affitti sono troppo alti e i clienti comprano in rete'], 'Anna Greco']]);
  });
});
