// Copy taken from web pages sometimes loses the punctuation and the space between two sentences, gluing the last
// word of one to the first of the next: "il sindaco Paolo CortiIl bilancio approvato …". A name read from such a
// word would be "Paolo CortiIl"; the article that opens the next sentence is no part of it.
import type { Word } from './words.ts';

/** A capitalised word, then an article opening the next sentence with its capital: "CortiIl", "RossiLa". */
const GLUED_ARTICLE = /^(\p{Lu}\p{Ll}{2,})(Il|Lo|La|Le|Gli|Un|Uno|Una)$/u;

/** The words with any such glued pair read as two words, the second a capitalised article. */
export function ungluedWords(words: Word[]): Word[] {
  if (!words.some((word) => GLUED_ARTICLE.test(word.text))) return words;
  return words.flatMap((word) => {
    const glued = GLUED_ARTICLE.exec(word.text);
    if (!glued) return [word];
    const split = word.start + glued[1]!.length;
    return [
      { start: word.start, end: split, text: glued[1]!, key: glued[1]!.toLowerCase(), capital: true },
      { start: split, end: word.end, text: glued[2]!, key: glued[2]!.toLowerCase(), capital: true },
    ];
  });
}
