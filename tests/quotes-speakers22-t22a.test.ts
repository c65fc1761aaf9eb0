// The quotes stage on names and roles as the text writes them (issue 18, round 22): each rule from Italian press
// convention, tested on sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const roles = (text: string) => quotesOf(text).map((quote) => [quote.speaker?.name ?? null, quote.speaker?.role ?? null]);

describe('quotes: a role in a dashed attribution ends before the dash that closes it', () => {
  it('leaves out a spaced dash glued to the full stop after it ("…, sindaco di Valbruna -. …")', () => {
    const text = '«Il medico arriva solo due volte a settimana – spiega Mario Ghezzi, sindaco di Valbruna -. Non possiamo andare avanti così».';
    expect(roles(text)).toEqual([['Mario Ghezzi', 'sindaco di Valbruna']]);
  });

  it('leaves out a spaced dash glued to a comma ("…, presidente dell’Unione pescatori -, il gasolio …")', () => {
    const text = '«Da settimane - ha detto Luca Mancuso, presidente dell’Unione pescatori -, il gasolio costa troppo per uscire in mare».';
    expect(roles(text)).toEqual([['Luca Mancuso', 'presidente dell’Unione pescatori']]);
  });

  it('leaves out a dash glued to the role at the end of a line', () => {
    const text = 'Le parole di Giulia Ferri, capitana della Pallavolo Casale-\n«Dopo l’estate abbiamo lavorato tanto e ora vogliamo vincere».';
    expect(roles(text)).toEqual([['Giulia Ferri', 'capitana della Pallavolo Casale']]);
  });

  it('keeps a hyphen inside the role ("sindaco di Ozzano-Castello")', () => {
    const text = '«Il medico arriva solo due volte a settimana – spiega Mario Ghezzi, sindaco di Ozzano-Castello –. Non possiamo andare avanti così».';
    expect(roles(text)).toEqual([['Mario Ghezzi', 'sindaco di Ozzano-Castello']]);
  });
});

describe('quotes: a title keeps the word before it that says which holder of the office ("ex", "neo", "nuovo", "primo")', () => {
  it('keeps "ex" in "l’ex presidente X commentava: «…»"', () => {
    const text = 'Nell’aula consiliare l’ex presidente Gianfranco Liberi commentava: «Se passa la mozione bisogna aprire subito un tavolo con la Regione».';
    expect(roles(text)).toEqual([['Gianfranco Liberi', 'ex presidente']]);
  });

  it('keeps "neo" and "nuovo" before the title and its body', () => {
    const text = 'Il neo presidente della Fiera di Lanciano Gino Di Marco ha detto: «I numeri ci dicono che la rassegna cresce ogni anno».\n\nIl nuovo direttore Marco Berti ha aggiunto: «Lavoreremo sulla qualità prima che sulla quantità».';
    expect(roles(text)).toEqual([['Gino Di Marco', 'neo presidente della Fiera di Lanciano'], ['Marco Berti', 'nuovo direttore']]);
  });

  it('keeps "primo" in "il primo allenatore X"', () => {
    const text = 'Il primo allenatore Paolo Greco ha spiegato: «Alle spalle c’è un grosso lavoro di preparazione e ora si parte».';
    expect(roles(text)).toEqual([['Paolo Greco', 'primo allenatore']]);
  });

  it('leaves out an adjective of something else before the title ("per il nuovo anno il sindaco X")', () => {
    const text = 'Per il nuovo anno il sindaco Marco Rossi ha detto: «Lavoreremo sulle strade e sulle scuole del paese».';
    expect(roles(text)).toEqual([['Marco Rossi', 'sindaco']]);
  });
});

describe('quotes: of two "per X «…»" in a sentence, each quotation goes to the nearer one', () => {
  it('gives "…, mentre per Y, ruolo, il teatro «…»" to Y', () => {
    const text = 'Infatti per il sindaco Renato Ianni «il teatro è uno strumento fondamentale per la città», mentre per Carmine Zolli, assessore alle Partecipate, il teatro «rappresenta il fiore all’occhiello della cultura cittadina».';
    expect(roles(text)).toEqual([['Renato Ianni', 'sindaco'], ['Carmine Zolli', 'assessore alle Partecipate']]);
  });

  it('keeps to the one "per X" when another named after it is no "per Y"', () => {
    const text = 'Per l’assessore alla Cultura Renato Ianni, che ha incontrato il sindaco Carlo Neri, il teatro «è uno strumento fondamentale per la città e per tutta la provincia».';
    expect(roles(text)).toEqual([['Renato Ianni', 'assessore alla Cultura']]);
  });
});

describe('quotes: a role after a name ends where the sentence’s verb starts, comma or no comma', () => {
  it('ends before "ha" and its participle ("X, direttore dello stabilimento di Y ha ribadito …")', () => {
    const text = 'Roberto Palumbo, direttore dello stabilimento Cementi Riuniti di Maglie ha ribadito la volontà dell’azienda: «Resteremo accanto alle comunità dei territori in cui lavoriamo».';
    expect(roles(text)).toEqual([['Roberto Palumbo', 'direttore dello stabilimento Cementi Riuniti di Maglie']]);
  });

  it('ends before a verb of saying ("X, sindaco di Y sottolinea il problema: «…»")', () => {
    const text = 'La montagna si sente abbandonata. Gianni Rota, sindaco di Valsecca sottolinea il problema: «qui la gente è tanta, il servizio è indispensabile».';
    expect(roles(text)).toEqual([['Gianni Rota', 'sindaco di Valsecca']]);
  });

  it('ends before a gerund and its complement ("X, sindaco di Y parlando della scossa")', () => {
    const text = '«Una scossa forte, avvertita in tutta la provincia». Lo ha detto Salvatore Ferli, sindaco di Messina parlando della forte scossa di questa notte.';
    expect(roles(text)).toEqual([['Salvatore Ferli', 'sindaco di Messina']]);
  });

  it('ends at the comma before "ad" and an infinitive ("È stato X, presidente di Y, ad aprire i lavori")', () => {
    const text = 'È stato proprio Stefano Paoli, presidente di Unione Artigiani Marche, ad aprire i lavori, sottolineando «l’importanza di ripartire dai borghi e dalle imprese».';
    expect(roles(text)).toEqual([['Stefano Paoli', 'presidente di Unione Artigiani Marche']]);
  });

  it('keeps a relative clause that says what the body does, and a command in the role', () => {
    const text = 'Anna Rossi, presidente del comitato che ha promosso la raccolta, ha detto: «Siamo soddisfatti del risultato ottenuto in poche settimane».\n\nLuca Berti, maresciallo al comando della stazione di Ostia, ha aggiunto: «I controlli continueranno per tutta l’estate».';
    expect(roles(text)).toEqual([['Anna Rossi', 'presidente del comitato che ha promosso la raccolta'], ['Luca Berti', 'maresciallo al comando della stazione di Ostia']]);
  });
});
