// The review of round 20's quote rules: what it found wrong, each on a sentence written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

describe('quotes: round 20 review', () => {
  it('reads a list of thousands of names without failing: no list of speakers is that long', () => {
    const names = Array.from({ length: 3000 }, (_, index) => `Sigla ${String.fromCharCode(65 + (index % 26))}${index}`).join(', ');
    const text = `«Testo detto qui dalle sigle». Lo dichiarano le segreterie di ${names} e Uilm.`;
    expect(() => quotesOf(text)).not.toThrow();
  });

  it('gives no one the words a sentence says someone is worried by: "È preoccupata X"', () => {
    const text = 'Il sindaco ha annunciato la chiusura del plesso. «La scuola di via Roma chiuderà a settembre». È preoccupata Anna Verdi, madre di due alunni, che chiede un incontro.';
    expect(speakersOf(text)).not.toContain('Anna Verdi');
  });

  it('keeps the bodies a plural verb names when one person alone follows them: "i segretari di A, B e C, X, che …"', () => {
    const text = '«Lo sciopero andrà avanti finché l’azienda non ritira i licenziamenti». Lo dichiarano i segretari di Fim, Fiom e Uilm, Luca Rossi, che ieri ha incontrato il prefetto.';
    expect(speakersOf(text)).toEqual(['Fim, Fiom e Uilm']);
  });
});
