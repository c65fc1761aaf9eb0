// Round 18: a clause before a colon with no verb of saying, then a whole sentence in marks. Whose words they are when
// the clause names them by a noun of speech and its owner; titles and slogans after a colon stay no one's. Each rule
// tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOrDescriptionsOf, summaryOf } from './helpers/quotes.ts';

describe('quotes: a noun of speech and its owner before the colon', () => {
  it('gives "La replica della Cgil: «…»" to the union, though no one else is named', () => {
    const text = 'La giunta ha approvato ieri il piano delle opere per il prossimo triennio.\n\nLa replica della Cgil: «Non accettiamo lezioni da chi ha tagliato i fondi».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Cgil']);
  });

  it('gives it to the owner, not to the person who spoke before, even with an adjective ("La dura replica")', () => {
    const text = 'La giunta ha approvato ieri il piano delle opere. «Ora si parte», ha detto il sindaco Mario Rossi.\n\nLa dura replica della Cgil: «Non accettiamo lezioni da chi ha tagliato i fondi».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Mario Rossi', 'Cgil']);
  });

  it('describes people it owns who are not named: "Ecco l’appello dei residenti: «…»"', () => {
    const text = 'Il cantiere di via dei Mille è fermo da mesi e la strada è ancora chiusa al traffico.\n\nEcco l’appello dei residenti: «Da tre anni segnaliamo il problema e nessuno ci ascolta».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(residenti)']);
  });

  it('reads an elided article before the owner: "Il dubbio dell’opposizione: «…»"', () => {
    const text = 'Il bilancio è stato approvato ieri sera con i voti della maggioranza.\n\nIl dubbio dell’opposizione: «Chi pagherà i nuovi mutui tra dieci anni?».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(opposizione)']);
  });

  it('keeps the fuller description the paragraph gave them as its subject: "I residenti della zona protestano … l’appello dei residenti:"', () => {
    const text = 'La giunta ha approvato ieri il piano delle opere per il prossimo triennio.\n\nI residenti della zona protestano da mesi per la strada chiusa. Ecco l’appello dei residenti: «Da tre anni segnaliamo il problema e nessuno ci ascolta».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(residenti della zona)']);
  });

  it('reads past an apposition naming the words again: "Il messaggio dei genitori, una lettera firmata da tutti:"', () => {
    const text = 'La mensa della scuola di via Roma resta chiusa per lavori fino a dicembre.\n\nIl messaggio dei genitori della scuola, un appello firmato da tutte le famiglie: «Vogliamo che la mensa riapra prima delle vacanze di Natale».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(genitori della scuola)']);
  });

  it('names the person it owns: "Il commento della consigliera X: «…»"', () => {
    const text = 'La giunta ha approvato ieri il piano. «Ora si parte», ha detto il sindaco Mario Rossi.\n\nIl commento della consigliera Anna Neri: «Hanno perso due anni in chiacchiere inutili».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Mario Rossi', 'Anna Neri']);
  });

  it('leaves a verb of saying its own subject: "Il sindaco replica all’appello dei residenti: «…»"', () => {
    const text = 'La giunta ha approvato ieri il piano. «Ora si parte», ha detto il sindaco Mario Rossi.\n\nIl sindaco replica all’appello dei residenti: «Abbiamo già stanziato i fondi per la strada».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Mario Rossi', 'Mario Rossi']);
  });

  it('takes no title or slogan for words: "Il tema della serata: «…»"', () => {
    const text = 'La giunta ha approvato ieri il piano delle opere per il prossimo triennio.\n\nIl tema della serata: «La città che vorremmo per i nostri figli e per noi».';
    expect(quotesOf(text)).toEqual([]);
  });
});

describe('quotes: a statement going on after "e ancora" and its circumstances', () => {
  it('joins "«…» e ancora, su un secondo cartello: «…»" into one quotation by the same people', () => {
    const text = 'La piazza è rimasta al buio per tutta la settimana.\n\nIl messaggio dei commercianti della piazza, scritto su un cartello: «Ridateci la luce, qui non passa più nessuno» e ancora, su un secondo cartello: «Senza luce chiudiamo tutti entro Natale».';
    expect(quotesOf(text).map((quote) => [quote.parts, quote.speakerDescription])).toEqual([[['Ridateci la luce, qui non passa più nessuno', 'Senza luce chiudiamo tutti entro Natale'], 'commercianti della piazza']]);
  });
});

describe('quotes: a closing mark turned, glued to the capital after a full stop', () => {
  it('opens the words in "… ritorno in treno.”Sono stati giorni …”"', () => {
    const text = 'Il coro è tornato ieri dalla trasferta in Sicilia. Lo racconta il presidente Paolo Zeni. Due concerti, una messa cantata e ritorno in treno.”Sono stati giorni splendidi, il gruppo non è mai stato così unito”.';
    expect(summaryOf(text)).toEqual([[['Sono stati giorni splendidi, il gruppo non è mai stato così unito'], 'Paolo Zeni']]);
  });

  it('still closes a quotation opened before it: "«… a casa.”Poi"', () => {
    const text = 'Il presidente Paolo Zeni ha parlato ai coristi. “Siamo stanchi ma felici di essere a casa.” Poi il rinfresco in sede.';
    expect(summaryOf(text)).toEqual([[['Siamo stanchi ma felici di essere a casa.'], 'Paolo Zeni']]);
  });
});
