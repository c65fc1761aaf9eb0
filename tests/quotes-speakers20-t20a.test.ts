// The quotes stage on joint speakers the spent sets untuned18 and untuned19 showed wrong: bodies speaking together
// through their members or offices, each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: members of several named bodies speak for them together', () => {
  it('gives "È quanto dichiarano le segreterie territoriali di A, B e C" to the bodies listed', () => {
    const text = 'PRATO – «La vertenza della fonderia si complica ogni giorno e le promesse della Regione restano parole». È quanto dichiarano le segreterie territoriali di Fim, Fiom e Uilm che hanno chiesto un incontro.';
    expect(speakersOf(text)).toEqual(['Fim, Fiom e Uilm']);
  });

  it('gives "Lo dichiarano in una nota i capigruppo e i consiglieri comunali di [town] di A, B e C" to the groups', () => {
    const text = '«Il piano dei parcheggi va discusso in consiglio prima di ogni decisione della giunta». Lo dichiarano in una nota i capigruppo e i consiglieri comunali di Lodi di Azione, Sinistra Unita e Più Europa.';
    expect(speakersOf(text)).toEqual(['Azione, Sinistra Unita e Più Europa']);
  });

  it('gives "A scriverlo sono i consiglieri comunali di A, B, C, D" to the groups, printed without a last "e"', () => {
    const text = '«È grave quanto accaduto ieri in aula durante il voto sul bilancio». A scriverlo in una nota sono i consiglieri comunali di Civica Domani, Patto per Ostuni, Rinascita Popolare, Ostuni Futura.';
    expect(speakersOf(text)).toEqual(['Civica Domani, Patto per Ostuni, Rinascita Popolare, Ostuni Futura']);
  });

  it('keeps the people the plural title names after the bodies', () => {
    const text = '«Se la trattativa non riparte lo sciopero andrà avanti». Lo hanno dichiarato i segretari regionali di Fim, Fiom e Uilm, Marco Neri, Paolo Rossi e Luca Verdi.';
    expect(speakersOf(text)).toEqual(['Marco Neri, Paolo Rossi e Luca Verdi']);
  });

  it('names nobody for one body alone: the councillors of one town are not the town', () => {
    const text = '«Il piano dei parcheggi va discusso in consiglio prima di ogni decisione della giunta». Lo dichiarano in una nota i consiglieri comunali di Lodi.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: bodies a text counts are the list of that many it names', () => {
  const listed = 'Il mercato tedesco vale da solo un terzo delle vendite, ricordano in una nota congiunta Assolatte, Clal, Caseifici Uniti, Formaggi di Fossa e Latterie Venete.';

  it('gives "Cinque sigle chiedono «…»" to the five bodies the next paragraph lists', () => {
    const text = `La filiera del latte scrive al governo. Cinque sigle del settore caseario chiedono di «difendere il prezzo alla stalla in sede europea».\n\n${listed}`;
    expect(speakersOf(text)).toEqual(['Assolatte, Clal, Caseifici Uniti, Formaggi di Fossa e Latterie Venete']);
  });

  it('gives "– sottolineano le cinque sigle –" to the same five', () => {
    const text = `${listed}\n\n«Non possiamo permettere – sottolineano nel documento le cinque sigle nazionali – che i dazi fermino le esportazioni».`;
    expect(speakersOf(text)).toEqual(['Assolatte, Clal, Caseifici Uniti, Formaggi di Fossa e Latterie Venete']);
  });

  it('names nobody when the count matches no list', () => {
    const text = `${listed}\n\n«Non possiamo permettere – sottolineano nel documento le tre sigle nazionali – che i dazi fermino le esportazioni».`;
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: words read in a joint document are the bodies’ the text lists', () => {
  const lead = 'Due giorni di sciopero nei cantieri navali. Lo hanno proclamato Fiom Cgil, Fim Cisl e Uilm Uil dopo la rottura della trattativa.';

  it('gives "«…». È quanto si legge nella nota unitaria dei sindacati" to the unions listed', () => {
    const text = `${lead}\n\n«I carichi di lavoro sono raddoppiati e i salari sono rimasti fermi da anni». È quanto si legge nella nota unitaria dei sindacati.`;
    expect(speakersOf(text)).toEqual(['Fiom Cgil, Fim Cisl e Uilm Uil']);
  });

  it('gives "«…», – si legge nel comunicato sindacale" to them too', () => {
    const text = `${lead}\n\n«I carichi di lavoro sono raddoppiati e i salari sono rimasti fermi da anni», – si legge nel comunicato sindacale.`;
    expect(speakersOf(text)).toEqual(['Fiom Cgil, Fim Cisl e Uilm Uil']);
  });

  it('names nobody when the text lists two groups of bodies', () => {
    const text = `${lead} Confindustria, Confapi e Confartigianato hanno chiesto un incontro.\n\n«I carichi di lavoro sono raddoppiati e i salari sono rimasti fermi da anni». È quanto si legge nella nota unitaria dei sindacati.`;
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: a listing’s label naming two people and what they do together', () => {
  it('gives "Scuola, Ferri e Conti (FdI) presentano mozione: «…»" to the two, past the one-word topic', () => {
    const text = 'Notizie dal gruppo consiliare\n\nScuola, Ferri e Conti (FdI) presentano mozione: «Servono più insegnanti di sostegno nelle scuole della provincia»\n\nLa mozione chiede fondi per la scuola e per i trasporti.';
    expect(speakersOf(text)).toEqual(['Ferri e Conti']);
  });

  it('keeps a capitalised word the text never writes in lower case as one of the names', () => {
    const text = 'Notizie dal gruppo consiliare\n\nMarini, Ferri e Conti (FdI) presentano mozione: «Servono più insegnanti di sostegno nelle scuole della provincia»\n\nLa mozione chiede fondi per i trasporti.';
    expect(speakersOf(text)).toEqual(['Marini, Ferri e Conti']);
  });
});
