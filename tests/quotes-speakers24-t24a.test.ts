// The quotes stage giving a group's or a body's words to the group, not to the last person named (issue 18, round 24,
// t24a). Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';

describe('quotes: a group opening the sentence after a quotation standing alone', () => {
  it('gives the words to the group, not to the mayor the sentence names after its verb', () => {
    const text = '«Vogliamo essere ascoltati di più, con progetti chiari e tempi certi». A Borgonuovo i gruppi di minoranza in consiglio comunale chiedono un cambio di passo alla giunta del sindaco Paolo Ferraris.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(gruppi di minoranza)']);
    expect(quotesOf(text)[0]!.speaker).toBeNull();
  });

  it('gives them to the residents a plural verb follows, the councillor named later spoken to', () => {
    const text = '«Da mesi nessuno pulisce le strade e i cassonetti traboccano di rifiuti». Intanto i residenti del quartiere scrivono all’assessore Laura Conti per chiedere un intervento.';
    expect(speakersOrDescriptionsOf(text)).toEqual(['(residenti)']);
  });

  it('still gives them to a person who opens that sentence as its subject', () => {
    const text = '«Da mesi nessuno pulisce le strade e i cassonetti traboccano di rifiuti». Il consigliere Marco Bellini e i residenti del quartiere hanno scritto al Comune.';
    expect(speakersOrDescriptionsOf(text)).not.toContain('(residenti)');
  });
});
