// Round 25 (t25g): quotations' spans lost to marks typed amiss. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: copy typed with no space after its commas', () => {
  it('opens a statement at a closing-shaped mark glued between a comma and a word, its comma-glued aside set apart', () => {
    const text = 'In sala c’erano il sindaco Marco Neri e le associazioni del paese,”unire le forze della città,spiegava il sindaco Neri,è stata la sfida più bella di questi anni.” La stagione parte a novembre.';
    expect(summaryOf(text)).toEqual([[['unire le forze della città', 'è stata la sfida più bella di questi anni.'], 'Marco Neri']]);
  });

  it('still reads a closing mark after a comma and a space as closing', () => {
    const text = 'Il sindaco Marco Neri ha parlato di “una stagione ricca”, annunciando dieci spettacoli.';
    expect(summaryOf(text)).toEqual([[['una stagione ricca'], 'Marco Neri']]);
  });
});
