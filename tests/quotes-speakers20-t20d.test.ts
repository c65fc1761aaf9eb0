// The quotes stage on names read wrong in the twentieth untuned set: each rule from Italian grammar or press
// convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a capitalised article after a name opens the next words', () => {
  it('ends "il mister Gino Pavan Il tecnico esulta" at the surname', () => {
    const text = 'Ieri sera la festa per il mister Gino Pavan Il tecnico esulta: «Una gioia enorme per tutti noi, ce la meritiamo».';
    expect(speakersOf(text)).toEqual(['Gino Pavan']);
  });

  it('does so in a headline joined to the line under it', () => {
    const title = 'Calcio, festa per il mister Gino Pavan Il tecnico esulta: "Una gioia enorme per tutti noi"';
    const text = 'La squadra ha vinto ieri sera in trasferta davanti a mille tifosi arrivati da tutta la provincia.';
    expect(speakersOf(text, title)).toEqual(['Gino Pavan']);
  });
});

describe('quotes: "azzurra" before a first name and a surname says the national team', () => {
  it('reads "la capitana azzurra Giulia Zanin" as Giulia Zanin', () => {
    const text = 'Il mister Renato Bassi e la capitana Azzurra Giulia Zanin hanno commentato la vittoria.\n\n«Ci siamo ritrovate a giocare in un modo diverso dal previsto, afferma Zanin, ma sono molto contenta di come abbiamo tenuto».';
    expect(speakersOf(text)).toEqual(['Giulia Zanin']);
  });

  it('keeps Azzurra as the first name of "Azzurra Zanin"', () => {
    const text = 'La capitana Azzurra Zanin ha commentato la vittoria: «Sono molto contenta di come abbiamo tenuto fino alla fine».';
    expect(speakersOf(text)).toEqual(['Azzurra Zanin']);
  });
});

describe('quotes: a body "presieduta da X" speaks, not the person who leads it', () => {
  it('gives "– scrive l’Associazione … presieduta da X –" to the association', () => {
    const text = 'Il caso è grave. «Il tribunale ha letto la sentenza prima della difesa – scrive l’Associazione forense del Friuli presieduta da Anna Maria Grossi -. È un fatto senza precedenti».';
    expect(speakersOf(text)).toEqual(['Associazione forense del Friuli']);
  });

  it('still gives "– dice X, presidente dell’Associazione –" to the person', () => {
    const text = 'Il caso è grave. «Il tribunale ha letto la sentenza prima della difesa – dice Anna Maria Grossi, presidente dell’Associazione forense del Friuli -. È un fatto senza precedenti».';
    expect(speakersOf(text)).toEqual(['Anna Maria Grossi']);
  });
});

describe('quotes: "il presidente Coldiretti cremonese, Paolo Bassi" names Paolo Bassi', () => {
  it('reads the word after the title as the body when a full name follows the comma', () => {
    const text = 'Si è chiusa ieri l’assemblea. «Nel corso dei lavori – ha osservato il presidente Coldiretti cremonese, Paolo Bassi – il ministro ha parlato di temi a noi vicini».';
    expect(speakersOf(text)).toEqual(['Paolo Bassi']);
  });

  it('keeps "il sindaco Bassi" a surname when no name follows', () => {
    const text = 'Il sindaco Paolo Bassi ha aperto la seduta. «Nel corso dei lavori – ha osservato il sindaco Bassi – abbiamo parlato di temi a noi vicini».';
    expect(speakersOf(text)).toEqual(['Paolo Bassi']);
  });
});

describe('quotes: an adverb between the verb and the group that speaks', () => {
  it('reads "dicono ancora gli avvocati" as the lawyers, not the person named before', () => {
    const text = 'È un fatto grave, scrive l’Associazione forense del Friuli presieduta da Anna Maria Grossi. Fatti che, dicono ancora gli avvocati, «richiedono un approfondimento serio nelle sedi competenti».';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: a nickname before a surname the text gives in full', () => {
  it('gives the headline’s "il coach Pippo Bassani" to Filippo Bassani of the body', () => {
    const title = 'Festa per il coach Pippo Bassani: "Una vittoria che resterà nella storia"';
    const text = 'Coach Filippo Bassani ha commentato la prima vittoria della squadra in trasferta, arrivata al termine di una gara dura.';
    expect(speakersOf(text, title)).toEqual(['Filippo Bassani']);
  });

  it('keeps two first names of the same family apart', () => {
    const text = 'Il coach Filippo Bassani e il fratello Marco Bassani hanno commentato la vittoria. «Una vittoria che resterà nella storia», ha detto Marco Bassani.';
    expect(speakersOf(text)).toEqual(['Marco Bassani']);
  });
});
