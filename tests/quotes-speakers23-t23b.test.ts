// The quotes stage linking a quotation to whom the text means (issue 18, round 23, t23b): the speaker reached through
// the sentence's structure, not the nearest name. Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a subject after "che" opens a subordinate clause, not the speaker', () => {
  it('gives "X ritiene che il sindaco «…»" to X, who judges what the mayor should do', () => {
    const text = 'Il capogruppo della Lega Marco Ferri ritiene che il sindaco «debba prendere in mano la questione della sicurezza senza altri rinvii».';
    expect(speakersOf(text)).toEqual(['Marco Ferri']);
  });

  it('gives "X definisce «…» che l’assessore «…»" to X, past a single word quoted before', () => {
    const text = 'La consigliera di minoranza Anna Rota definisce “grave” che l’assessore “non abbia mai risposto alle nostre richieste di incontro”.';
    expect(speakersOf(text)).toEqual(['Anna Rota']);
  });

  it('gives "X spera che Y «…»" to X, a named subject of the clause as well', () => {
    const text = 'Il presidente del comitato Luca Neri spera che Giorgio Sala «ascolti finalmente i residenti del quartiere e le loro proposte».';
    expect(speakersOf(text)).toEqual(['Luca Neri']);
  });

  it('gives a second pair after "e sottolinea:" in the same sentence to X too, not to the clause’s subject', () => {
    const text = 'Il capogruppo della Lega Marco Ferri definisce “importante” che il sindaco “prenda in mano la questione della sicurezza” e sottolinea : “noi della Lega siamo tutti a disposizione del sindaco e del partito”.';
    expect(speakersOf(text)).toEqual(['Marco Ferri', 'Marco Ferri']);
  });

  it('keeps words after the clause’s own verb to its subject: "X ricorda che il sindaco Y ha promesso «…»"', () => {
    const text = 'Luca Neri ricorda che il sindaco Giorgio Sala ha promesso «una risposta entro la fine del mese a tutte le famiglie».';
    expect(speakersOf(text)).toEqual(['Giorgio Sala']);
  });
});

describe('quotes: a headline’s label over a body that names nobody', () => {
  it('gives "Bertoni (VIDEO): «…»" and the body’s lone statement to the label', () => {
    const body = '«Bella vittoria, la squadra ha dimostrato di saper soffrire nel secondo quarto. Dobbiamo imparare a chiudere prima le partite».';
    expect(speakersOf(body, 'Bertoni (VIDEO): «Contava vincere e abbiamo vinto»')).toEqual(['Bertoni', 'Bertoni']);
  });

  it('does not give the words to a label the body writes as a common noun: "Sanità (VIDEO): «…»"', () => {
    const body = 'La sanità del territorio attende risposte. «Servono medici e infermieri in tutti i reparti, non promesse».';
    expect(speakersOf(body, 'Sanità (VIDEO): «Servono medici, non promesse»')).toEqual([null, null]);
  });

  it('does not give a kicker’s words in no first person to its label: "Calendario (FOTO): «…»"', () => {
    const body = 'La rassegna torna dal 3 al 10 agosto con concerti, mostre e incontri in piazza.';
    expect(speakersOf(body, 'Calendario (FOTO): «Una settimana di eventi in piazza»')).not.toContain('Calendario');
  });
});
