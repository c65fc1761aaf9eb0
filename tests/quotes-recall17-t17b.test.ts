// Finding quotations the seventeenth round saw missed on the unseen sets: an attribution set before the marks with its
// verb first, marks lost at a statement's start, an aside naming something in marks. Each rule tested on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, summaryOf } from './helpers/quotes.ts';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

const partsOf = (text: string) => quotesOf(text).map((quote) => quote.parts);

/** Each quotation of a plain-text page, as the evaluation reads one: its parts and its speaker's name. */
const summaryOfPage = (text: string) => {
  const read = quotesOfFile('pagina.txt', text);
  return (read.ok ? read.quotes : []).map((quote) => [quote.parts, quote.speaker?.name ?? null]);
};

describe('quotes: the verb and its subject set between commas before the marks', () => {
  it('gives "Inoltre, ribadisce Rossi, «…»" to that person, the words opening in capitals', () => {
    const text = 'Il segretario Mario Rossi ha parlato ieri davanti ai delegati. Inoltre, ribadisce Rossi, «Il quadro non era positivo già in partenza per nessuno di noi».';
    expect(summaryOf(text)).toEqual([[['Il quadro non era positivo già in partenza per nessuno di noi'], 'Mario Rossi']]);
  });

  it('reads "rende noto" as a verb of saying: "Sulle nomine, rende noto il ministero, «…»"', () => {
    const text = 'Sono stati designati i nuovi direttori dei tre istituti. Sulle nomine, rende noto il ministero, «saranno ora sentite le Regioni interessate e poi firmato il decreto».';
    expect(partsOf(text)).toEqual([['saranno ora sentite le Regioni interessate e poi firmato il decreto']]);
  });

  it('still takes a saying brought in by "come" for no one\'s words: "Come dice il proverbio, «…»"', () => {
    expect(quotesOf('Il torneo è finito. Come dice il proverbio, «Chi va piano va sano e va lontano».')).toEqual([]);
  });
});

describe('quotes: a statement whose opening mark the page lost, an aside between dashes inside it', () => {
  it('starts at its paragraph when the aside names the speaker: "I centri – ha spiegato X – soffrono …”."', () => {
    const text = 'Il convegno si è chiuso nel pomeriggio con l’intervento della presidente Carla Neri.\n\nI centri storici – ha spiegato Neri – soffrono per la concorrenza dell’online e per gli affitti troppo alti”. Poi il pranzo con i soci.';
    expect(summaryOf(text)).toEqual([[['I centri storici', 'soffrono per la concorrenza dell’online e per gli affitti troppo alti'], 'Carla Neri']]);
  });

  it('and when it reads the words in a document: "Il bando – si legge in un comunicato – prevede …“."', () => {
    const text = 'Le domande si presentano dal 10 marzo.\n\nIl bando – si legge in un comunicato del ministero – prevede una prova orale e una graduatoria di merito per tutti i candidati“.';
    expect(partsOf(text)).toEqual([['Il bando', 'prevede una prova orale e una graduatoria di merito per tutti i candidati']]);
  });

  it('still leaves a closing mark alone after narration with a dash that attributes nothing', () => {
    const text = 'Il mercato – aperto dalle otto alle tredici – ospita venti banchi di produttori locali”. Poi il pranzo con i soci.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('quotes: an aside between dashes naming an association in marks', () => {
  it('cuts the whole aside out of the words, the name in marks with it', () => {
    const text = '«Si tratta di un piccolo gesto – afferma Paolo Neri, presidente dell’associazione “Mani Tese” – per stare vicini ai bambini ricoverati».';
    expect(summaryOf(text)).toEqual([[['Si tratta di un piccolo gesto', 'per stare vicini ai bambini ricoverati'], 'Paolo Neri']]);
  });
});

describe('quotes: angle brackets standing for guillemets, as plain-text copy that lost its « » types them', () => {
  it('reads "<…>" as «…»', () => {
    const text = 'Frana in collina, sette sfollati\n\nIl consigliere delegato Luca Bini: <Le famiglie allontanate hanno trovato sistemazioni autonome per questa notte>.\n\n<Seguiamo la situazione insieme ai tecnici – ha aggiunto Bini – e domani il geologo farà un nuovo sopralluogo>.';
    expect(summaryOfPage(text)).toEqual([
      [['Le famiglie allontanate hanno trovato sistemazioni autonome per questa notte'], 'Luca Bini'],
      [['Seguiamo la situazione insieme ai tecnici', 'e domani il geologo farà un nuovo sopralluogo'], 'Luca Bini'],
    ]);
  });

  it('still reads a comparison for no quotation: "tra 5 < La soglia e il limite > 3"', () => {
    expect(summaryOfPage('Valori nella norma\n\nIl valore resta tra 5 < La soglia e il limite > 3 secondo la tabella del ministero.')).toEqual([]);
  });
});

describe('quotes: a statement running over paragraphs, words in single marks quoted inside it', () => {
  it('runs on past the paragraph quoting them to its closing mark', () => {
    const text = '“Abbiamo chiesto alla Regione un impegno preciso sulle strade – ha dichiarato il presidente Luca Neri – e sulle scuole superiori.\n\nLo abbiamo fatto ricordando le parole del prefetto, che ci ha detto ‘non lasciate sole le comunità di montagna’.\n\nL’assemblea – ha concluso Neri – ha aperto un nuovo cammino con il Governo”\n\nPoi il voto sul documento finale.';
    expect(summaryOf(text)).toEqual([[[
      'Abbiamo chiesto alla Regione un impegno preciso sulle strade',
      'e sulle scuole superiori.',
      'Lo abbiamo fatto ricordando le parole del prefetto, che ci ha detto ‘non lasciate sole le comunità di montagna’.',
      'L’assemblea',
      'ha aperto un nuovo cammino con il Governo',
    ], 'Luca Neri']]);
  });
});
