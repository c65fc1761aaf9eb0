// Round 22 (t22d): quotations' spans the extractor took, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: words the text quotes elsewhere as a name', () => {
  it('takes a headline’s «…» for the event the body names with the same words', () => {
    const text = 'Il coro Santa Cecilia ha chiuso “Borgo in Festa”, la rassegna più seguita dell’estate\nIl concerto del coro ha chiuso ieri sera la quinta edizione di “Borgo in Festa”, la manifestazione che anima il centro storico.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('takes a headline opening on the marks the same way', () => {
    const text = '‘Notte dei talenti’ chiude l’anno al liceo Volta\nSi è svolta per il decimo anno consecutivo al liceo scientifico di Como la ‘Notte dei talenti’. Sabato sera la preside ha consegnato i premi.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('keeps a headline’s words introduced by a colon, though the body quotes them after a noun', () => {
    const text = 'Rossi: “Basta rinvii”\nIl sindaco Mario Rossi ha presentato il piano. Lo slogan della campagna è “Basta rinvii”, scelto dai cittadini.';
    expect(summaryOf(text)).toEqual([[['Basta rinvii'], 'Mario Rossi']]);
  });
});

describe('quotes: a listing’s teaser cut with "..." at its paragraph’s end', () => {
  it('ends the statement left open at the cut, the next teaser’s marks opening one of their own', () => {
    const text = 'Comunicati Stampa\n\n“Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro e tutti i comuni possano contare su...\n\n“Le scuole riapriranno regolarmente lunedì, i lavori sono stati completati nei tempi”, ha detto l’assessore Mario Rossi.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([
      ['Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro e tutti i comuni possano contare su'],
      ['Le scuole riapriranno regolarmente lunedì, i lavori sono stati completati nei tempi'],
    ]);
  });

  it('does so on the lines of one paragraph, as archive pages copied as text have them', () => {
    const text = 'Comunicati Stampa\n\nApprovato oggi dalla Giunta il bando per i borghi storici, che definisce modalità e...\n“Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro e tutti i comuni possano contare su...\nFare squadra per lo sviluppo: con questo obiettivo il presidente ha avviato il “Tavolo delle professioni”, uno strumento di...';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro e tutti i comuni possano contare su']]);
  });

  it('still runs a statement on into the next paragraph that reopens it, when no cut ends the first', () => {
    const text = 'Il sindaco Mario Rossi ha parlato in consiglio. «Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro.\n\n«Le scuole riapriranno regolarmente lunedì, i lavori sono stati completati nei tempi».';
    expect(summaryOf(text)).toEqual([[['Un progetto che rafforza la rete dei servizi sociali, perché nessuno resti indietro.', 'Le scuole riapriranno regolarmente lunedì, i lavori sono stati completati nei tempi'], 'Mario Rossi']]);
  });
});

describe('quotes: a pair in single marks, then one in double marks', () => {
  it('keeps apart an item’s title in single marks and the statement in double marks after it', () => {
    const text = 'ore 18.40 – Bianchi: ‘Vince chi governa bene, ora tocca a noi’ – “Il risultato di oggi ci dice che i cittadini hanno premiato il lavoro fatto in questi anni. Ora dobbiamo ripartire dai quartieri”.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Vince chi governa bene, ora tocca a noi'], ['Il risultato di oggi ci dice che i cittadini hanno premiato il lavoro fatto in questi anni. Ora dobbiamo ripartire dai quartieri']]);
  });

  it('takes the statement after the dash for speech though it names nobody and says no "we"', () => {
    const text = 'ore 18.40 – Bianchi: ‘Vince l’astensione, ora serve una risposta’ – “Il vero dato di questa tornata è l’astensione. Un dato che deve allarmare tutte le forze politiche”.';
    expect(summaryOf(text)).toEqual([[['Vince l’astensione, ora serve una risposta'], 'Bianchi'], [['Il vero dato di questa tornata è l’astensione. Un dato che deve allarmare tutte le forze politiche'], 'Bianchi']]);
  });

  it('still joins two pairs in double marks with only a dash between', () => {
    const text = 'ore 18.40 – Bianchi: “Vince chi governa bene, ora tocca a noi” – “Il risultato di oggi ci dice che i cittadini hanno premiato il lavoro fatto in questi anni”.';
    expect(summaryOf(text)).toHaveLength(1);
  });
});

describe('quotes: a verbless frame, then a relative verb of saying before the next pair', () => {
  it('keeps apart «…», le parole di X, che aggiunge, «…»: the verb is the second pair’s own', () => {
    const text = 'In piazza si è presentata la squadra. “Certo c’è delusione per la stagione passata ma si riparte con entusiasmo”, le parole del presidente Rossi, che aggiunge, “il campionato è lungo e siamo qui per fare bene”.';
    expect(summaryOf(text)).toEqual([[['Certo c’è delusione per la stagione passata ma si riparte con entusiasmo'], 'Rossi'], [['il campionato è lungo e siamo qui per fare bene'], 'Rossi']]);
  });

  it('still joins them after a verb of the first pair’s own («…», scrive X che prosegue, «…»)', () => {
    const text = 'In piazza si è presentata la squadra. “Certo c’è delusione per la stagione passata ma si riparte con entusiasmo”, scrive il presidente Rossi che prosegue, “il campionato è lungo e siamo qui per fare bene”.';
    expect(summaryOf(text)).toHaveLength(1);
  });
});

describe('quotes: a dashed attribution glued to the words around it', () => {
  it('cuts «… –ha detto-vogliono …», the closing hyphen glued to the next word', () => {
    const text = 'Alla cerimonia è intervenuto il direttore Marco Neri. “Le borse di studio –ha detto-vogliono essere una prova di quanto crediamo nei giovani”.';
    expect(summaryOf(text)).toEqual([[['Le borse di studio', 'vogliono essere una prova di quanto crediamo nei giovani'], 'Marco Neri']]);
  });

  it('cuts «… .- dice X …», the opening hyphen glued to a stop', () => {
    const text = 'Dal Partito Democratico arriva l’attacco più diretto. “Quanto è accaduto .- dice il capogruppo Paolo Sguazzini - non è che il primo risultato di una maggioranza che litiga da mesi”.';
    expect(summaryOf(text)).toEqual([[['Quanto è accaduto', 'non è che il primo risultato di una maggioranza che litiga da mesi'], 'Paolo Sguazzini']]);
  });

  it('leaves a compound word’s hyphen inside the words alone (“ex-sindaco”)', () => {
    const text = 'Alla cerimonia è intervenuto il direttore Marco Neri. “Ringrazio l’ex-sindaco, che ha detto-fatto tutto quello che serviva”, ha detto Neri.';
    expect(summaryOf(text)).toEqual([[['Ringrazio l’ex-sindaco, che ha detto-fatto tutto quello che serviva'], 'Marco Neri']]);
  });
});
