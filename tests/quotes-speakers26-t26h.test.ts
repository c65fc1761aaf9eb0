// Round 26 (t26h): interviews and groups. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf, summaryOf } from './helpers/quotes.ts';

describe('quotes: an interview whose first question calls the interviewee by surname only', () => {
  const interview = (headline: string) => `${headline}\n\nLa scuola di vela apre una nuova sede sul lago.\n\nMarchetti, perché proprio adesso una nuova sede?\n«Perché i ragazzi crescono e lo spazio non basta più a nessuno».\n\nE i costi?\n«Li copriamo con le quote e con un piccolo contributo della Regione».`;

  it('gives the answers to the surname the text writes again as a name', () => {
    expect(summaryOf(interview('Marchetti (Vela Club): così cresciamo sul lago')).map(([, speaker]) => speaker)).toEqual(['Marchetti', 'Marchetti']);
  });

  it('takes no word opening a question for a surname when the text writes it nowhere else', () => {
    const text = 'La scuola di vela apre una nuova sede sul lago.\n\nAllora, perché proprio adesso una nuova sede?\n«Perché i ragazzi crescono e lo spazio non basta più a nessuno».\n\nE i costi?\n«Li copriamo con le quote e con un piccolo contributo della Regione».';
    expect(summaryOf(text).map(([, speaker]) => speaker)).toEqual([null, null]);
  });
});

describe('quotes: an aside between dashes opened by “così” before its verb of saying', () => {
  it('gives the words to the group the aside names, a reporter’s “ci” before the verb or not', () => {
    const text = 'La trattativa sui licenziamenti va avanti da giorni.\n\n“Non sarà facile portare a casa qualcosa – così ci riferiscono i sindacati – perché l’azienda non ha aperto nessuno stato di crisi”.\n\n“La scuola resta chiusa per tutta la settimana – così spiegano i genitori – e nessuno ci ha detto perché”.';
    expect(summaryOf(text)).toEqual([[['Non sarà facile portare a casa qualcosa', 'perché l’azienda non ha aperto nessuno stato di crisi'], null], [['La scuola resta chiusa per tutta la settimana', 'e nessuno ci ha detto perché'], null]]);
    expect(speakersOrDescriptionsOf(text)).toEqual(['(sindacati)', '(genitori)']);
  });

  it('leaves “così” inside the words alone when no dash opens an aside', () => {
    const text = 'La trattativa sui licenziamenti va avanti da giorni.\n\n“Non sarà facile, così come ci riferiscono tutti, portare a casa qualcosa di concreto”, dicono i sindacati.';
    expect(summaryOf(text)).toEqual([[['Non sarà facile, così come ci riferiscono tutti, portare a casa qualcosa di concreto'], null]]);
  });
});

describe('quotes: an interview whose question calls the interviewee by first name', () => {
  it('gives the answers to the person the text names in full with it', () => {
    const text = 'Intervista a Giada Tomasini, schiacciatrice della Pallavolo Riva.\n\nGiada, come è andata la stagione?\n«Benissimo, siamo cresciute partita dopo partita».\n\nE adesso?\n«Adesso si riposa, poi si torna in palestra ad agosto».';
    expect(summaryOf(text).map(([, speaker]) => speaker)).toEqual(['Giada Tomasini', 'Giada Tomasini']);
  });
});

describe('quotes: a plural verb of saying with no subject, the group it goes on from in a clause or the headline', () => {
  it('takes the group subject of a clause after “e” in its paragraph', () => {
    const text = 'Aule fredde alla scuola Verdi\n\nDa settembre l’impianto non funziona e gli studenti restano fuori. «Con il freddo stare seduti al banco è impossibile – spiegano – e stamattina c’erano due gradi».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(studenti)']);
  });

  it('takes the group the headline makes its subject, when the paragraph names none', () => {
    const text = 'Aule gelide e gli studenti della scuola Verdi restano fuori\n\nDa settembre l’impianto non funziona. «Con il freddo stare seduti al banco è impossibile – spiegano – e stamattina c’erano due gradi».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(studenti)']);
  });

  it('takes no group the headline names as an object', () => {
    const text = 'Aule gelide, il preside chiama i genitori a scuola\n\nDa settembre l’impianto non funziona. «Con il freddo stare seduti al banco è impossibile – spiegano – e stamattina c’erano due gradi».';
    expect(speakersOrDescriptionsOf(text)).toEqual([null]);
  });
});
