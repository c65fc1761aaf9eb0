// The quotes stage on speakers news pages named wrongly: an office's seat glued to the officer's name, the floor handed on
// with no verb, a relative clause's own subject, a title read across another name, headline labels that name nobody.
// Each rule from Italian grammar or press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf as speakers } from './helpers/quotes.ts';

describe('quotes: the town of an office, written before the officer’s name', () => {
  it('gives "il sindaco di Viola Alta Stefano Ruggini" to Stefano Ruggini, not to a person called Viola', () => {
    const text = '«Abbiamo riaperto la scuola in tempo per l’inizio delle lezioni».\n\nA dirlo è il sindaco di Viola Alta Stefano Ruggini.';
    expect(speakers(text)).toEqual(['Stefano Ruggini']);
  });

  it('gives "la sindaca di Rosa Marittima Serena Dalmasso" to Serena Dalmasso', () => {
    const text = 'Così la sindaca di Rosa Marittima Serena Dalmasso: «La strada sarà chiusa fino a lunedì».';
    expect(speakers(text)).toEqual(['Serena Dalmasso']);
  });

  it('gives "il sindaco di Rosa Franca Luca Bertocci" to Luca Bertocci, the town holding two first names', () => {
    const text = '«Abbiamo riaperto la scuola in tempo».\n\nA dichiararlo è il sindaco di Rosa Franca Luca Bertocci.';
    expect(speakers(text)).toEqual(['Luca Bertocci']);
  });

  it('gives "il sindaco di Viola Alta Anna Maria Bossi" to Anna Maria Bossi', () => {
    const text = '«Abbiamo riaperto la scuola in tempo».\n\nA dichiararlo è il sindaco di Viola Alta Anna Maria Bossi.';
    expect(speakers(text)).toEqual(['Anna Maria Bossi']);
  });

  it('still gives a compound first name after a town in one word ("il sindaco di Lurano Anna Maria Bossi")', () => {
    const text = 'Così il sindaco di Lurano Anna Maria Bossi: «La strada sarà chiusa fino a lunedì».';
    expect(speakers(text)).toEqual(['Anna Maria Bossi']);
  });
});

describe('quotes: the floor handed on with no verb of saying', () => {
  const rally = 'Il corteo è partito alle dieci. Paolo Neri, segretario della Filt, è intervenuto dal palco di Pisa a sostegno dello sciopero. «Non ci fermeremo, andremo avanti fino al contratto».';

  it('gives the words after "Stessa linea anche per X, ruolo." to X, not to the speaker before', () => {
    const text = `${rally} Stessa linea anche per Marco Testa, segretario nazionale Fillea. «Il contratto va rinnovato subito, senza altri rinvii».`;
    expect(speakers(text)).toEqual(['Paolo Neri', 'Marco Testa']);
  });

  it('gives the words after "È stata poi la volta di X, ruolo." to X', () => {
    const text = `${rally} È stata poi la volta di Marco Testa, segretario nazionale Fillea. «Il contratto va rinnovato subito, senza altri rinvii».`;
    expect(speakers(text)).toEqual(['Paolo Neri', 'Marco Testa']);
  });
});

describe('quotes: the subject of a relative clause that judges its antecedent', () => {
  it('gives "X, che Filt Cgil, Fit Cisl e Uiltrasporti giudicano «…»" to the unions, not to X', () => {
    const text = 'Dopo l’incontro con l’assessore Marco Ferri, che Filt Cgil, Fit Cisl e Uiltrasporti giudicano «inutile e tardivo», la vertenza resta aperta.';
    expect(speakers(text)).toEqual(['Filt Cgil, Fit Cisl e Uiltrasporti']);
  });

  it('gives "X, che la Filt Cgil definisce «…»" to the union', () => {
    const text = 'Dopo l’incontro con l’assessore Marco Ferri, che la Filt Cgil definisce «inutile e tardivo», la vertenza resta aperta.';
    expect(speakers(text)).toEqual(['Filt Cgil']);
  });

  it('gives a second quotation joined by "e" to the same unions ("giudicano «…», e «…»")', () => {
    const text = 'Dopo l’incontro con l’assessore Marco Ferri, che Filt-Cgil Fit-Cisl e Uil-Trasporti giudicano «inutile», e «la totale assenza di risposte sulle corse soppresse ci obbliga a proseguire la mobilitazione».';
    expect(speakers(text)).toEqual(['Filt-Cgil Fit-Cisl e Uil-Trasporti']);
  });

  it('still gives "X, che Y giudica «…»" to the person Y', () => {
    const text = 'Dopo l’incontro con l’assessore Marco Ferri, che Anna Neri giudica «inutile e tardivo», la vertenza resta aperta.';
    expect(speakers(text)).toEqual(['Anna Neri']);
  });
});

describe('quotes: a title never read back across another person’s name', () => {
  it('gives "il vescovo ha rivolto …: «…»" to the bishop, not to the priest named after him in the sentence', () => {
    const text = 'Parole forti quelle del vescovo Marco Bellini durante la messa di ingresso di don Paolo Neri come parroco di Vallalta.\n\nQuello alla comunione è stato uno degli inviti che il vescovo ha rivolto ai sacerdoti: «Portate il Vangelo ai fratelli, ogni giorno, senza stancarvi mai».';
    expect(speakers(text)).toEqual(['Marco Bellini']);
  });
});

describe('quotes: a headline label the text also writes as a common noun', () => {
  const title = 'Ambulanti: «Se entro fine mese non ci saranno novità lasceremo la piazza»';

  it('leaves "Ambulanti: «…»" to the vendors described, not to an organisation called Ambulanti', () => {
    const text = 'Da due anni gli ambulanti sono confinati in una zona periferica della città, lontano dai clienti. Il mercato del sabato ha perso metà dei banchi.';
    expect(speakers(text, title)).toEqual(['(ambulanti)']);
  });

  it('still gives "Confesercenti: «…»" to the organisation', () => {
    const text = 'Da due anni gli ambulanti sono confinati in una zona periferica della città, lontano dai clienti. Il mercato del sabato ha perso metà dei banchi.';
    expect(speakers(text, title.replace('Ambulanti', 'Confesercenti'))).toEqual(['Confesercenti']);
  });
});

describe('quotes: a place a headline frames as if it spoke', () => {
  it('gives nothing to "la protesta dei Tintori:" when the text names piazza dei Tintori', () => {
    const title = 'Movida, la protesta dei Tintori: «Il Comune non fa nulla, pronti a fare causa»';
    const text = 'I residenti di piazza dei Tintori si sono ritrovati ieri sera per decidere cosa fare contro il rumore notturno.';
    expect(speakers(text, title)).toEqual([null]);
  });
});
