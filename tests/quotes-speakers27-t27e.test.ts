// Round 27 (t27e): bodies, boards and joint speakers. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: an association’s board (“Così il direttivo di X”)', () => {
  const statement = '“Vogliamo fare chiarezza sulla situazione dell’associazione, senza aprire polemiche con nessuno dei soci”. ';

  it('gives the words to the board, with the body it leads', () => {
    expect(speakersOf(`${statement}Così il direttivo di Aurora, con i consiglieri Mario Bassi e Lucia Neri.`)).toEqual(['direttivo di Aurora']);
    expect(speakersOf(`${statement}Lo afferma il direttivo della Pro Loco di Cerreto.`)).toEqual(['direttivo della Pro Loco di Cerreto']);
  });

  it('keeps the kind of the body before its proper name', () => {
    expect(speakersOf(`${statement}Così il direttivo dell’associazione sportiva dilettantistica Aurora.`)).toEqual(['direttivo dell’associazione sportiva dilettantistica Aurora']);
  });

  it('names no board where no body follows in capitals', () => {
    expect(speakersOf(`${statement}Così il direttivo, riunito ieri sera in sede.`)).toEqual([null]);
  });
});
