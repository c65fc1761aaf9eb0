// Finding quotations, and their speakers, where the sixteenth round saw them missed or given to the wrong one. Each
// rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOfFile } from '../pipeline/import/quotable.ts';

/** Each quotation of a plain-text page, as the evaluation reads one: its parts and its speaker's name. */
const summaryOfPage = (text: string) => {
  const read = quotesOfFile('pagina.txt', text);
  return (read.ok ? read.quotes : []).map((quote) => [quote.parts, quote.speaker?.name ?? null]);
};

describe('quotes: a release signed with the place and date on a line of their own', () => {
  it('keeps "Bari, 3 marzo 2023" out of the name of the union signing it', () => {
    const text = 'Sciopero, Filca: al via otto ore di fermo\n\n“La segreteria regionale ha deciso un pacchetto di otto ore di sciopero nei cantieri pubblici”.\nLo dichiara la Filca-Cisl regionale\nBari, 3 marzo 2023';
    expect(summaryOfPage(text)).toEqual([[['La segreteria regionale ha deciso un pacchetto di otto ore di sciopero nei cantieri pubblici'], 'Filca-Cisl regionale']]);
  });
});

describe('quotes: words woven into a sentence an office opens as its subject', () => {
  it('gives "La Prefettura ha presentato una bozza che prevede «…»" to the office, not to the mayor quoted before', () => {
    const text = 'I sindaci della costa hanno firmato il protocollo voluto dalla Prefettura di Bari. Il sindaco di Polignano, Marco Ferri, ha detto: “Serve più personale in estate”. Tornata la calma si è passati al testo da firmare. La Prefettura ha presentato una bozza che prevede la nascita di “un tavolo permanente per le emergenze legate alle mareggiate”.';
    expect(summaryOfPage(text)).toEqual([[['Serve più personale in estate'], 'Marco Ferri'], [['un tavolo permanente per le emergenze legate alle mareggiate'], 'Prefettura di Bari']]);
  });

  it('still gives them to the person the sentence opens on', () => {
    const text = 'Il sindaco di Polignano, Marco Ferri, ha parlato a lungo. Ferri ha presentato una bozza che prevede la nascita di “un tavolo permanente per le emergenze legate alle mareggiate”.';
    expect(summaryOfPage(text)).toEqual([[['un tavolo permanente per le emergenze legate alle mareggiate'], 'Marco Ferri']]);
  });
});

describe('quotes: a straight mark glued to a colon, its space typed after it', () => {
  it('opens the quotation: `ha poi aggiunto:" Si è trattato …"`', () => {
    const text = 'Il piano è stato presentato ieri in municipio. L’assessore Carlo Bini ha poi aggiunto:" Si è trattato di un lavoro a cui hanno partecipato anche le consulte di quartiere".';
    expect(summaryOfPage(text)).toEqual([[['Si è trattato di un lavoro a cui hanno partecipato anche le consulte di quartiere'], 'Carlo Bini']]);
  });

  it('still closes a quotation before a colon in lower case: `"…": così …`', () => {
    const text = 'L’assessore Carlo Bini ha detto: "Abbiamo finito i lavori": così ha chiuso la seduta di ieri sera.';
    expect(summaryOfPage(text)).toEqual([[['Abbiamo finito i lavori'], 'Carlo Bini']]);
  });
});
