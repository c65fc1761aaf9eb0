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
