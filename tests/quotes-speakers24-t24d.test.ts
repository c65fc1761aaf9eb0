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

describe('the words called by a noun whose owner comes after an aside (round 24, t24d)', () => {
  it('gives them to the one the sentence after names, past the aside between commas', () => {
    const text = 'Il consigliere Luca Neri ha parlato ieri in aula. «Gli ospedali di Caltagirone e Palagonia devono dimagrire a favore degli altri». La dichiarazione, piuttosto forte, è del deputato regionale Salvo Cannata, uomo di fiducia del presidente.';
    expect(speakersOf(text)).toEqual(['Salvo Cannata']);
  });
  it('reads a circumstance as the aside too', () => {
    const text = 'La Soprintendenza ha aperto il cantiere.\n\n«Si tratta di un ritrovamento importante, che cambia quello che sapevamo del sito». La dichiarazione, in risposta ai giornalisti, è di Giulia Monti, archeologa della Soprintendenza.';
    expect(speakersOf(text)).toEqual(['Giulia Monti']);
  });
  it('does not take a sentence that goes on about the words for their owner', () => {
    const text = 'Il consigliere Luca Neri ha parlato ieri in aula. «Gli ospedali di Caltagirone e Palagonia devono dimagrire a favore degli altri». La dichiarazione, piuttosto forte, ha sorpreso il deputato regionale Salvo Cannata.';
    expect(speakersOf(text)).not.toContain('Salvo Cannata');
  });
});
