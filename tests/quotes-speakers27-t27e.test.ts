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

describe('quotes: bodies a collective noun lists together (“le associazioni X e Y hanno chiesto …”)', () => {
  const words = '“Che un orso si avvicini alle case è un fatto da mettere in conto, da gestire con attenzione e senza allarmismi”';

  it('gives the words to all the bodies, not the first one named', () => {
    expect(speakersOf(`${words}, spiegano le associazioni Lipu Veneto e Boschi Vivi.`)).toEqual(['Lipu Veneto e Boschi Vivi']);
    expect(speakersOf(`Ieri le associazioni Lipu Veneto e Boschi Vivi hanno chiesto al Comune: ${words}.`)).toEqual(['Lipu Veneto e Boschi Vivi']);
  });

  it('reads a name in marks among them, without its marks', () => {
    expect(speakersOf(`Ieri le associazioni Lipu Veneto e "Orsi amici" hanno preso posizione chiedendo al Comune di ${words.replace('Che', 'che')}.`).at(-1)).toBe('Lipu Veneto e Orsi amici');
  });

  it('leaves one body its own words where the text lists it with others elsewhere', () => {
    expect(speakersOf(`Ieri le associazioni Lipu Veneto e Boschi Vivi hanno scritto al Comune.\n\n${words}, ha spiegato Lipu Veneto in una nota.`)).toEqual(['Lipu Veneto']);
  });
});
