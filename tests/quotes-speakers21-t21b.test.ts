// The quotes stage on speakers the twentieth untuned set showed wrong, each rule from Italian grammar or press
// convention, tested on texts written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a person named inside a gerund clause between commas is not the subject', () => {
  it('gives the words to the one the text is about, not the mayor whose greetings she brings', () => {
    const text = 'La nuova biblioteca di quartiere è stata aperta ieri da Marta Colombo, assessora alla Cultura. Nel suo intervento, portando i saluti del sindaco Luca Ferri, ha detto: «È un giorno di festa per tutto il quartiere e per chi ama leggere».';
    expect(speakersOf(text)).toEqual(['Marta Colombo']);
  });

  it('does the same for a gerund opening the sentence', () => {
    const text = 'La nuova biblioteca di quartiere è stata aperta ieri da Marta Colombo, assessora alla Cultura. Ringraziando i volontari e Luca Ferri, ha detto: «È un giorno di festa per tutto il quartiere e per chi ama leggere».';
    expect(speakersOf(text)).toEqual(['Marta Colombo']);
  });

  it('still gives the words to a subject named after the clause', () => {
    const text = 'La biblioteca è stata aperta ieri. Portando i saluti della giunta, il sindaco Luca Ferri ha detto: «È un giorno di festa per tutto il quartiere e per chi ama leggere».';
    expect(speakersOf(text)).toEqual(['Luca Ferri']);
  });
});

describe('quotes: a saint referred to by surname is named as the text names him, with "san"', () => {
  it('gives "Diceva il Ravelli: «…»" to san Giovanni Ravelli', () => {
    const text = 'Cari fratelli, vi scrivo nel giorno in cui ricordiamo san Giovanni Ravelli, fondatore delle scuole di campagna. Diceva il Ravelli: «Chi insegna a un bambino semina per cento anni».';
    expect(speakersOf(text)).toEqual(['san Giovanni Ravelli']);
  });

  it('leaves a surname the text never gives a saint as it is', () => {
    const text = 'Cari fratelli, vi scrivo nel giorno della festa di san Giovanni. Diceva il professor Ravelli: «Chi insegna a un bambino semina per cento anni».';
    expect(speakersOf(text)).toEqual(['Ravelli']);
  });
});

describe('quotes: one quotation whose asides call the speaker by role, then by name', () => {
  it('gives it to the name, not to whoever else the role might fit', () => {
    const text = 'Il presidente della cooperativa, Franco Bellini, ha aperto ieri l’assemblea dei soci. Presente anche il presidente della Provincia, Mario Sala.\n\n«Il raccolto è stato scarso – ha detto il presidente – ma i conti tengono. Il prossimo anno – ha concluso Bellini – investiremo sulle serre».';
    expect(speakersOf(text)).toEqual(['Franco Bellini']);
  });
});

describe('quotes: the person a body meets in a headline is not its speaker', () => {
  it('gives "X incontra l’assessore Y: «…»" to X', () => {
    const text = 'Grandinata, Coldiretti Veneto incontra l’assessore Luca Bassi: «Servono subito fondi per le aziende colpite»\n\nLa grandinata di lunedì ha colpito i vigneti della pianura.';
    expect(speakersOf(text)).toEqual(['Coldiretti Veneto']);
  });

  it('gives a verb with no subject to the subject before, not to the one it meets', () => {
    const text = 'Il presidente di Coldiretti Veneto, Marco Neri, ha visitato le aziende colpite dalla grandinata.\n\nNel pomeriggio ha incontrato l’assessore Luca Bassi: «Servono subito fondi per le aziende colpite».';
    expect(speakersOf(text)).toEqual(['Marco Neri']);
  });

  it('still gives the words to the subject who meets', () => {
    const text = 'L’assessore Luca Bassi incontra i viticoltori: «Servono subito fondi per le aziende colpite»\n\nLa grandinata di lunedì ha colpito i vigneti della pianura.';
    expect(speakersOf(text)).toEqual(['Luca Bassi']);
  });

  it('gives the words to the one met when a relative clause makes them its subject', () => {
    const text = 'Il comitato dei viticoltori ha incontrato l’assessore Luca Bassi, che ha detto: «Servono subito fondi per le aziende colpite».';
    expect(speakersOf(text)).toEqual(['Luca Bassi']);
  });
});
