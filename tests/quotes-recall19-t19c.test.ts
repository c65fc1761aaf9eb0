// Round 19 (t19c): statements the extractor dropped. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOrDescriptionsOf, summaryOf } from './helpers/quotes.ts';

describe('quotes: a statement announcing a numbered list with a colon', () => {
  it('runs on through the items to the closing mark, the items counted as one paragraph', () => {
    const text = 'La presidente della bocciofila ha scritto ai soci dopo la riunione di ieri.\n\n“Prima della nuova stagione voglio ricordare a tutti tre regole che valgono per ogni socio:\n\n1 – Le corsie si prenotano con due giorni di anticipo;\n\n2 – Il bar chiude alle ventidue anche nei giorni di gara;\n\n3 – I bambini giocano solo accompagnati da un adulto.\n\nChi non le rispetta verrà richiamato dal direttivo, senza eccezioni per nessuno.\n\nCi vediamo sui campi!”.';
    const quotes = summaryOf(text);
    expect(quotes).toHaveLength(1);
    expect((quotes[0]![0] as string[]).at(-1)).toBe('Ci vediamo sui campi!');
  });

  it('still ends a statement with its paragraph when what follows is narration, not items', () => {
    const text = 'La presidente della bocciofila Anna Serra ha scritto ai soci: “Prima della nuova stagione voglio ricordare a tutti alcune regole:\n\nLa lettera è stata affissa in bacheca e letta da tutti i soci presenti.\n\nIeri sera il direttivo si è riunito per parlarne.\n\nLa segretaria ha preso appunti.\n\nAlla fine il presidente onorario ha chiuso con un “grazie a tutti”.';
    expect(summaryOf(text)[0]![0]).toEqual(['Prima della nuova stagione voglio ricordare a tutti alcune regole']);
  });
});

describe('quotes: a heading calling the words below it by a noun of speech and naming its owner', () => {
  it('gives them to the owner of "Le dichiarazioni di X", not to the one the heading names last', () => {
    const text = 'Le dichiarazioni della presidente Marta Galli dopo la conferenza stampa di mister Rinaldi\n\n“Ho letto con attenzione le parole del nostro allenatore e voglio rispondere con calma, perché la società viene prima di tutti noi e delle nostre opinioni”.';
    expect(summaryOf(text)).toEqual([[['Ho letto con attenzione le parole del nostro allenatore e voglio rispondere con calma, perché la società viene prima di tutti noi e delle nostre opinioni'], 'Marta Galli']]);
  });
});

describe('quotes: a colon’s lead opening on bare plural groups as its subject', () => {
  const speakers = (text: string) => speakersOrDescriptionsOf(text);

  it('gives "Ma residenti e negozianti non si arrendono: «…»" to those groups, described', () => {
    const text = 'Il Comune ha confermato la chiusura della strada per tutta l’estate.\n\nMa residenti e negozianti non si arrendono: «Abbiamo raccolto più di mille firme e le porteremo in consiglio comunale la settimana prossima».';
    expect(speakers(text)).toEqual(['(residenti e negozianti)']);
  });

  it('still drops words after a lead whose subject is no group of people ("Ma i lavori non si fermano:")', () => {
    const text = 'Il Comune ha confermato la chiusura della strada per tutta l’estate.\n\nMa cantieri e ruspe non si fermano: «Lavori in corso fino a settembre, scusate il disagio e grazie per la pazienza».';
    expect(speakers(text)).toEqual([]);
  });
});
