// A body before the colon, with only the document it speaks in between (issue 18, round 26): "Il Comune di Trento in
// una nota: «…»" dropped the statement altogether, though a regional press office writes it every day.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

const said = '“La strada resterà chiusa fino a lunedì per i lavori sul ponte”.';

describe('quotes: a body and its document before the colon', () => {
  it('gives the statement to the body', () => {
    expect(speakersOf(`Lavori sul ponte.\n\nIl Comune di Trento in una nota: ${said}`)).toEqual(['Comune di Trento']);
    expect(speakersOf(`Lavori sul ponte.\n\nLa Coldiretti in un comunicato diffuso ieri: ${said}`)).toEqual(['Coldiretti']);
  });

  it('but not a body with a topic after it: only a document may stand between the body and the colon', () => {
    expect(speakersOf(`Lavori sul ponte.\n\nIl Comune di Trento sul ponte: ${said}`)).toEqual([]);
  });
});
