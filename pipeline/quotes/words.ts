// Words of the prose with their places, elided articles split off ("l’assessore" -> "l’", "assessore").
import { ELIDED } from './lexicon.ts';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, apostrophe dropped: "l’" -> "l". */
  key: string;
  capital: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+)*[’']?/gu;

export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    let start = match.index;
    let value = match[0];
    if (start + value.length > to) value = value.slice(0, to - start);
    // Split elisions: "dell’Asl" -> "dell’" + "Asl", but keep surnames like "D’Alema" and "Dell’Acqua" whole.
    for (;;) {
      const apostrophe = value.search(/[’']/);
      if (apostrophe <= 0 || apostrophe === value.length - 1) break;
      const head = value.slice(0, apostrophe);
      const tail = value.slice(apostrophe + 1);
      const surname = /^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(tail) && /^(d|dell|dall|de)$/i.test(head);
      if (surname || !ELIDED.has(head.toLowerCase())) break;
      words.push(word(start, value.slice(0, apostrophe + 1)));
      start += apostrophe + 1;
      value = tail;
    }
    words.push(word(start, value));
  }
  return words;
}

function word(start: number, text: string): Word {
  return {
    start,
    end: start + text.length,
    text,
    key: text.toLowerCase().replace(/[’']/g, ''),
    capital: /^\p{Lu}/u.test(text),
  };
}

/** Words in [from, to): "ai microfoni di Radio" counts 4. */
export function countWords(text: string, from = 0, to = text.length): number {
  return wordsOf(text, from, to).length;
}
