// One rule for an interview's answers (issue 18, round 26): two rules, one reading the question since the quotation
// before and one reading the whole paragraph, disagreed when the interview's lines were not paragraphs of their own.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: answers in an interview whose lines share a paragraph', () => {
  const interview = 'Marta Sereni a Radio Lago: il festival, la squadra e le canzoni\n\n' + [
    'Hai avuto come ospite il ct Aldo Ferri al festival. Che cosa cambia tra allenare la Nazionale e dirigere il festival? «Penso che sia molto più complicata la Nazionale. Da noi ognuno si sente un po’ allenatore e giudica ogni cambio».',
    'A proposito di calcio, come ti sembra Dario Monti? «È giovane, è un talento ancora acerbo. Questa esperienza conta tanto per lui, in campo e fuori».',
    'Dove e con chi vedrai la partita? «La guarderò con la band, stiamo provando il nostro spettacolo. Sarà la prima partita che vediamo insieme».',
  ].join('\n');

  it('gives every answer to the one the headline opens on, not to the people the questions name', () => {
    expect(speakersOf(interview)).toEqual(['Marta Sereni', 'Marta Sereni', 'Marta Sereni']);
  });

  it('and a question naming who it is about leaves an interview without a headline name to nobody', () => {
    const unnamed = interview.slice(interview.indexOf('\n\n') + 2).replace('Hai avuto come ospite il ct Aldo Ferri al festival. ', '');
    expect(speakersOf(unnamed)).toEqual([null, null, null]);
  });
});
