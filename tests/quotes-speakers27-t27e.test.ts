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

describe('quotes: a body’s stand named after the words (“Questa la presa di posizione del direttivo di X”)', () => {
  const statement = '“Abbiamo sempre lavorato in totale trasparenza, con pieno rispetto per i soci e per chi ci segue”. ';

  it('gives the words to the body in lower case that the stand belongs to', () => {
    expect(speakersOf(`${statement}Questa la presa di posizione del comitato di quartiere di Villanova, dopo gli articoli usciti ieri.`)).toEqual(['comitato di quartiere di Villanova']);
    expect(speakersOf(`${statement}Questa la posizione del direttivo dell’associazione Aurora.`)).toEqual(['direttivo dell’associazione Aurora']);
  });

  it('reads “presa di posizione” as “posizione” for a person too', () => {
    expect(speakersOf(`${statement}Questa la presa di posizione di Carla Fabbri, dopo gli articoli usciti ieri.`)).toEqual(['Carla Fabbri']);
  });

  it('names nobody where the stand belongs to a lower-case word that names no body', () => {
    expect(speakersOf(`${statement}Questa la presa di posizione del gruppo di amici, dopo gli articoli usciti ieri.`)).toEqual([null]);
  });
});
