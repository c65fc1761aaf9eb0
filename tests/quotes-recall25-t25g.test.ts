// Round 25 (t25g): quotations' spans lost to marks typed amiss. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: copy typed with no space after its commas', () => {
  it('opens a statement at a closing-shaped mark glued between a comma and a word, its comma-glued aside set apart', () => {
    const text = 'In sala c’erano il sindaco Marco Neri e le associazioni del paese,”unire le forze della città,spiegava il sindaco Neri,è stata la sfida più bella di questi anni.” La stagione parte a novembre.';
    expect(summaryOf(text)).toEqual([[['unire le forze della città', 'è stata la sfida più bella di questi anni.'], 'Marco Neri']]);
  });

  it('still reads a closing mark after a comma and a space as closing', () => {
    const text = 'Il sindaco Marco Neri ha parlato di “una stagione ricca”, annunciando dieci spettacoli.';
    expect(summaryOf(text)).toEqual([[['una stagione ricca'], 'Marco Neri']]);
  });
});

describe('quotes: a closing mark glued to the capital after a stop, before the writer introduces a statement', () => {
  it('opens nothing when the next mark opens a statement after a colon', () => {
    const text = 'Il sindaco Marco Neri ha chiuso la serata ringraziando tutti.”Il consigliere Paolo Rossi ha preso la parola: “Quando ho chiamato le compagnie hanno risposto subito e questo ci ha dato coraggio”. Si replica sabato.';
    expect(summaryOf(text)).toEqual([[['Quando ho chiamato le compagnie hanno risposto subito e questo ci ha dato coraggio'], 'Paolo Rossi']]);
  });

  it('still opens one before words the page closes with nothing else opened', () => {
    const text = 'La squadra è rientrata ieri sera, ha raccontato l’allenatore Paolo Rossi, dopo il ritorno in pullman.”Sono state ore lunghe ma i ragazzi hanno tenuto duro fino alla fine”.';
    expect(summaryOf(text)).toEqual([[['Sono state ore lunghe ma i ragazzi hanno tenuto duro fino alla fine'], 'Paolo Rossi']]);
  });
});

describe('quotes: a statement never closed, a partial quotation of the same marks after it', () => {
  it('runs past its own closed dashed aside to the stop typed glued before the writer takes over', () => {
    const text = 'Il consigliere Paolo Rossi ha preso la parola: “Abbiamo lavorato mesi alla stagione e la Giunta ha fatto sua la scelta. Portare poi – ha aggiunto Rossi – sul nostro palco nomi importanti è motivo di orgoglio .Il vicesindaco Luca Bianchi ha parlato del “segnale forte dei cittadini, che in molti – ha detto – chiedono già gli abbonamenti”.';
    expect(summaryOf(text)).toEqual([
      [['Abbiamo lavorato mesi alla stagione e la Giunta ha fatto sua la scelta. Portare poi', 'sul nostro palco nomi importanti è motivo di orgoglio .'], 'Paolo Rossi'],
      [['segnale forte dei cittadini, che in molti', 'chiedono già gli abbonamenti'], 'Luca Bianchi'],
    ]);
  });

  it('still ends at a dashed verb that opens the statement after it', () => {
    const text = 'Il presidente Paolo Rossi ha spiegato: «Stimiamo un raccolto in calo del venti per cento - spiega Rossi «una produzione che non basterà a coprire i costi di quest’anno».';
    const quotes = summaryOf(text);
    expect(quotes[0]![0]).toEqual(['Stimiamo un raccolto in calo del venti per cento']);
  });
});

describe('quotes: a dashed attribution whose closing dash was lost', () => {
  it('ends with the speaker’s name, the quotation going on in lower case', () => {
    const text = 'Dall’opposizione arriva l’attacco più duro. “Quello che è successo .- dice il capogruppo Marco Neri non è che il primo effetto di una maggioranza divisa da mesi”.';
    expect(summaryOf(text)).toEqual([[['Quello che è successo', 'non è che il primo effetto di una maggioranza divisa da mesi'], 'Marco Neri']]);
  });

  it('still ends a dashed verb with no name at its closing dash', () => {
    const text = 'Il capogruppo Marco Neri attacca. “Quello che è successo – dice – non è che il primo effetto di una maggioranza divisa da mesi”.';
    expect(summaryOf(text)).toEqual([[['Quello che è successo', 'non è che il primo effetto di una maggioranza divisa da mesi'], 'Marco Neri']]);
  });
});
