// The quotes stage on short phrases a verb of saying gives to someone ("parla di «…»"), and on the people such a
// sentence describes: each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

/** Each quote's words and its speaker's name, or its description in brackets where nobody is named. */
const quoted = (markdown: string) => quotesOf(markdown).map((quote) => [quote.parts.join(' '), quote.speaker?.name ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null)]);

describe('quotes: "parla di «…»" quotes a phrase however short', () => {
  it('gives "ha parlato di «…»" right after "di" to the person speaking', () => {
    const text = 'Il presidente della Pro loco, Sergio Valli, ha chiuso la festa in piazza. Valli ha parlato di «annata storica» davanti ai volontari.';
    expect(quoted(text)).toEqual([['annata storica', 'Sergio Valli']]);
  });

  it('keeps "parla di una «…»" after an article a label', () => {
    const text = 'Il presidente della Pro loco, Sergio Valli, ha chiuso la festa in piazza. Valli parla di una «stagione di mezzo» per il paese.';
    expect(quoted(text)).toEqual([]);
  });

  it('keeps "nessuno parla di «…»" nobody\'s words', () => {
    const text = 'Il fiume è sceso sotto il livello di guardia nella notte. Nessuno però parla di «pericolo passato» in paese.';
    expect(quoted(text)).toEqual([]);
  });
});

describe('quotes: "tra gli X c’è chi …" describes some of X', () => {
  it('gives "Tra i negozianti c’è chi parla di «…»" to the shopkeepers', () => {
    const text = 'La via è chiusa al traffico da tre mesi per il cantiere. Tra i negozianti c’è chi parla di «estate buttata» e chi ha già chiuso.';
    expect(quoted(text)).toEqual([['estate buttata', '(negozianti)']]);
  });
});

describe('quotes: "descrivendolo come una «…»" quotes the words describing it', () => {
  it('gives the description to the sentence\'s subject', () => {
    const text = 'La direttrice del museo, Elena Corsi, ha presentato la nuova ala al pubblico, descrivendola come una «scommessa vinta» per tutta la città.';
    expect(quoted(text)).toEqual([['scommessa vinta', 'Elena Corsi']]);
  });

  it('leaves a passive\'s unresolved agent nobody\'s, never a place', () => {
    const text = 'A Pescara i dipendenti dell’agenzia regionale hanno scioperato per due ore. La chiusura dello sportello, definita dall’ente come un «riassetto necessario», è stata contestata dai sindacati.';
    expect(quoted(text)).toEqual([['riassetto necessario', null]]);
  });

  it('keeps a thing defined by nobody a label', () => {
    const text = 'Il sindaco Paolo Rinaldi ha inaugurato il parco. L’area, definita come un «polmone verde», sarà aperta anche di notte.';
    expect(quoted(text)).toEqual([]);
  });
});

describe('quotes: "come osserva uno degli X, «…»" describes one of X', () => {
  it('gives the words to one of the group, its noun singular', () => {
    const text = 'I tre giovani sono stati fermati al casello dopo un lungo inseguimento. Del resto, come osserva uno degli agenti, «non avevano dove andare». Ora sono in carcere.';
    expect(quoted(text)).toEqual([['non avevano dove andare', '(agente)']]);
  });

  it('gives "come ammette un vigile, «…»" to a traffic warden', () => {
    const text = 'Le multe in centro sono raddoppiate in un anno. Del resto, come ammette un vigile, «non ci sono più posti per parcheggiare». Il Comune tace.';
    expect(quoted(text)).toEqual([['non ci sono più posti per parcheggiare', '(vigile)']]);
  });
});
