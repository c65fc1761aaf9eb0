// Copy taken from web pages sometimes loses the punctuation and the space between two sentences, gluing the last
// word of one to the first of the next: "il sindaco Paolo CortiIl bilancio approvato …". A name read from such a
// word would be "Paolo CortiIl"; the article that opens the next sentence is no part of it.
// Likewise a space lost before a name glues a first name to the lower-case word before it: a photo credit
// ("FOTO: lucchese1905.clubRiccardo Barsotti") or a verb ("ha evidenziatoGiorgio Lanfranchi"). Only a capital part
// that is a known first name is split off, so "dallaFondazione" or "iPhone" stay whole.
import type { Word } from './words.ts';
import { isFirstName } from './names.ts';

/** A capitalised word, then an article opening the next sentence with its capital: "CortiIl", "RossiLa". */
const GLUED_ARTICLE = /^(\p{Lu}\p{Ll}{2,})(Il|Lo|La|Le|Gli|Un|Uno|Una)$/u;

/** Lower-case letters, then a capitalised word: "clubRiccardo", "evidenziatoGiorgio". */
const GLUED_NAME = /^(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;

function gluedPair(word: Word): RegExpExecArray | null {
  const article = GLUED_ARTICLE.exec(word.text);
  if (article) return article;
  const name = GLUED_NAME.exec(word.text);
  return name && isFirstName(name[2]!) ? name : null;
}

/** The words with any such glued pair read as two words, the second capitalised. */
export function ungluedWords(words: Word[]): Word[] {
  if (!words.some((word) => gluedPair(word) !== null)) return words;
  return words.flatMap((word) => {
    const glued = gluedPair(word);
    if (!glued) return [word];
    const split = word.start + glued[1]!.length;
    return [
      { start: word.start, end: split, text: glued[1]!, key: glued[1]!.toLowerCase(), capital: word.capital },
      { start: split, end: word.end, text: glued[2]!, key: glued[2]!.toLowerCase(), capital: true },
    ];
  });
}
