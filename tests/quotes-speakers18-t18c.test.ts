// The quotes stage on speakers round 18 (t18c) found left null: headlines and kickers whose words the body quotes
// again, and bodies speaking together after a plural verb. Each rule from press convention, tested on sentences
// written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a headline or kicker whose words the body quotes again', () => {
  it('gives a kicker line to whoever says its words further on, inflected and interrupted', () => {
    const text = [
      'Frana sulla provinciale, isolate due frazioni. «Riapriremo tra almeno tre settimane di lavoro»',
      'La strada resta chiusa da ieri sera dopo le piogge della notte.',
      '«Abbiamo fatto un primo sopralluogo: la strada la riapriremo, a essere ottimisti, tra almeno tre settimane di lavori» spiega il geologo Arturo Pellicciari, incaricato dalla Provincia.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Arturo Pellicciari', 'Arturo Pellicciari']);
  });

  it('gives a quotation standing alone on its line to the body speaker who says it again', () => {
    const text = [
      'Notizie dalla provincia',
      'VALFENERA – Riapre lunedì la biblioteca comunale dopo i lavori di rifacimento del tetto e degli impianti, durati sei mesi.',
      'Leggi tutto',
      '«Il bilancio è un libro dei sogni»',
      'BORGOFRANCO – Il capogruppo della lista civica Ernesto Bassignana attacca la giunta. «Questo bilancio – afferma Bassignana – è un libro dei sogni, scritto senza ascoltare nessuno».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Ernesto Bassignana', 'Ernesto Bassignana']);
  });

  it('leaves a headline to nobody when the body never says its words again', () => {
    const text = [
      'Frana sulla provinciale, isolate due frazioni. «Una ferita per tutta la valle»',
      'La strada resta chiusa da ieri sera dopo le piogge della notte.',
      '«Abbiamo fatto un primo sopralluogo: per riaprire serviranno almeno tre settimane di lavori» spiega il geologo Arturo Pellicciari.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, 'Arturo Pellicciari']);
  });
});

describe('quotes: "ufficiale" after the noun it qualifies', () => {
  it('reads "davanti alla platea ufficiale" as no officer, leaving the words to the mayor the paragraph is about', () => {
    const text = [
      'Il sindaco di Roccaverde, Ottavio Sperandio, ha presentato ieri il nuovo direttore del museo civico, Lamberto Quaglia.',
      'Il sindaco è stato chiaro. Ha ripetuto lo stesso concetto davanti alla platea ufficiale: «Il museo deve restare aperto tutto l’anno, anche d’inverno».',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Ottavio Sperandio']);
  });
});

describe('quotes: bodies listed before a plural verb speak together', () => {
  it('gives "Fim, Fiom e Uilm dichiarano: «…»" to the three unions as printed', () => {
    const text = 'Fim, Fiom e Uilm dichiarano: «Lo sciopero andrà avanti fino a quando non avremo risposte dall’azienda».';
    expect(speakersOf(text)).toEqual(['Fim, Fiom e Uilm']);
  });

  it('reads a list set with spaced dashes and commas before "ribadiscono che:"', () => {
    const text = 'Filt Cgil – Fit Cisl – Uiltrasporti, Faisa Cisal e Orsa ribadiscono che: «Gli autisti non possono lavorare in queste condizioni».';
    expect(speakersOf(text)).toEqual(['Filt Cgil – Fit Cisl – Uiltrasporti, Faisa Cisal e Orsa']);
  });

  it('keeps two people named before the verb as the two people', () => {
    const text = 'Marta Gilardi e Paolo Ferrero dichiarano: «Serve un piano industriale serio per tutta la valle».';
    expect(speakersOf(text)).toEqual(['Marta Gilardi e Paolo Ferrero']);
  });
});
