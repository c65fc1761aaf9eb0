// The quotes stage giving a statement to bodies, offices and groups speaking together (issue 18, round 26, t26a).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a statement standing alone after a sentence a body speaks in', () => {
  it('gives it to the body, not to the person quoted before', () => {
    const text = '“Abbiamo parlato di tutto”, dice Mario Rossi, segretario della Cisl. Nel pomeriggio, al prefetto, la Cisl ha poi spiegato le ragioni della raccolta di firme. “Le firme verranno consegnate a Roma il prossimo 3 dicembre, e saranno molte”.';
    expect(speakersOf(text)).toEqual(['Mario Rossi', 'Cisl']);
  });

  it('does so with the body opening the sentence', () => {
    const text = 'La Coldiretti ha ribadito la sua contrarietà al progetto. “Il suolo agricolo va difeso, non possiamo perderne altro”.';
    expect(speakersOf(text)).toEqual(['Coldiretti']);
  });

  it('does not take a person’s title in capitals for a body', () => {
    const text = 'La scuola è stata inaugurata da Giulia Bianchi, Assessora all’Istruzione. L’Assessora ha ribadito l’esigenza di collaborare. “Senza questo presupposto è difficile contrastare l’abbandono scolastico”.';
    expect(speakersOf(text)).not.toContain('Assessora');
  });

  it('does not give the words to the body a person belongs to', () => {
    const text = '“Abbiamo parlato di tutto”, dice Mario Rossi. Al termine il presidente della Regione ha spiegato le ragioni della scelta. “Le risorse arriveranno entro la fine del mese, come promesso”.';
    expect(speakersOf(text)).not.toContain('Regione');
  });
});
