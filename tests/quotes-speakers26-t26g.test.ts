// The quotes stage reading names and bodies right before any speaker rule runs (issue 18, round 26, t26g).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

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
