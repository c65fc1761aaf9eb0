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

describe('quotes: words of a document its issuer introduces in the same sentence', () => {
  it('gives the words after "in cui" to the body that issued the letter', () => {
    const text = 'La Coldiretti ha diffuso una lettera in cui preannuncia la protesta contro «una riforma vuota di senso, perché mancano i veri protagonisti».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Coldiretti']);
  });

  it('with a lower-case adjective in the body’s name, and on through "prosegue la lettera"', () => {
    const text = 'L’Onda lucana ha diffuso una lettera nella quale annuncia la protesta contro «una cerimonia vuota di senso, perché mancano gli studenti». «Una messinscena senza valore», prosegue la lettera, «così come il resto della giornata».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Onda lucana', 'Onda lucana']);
  });

  it('not where the sentence names no issuer of the document', () => {
    const text = 'È arrivata una lettera in cui si preannuncia la protesta contro «una cerimonia vuota di senso, perché mancano gli studenti».';
    expect(speakersOrDescriptionsOf(text)).toEqual([null]);
  });
});

describe('quotes: bodies listed each with its article', () => {
  it('keeps the last body whole past its article, not cut by the article’s length', () => {
    const text = 'La Fiom Cgil e la Fim Cisl hanno incontrato il prefetto. Le due sigle mandano un segnale netto: «Abbiamo più volte sollecitato l’azienda a presentare un piano industriale».';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Fiom Cgil e la Fim Cisl']);
  });

  it('and lists no person among the bodies', () => {
    const text = 'La Fiom Cgil e il segretario Marco Ferri hanno incontrato il prefetto. «Abbiamo più volte sollecitato l’azienda a presentare un piano industriale», dice Ferri.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Marco Ferri']);
  });
});

describe('quotes: people named together after their plural title set off by a comma', () => {
  it('gives the words to all of them, not to the mayor named after', () => {
    const text = '«I gruppi di maggioranza confermano il pieno sostegno alle scelte e all’operato del sindaco e della sua giunta». Con queste parole i capigruppo di maggioranza di Sacile, Elisa Furlan, Nino Bortolussi e Davide Venier confermano la fiducia al sindaco Marco Zanin.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Elisa Furlan, Nino Bortolussi e Davide Venier']);
  });

  it('after a verb of saying too', () => {
    const text = '«Il bilancio non regge, lo diciamo da mesi e nessuno ci ascolta». Lo dicono i consiglieri di opposizione, Paola Gatti e Renato Sala, in una nota.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['Paola Gatti e Renato Sala']);
  });

  it('not to the people a plural object names after a verb that is no saying', () => {
    const text = '«Il bilancio non regge, lo diciamo da mesi e nessuno ci ascolta». Il sindaco ha incontrato i consiglieri di opposizione, Paola Gatti e Renato Sala.';
    expect(speakersOrDescriptionsOf(text)).not.toContain('Paola Gatti e Renato Sala');
  });
});
