// The quotes stage on speakers the text names but the stage gave to no one or to the wrong one (untuned21, untuned20):
// each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? null);

describe('quotes: a body named by its head alone after its full name with what it is for', () => {
  it('gives "scrive il Comitato" to the committee as the text first named it, title in marks included', () => {
    const text = 'Ne dà notizia il Comitato promotore per la riapertura dell’ospedale “San Carlo”, che ha raccolto le firme. «È un risultato importante – scrive il Comitato in una nota – che dimostra quanto i cittadini tengano al loro presidio».';
    expect(speakers(text)).toEqual(['Comitato promotore per la riapertura dell’ospedale “San Carlo”']);
  });

  it('reads the name up to the place it ends on', () => {
    const text = 'Ne dà notizia il Comitato promotore per la riapertura dell’ospedale di Valbona, che ha raccolto le firme. «È un risultato importante – scrive il Comitato in una nota – che dimostra quanto i cittadini tengano al loro presidio».';
    expect(speakers(text)).toEqual(['Comitato promotore per la riapertura dell’ospedale di Valbona']);
  });

  it('does not read a clause of purpose as part of the name', () => {
    const text = 'Arriva la Italvolley per incoraggiarli in vista dell’esordio in Nations League. «Siamo con voi» ha detto la Italvolley.';
    expect(speakers(text)).toEqual(['Italvolley']);
  });
});

describe('quotes: the paragraph after a quotation naming the words and, in a relative clause, who gave them', () => {
  const quotation = 'La società ha pubblicato il messaggio.\n\n«Si parte. Voglio ringraziare tutti quelli che hanno lavorato con entusiasmo in queste settimane. Buona stagione a tutti».\n\n';

  it('gives "Questo il saluto che il nuovo allenatore, X, rivolge …" to X', () => {
    expect(speakers(`${quotation}Questo il saluto che il nuovo allenatore, Marco Ferretti, rivolge ai tifosi alla vigilia del raduno.`)).toEqual(['Marco Ferretti']);
  });

  it('leaves it to nobody when the person named did not give the words', () => {
    expect(speakers(`${quotation}Questo il saluto che il nuovo allenatore, Marco Ferretti, ha sentito dai tifosi alla vigilia del raduno.`)).toEqual([null]);
  });
});

describe('quotes: a surname alone after a title and its adjective, speaking', () => {
  it('gives "l’ex assessore comunale X ricordava che «…»" to X', () => {
    const text = 'Intanto l’ex assessore comunale Mancinelli ricordava che «bastano due chilometri di binario nuovo per sciogliere il nodo della stazione».';
    expect(speakers(text)).toEqual(['Mancinelli']);
  });

  it('does not take the territory after a territorial adjective for a surname', () => {
    const text = 'Il segretario regionale Puglia ha detto che «le risorse per le strade provinciali non bastano più da anni».';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a first name that is also a word, as the subject of a verb of saying inside a sentence', () => {
  it('gives "e alle 9.30 Chiara scriveva: «…»" to Chiara', () => {
    const text = 'Nelle stazioni cresceva il malcontento e alle 9.30 Chiara scriveva: «Il treno delle sette è appena arrivato, siamo rimasti al freddo per un’ora».';
    expect(speakers(text)).toEqual(['Chiara']);
  });

  it('does not take the word after a preposition for a person', () => {
    const text = 'Le acque di Chiara scrivevano la storia del paese. Il sindaco dice: «La fonte resterà aperta tutto l’anno per chi vuole visitarla».';
    expect(speakers(text)).toEqual([null]);
  });
});

describe('quotes: a document signed by officials of several bodies, each body in brackets', () => {
  it('gives the words to the bodies together, not to the first signatory', () => {
    const text = 'Lo sciopero è stato indetto dai sindacati. «I lavoratori – si legge nel volantino firmato da Anna Neri (Fiom), Luca Bruni (Fim), Marco Rossi e Lia Conti (Uilm) – sono stanchi di aspettare il rinnovo del contratto».';
    expect(speakers(text)).toEqual(['Fiom, Fim e Uilm']);
  });

  it('keeps the one signatory when one body signs', () => {
    const text = 'Lo sciopero è stato indetto. «I lavoratori – si legge nel volantino firmato da Anna Neri (Fiom) – sono stanchi di aspettare il rinnovo del contratto».';
    expect(speakers(text)).toEqual(['Anna Neri']);
  });
});

describe('quotes: lines of a song given to who sang them', () => {
  it('gives "«…» cantava il grande X" to X', () => {
    const text = 'Questo è il mio augurio. «La strada è di chi cammina insieme» cantava il grande Lucio Neri.';
    expect(speakers(text)).toEqual(['Lucio Neri']);
  });

  it('does not take a song’s title for a quotation', () => {
    const text = 'Alla festa Lucio Neri ha cantato «Volare» davanti a mille persone.';
    expect(speakers(text)).toEqual([]);
  });
});
