// The quotes stage on patterns measured on unseen texts (issue 18): pieces of one statement, and speakers
// resolved from the discourse around a quotation rather than from the words glued to it.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';

const quotesOf = (markdown: string) => extractQuotes({ body: parseMarkdown(markdown, false) }).quotes;
const summary = (markdown: string) => quotesOf(markdown).map((quote) => [quote.parts, quote.speaker?.name ?? null]);

describe('quotes: one statement in several pieces', () => {
  it('keeps the pieces around a named attribution together when the second goes on in lower case', () => {
    const text = "Il sindaco di Lecco, Marta Villa, ha parlato in aula. ''Il ponte riaprirà a giugno'', aggiunge Villa, ''perche' i lavori sono in anticipo''.";
    expect(summary(text)).toEqual([[['Il ponte riaprirà a giugno', "perche' i lavori sono in anticipo"], 'Marta Villa']]);
  });

  it('keeps them together across circumstances told with a gerund after the attribution', () => {
    const text = '«Il museo resterà aperto anche la sera», ha spiegato la direttrice Paola Conti, ricordando che lo scorso anno le visite serali erano state quasi ventimila in tutto. «Vogliamo fare ancora meglio quest’anno».';
    expect(summary(text)).toEqual([[['Il museo resterà aperto anche la sera', 'Vogliamo fare ancora meglio quest’anno'], 'Paola Conti']]);
  });

  it('joins two partial quotations coordinated in one sentence, but not two listed with a bare "e"', () => {
    const joined = 'Per il consigliere Luca Berti la delibera «non risolve il problema dei parcheggi» e il piano «dimentica del tutto le periferie».';
    expect(summary(joined)).toEqual([[['non risolve il problema dei parcheggi', 'dimentica del tutto le periferie'], 'Luca Berti']]);
    const relative = '«Il turismo cresce in tutta la provincia», dice il presidente Ugo Neri, secondo cui «servono più treni nei fine settimana».';
    expect(quotesOf(relative)).toHaveLength(2);
  });

  it('reads an attribution between hyphens glued to the word before them', () => {
    const text = '«I fondi sono già stati spesi, anzi- ha precisato l’assessore Carlo Rota- ne chiederemo altri».';
    expect(summary(text)).toEqual([[['I fondi sono già stati spesi, anzi', 'ne chiederemo altri'], 'Carlo Rota']]);
  });
});
