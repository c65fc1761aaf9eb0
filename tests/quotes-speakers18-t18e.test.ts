// The quotes stage on speakers round 18 (t18e) found left null or given to one of many: headlines over a body that
// quotes one person alone, and people or bodies speaking together. Each rule from press convention, tested on
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOf } from './helpers/quotes.ts';

const FERRI = [
  'Il mercato coperto chiuderà per tre mesi dal primo febbraio per il rifacimento del tetto.',
  '«Sappiamo che è un disagio per i banchi storici – afferma Marta Ferri, assessora al commercio – ma non potevamo più rimandare».',
  'Gli ambulanti saranno spostati nel piazzale della stazione. «Abbiamo trovato con le associazioni una soluzione che tiene aperte tutte le attività» aggiunge Ferri.',
];

const HEADLINE = '«Un disagio necessario per salvare il mercato»';

describe('quotes: a headline nobody is given, over a body quoting one person alone', () => {
  it('gives a quotation standing as the headline to the one person the body quotes', () => {
    expect(speakersOf(FERRI.join('\n\n'), HEADLINE)).toEqual(['Marta Ferri', 'Marta Ferri', 'Marta Ferri']);
  });

  it('gives a quotation closing a headline after a clause naming nobody to that person too', () => {
    expect(speakersOf(FERRI.join('\n\n'), `Mercato, cantiere per tre mesi. ${HEADLINE}`)).toEqual(['Marta Ferri', 'Marta Ferri', 'Marta Ferri']);
  });

  it('leaves it to nobody when the body quotes someone else as well', () => {
    const text = [...FERRI, '«Ci hanno avvisato tardi» replica Piero Landolfi, portavoce degli ambulanti.'].join('\n\n');
    expect(speakersOf(text, HEADLINE)).toEqual([null, 'Marta Ferri', 'Marta Ferri', 'Piero Landolfi']);
  });

  it('leaves it to nobody when the body has someone described speak too', () => {
    const text = [...FERRI, '«Ci hanno avvisato troppo tardi» protesta un ambulante.'].join('\n\n');
    expect(speakersOf(text, HEADLINE)).toEqual([null, 'Marta Ferri', 'Marta Ferri', null]);
  });

  it('leaves it to nobody when the headline names someone else', () => {
    expect(speakersOf(FERRI.join('\n\n'), `${HEADLINE}. Ma gli ambulanti con Piero Landolfi non ci stanno`)).toEqual([null, 'Marta Ferri', 'Marta Ferri']);
  });

  it('leaves it to nobody when the body quotes that person once only', () => {
    expect(speakersOf(FERRI.slice(0, 2).join('\n\n'), HEADLINE)).toEqual([null, 'Marta Ferri']);
  });
});

describe('quotes: officers named after the bodies they serve', () => {
  it('gives "– dichiarano i segretari provinciali di Filca, Fillea e Feneal, Rota, Sala e De Marchi –" to the three people', () => {
    const text = 'Cantieri fermi da lunedì. «La sicurezza non si tratta – dichiarano i segretari provinciali di Filca, Fillea e Feneal, Rota, Sala e De Marchi – e senza risposte andremo avanti con lo sciopero».';
    expect(quotesOf(text).map((quote) => quote.speaker)).toEqual([{ name: 'Rota, Sala e De Marchi', role: 'segretari provinciali di Filca, Fillea e Feneal' }]);
  });

  it('keeps the bodies when the names after them are fewer than the bodies', () => {
    const text = 'Cantieri fermi da lunedì. «La sicurezza non si tratta – dichiarano i segretari provinciali di Filca, Fillea e Feneal, Rota e Sala – e senza risposte andremo avanti con lo sciopero».';
    expect(speakersOf(text)).not.toEqual(['Rota e Sala']);
  });
});
