// The quotes stage giving words to people the text names elsewhere (issue 18, round 26, t26b). Each rule from Italian
// press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a statement under a line that is only its speaker’s name', () => {
  const text = [
    'Dopo il derby i due allenatori si sono abbracciati a lungo. Bertoni aveva protestato per tutto il secondo tempo, poi ha sorriso. Intervistati a fine gara, hanno spiegato:',
    'Bertoni',
    '“Ci conosciamo da vent’anni e in campo ci diciamo di tutto. Poi finisce lì, siamo amici veri e lo resteremo sempre.”',
    'Galimberti',
    '“Lui è un vulcano, ma è una persona perbene. Ci siamo fatti i complimenti e abbiamo scherzato su Galimberti allenatore.”',
  ].join('\n\n');

  it('gives each statement to the surname set on the line above it', () => {
    expect(speakersOf(text)).toEqual(['Bertoni', 'Galimberti']);
  });

  it('does not read a section word above a statement as a name', () => {
    const section = [
      'Il consiglio comunale ha approvato il bilancio con i voti della maggioranza. La seduta è durata tre ore.',
      'Politica',
      '“Un bilancio che non guarda al futuro e taglia i servizi sociali, lo diciamo da mesi alla giunta.”',
      'La politica cittadina resta divisa.',
    ].join('\n\n');
    expect(speakersOf(section)).toEqual([null]);
  });
});

describe('quotes: words read in a document the frame names with its issuer', () => {
  it('gives them to whoever the document is the means of', () => {
    const text = 'Oggi in paese è lutto cittadino. «Tutta la comunità si stringe attorno alla famiglia in questo momento di dolore», si legge nell’ordinanza con la quale il sindaco Paolo Venturini ha disposto le bandiere a mezz’asta.';
    expect(speakersOf(text)).toEqual(['Paolo Venturini']);
  });

  it('does not take a person the clause names after its verb', () => {
    const text = 'Oggi in paese è lutto cittadino. «Tutta la comunità si stringe attorno alla famiglia in questo momento di dolore», si legge nell’ordinanza con la quale si è disposto il ricordo di Paolo Venturini.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
