// The quotes stage linking a person's later forms (short name, role, glued name) to the full name introduced
// elsewhere in the text (issue 18, round 25, t25a). Each rule from Italian press convention, tested on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a first name glued to the lower-case word before it', () => {
  it('reads the name after a photo credit that lost its space', () => {
    const text = 'FOTO: calcioregionale.itMarco Fantozzi, presidente del Pontedera, chiude la porta al mercato: "Non cederemo nessuno dei nostri giovani, ne sono sicuro".';
    expect(speakersOf(text)).toEqual(['Marco Fantozzi']);
  });

  it('links the surname alone later on to that full name', () => {
    const text = 'Foto di repertorioGiulia Ferretti, presidente della Pro Loco, presenta la sagra: "Sarà una festa per tutto il paese". E poi: "Il programma – aggiunge Ferretti – è pronto da settimane".';
    expect(speakersOf(text)).toEqual(['Giulia Ferretti', 'Giulia Ferretti']);
  });

  it('does not split a glued word whose capital part is no first name', () => {
    const text = 'Il contributo arriva dallaFondazione Cassa di Risparmio: "Un aiuto concreto per le famiglie del territorio".';
    expect(speakersOf(text)).not.toContain('Fondazione Cassa');
  });
});
