// The quotes stage giving a body's or a group's words to the body or the group (issue 18, round 25, t25c). Each rule
// from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: a body as subject after the document it speaks in', () => {
  it('gives the words to the body past "Nel documento"', () => {
    const text = 'Il Consiglio comunale ha approvato un ordine del giorno sul caso. Nel documento il Consiglio comunale si impegna a «sostenere pienamente la famiglia e l’associazione, perché si faccia chiarezza».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Consiglio comunale']);
  });

  it('and past "In una nota" with what follows the note', () => {
    const text = 'In una nota diffusa ieri sera la Coldiretti parla di «una giornata a metà: bene le analisi, male tutto il resto».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Coldiretti']);
  });

  it('not to a place the sentence opens on past the note', () => {
    const text = 'Nella nota a Bergamo si parla di «una giornata a metà: bene le analisi, male tutto il resto».';
    expect(speakersOrDescriptionsOf(text)).toEqual([null]);
  });

  it('still to a person the sentence names as its subject past the note', () => {
    const text = 'Nella nota il sindaco Marco Ferretti parla di «una giornata a metà: bene le analisi, male tutto il resto».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Marco Ferretti']);
  });
});
