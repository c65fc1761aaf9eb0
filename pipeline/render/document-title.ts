// The <title> of a page: what a browser tab and a search result show, where only the first 60 or 70 characters
// count (html-validate's long-title allows 70). The page itself (h1, og:title, JSON-LD) keeps the headline whole.
import { cutEnd } from './cut-end.ts';
import { writtenLength } from './html-text.ts';
import { wrap } from './wrap.ts';

const TITLE_WIDTH = 70;

/**
 * Fits in `TITLE_WIDTH` columns (a Japanese character counts two, as it takes twice the room in a result) and in
 * `TITLE_WIDTH` characters as the page writes it (html-validate counts `&amp;` as five).
 */
const fits = (text: string) => writtenLength(text) <= TITLE_WIDTH && wrap(text, { width: TITLE_WIDTH }).length === 1;

/**
 * "Headline – Site", the headline alone when the site name does not fit, else the headline cut at a word or phrase
 * with an ellipsis, never after a word that opens what was cut (cut-end.ts).
 */
export function documentTitle(headline: string, siteName: string): string {
  const full = `${headline} – ${siteName}`;
  if (fits(full)) return full;
  if (fits(headline)) return headline;
  // The first line of the headline wrapped narrower and narrower, until it fits with its ellipsis as written.
  for (let width = TITLE_WIDTH - 1; width > TITLE_WIDTH / 2; width--) {
    const [first = ''] = wrap(headline, { width });
    const cut = `${cutEnd(first)}…`;
    if (fits(cut)) return cut;
  }
  // A single word longer than the limit: wrap() gives it whole, so it is cut here, a character at a time.
  const characters = Array.from(headline);
  let count = Math.min(characters.length, TITLE_WIDTH / 2 - 1);
  while (count > 1 && !fits(`${characters.slice(0, count).join('')}…`)) count--;
  return `${characters.slice(0, count).join('')}…`;
}
