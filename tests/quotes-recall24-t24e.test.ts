// Round 24 (t24e): quotations' spans the extractor split, merged or missed wrong. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a verb of saying with a clause after "che" inside the marks', () => {
  it('is the quotation’s own words, not an attribution with its opening dash missing', () => {
    const text = 'Soddisfatto l’assessore Luca Neri. «Il pubblico di sabato ci dice che la Fiera è ormai un appuntamento fisso per tutta la valle – commenta Neri –. Il paese si conferma vivo anche d’inverno».';
    expect(summaryOf(text)).toEqual([[['Il pubblico di sabato ci dice che la Fiera è ormai un appuntamento fisso per tutta la valle', 'Il paese si conferma vivo anche d’inverno'], 'Luca Neri']]);
  });

  it('still reads an attribution whose opening dash is missing when the name follows the verb', () => {
    const text = 'Parla il sindaco. «La strada riapre domani aggiunge Mario Rossi – e il ponte entro la fine del mese».';
    expect(summaryOf(text)).toEqual([[['La strada riapre domani', 'e il ponte entro la fine del mese'], 'Mario Rossi']]);
  });
});

describe('quotes: an attribution between a comma and a full stop inside the marks', () => {
  it('splits the quotation where the attribution stands, the next sentence going on', () => {
    const text = 'Il rogo è stato spento in serata.\n\n“Ringrazio tutti coloro che hanno lavorato per spegnere le fiamme, afferma la vicesindaca Anna Verdi che ha seguito le operazioni. I vigili del fuoco sono stati encomiabili fino a sera”.';
    expect(summaryOf(text)).toEqual([[['Ringrazio tutti coloro che hanno lavorato per spegnere le fiamme', 'I vigili del fuoco sono stati encomiabili fino a sera'], 'Anna Verdi']]);
  });

  it('leaves a sentence deep in a long quotation that reports what someone said', () => {
    const text = 'Il sindaco Mario Rossi ha parlato in aula. “Abbiamo ascoltato tutti i cittadini del quartiere nelle assemblee di questi mesi e abbiamo raccolto le loro proposte una per una, come chiedeva il comitato di Borgo Nuovo fin dal primo incontro di gennaio, e abbiamo preparato un piano serio, spiega Luigi Bianchi nella sua lettera. Noi lo sosteniamo”.';
    expect(summaryOf(text)).toEqual([[['Abbiamo ascoltato tutti i cittadini del quartiere nelle assemblee di questi mesi e abbiamo raccolto le loro proposte una per una, come chiedeva il comitato di Borgo Nuovo fin dal primo incontro di gennaio, e abbiamo preparato un piano serio, spiega Luigi Bianchi nella sua lettera. Noi lo sosteniamo'], 'Mario Rossi']]);
  });
});

describe('quotes: a verb of saying with a word in capitals after it inside the marks', () => {
  it('is no attribution: the word is no subject', () => {
    const text = 'Il segretario Enzo Sasso ha scritto al presidente. “La città, come altre della costa, dice NO al piano di riordino. Non è una guerra di campanile”.';
    expect(summaryOf(text)).toEqual([[['La città, come altre della costa, dice NO al piano di riordino. Non è una guerra di campanile'], 'Enzo Sasso']]);
  });
});
