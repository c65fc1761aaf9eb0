// The quotes stage on capitalised common words the twelfth untuned set took for speakers (a caption line, a word
// opening a sentence, the second word of a title, a section label): each rule tested on sentences written for it.
import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers/quotes.ts';

describe('quotes: a verb of saying closing a paragraph without its full stop', () => {
  it('does not take the caption line below for the speaker', () => {
    const body = '"Abbiamo fatto il possibile per riaprire la strada", dichiarano il presidente Mario Rossi e il vice Luca Bianchi. "Ringraziamo tutti i tecnici del comune", concludono\n\nImmagine di archivio';
    expect(speakersOf(body)).toEqual(['Mario Rossi e Luca Bianchi', 'Mario Rossi e Luca Bianchi']);
  });
});
