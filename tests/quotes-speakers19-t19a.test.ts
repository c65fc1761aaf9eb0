// The quotes stage on press offices' own pages (round 19, t19a): each rule from an Italian press-office convention,
// tested on texts written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

describe('quotes: a listing of statements, each cut by the teaser and signed by the press office', () => {
  const listing = [
    'Comunicati',
    'Ufficio Stampa FILCA\n03/03/2026 - Edilizia\n“I cantieri del nuovo ospedale sono fermi da sei mesi e nessuno ha ancora spiegato ai lavoratori perché. Chiediamo un incontro urgente con...',
    'Ufficio Stampa FILCA\n01/03/2026 - Sicurezza\n“Un altro infortunio grave in un cantiere della provincia, il terzo dall’inizio dell’anno. Servono più controlli e formazione vera, non...',
  ].join('\n\n');

  it('reads the statements left open and cut by "..." as quotations, the cut left out', () => {
    const quotes = quotesOf(listing);
    expect(quotes.map((quote) => quote.parts.at(-1)!.split(' ').slice(-3).join(' '))).toEqual(['incontro urgente con', 'formazione vera, non']);
  });

  it('gives them to the organisation whose press office signs each item', () => {
    expect(speakersOf(listing)).toEqual(['FILCA', 'FILCA']);
  });

  it('leaves a teaser naming no press office to nobody', () => {
    const text = 'Notizie\n\n02/03/2026 - Edilizia\n“I cantieri del nuovo ospedale sono fermi da sei mesi e nessuno ha ancora spiegato perché. Chiediamo un incontro con...';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('still reads a closed title after a noun as no quotation', () => {
    const text = 'Ufficio Stampa FILCA\n03/03/2026 - Edilizia\nPresentato il volume “Costruire sicuri” nella sede provinciale della federazione.';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('quotes: a "read more" link\'s arrow is no closing mark', () => {
  it('reads no quotation in a teaser ending "… leggi »"', () => {
    const text = [
      'In evidenza «Beati gli operatori di pace»',
      'Iniziamo il nuovo anno affidando alla Vergine le nostre famiglie e le nostre comunità. Preghiamo per chi soffre a causa delle guerre… leggi »',
      'Notizie «Venite e vedrete»',
      'Sabato prossimo i ragazzi delle parrocchie si ritroveranno per una veglia di preghiera e di festa… Leggi tutto »',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([]);
  });

  it('still closes a quotation with "»" after the word "leggi" inside a paragraph', () => {
    const text = 'Il parroco ha ricordato: «Prendete il Vangelo ogni sera e leggi » e poi ha benedetto i presenti.';
    expect(quotesOf(text).map((quote) => quote.parts)).toEqual([['Prendete il Vangelo ogni sera e leggi']]);
  });
});

describe('quotes: the next sentence naming the words as words, "Con queste parole …, X ha …"', () => {
  it('gives the words to the subject after "Con queste parole piene di speranza, …,"', () => {
    const text = 'Festa della Madonna del Carmine «Torniamo a camminare insieme, nessuno resti indietro». Con queste parole piene di speranza, davanti a oltre mille fedeli, il vescovo Marco Ferretti ha aperto la processione.';
    expect(speakersOf(text)).toEqual(['Marco Ferretti']);
  });

  it('gives a question to the subject after "Con questa domanda, …,"', () => {
    const text = 'Avvento di carità «Possiamo fare festa mentre tanti nostri vicini non hanno una casa?». Con questa domanda, che scuote la comunità, il parroco Luigi Sanna apre la lettera ai fedeli.';
    expect(speakersOf(text)).toEqual(['Luigi Sanna']);
  });
});

describe('quotes: a listing\'s teaser under a headline "X: …"', () => {
  const listing = [
    'Notizie dal territorio',
    'La Lista Civica Borgo Nuovo: chiudere il consultorio è stato un errore\n“Da settembre le famiglie del quartiere dovranno fare venti chilometri per una visita. Nessuno ha chiesto il parere dei…',
  ].join('\n\n');

  it('gives the cut statement to the name the headline sets before its colon', () => {
    expect(speakersOf(listing)).toEqual(['Lista Civica Borgo Nuovo']);
  });

  it('gives it to nobody under a section label', () => {
    const text = 'Notizie\n\nSanità: chiudere il consultorio è stato un errore\n“Da settembre le famiglie del quartiere dovranno fare venti chilometri per una visita. Nessuno ha chiesto il parere dei…';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: a listing\'s heading of two words the paragraph under it opens its quotation with', () => {
  it('reads "• «Mai soli!»" as the words of whom the quotation under it is given to', () => {
    const text = [
      'Vita della Diocesi',
      '• «Il bene fa rumore»',
      'Il sindaco Paolo Neri ha inaugurato la mensa. «Il bene fa rumore quando tutti lo fanno insieme» ha detto Neri.',
      '• «Mai soli!»',
      'Lettera alle famiglie «Mai soli! Nessuna famiglia deve sentirsi abbandonata nei giorni della malattia». Con queste parole il vescovo Marco Ferretti ha aperto la giornata diocesana.',
    ].join('\n\n');
    expect(quotesOf(text).map((quote) => [quote.parts[0], quote.speaker?.name ?? null]).slice(2)).toEqual([
      ['Mai soli!', 'Marco Ferretti'],
      ['Mai soli! Nessuna famiglia deve sentirsi abbandonata nei giorni della malattia', 'Marco Ferretti'],
    ]);
  });
});

describe('quotes: a statement running over paragraphs, quoting a motto in a later one', () => {
  it('keeps it one quotation, its dashed asides closed in the first paragraph', () => {
    const text = [
      'Anna Serra, capogruppo della lista civica, commenta il voto del consiglio.',
      '“La questione dei parcheggi è seria – spiega Serra – e avevamo proposto una soluzione condivisa con i residenti del centro.',
      'Ricordiamo alla maggioranza che ha votato la delibera – ispirata al motto “prima le auto e poi le persone” – che i residenti aspettano da anni una risposta.',
      'Continueremo a batterci – conclude Serra – perché il centro torni a essere vivibile per tutti”.',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.length).toBe(1);
    expect(quotes[0]!.parts.length).toBe(5);
    expect(quotes[0]!.speaker?.name).toBe('Anna Serra');
  });
});

describe('quotes: a person named in a complement after an abbreviated title is spoken of', () => {
  const opening = 'Il sindaco Mario Rossi ha incontrato i residenti. «Siamo pronti ad ascoltare tutti» afferma Rossi.\n\n';

  it('reads "Rossi ha parlato con l’ing. Paolo Neri, …" as Rossi speaking after it', () => {
    const text = `${opening}Rossi ha anche parlato con l’ing. Paolo Neri, referente della Regione per il cantiere. «Neri mi ha garantito che i lavori finiranno entro l’estate, e io stesso controllerò».`;
    expect(speakersOf(text)).toEqual(['Mario Rossi', 'Mario Rossi']);
  });

  it('does not make him a subject by a relative clause with a subject of its own ("…, che la città aspetta")', () => {
    const text = `${opening}Rossi ha anche parlato con Paolo Neri, referente della Regione per il nuovo ponte, che la città aspetta da anni. «Neri mi ha garantito che i lavori finiranno entro l’estate, e io stesso controllerò».`;
    expect(speakersOf(text)).toEqual(['Mario Rossi', 'Mario Rossi']);
  });
});

describe('quotes: a church title in capitals before a first name', () => {
  it('reads "Papa Leone" as Leone with the title Papa, as "papa Leone" is', () => {
    const text = 'La parrocchia fa sue le parole di Papa Leone: “Nessuna comunità è troppo piccola per accogliere chi bussa alla porta”.';
    expect(quotesOf(text).map((quote) => [quote.speaker?.name, quote.speaker?.role])).toEqual([['Leone', 'Papa']]);
  });
});

describe('quotes: a title naming someone else in full is not the next person\'s', () => {
  it('resolves "il Vescovo" to the bishop, not the priest named after him in the same sentence', () => {
    const text = [
      'Parole forti quelle del vescovo Luciano Brambati durante la messa di ingresso di don Giuseppe Ferrari come parroco.',
      'La celebrazione è proseguita con il saluto a don Ferrari.',
      'Il Vescovo ha rivolto un invito ai sacerdoti e ai laici: «Per noi cristiani la prima cosa è portare il Vangelo ai fratelli».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Luciano Brambati']);
  });
});

describe('quotes: "il pastore della Chiesa …" is the bishop', () => {
  it('gives the words to the bishop, not to the parish priest named after him', () => {
    const text = 'Parole forti quelle del vescovo Luciano Brambati durante la messa di ingresso di don Giuseppe Ferrari come parroco. «Essere piccoli vuol dire sapersi bisognosi del perdono di Dio», ha spiegato il pastore della Chiesa cremasca.';
    expect(speakersOf(text)).toEqual(['Luciano Brambati']);
  });
});

describe('quotes: a title past another person named in full', () => {
  it('gives "al sindaco di X Y il presidente dell’Anci Z" Z the title presidente', () => {
    const text = '“Siamo tutti al suo fianco e pronti a fare nostro il suo problema”. È quanto dice al sindaco di Visso Renato Piermattei il presidente dell’Anci regionale Aurelio Costanzi. Il presidente ha poi aggiunto: “Nessun sindaco deve restare solo davanti a un avviso di garanzia”.';
    expect(speakersOf(text)).toEqual(['Aurelio Costanzi', 'Aurelio Costanzi']);
  });
});

describe('quotes: a date after an organisation\'s name is no part of it', () => {
  it('gives the item signed "Ufficio Stampa UIL 14/02/2026" to UIL, not "UIL 14"', () => {
    const text = 'Dichiarazioni\n\nUfficio Stampa UIL 14/02/2026 - Sindacato “La scelta del governo di rinviare il tavolo sulle pensioni va contro chi lavora ogni giorno. Ora la parola passa al Parlamento, che dovrà...';
    expect(speakersOf(text)).toEqual(['UIL']);
  });
});
