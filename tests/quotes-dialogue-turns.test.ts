// One rule for a turn of a dialogue (issue 18, round 26): a pair of short lines with a question, and a quoted-only
// paragraph ending on ! or ? beside quoted paragraphs, were two rules; one predicate now reads both.
import { describe, expect, it } from 'vitest';
import { dialogueTurn } from '../pipeline/quotes/dialogue-turns.ts';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a turn of a dialogue', () => {
  it('is a short question or exclamation beside another bare quotation, however long that one is', () => {
    expect(dialogueTurn('Basta!', [{ said: 'Non ne possiamo più di questa situazione, chiediamo risposte al Comune entro il mese', between: '. ' }])).toBe(true);
    expect(dialogueTurn('In carcere', [{ said: 'Dove?', between: '. ' }])).toBe(true);
  });

  it('but not a plain statement beside a long one, nor a line with narration between', () => {
    expect(dialogueTurn('In carcere', [{ said: 'Non ne possiamo più di questa situazione, chiediamo risposte', between: '. ' }])).toBe(false);
    expect(dialogueTurn('Basta!', [{ said: 'Dove?', between: ', dice il sindaco, ' }])).toBe(false);
    expect(dialogueTurn('Basta con questi tagli che colpiscono ancora una volta i più deboli!', [{ said: 'Dove?', between: '. ' }])).toBe(false);
  });

  it('so every turn of a dialogue of quoted paragraphs is nobody’s, the last exclamation as much as the question', () => {
    const text = 'Il sindaco Marco Rossi ricorda quella sera.\n\n“Che cosa succede qui?”\n\n“Niente, stiamo solo guardando la partita insieme.”\n\n“Allora buona visione!”';
    expect(summaryOf(text)).toEqual([[['Che cosa succede qui?'], null], [['Niente, stiamo solo guardando la partita insieme.'], null], [['Allora buona visione!'], null]]);
  });
});
