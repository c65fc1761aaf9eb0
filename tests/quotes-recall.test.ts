// Finding quotations in real Italian copy (issue 18): marks left open or turned wrongly, statements running over
// paragraphs, page furniture and lines of web pages copied as text.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../pipeline/quotes/index.ts';
import { parseMarkdown } from '../pipeline/parse/markdown.ts';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

const quotesOf = (markdown: string) => extractQuotes({ body: parseMarkdown(markdown, false) }).quotes;
const summary = (markdown: string) => quotesOf(markdown).map((quote) => [quote.parts, quote.speaker?.name ?? null]);
/** Plain text read as `pressroom quotes` reads a .txt file: through the import stage. */
const plainSummary = (text: string) => {
  const read = quotesOfFile('copia.txt', text);
  if (!read.ok) throw new Error(read.problems.join());
  return read.quotes.map((quote) => [quote.parts, quote.speaker?.name ?? null]);
};

describe('quotes: lines of a page copied as text', () => {
  it('reads a line opening with a dash and a mark as a paragraph of its own, not the heading above it', () => {
    const text = 'Le conferenze della vigilia\n\nLa giornata si apre con il derby.\nPISA-LUCCA (sabato, ore 15:00)\nConferenza stampa ROSSI Pisa-Lucca\n- “Il derby è una partita a parte, non conta la classifica. Siamo pronti”.\nCOMO-LECCO (sabato, ore 18:00)\nConferenza stampa BIANCHI Como-Lecco\n- “Abbiamo lavorato bene tutta la settimana, i ragazzi stanno bene”.\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Il derby è una partita a parte, non conta la classifica. Siamo pronti'], ['Abbiamo lavorato bene tutta la settimana, i ragazzi stanno bene']]);
  });

  it('reads a line opening with a mark after a dateline line as a paragraph of its own', () => {
    const text = 'Il ministro sul cantiere\n\n(Agenzia Vista) Roma, 12 marzo 2025\n"Non si è trattato di un atto dovuto. Io continuerò a difendere il cantiere e chi ci lavora”. Lo ha detto il vicepremier Raffaele, a margine di una conferenza stampa.\n';
    expect(plainSummary(text).map(([parts]) => parts)).toEqual([['Non si è trattato di un atto dovuto. Io continuerò a difendere il cantiere e chi ci lavora']]);
  });

  it('ends a paragraph at a line that ends with a straight closing mark', () => {
    const text = 'Il mercato resta in piazza\n\nVerdi Civici: "Lo spostamento del mercato è una scelta calata dall\'alto, senza ascolto dei residenti"\nIl consigliere Marco Neri ha presentato un\'interrogazione al sindaco sul mercato.\n';
    expect(plainSummary(text)).toEqual([[["Lo spostamento del mercato è una scelta calata dall'alto, senza ascolto dei residenti"], 'Verdi Civici']]);
  });
});
