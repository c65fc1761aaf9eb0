// Round 23's review of the quotes stage: each rule the tuners added kept to what its comment says.
import { describe, expect, it } from 'vitest';
import { withDoubledOpeningsSingled } from '../pipeline/quotes/doubled-openings.ts';
import { subordinateSubject } from '../pipeline/quotes/subordinate-subjects.ts';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string, title?: string) => quotesOf(text, title).map((quote) => quote.speaker?.name ?? null);
const at = (text: string, words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

describe('quotes review 23: doubled opening marks', () => {
  it('reads a mark typed twice as one, and leaves a quotation nested in caporali whole', () => {
    expect(withDoubledOpeningsSingled('Rossi: ““Non pensavo di vincere”')).toBe('Rossi:  “Non pensavo di vincere”');
    const nested = 'Rossi: «“Mai più” è il motto della campagna», spiega il sindaco.';
    expect(withDoubledOpeningsSingled(nested)).toBe(nested);
  });
});

describe('quotes review 23: a clause after a verb of opinion', () => {
  it('takes the subject after "ritiene che" for one spoken of, and not after a noun ("i temi che")', () => {
    const opinion = 'Bianchi ritiene che il sindaco «debba dimettersi subito».';
    expect(subordinateSubject(opinion, ...at(opinion, 'sindaco'))).toBe(true);
    const noun = 'Si è parlato dei temi che il sindaco «ha voluto affrontare in aula».';
    expect(subordinateSubject(noun, ...at(noun, 'sindaco'))).toBe(false);
    const pension = 'Resta la pensione che il ministro «ha promesso da mesi».';
    expect(subordinateSubject(pension, ...at(pension, 'ministro'))).toBe(false);
  });
});

describe('quotes review 23: "il leader Uilm" and a government named after its leader', () => {
  it('gives "il sindaco Ferri" his own words after "assessore della giunta Ferri"', () => {
    const text = 'Marco Granelli, assessore della giunta Ferri, ha presentato il piano delle piste ciclabili. «È una scelta che cambia la città», ha detto il sindaco Ferri.';
    expect(speakers(text)).toEqual(['Ferri']);
  });

  it('still gives "il leader Fiom" to the one person named with a role in the Fiom', () => {
    const text = 'Anna Rota, segretaria provinciale Fiom, ha incontrato i lavoratori. «Non arretreremo di un passo», ha detto il leader Fiom.';
    expect(speakers(text)).toEqual(['Anna Rota']);
  });
});

describe('quotes review 23: a list of people called back by "i sindacalisti"', () => {
  const after = '\n\n«È evidente – spiegano i sindacalisti – che servono forze nuove nei reparti».';
  it('calls back a list after a verb of saying, not after any plural verb', () => {
    expect(speakers(`La carenza di personale – spiegano Marco Neri, Luca Bassi e Anna Verdi – è certificata dall’azienda.${after}`)).toEqual(['Marco Neri, Luca Bassi e Anna Verdi']);
    expect(speakers(`All’incontro partecipano Marco Neri, Luca Bassi e Anna Verdi con i delegati.${after}`)).toEqual([null]);
  });
});
