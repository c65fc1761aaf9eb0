// The quotes stage reading names and bodies right before any speaker rule runs (issue 18, round 26, t26g).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOfFile } from '../pipeline/import/quotable.ts';
import { speakersOf } from './helpers/quotes.ts';

/** Speakers of a plain-text file, its first line the headline. */
const fileSpeakers = (text: string) => {
  const read = quotesOfFile('text.txt', text);
  return read.ok ? read.quotes.map((quote) => quote.speaker?.name ?? null) : [];
};

describe('quotes: a body named by its noun and a complement in capitals', () => {
  it('keeps the whole name, not the complement alone', () => {
    const text = 'Arriva la nota del Comitato per il Sì sul referendum. “Chi firma la nostra petizione – spiega il comitato – sa bene di firmare contro la fusione”.';
    expect(speakersOf(text)).toEqual(['Comitato per il Sì']);
  });

  it('does not take the complement of a noun in lower case for a name', () => {
    const text = 'Arriva la nota del comitato per il Sì sul referendum. “Chi firma la nostra petizione – spiega il comitato – sa bene di firmare contro la fusione”.';
    expect(speakersOf(text)).not.toContain('Sì');
  });

  it('still gives the name after the noun and its adjective', () => {
    const text = 'Arriva la nota del movimento civico Quartiere Vivo sul referendum. “Chi firma la nostra petizione – spiega il movimento – sa bene di firmare contro la fusione”.';
    expect(speakersOf(text)).toEqual(['Quartiere Vivo']);
  });
});

describe('quotes: an elided article after a name, as a headline runs into the line under it', () => {
  it('is no part of the name', () => {
    const text = 'Sconfitta in casa per i Wolves: l’appello di coach Bianchini\nL’allenatore a fine gara ha parlato del pubblico: “Quando si vince è facile per tutti, ma nella sconfitta bisogna restare compatti”.\nCoach Bianchini dopo il ko riparte dai suoi ragazzi.\n';
    expect(fileSpeakers(text)).toEqual(['Bianchini']);
  });

  it('keeps the elided particle that opens a surname', () => {
    const text = 'Ha parlato il presidente Ettore D’Orazio: “Il porto deve crescere ancora e lo farà presto”.';
    expect(speakersOf(text)).toEqual(['Ettore D’Orazio']);
  });
});
