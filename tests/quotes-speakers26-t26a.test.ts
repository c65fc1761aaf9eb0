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
describe('quotes: two bodies joined by "e" as the subject of a plural verb', () => {
  it('gives the statement to both, not to the second alone', () => {
    const text = 'Legambiente e Coldiretti hanno dichiarato: “Il Comune deve farsi carico in prima persona della questione”.';
    expect(speakersOf(text)).toEqual(['Legambiente e Coldiretti']);
  });

  it('does so with a plural verb in the present', () => {
    const text = 'Fim e Fiom dichiarano: “La trattativa deve ripartire subito, non possiamo aspettare oltre”.';
    expect(speakersOf(text)).toEqual(['Fim e Fiom']);
  });

  it('keeps one body whose own name holds "e del" with a singular verb', () => {
    const text = 'Il Ministero delle Imprese e del Made in Italy ha dichiarato: “Il tavolo sarà convocato entro la settimana”.';
    expect(speakersOf(text)).not.toContain('Made in Italy');
  });
});

describe('quotes: bodies listed as the subject of a plural verb before words they ask for', () => {
  it('gives a partial quotation after "chiedono a … di" to the list', () => {
    const text = 'Legambiente e Coldiretti chiedono al Comune di “farsi carico in prima persona della questione dei grandi carnivori”.';
    expect(speakersOf(text)).toEqual(['Legambiente e Coldiretti']);
  });

  it('does so with three bodies and a compound verb', () => {
    const text = 'Fim, Fiom e Uilm hanno chiesto all’azienda di “ritirare subito i licenziamenti annunciati ieri”.';
    expect(speakersOf(text)).toEqual(['Fim, Fiom e Uilm']);
  });

  it('gives nobody’s name to people described, not named', () => {
    const text = 'I residenti chiedono al Comune di “farsi carico della questione dei grandi carnivori”.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('quotes: a union’s sector in lower case inside a joint signature', () => {
  it('keeps the list going past "Uil trasporti"', () => {
    const text = 'Filt Cgil – Fit Cisl – Uil trasporti, Faisa Cisal e Orsa ribadiscono: “Questi episodi non sono fatti isolati, serve un intervento immediato”.';
    expect(speakersOf(text)).toEqual(['Filt Cgil – Fit Cisl – Uil trasporti, Faisa Cisal e Orsa']);
  });

  it('does not take a verb with a comma after it for a sector', () => {
    const text = 'Cgil e Cisl, Uil ribadiscono: “Questi episodi non sono fatti isolati, serve un intervento immediato”.';
    expect(speakersOf(text)).not.toContain('Cgil e Cisl, Uil ribadiscono');
  });
});
