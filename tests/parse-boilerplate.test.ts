// A boilerplate field with no Markdown syntax in it is read without the parser (parseBoilerplate): the tree must be
// the one the parser gives, whatever the text, positions apart (the caller places the tree on its field).
import { describe, expect, it } from 'vitest';
import { parseBoilerplate, parseMarkdown } from '../pipeline/parse/markdown.ts';
import { random } from '../bench/corpus.ts';

/** The tree without positions: what the build keeps of a boilerplate once placed on its field. */
function placeless(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(placeless);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, placeless(value)]));
}

// Pieces of text, Markdown syntax, whitespace of every kind (a no-break space, a line separator, a tab, line breaks).
const PIECES = ['Il Comune', ' ', 'a', '2021-2027', '1', '.', ')', '-', '+', '*', '_', '#', '>', '=', '~', '`', '\\', '[', ']', '(', ')', '<', '!', '&amp;', '&', ':', '|', '’', '«', '»', 'è', '𝐀', '\u00a0', '\u2028', '\t', '\n', '\r', '\r\n', '    ', 'https://x.it', '\u0000', '\u000b'];

describe('parse: a boilerplate without syntax, read without the parser', () => {
  it('gives the tree the Markdown parser gives, for every text', () => {
    const next = random(20);
    const texts = ['La Regione Piemonte sostiene le imprese.', 'Il consorzio presenta la candidatura ai fondi europei, con il contributo del Programma FESR 2021-2027.', 'Una riga\n', '', '\n', ' ', 'a\n\n'];
    for (let index = 0; index < 5000; index++) {
      const length = Math.floor(next() * 8);
      texts.push(Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(''));
    }
    let fast = 0;
    for (const text of texts) {
      const tree = parseBoilerplate(text);
      // The parser's trees have positions; the one made without it has none.
      if (!('position' in tree)) fast++;
      expect(placeless(tree), JSON.stringify(text)).toEqual(placeless(parseMarkdown(text, false)));
    }
    // The fast way is taken often enough for the comparison to mean something.
    expect(fast).toBeGreaterThan(500);
    expect(fast).toBeLessThan(texts.length);
  });
});
