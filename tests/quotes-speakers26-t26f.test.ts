// Round 26 (t26f): the top of the page and its label lines. Each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { summaryOf } from './helpers/quotes.ts';

describe('quotes: a headline line giving its speaker a bracket before the marks, with no colon', () => {
  it('reads the words as the named person’s, the bracket their party', () => {
    const text = 'Chiusura del reparto: Anna Verdi (Lega) "Il sindaco non sa farsi valere"\n\nSulla chiusura prende posizione anche Anna Verdi, consigliera della Lega. "Lo sdegno - afferma - è di tutti, ma nessuno ha fatto nulla."';
    expect(summaryOf(text)).toEqual([[['Il sindaco non sa farsi valere'], 'Anna Verdi'], [['Lo sdegno', 'è di tutti, ma nessuno ha fatto nulla.'], 'Anna Verdi']]);
  });

  it('reads it under page chrome run into the same paragraph', () => {
    const text = 'Martedì 14/07/2015\nHome    Cronaca    Politica\nOre 09:17\nChiusura del reparto: Anna Verdi (Lega) "Il sindaco non sa farsi valere"\n\nSulla chiusura prende posizione anche Anna Verdi. "Lo sdegno - afferma - è di tutti, ma nessuno ha fatto nulla."';
    expect(summaryOf(text)[0]).toEqual([['Il sindaco non sa farsi valere'], 'Anna Verdi']);
  });

  it('takes no name of a place with its province for a speaker', () => {
    const text = 'Concerto in piazza a Marsciano (Perugia) "Note di mezza estate"\n\nLa banda suona sabato sera in piazza, con ingresso libero per tutti.';
    expect(summaryOf(text)).toEqual([]);
  });
});
