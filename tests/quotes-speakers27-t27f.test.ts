// The quotes stage naming the person said after or beside a quotation (issue 18, round 27, t27f).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a capitalised article opening a sentence before a title in capitals', () => {
  it('is no part of the name: "Il Sindaco X sottolinea: «…»"', () => {
    const text = 'Il Sindaco Pisanò sottolinea il valore del traguardo: "Lo avevamo promesso alle famiglie, e lo abbiamo fatto."';
    expect(speakersOf(text)).toEqual(['Pisanò']);
  });

  it('nor before a plural title', () => {
    const text = 'Il Presidente Martinelli ha ricordato: «La stagione è stata lunga e difficile per tutti noi».';
    expect(speakersOf(text)).toEqual(['Martinelli']);
  });

  it('leaves a newspaper’s name whole', () => {
    const text = 'Il Resto del Carlino riporta le parole del tecnico: «Abbiamo giocato una buona partita».';
    expect(speakersOf(text)).not.toContain('Carlino');
  });
});

describe('quotes: the sentence after a quotation naming the words and whose they are', () => {
  it('reads "Questo l’augurio del X"', () => {
    const text = '«Che sia un anno di pace e di lavoro per tutti». Questo l’augurio del sindaco Mario Rossi ai cittadini riuniti in piazza.';
    expect(speakersOf(text)).toEqual(['Mario Rossi']);
  });

  it('reads "È questo il cuore del discorso del X"', () => {
    const text = '“La piazza è il luogo dell’accoglienza e dello stare insieme”. E’ questo il cuore del discorso del sindaco di Sant’Elia Walter Ferretti alla cerimonia di apertura.';
    expect(speakersOf(text)).toEqual(['Walter Ferretti']);
  });

  it('reads a colon after the marks as a stop: "”: A parlare è X, …"', () => {
    const text = '“Hanno chiuso la strada e quassù ci sono novanta famiglie isolate”: A parlare è Salvatore Grillo, uno degli abitanti di via Lamboglia.';
    expect(speakersOf(text)).toEqual(['Salvatore Grillo']);
  });

  it('gives nothing to a person the next sentence only talks about', () => {
    const text = '«Che sia un anno di pace e di lavoro per tutti». Questo l’augurio rivolto a Mario Rossi dai colleghi di lavoro.';
    expect(speakersOf(text)).not.toContain('Mario Rossi');
  });
});
