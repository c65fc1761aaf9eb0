// Round 18 (t18g): statements whose bounds the extractor missed. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

describe('quotes: a dashed attribution describing the speaker at length, the name last', () => {
  it('splits "“… – ha detto la capitana della squadra di casa, Anna Neri -. …”" and gives it to the name', () => {
    const text = 'Festa grande ieri sera al palazzetto per la promozione in serie B.\n\n“Per noi è una gioia immensa – ha detto la capitana e palleggiatrice della squadra di casa, Anna Neri -. Abbiamo lavorato tutto l’anno per questo momento e adesso ce lo godiamo”.';
    expect(summaryOf(text)).toEqual([[['Per noi è una gioia immensa', 'Abbiamo lavorato tutto l’anno per questo momento e adesso ce lo godiamo'], 'Anna Neri']]);
  });

  it('reads an en dash closing it too: "– ha spiegato il numero uno del club, Marco Gialli –."', () => {
    const text = 'Il consiglio direttivo si è riunito ieri.\n\n“Il bilancio è sano – ha spiegato il numero uno del club, Marco Gialli –. Possiamo guardare avanti con fiducia e investire sui giovani del vivaio”.';
    expect(summaryOf(text)).toEqual([[['Il bilancio è sano', 'Possiamo guardare avanti con fiducia e investire sui giovani del vivaio'], 'Marco Gialli']]);
  });
});

describe('quotes: a custom’s set name in marks after an adjective of custom', () => {
  it('takes "con il classico «taglio del nastro»" for no one’s words, though the sentence names someone', () => {
    const text = 'La nuova scuola di via Verdi è pronta dopo due anni di lavori.\n\nIl sindaco Mario Rossi ha aperto l’edificio con il classico “taglio del nastro”, davanti agli alunni e alle famiglie.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('still gives words woven after an ordinary adjective to the sentence’s subject: "ha parlato di un progetto «capace di …»"', () => {
    const text = 'La nuova scuola di via Verdi è pronta dopo due anni di lavori.\n\nIl sindaco Mario Rossi ha parlato di un edificio “capace di accogliere tutti i bambini del quartiere”.';
    expect(summaryOf(text)).toEqual([[['capace di accogliere tutti i bambini del quartiere'], 'Mario Rossi']]);
  });
});

describe('quotes: guillemets typed as doubled angle brackets in plain text', () => {
  const partsOf = (text: string) => {
    const read = quotesOfFile('pagina.txt', text);
    return read.ok ? read.quotes.map((quote) => quote.parts) : [];
  };

  it('reads "<<…>>" as «…», woven into the sentence or opening its line', () => {
    const text = 'Mercato, protestano i commercianti\n\nLa nuova ordinanza divide il paese. I commercianti parlano di <<una scelta sbagliata, che ci costringe a chiudere prima - dice un fruttivendolo -. Così perdiamo metà dei clienti>>.\n\n<<Abbiamo chiesto un incontro al sindaco e aspettiamo una risposta>>, aggiungono dall’associazione.\n';
    expect(partsOf(text)).toEqual([
      ['una scelta sbagliata, che ci costringe a chiudere prima', 'Così perdiamo metà dei clienti'],
      ['Abbiamo chiesto un incontro al sindaco e aspettiamo una risposta'],
    ]);
  });

  it('leaves a comparison "a << b" and an arrow "->>" alone', () => {
    const text = 'Misure in laboratorio\n\nIl valore misurato resta a << b in ogni prova, spiegano i tecnici del laboratorio.\n';
    expect(partsOf(text)).toEqual([]);
  });
});

describe('quotes: a teaser left open, then narration, then a statement whose opening mark was lost', () => {
  it('ends the teaser with its paragraph and reads the later statement as its own, dashed attribution and all', () => {
    const text = 'Il presidente del consorzio Luca Bassi ha aggiunto: “Il consorzio resta vicino a tutti i produttori della valle\n\nLa nuova sede del consorzio è stata inaugurata ieri alla presenza del “gotha” della cooperazione locale e dei sindaci della zona.\n\nSarà un lavoro impegnativo – ha detto Marta Conti – ma abbiamo una squadra giovane e motivata. Cominciamo subito dai contratti con la grande distribuzione”.';
    expect(summaryOf(text)).toEqual([
      [['Il consorzio resta vicino a tutti i produttori della valle'], 'Luca Bassi'],
      [['Sarà un lavoro impegnativo', 'ma abbiamo una squadra giovane e motivata. Cominciamo subito dai contratti con la grande distribuzione'], 'Marta Conti'],
    ]);
  });

  it('lets a statement run on past narration to a closing paragraph whose dashed verb names nobody new', () => {
    const text = 'Il presidente del consorzio Luca Bassi ha scritto ai soci: “Il consorzio resta vicino a tutti i produttori della valle\n\nLe vendite sono calate del “dieci per cento” in un anno, e la crisi pesa su tutti.\n\nPer questo – prosegue – chiederemo alla Regione un fondo per le aziende più piccole”.';
    const quotes = summaryOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]![1]).toBe('Luca Bassi');
  });

  it('lets it run on past paragraphs in the first person to one naming its speaker again: "… – ha concluso X – …”"', () => {
    const text = 'Il presidente del consorzio Luca Bassi ha scritto ai soci: “Il consorzio resta vicino a tutti i produttori della valle\n\nAbbiamo chiesto alla Regione un fondo per le aziende più piccole, le più colpite dal “caro energia”.\n\nLa prossima assemblea – ha concluso Bassi – deciderà come dividere i fondi tra i soci”.';
    const quotes = summaryOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]![1]).toBe('Luca Bassi');
  });
});
