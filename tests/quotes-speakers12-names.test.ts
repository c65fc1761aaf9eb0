// The quotes stage on joint speakers and full names (round 14): each rule from Italian press convention, tested
// on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: bodies introduced by a bare collective noun speak under their own names', () => {
  it('gives "spiegano i sindacati" after "I sindacati A e B hanno …" to "A e B"', () => {
    const text = 'I sindacati Fiom Cgil e Uilm Uil hanno indetto quattro ore di sciopero per lunedì.\n\n«Chiediamo un incontro urgente con la proprietà – spiegano i sindacati –. Non possiamo aspettare oltre».';
    expect(speakersOf(text)).toEqual(['Fiom Cgil e Uilm Uil']);
  });

  it('keeps the noun with its qualifier: "i sindacati di categoria A e B"', () => {
    const text = 'I sindacati di categoria Fiom Cgil e Uilm Uil hanno indetto quattro ore di sciopero per lunedì.\n\n«Chiediamo un incontro urgente con la proprietà – spiegano i sindacati –. Non possiamo aspettare oltre».';
    expect(speakersOf(text)).toEqual(['sindacati di categoria Fiom Cgil e Uilm Uil']);
  });
});

describe('quotes: people named in a row after their title speak together', () => {
  it('gives "Così dichiarano i segretari di A, B e C X, Y e Z" to the three people', () => {
    const text = '«Il decreto riporta i cantieri indietro di trent’anni». Così dichiarano in una nota i segretari di Fillea, Filca e Feneal Carlo Verdi, Paolo Neri e Luca Bianchi.';
    expect(speakersOf(text)).toEqual(['Carlo Verdi, Paolo Neri e Luca Bianchi']);
  });

  it('still gives "Così dichiara il segretario della Fillea X" to X alone', () => {
    const text = '«Il decreto riporta i cantieri indietro di trent’anni». Così dichiara il segretario della Fillea Carlo Verdi, con Paolo Neri e Luca Bianchi.';
    expect(speakersOf(text)).toEqual(['Carlo Verdi']);
  });
});

describe('quotes: a name glued to the next sentence by lost punctuation', () => {
  it('reads "il sindaco Paolo CortiIl bilancio" as Paolo Corti, and the headline surname as him', () => {
    const text = 'Il sindaco Corti: «Un bilancio che guarda alle famiglie»\n\nSANTORSO – «Un passo importante per tutti noiDichiara il sindaco Paolo CortiIl bilancio approvato ieri guarda alle famiglie e alle imprese».\n\n«Ringrazio la maggioranza – prosegue Corti – per il lavoro di questi mesi».';
    expect(speakersOf(text)).toEqual(['Paolo Corti', 'Paolo Corti', 'Paolo Corti']);
  });
});

describe('quotes: an appeal "rivolto … da X" is X’s', () => {
  it('gives the quotation before "È questo l’appello rivolto al Comune da X" to X', () => {
    const text = 'Ztl, il no dei negozi. «Sospendere la chiusura fino ad aprile, quando la città sarà piena di turisti».\n\nÈ questo l’appello rivolto al Comune da Carlo Verdi, presidente degli esercenti.';
    expect(speakersOf(text)).toEqual(['Carlo Verdi']);
  });
});

describe('quotes: a statement signed in brackets after the words', () => {
  it('gives "«…» (Dichiarazione del consigliere X, …)" to X', () => {
    const text = '«Per questo il nostro gruppo ha lasciato l’aula consiliare. Così non si può andare avanti» (Dichiarazione del consigliere regionale Carlo Verdi, capogruppo in Consiglio comunale)';
    expect(speakersOf(text)).toEqual(['Carlo Verdi']);
  });
});

describe('quotes: a statement signed in a bracketed paragraph of its own', () => {
  it('gives the quotation closing the paragraph before "(Dichiarazione di X)" to X', () => {
    const text = 'Aree verdi, la minoranza lascia l’aula.\n\n«Per questo il nostro gruppo ha lasciato l’aula consiliare. Così non si può andare avanti».\n\n(Dichiarazione del consigliere regionale Carlo Verdi, capogruppo in Consiglio comunale)';
    expect(speakersOf(text)).toEqual(['Carlo Verdi']);
  });
});

describe('quotes: a name alone in brackets under a paragraph is a byline', () => {
  it('leaves a described speaker to the description, not to "(Marta Rossi)"', () => {
    const text = 'Una commessa del centro, interpellata, racconta: «Ogni mattina facciamo il giro dei fornitori e prendiamo quello che c’è».\n\n(Marta Rossi)';
    expect(speakersOf(text)).toEqual([null]);
  });
});
