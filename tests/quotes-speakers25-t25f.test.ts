// The quotes stage linking short forms, surnames, bodies and groups to whom the text means (issue 18, round 25,
// t25f). Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a name after “sala stampa”', () => {
  it('is the person speaking there, not a hall named after someone', () => {
    expect(speakersOf('“Non c’era nemmeno il fallo”. Sbotta così in sala stampa Marco Pellegrini, al termine della gara.')).toEqual(['Marco Pellegrini']);
  });

  it('still reads an institution with an adjective before a name as a place', () => {
    expect(speakersOf('«Siamo pronti ad accogliere tutti», ha detto il direttore Paolo Neri all’ospedale infantile Regina Margherita.')).toEqual(['Paolo Neri']);
  });
});

describe('quotes: a headline label the body writes only inside a body’s name', () => {
  it('is that body’s short form, given by its full name', () => {
    const text = 'Val Tanaro: “C’è acqua per tutti i campi”\n\nMarco Pellegrini, presidente del Consorzio Irriguo Val Tanaro, riferisce che «l’acqua disponibile è sufficiente per la stagione».';
    expect(speakersOf(text)[0]).toBe('Consorzio Irriguo Val Tanaro');
  });

  it('stays the person the body also names alone', () => {
    const text = 'Anna Ferri: “C’è acqua per tutti i campi”\n\nLa Fondazione Anna Ferri ospita l’incontro. «L’acqua disponibile è sufficiente», ha detto Anna Ferri.';
    expect(speakersOf(text)[0]).toBe('Anna Ferri');
  });
});

describe('quotes: an aside “– come ricordato da X –” inside the quoted words', () => {
  const lead = 'Il presidente Paolo Neri ha aperto la seduta con un ricordo del professor Mario Bassi, scomparso la settimana scorsa.';
  it('gives the words to the agent the aside names, not to the person they speak of', () => {
    expect(speakersOf(`${lead} “Medico che per vent’anni ha guidato il reparto – come ricordato da Neri – Bassi era legato alla città”.`)).toEqual(['Paolo Neri']);
  });

  it('and to a title it names: “– come sottolineato dal presidente –”', () => {
    expect(speakersOf(`${lead} “Medico che per vent’anni ha guidato il reparto – come sottolineato dal presidente – Bassi era legato alla città”.`)).toEqual(['Paolo Neri']);
  });

  it('leaves an aside of no saying alone: “– come previsto dal regolamento –”', () => {
    expect(speakersOf(`«Il reparto resterà aperto – come previsto dal regolamento – anche d’estate», ha detto Paolo Neri.`)).toEqual(['Paolo Neri']);
  });
});

describe('quotes: counted bodies as the subject of the quotation’s clause', () => {
  const said = '“Stato di agitazione e sciopero restano l’ultima carta, ma siamo pronti a usarla se non arriveranno risposte”.';
  it('call back the list of that many bodies, not the person the sentence before names', () => {
    const text = `In piazza c’erano Fp Cgil, Cisl Fp, Uil Fpl e Fials. Li ha ricevuti il direttore generale Marco Pellegrini. E proprio sul confronto, le quattro sigle mandano un segnale netto: ${said}`;
    expect(speakersOf(text)).toEqual(['Fp Cgil, Cisl Fp, Uil Fpl e Fials']);
  });

  it('are no subject as the object of a person’s verb', () => {
    const text = `In piazza c’erano Fp Cgil, Cisl Fp, Uil Fpl e Fials. Il direttore generale Marco Pellegrini ha risposto alle quattro sigle: ${said}`;
    expect(speakersOf(text)).toEqual(['Marco Pellegrini']);
  });
});

describe('quotes: the same list of bodies named twice', () => {
  it('is one list for a count, though a capitalised word opens the sentence before it', () => {
    const text = 'In piazza c’erano Fp Cgil, Cisl Fp, Uil Fpl e Fials. Secondo Fp Cgil, Cisl Fp, Uil Fpl e Fials mancano cento infermieri. Li ha ricevuti il direttore generale Marco Pellegrini. E proprio sul confronto, le quattro sigle mandano un segnale netto: “Stato di agitazione e sciopero restano l’ultima carta, ma siamo pronti a usarla”.';
    expect(speakersOf(text)).toEqual(['Fp Cgil, Cisl Fp, Uil Fpl e Fials']);
  });
});
