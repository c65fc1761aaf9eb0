// The quotes stage on who among people speaks (issue 18, round 23): each rule from Italian press convention, tested on
// sentences written for it, with a case where it must not fire.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);

describe('quotes: "il leader Fiom" after someone whose role is in that body is that person, not a surname', () => {
  it('gives the words to the one named with a role in the body ("Anna Rota, segretaria Fiom" … "il leader Fiom")', () => {
    const text = '«Siamo pronti allo sciopero». Così Anna Rota, segretaria provinciale Fiom, davanti ai cancelli.\n\n«Aspettiamo risposte – dichiara il leader Fiom – entro la settimana».';
    expect(speakers(text)).toEqual(['Anna Rota', 'Anna Rota']);
  });

  it('still reads a surname after the title when nobody holds a role in a body of that name', () => {
    const text = '«Siamo pronti allo sciopero». Così Anna Rota, segretaria provinciale Fiom, davanti ai cancelli.\n\n«Aspettiamo risposte – dichiara il leader Bertoldi – entro la settimana».';
    expect(speakers(text)).toEqual(['Anna Rota', 'Bertoldi']);
  });
});

describe('quotes: a first name after "S." is a saint, a place or a feast, nobody who speaks', () => {
  it('gives the words to the mayor, not to "S. Martino, promotore …"', () => {
    const text = 'Il sindaco Marco Pieri ringrazia il Quartiere di S. Martino, promotore della festa in piazza: «Abbiamo visto rinascere la piazza grazie ai volontari».';
    expect(speakers(text)).toEqual(['Marco Pieri']);
  });

  it('still reads a first name alone with a role after it as a person', () => {
    const text = 'Il sindaco Marco Pieri ringrazia Martino, promotore della festa in piazza, che commenta: «Abbiamo visto rinascere la piazza grazie ai volontari».';
    expect(speakers(text)).toEqual(['Martino']);
  });
});
