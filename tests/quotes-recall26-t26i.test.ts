// Round 26 (t26i): quotations' spans missed, cut or taken amiss. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

const partsOf = (text: string) => summaryOf(text).map(([parts]) => parts);

describe('quotes: "E ancora:" opening the next paragraph goes on with the statement closing the one before', () => {
  it('joins the two pairs as one quotation in two parts ("…: «…». ¶ E ancora: «…»")', () => {
    const text = 'Un titolo qualunque\n\nIl presidente Marco Neri affida le sue emozioni alla fine della stagione: «È stato un anno bellissimo per tutti noi e per la città intera».\n\nE ancora: «Ringrazio i tifosi, che ci hanno seguito ovunque in ogni trasferta.»\n\nLa squadra torna in campo a settembre.';
    expect(summaryOf(text)).toEqual([[['È stato un anno bellissimo per tutti noi e per la città intera', 'Ringrazio i tifosi, che ci hanno seguito ovunque in ogni trasferta.'], 'Marco Neri']]);
  });

  it('keeps two quotations where the paragraph goes on after the first pair closes', () => {
    const text = 'Un titolo qualunque\n\nIl presidente Marco Neri affida le sue emozioni alla fine della stagione: «È stato un anno bellissimo per tutti noi e per la città intera». Poi è sceso in campo con i giocatori.\n\nE ancora: «Ringrazio i tifosi, che ci hanno seguito ovunque in ogni trasferta.»\n\nLa squadra torna in campo a settembre.';
    expect(partsOf(text)).toHaveLength(2);
  });
});

describe('quotes: a new topic opening the next paragraph opens a quotation of its own', () => {
  it('keeps "¶ Poi sul caso X: «…»" apart from the statement before', () => {
    const text = 'Un titolo qualunque\n\nIl segretario Marco Neri attacca la giunta: «La seduta si poteva preparare meglio, senza fermare un intero consiglio comunale».\n\nPoi sul caso Rossi: «Lasciamo parlare le foto di una piazza piena di persone che chiedono le dimissioni.»';
    expect(partsOf(text)).toHaveLength(2);
  });
});

describe('quotes: words in marks after "oggetto:", "titolo:" name a document, not speech', () => {
  it('takes no agenda item set in its own paragraph after "con oggetto:"', () => {
    const text = 'Un titolo qualunque\n\nVenerdì nuova seduta del consiglio comunale con questo ordine del giorno:\n\nProposta consiliare di deliberazione n. 12 del 3 maggio con oggetto:\n\n“Approvazione del piano triennale delle opere pubbliche e dei relativi allegati tecnici”.\n\nLa seduta è pubblica.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('still takes a statement in its own paragraph after a verb of saying and a colon', () => {
    const text = 'Un titolo qualunque\n\nVenerdì nuova seduta del consiglio comunale. Il sindaco Marco Neri ha spiegato:\n\n“Approveremo il piano triennale delle opere pubbliche e tutti i relativi allegati tecnici”.\n\nLa seduta è pubblica.';
    expect(summaryOf(text)).toEqual([[['Approveremo il piano triennale delle opere pubbliche e tutti i relativi allegati tecnici'], 'Marco Neri']]);
  });
});

describe('quotes: a hashtag in marks is a title, not speech', () => {
  it('takes no event title opening on a hashtag ("“#100 Liceo: …” è l’appuntamento")', () => {
    const text = 'Un titolo qualunque\n\n“#100 Liceo Galilei: dalle radici… ai rami del domani” è l’appuntamento che sabato si aprirà alla cittadinanza.';
    expect(summaryOf(text)).toEqual([]);
  });

  it('still takes a statement with a hashtag further in ("«Ci vediamo in piazza, #tuttiinsieme»")', () => {
    const text = 'Un titolo qualunque\n\n«Ci vediamo tutti in piazza sabato mattina, #tuttiinsieme», ha detto il sindaco Marco Neri.';
    expect(summaryOf(text)).toEqual([[['Ci vediamo tutti in piazza sabato mattina, #tuttiinsieme'], 'Marco Neri']]);
  });
});
