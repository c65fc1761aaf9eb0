// The quotes stage on joint speakers, page furniture and surnames (round 12, t12b): each rule from Italian grammar or
// press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a verb of saying glued to the marks outranks the names before a colon', () => {
  it('gives "… ottenute da X e Y: «…», dicono Z e W" to Z and W', () => {
    const text = 'La Lega esprime soddisfazione per le deleghe ottenute da Mario Rossi e Luca Bianchi: «Un risultato importante, frutto del lavoro di tutti», dicono Carlo Verdi e Paolo Neri.';
    expect(speakersOf(text)).toEqual(['Carlo Verdi e Paolo Neri']);
  });

  it('still gives a label "X: «…» Y risponde che …" to X', () => {
    const text = 'Ore 21.17 – Bonetti: «Il piano è pronto da mesi e nessuno lo ha letto» Mainardi risponde che il piano non esiste.';
    expect(speakersOf(text)).toEqual(['Bonetti']);
  });
});

describe('quotes: bodies listed after a plural verb speak together', () => {
  it('gives "denunciano le segreterie di A, B, C, D" to the whole list as printed', () => {
    const text = '«Negli ospedali della provincia il personale non basta a coprire i turni», denunciano le segreterie di Cgil, Cisl, Uil, Fials, Nursind';
    expect(speakersOf(text)).toEqual(['Cgil, Cisl, Uil, Fials, Nursind']);
  });

  it('gives "concludono Fiom, Fim e Uilm" to the three', () => {
    const text = '«Lo stabilimento non può chiudere senza un piano per chi ci lavora», concludono Fiom, Fim e Uilm.';
    expect(speakersOf(text)).toEqual(['Fiom, Fim e Uilm']);
  });

  it('leaves a singular verb to the first body', () => {
    const text = '«Lo stabilimento non può chiudere senza un piano per chi ci lavora», conclude la Fiom, con Fim e Uilm al suo fianco.';
    expect(speakersOf(text)).toEqual(['Fiom']);
  });
});
