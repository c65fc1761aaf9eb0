// A page's description (meta description, og:description, feed summaries) is the subtitle or the opening of the
// text, cut to fit a search result: at a word or phrase, never between a figure and what it counts or dates.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { cutEnd } from '../pipeline/render/cut-end.ts';
import { cutDescription } from '../pipeline/render/description.ts';

const SUBTITLE_IT = 'Approvato il bando “Piemonte Digitale Impresa”: contributi a fondo perduto fino al 60% per intelligenza artificiale, cybersicurezza e cloud. Domande dal 15 gennaio 2026';
const SUBTITLE_EN = '“Piemonte Digitale Impresa” call approved: non-repayable grants of up to 60% for artificial intelligence, cybersecurity and the cloud. Applications from 15 January 2026';

describe('description: cut at a word, never inside a date or between a figure and its unit', () => {
  it('keeps a text that fits whole', () => {
    expect(cutDescription('Domande dal 15 gennaio 2026', 160)).toBe('Domande dal 15 gennaio 2026');
  });

  it('ends the bundled subtitles with their first sentence rather than with a preposition before a date', () => {
    expect(cutDescription(SUBTITLE_IT, 160)).toBe('Approvato il bando “Piemonte Digitale Impresa”: contributi a fondo perduto fino al 60% per intelligenza artificiale, cybersicurezza e cloud.');
    expect(cutDescription(SUBTITLE_EN, 160)).toBe('“Piemonte Digitale Impresa” call approved: non-repayable grants of up to 60% for artificial intelligence, cybersecurity and the cloud.');
  });

  it('never ends on a word that opens what was cut away, nor on a comma, nor inside a quotation', () => {
    expect(cutDescription('La Regione apre il bando per le imprese artigiane del territorio', 32)).toBe('La Regione apre il bando…');
    expect(cutDescription('Robots on the wards as a trial with the Politecnico di Torino begins', 52)).toBe('Robots on the wards as a trial with the Politecnico…');
    expect(cutDescription('Il presidente ha firmato, insieme ai sindaci della provincia, il patto', 30)).toBe('Il presidente ha firmato…');
    expect(cutDescription('Approvato il bando “Piemonte Digitale Impresa” per le Pmi', 36)).toBe('Approvato il bando…');
    // Of two quotations left open, the cut falls before the first.
    expect(cutEnd('Il sindaco: «Il piano “Città')).toBe('Il sindaco');
  });

  it('takes no stop after a word written short for a sentence’s end', () => {
    expect(cutDescription('La giunta ha incontrato il dott. Rossi e i sindaci della provincia per il piano', 60)).toBe('La giunta ha incontrato il dott. Rossi e i sindaci…');
  });

  it('keeps a figure with its unit, a day with its month and year, a sign with its amount', () => {
    expect(cutDescription('La Regione mette a disposizione 12 milioni di euro', 36)).toBe('La Regione mette a disposizione…');
    expect(cutDescription('Le domande si aprono il 15 gennaio 2026', 38)).toBe('Le domande si aprono…');
    expect(cutDescription('Contributi alle imprese per € 250.000 in tutto', 36)).toBe('Contributi alle imprese…');
    // A figure that closes its phrase may end the description.
    expect(cutDescription('Le imprese sono 2.800, in crescita dal 2020', 24)).toBe('Le imprese sono 2.800…');
  });

  it('keeps a Japanese date or amount whole', () => {
    const text = '公募を承認し、最大60％の返済不要補助金を用意し、申請は2026年1月15日から受け付ける';
    const cut = cutDescription(text, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[\d年月]…$/);
    // A whole sentence that fills half the room ends it, with no ellipsis.
    expect(cutDescription('公募を承認し、最大60％の返済不要補助金を用意した。申請は2026年1月15日から受け付ける', 60)).toBe('公募を承認し、最大60％の返済不要補助金を用意した。');
  });

  it('gives a prefix of the text within the width, never ending on a figure whose unit follows (property)', () => {
    const word = fc.constantFrom('bando', 'imprese', 'dal', 'per', 'milioni', 'gennaio', 'euro', 'cloud.', 'e', 'fino', 'al', '60%', '15', '2.800', '2026', '€', '12', 'Regione');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 12, max: 80 }), (words, width) => {
        // A plain word first, so that there is always a place to cut before any figure.
        const text = ['Il', 'bando', ...words].join(' ');
        const cut = cutDescription(text, width);
        if (cut === text) return;
        expect(stringWidth(cut)).toBeLessThanOrEqual(width);
        // Cut after a whole sentence, or with an ellipsis after a word that opens nothing.
        const head = cut.endsWith('…') ? cut.slice(0, -1) : cut;
        if (!cut.endsWith('…')) expect(cut).toMatch(/\.$/);
        else if (head.includes(' ')) expect(['dal', 'per', 'e', 'fino', 'al']).not.toContain(head.split(' ').at(-1));
        expect(text.startsWith(head)).toBe(true);
        const [previous, last] = head.split(' ').slice(-2) as [string, string | undefined];
        const next = text.slice(head.length).trimStart().split(' ')[0]!;
        const open = (token: string | undefined) => token !== undefined && /\d/.test(token) && !/[.,;:]$/.test(token);
        // No figure parted from what follows it, no day from its year, no sign from its amount.
        expect(open(last ?? previous), `${head} | ${next}`).toBe(false);
        expect(last !== undefined && open(previous) && !/[.,;:]$/.test(last) && /\d/.test(next), `${head} | ${next}`).toBe(false);
        expect((last ?? previous) === '€' && /\d/.test(next), `${head} | ${next}`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
