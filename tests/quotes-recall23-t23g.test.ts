// Round 23 (t23g): quotations' spans the extractor split, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: an opening mark typed twice', () => {
  it('reads two straight marks opening a paragraph as one', () => {
    const text = 'La presidente Anna Verdi ha commentato la stagione.\n\n""Le vendite sono andate bene e i clienti sono tornati", ha affermato. "Ora pensiamo al prossimo anno".';
    expect(summaryOf(text)).toEqual([[['Le vendite sono andate bene e i clienti sono tornati', 'Ora pensiamo al prossimo anno'], 'Anna Verdi']]);
  });

  it('reads a curly and a straight mark after a colon as one', () => {
    const text = 'Mario Rossi, sindaco di Lucca: “"Con questa festa la città torna a vivere e i negozi riaprono le porte”.';
    expect(summaryOf(text)).toEqual([[['Con questa festa la città torna a vivere e i negozi riaprono le porte'], 'Mario Rossi']]);
  });

  it('leaves an empty pair of marks after a word alone', () => {
    const text = 'Il sindaco Mario Rossi ha detto: “Il cantiere chiude domani e la strada riapre”. Il campo "" resta vuoto nel modulo.';
    expect(summaryOf(text)).toEqual([[['Il cantiere chiude domani e la strada riapre'], 'Mario Rossi']]);
  });
});

describe('quotes: a closing mark with nothing open after a quotation closed in its paragraph', () => {
  it('goes on with the statement: the words since the first close are a part of it', () => {
    const text = 'Il ciclista Luca Neri ha raccontato la sua vittoria: “Ho pianto perché un arrivo così lo sogni da bambino”. Gli ultimi metri sono stati durissimi, adesso me la godo”. Domani si riparte con la tappa di montagna.';
    expect(summaryOf(text)).toEqual([[['Ho pianto perché un arrivo così lo sogni da bambino', 'Gli ultimi metri sono stati durissimi, adesso me la godo'], 'Luca Neri']]);
  });

  it('does so with the next sentence glued to the close', () => {
    const text = 'L’allenatore Paolo Bianchi ha commentato così: «Abbiamo sofferto ma l’abbiamo gestita con ordine».Domani faremo gli esami ma non siamo sereni per la trasferta». Poi è salito sul pullman.';
    expect(summaryOf(text)).toEqual([[['Abbiamo sofferto ma l’abbiamo gestita con ordine', 'Domani faremo gli esami ma non siamo sereni per la trasferta'], 'Paolo Bianchi']]);
  });

  it('does not when the words after the close go on with the writer’s sentence', () => {
    const text = 'Il sindaco Mario Rossi ha chiesto “un piano serio per la viabilità” e la città attende da mesi una risposta”. La giunta si riunirà lunedì.';
    expect(summaryOf(text)).toEqual([[['un piano serio per la viabilità'], 'Mario Rossi']]);
  });

  it('does not when a verb of saying stands between', () => {
    const text = '“Siamo pronti per la stagione”, ha detto il presidente Mario Rossi. La squadra si allena da tre settimane al campo comunale”. Il debutto è domenica.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([['Siamo pronti per la stagione']]);
  });
});

describe('quotes: an interviewer’s question between two pairs', () => {
  it('ends the statement before it: the pair after the question answers it', () => {
    const text = 'Luca Neri ha vinto la tappa di ieri.\n\n“Ho pianto perché un arrivo così lo sogni da bambino. Gli ultimi metri sono stati durissimi”. Fin dove pensi di arrivare? “Non pensavo nemmeno di essere convocato per il Giro”.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([
      ['Ho pianto perché un arrivo così lo sogni da bambino. Gli ultimi metri sono stati durissimi'],
      ['Non pensavo nemmeno di essere convocato per il Giro'],
    ]);
  });

  it('does not after a word alone, the writer’s cue', () => {
    const text = 'Luca Neri ha vinto la tappa di ieri.\n\n“Ho pianto perché un arrivo così lo sogni da bambino. Gli ultimi metri sono stati durissimi”. Paura? “Non ho nessuna paura, la squadra è forte e andiamo avanti”.';
    expect(summaryOf(text).map(([parts]) => parts)).toEqual([
      ['Ho pianto perché un arrivo così lo sogni da bambino. Gli ultimi metri sono stati durissimi', 'Non ho nessuna paura, la squadra è forte e andiamo avanti'],
    ]);
  });
});
