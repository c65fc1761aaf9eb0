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

describe('quotes: a name alone on the line above a statement, as transcribed interviews label each voice', () => {
  it('gives each statement to the name over it, in a series after a colon', () => {
    const text = 'Dopo il derby i due tecnici si sono abbracciati. Ferrante ha poi scherzato con i giornalisti, e tutti e due hanno raccontato cosa si erano detti:\n\nBassani\n\n“Con lui ci vogliamo bene, abbiamo riso parecchio prima della gara.”\n\nFerrante\n\n“Gli ho detto che era un rompiscatole, e ci abbiamo riso su insieme.”';
    expect(summaryOf(text)).toEqual([[['Con lui ci vogliamo bene, abbiamo riso parecchio prima della gara.'], 'Bassani'], [['Gli ho detto che era un rompiscatole, e ci abbiamo riso su insieme.'], 'Ferrante']]);
  });

  it('takes no shop or page word alone on its line for a speaker', () => {
    const text = 'I negozianti di via Roma protestano contro il cantiere che chiude la strada da settimane.\n\nErboristeria Salvia Cisternino\n\n“Noi siamo tagliati fuori da tutto, nessuno passa più davanti alle vetrine.”';
    expect(summaryOf(text).map(([, speaker]) => speaker)).not.toContain('Erboristeria Salvia Cisternino');
  });
});
