// Round 19's review of its own quote rules: each shape a rule took too far, written for the test.
import { describe, expect, it } from 'vitest';
import { quotesOf, speakersOrDescriptionsOf } from './helpers/quotes.ts';
import { bylineOrganisation } from '../pipeline/quotes/press-offices.ts';

const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? null);

describe('quotes: rules of round 19 kept to what they are for', () => {
  it('reads a closing mark glued to "dettagli" or "continua" as a closing mark, not a read-more arrow', () => {
    const [quote] = quotesOf('Il sindaco Mario Rossi ha commentato: «La nostra storia continua»');
    expect(quote!.parts).toEqual(['La nostra storia continua']);
    expect(quotesOf('«Nei prossimi giorni daremo tutti i dettagli», ha detto il sindaco Mario Rossi.')[0]!.parts).toEqual(['Nei prossimi giorni daremo tutti i dettagli']);
  });

  it('keeps both first names of a person after "il portavoce di": no office has a seat there', () => {
    expect(speakers('Il portavoce di Anna Maria Bernini ha detto: «Nessun commento».')).not.toContain('Maria Bernini');
  });

  it('lets "Regione:" over a text that says "della regione" name the Region', () => {
    expect(speakersOrDescriptionsOf('La giunta della regione ha approvato il piano per le scuole.', 'Regione: «Nuovi fondi per le scuole»')).toEqual(['Regione']);
  });

  it('reads "spetta al sindaco X" as a task handed on, not the floor: the words after stay the last speaker’s', () => {
    expect(speakers('«Il bilancio è solido», ha detto l’assessore Luca Verdi. La decisione finale spetta al sindaco Mario Rossi. «Aspettiamo la firma», ha aggiunto.')).toEqual(['Luca Verdi', 'Luca Verdi']);
  });

  it('finds no byline in a long run of letters that ends on no byline, trying each cut of it once', () => {
    // The pattern used to try every way to cut such a run: these 4,000 letters took 30 s (the suite would show it).
    expect(bylineOrganisation(`Ufficio Stampa UIL 14/02/2025 ${'a'.repeat(4000)}:`)).toBeUndefined();
    expect(bylineOrganisation('Ufficio Stampa UIL\n14/02/2025 - Sindacato\n')).toBe('UIL');
  });
});

describe('quotes: a headline quote’s place', () => {
  it('gives `pressroom quotes --json` no position for a quote in the title, whose column would count from the key', async () => {
    const { quotesOfFile, quoteJson } = await import('../pipeline/import/quotable.ts');
    const read = quotesOfFile('releases/r.md', '---\ntitle: "Il sindaco Mario Rossi: «Una giornata storica»"\ndate: 2025-10-14T10:00:00+02:00\n---\n\n«Siamo pronti», ha detto il sindaco Mario Rossi.\n');
    if (!read.ok) throw new Error('does not read');
    const json = read.quotes.map((quote) => quoteJson(quote));
    expect(json.map((quote) => [quote.block ?? null, quote.position ?? null])).toEqual([['title', null], [null, { line: 6, column: 2 }]]);
  });
});
