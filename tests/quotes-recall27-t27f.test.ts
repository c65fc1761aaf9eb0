// The quotes stage reading statements over paragraphs (issue 18, round 27, t27f).
// Each rule from Italian press convention, tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers/quotes.ts';

describe('quotes: a statement opened once and never closed, signed under its last paragraph', () => {
  const heading = 'Presidente della cooperativa Laura Bentivoglio\n\n';
  const body = '“Prima di tutto un grazie ai soci e ai volontari per il lavoro di quest’anno, che è stato lungo.\n\nNel prossimo anno apriremo due nuovi laboratori per i ragazzi del quartiere e per le loro famiglie.\n\nCi aspetta un lavoro impegnativo, ma lo faremo insieme, come sempre abbiamo fatto.\n\n';
  it('runs to the signature that repeats the name given before it', () => {
    const quotes = quotesOf(`${heading}${body}Laura Bentivoglio`);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.parts).toHaveLength(3);
    expect(quotes[0]!.parts[2]).toMatch(/^Ci aspetta un lavoro impegnativo/u);
  });

  it('ends with its paragraph where the last line names someone not given before', () => {
    const quotes = quotesOf(`${heading}${body}Giorgio Venturelli`);
    expect(quotes[0]!.parts).toHaveLength(1);
  });
});
