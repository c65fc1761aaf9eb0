import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('a link to another article quotes its own speaker (round 24, t24d)', () => {
  it('gives the words to the surname the linked headline is labelled with, not to the speaker before', () => {
    const text = '“Siamo stanchi di questo Consiglio – spiega Porcu – e non parteciperemo alla seduta”.\n\nLEGGI ANCHE:  Ferretti al Senato: "Sono qui solo perché gli elettori lo hanno voluto".\n\nIl presidente Antonio Mura ha replicato.';
    expect(speakersOf(text)).toEqual(['Porcu', 'Ferretti']);
  });
  it('reads the label with a verb and a link written in capitals with arrows', () => {
    const text = 'Il direttore sportivo Stefano Lupi ha parlato: “Siamo contenti del lavoro fatto in queste settimane di mercato”.\nLEGGI ANCHE >>> Marchesin si presenta: “Posso giocare centrale, mi ispiro ai grandi difensori del passato”\nChe fine ha fatto il difensore olandese?';
    expect(speakersOf(text)).toEqual(['Stefano Lupi', 'Marchesin']);
  });
  it('gives nobody the words of a link whose headline names nobody', () => {
    const text = '“Siamo stanchi di questo Consiglio – spiega Porcu – e non parteciperemo alla seduta”.\n\nLeggi anche: Il presidente al Senato: "Sono qui solo perché gli elettori lo hanno voluto".';
    expect(speakersOf(text)).toEqual(['Porcu', null]);
  });
  it('leaves a label with no link before it as it was', () => {
    const text = '“Siamo stanchi di questo Consiglio – spiega Porcu – e non parteciperemo alla seduta”.\n\nPorcu: "Sono qui solo perché gli elettori lo hanno voluto e resteremo".';
    expect(speakersOf(text)).toEqual(['Porcu', 'Porcu']);
  });
});
