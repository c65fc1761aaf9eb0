// The <title> of a page: what a browser tab and a search result show, where only the first 60 or 70 characters
// count (html-validate's long-title allows 70). The page itself (h1, og:title, JSON-LD) keeps the headline whole.
import { wrap } from './wrap.ts';

const TITLE_WIDTH = 70;

/** Fits in `TITLE_WIDTH` columns (a Japanese character counts two, as it takes twice the room in a result). */
const fits = (text: string) => text.length <= TITLE_WIDTH && wrap(text, { width: TITLE_WIDTH }).length === 1;

/** "Headline – Site", the headline alone when the site name does not fit, else the headline cut at a word or phrase with an ellipsis. */
export function documentTitle(headline: string, siteName: string): string {
  const full = `${headline} – ${siteName}`;
  if (fits(full)) return full;
  if (fits(headline)) return headline;
  const [first = ''] = wrap(headline, { width: TITLE_WIDTH - 1 });
  // A single word longer than the limit: wrap() gives it whole, so it is cut here.
  return `${fits(`${first}…`) ? first : Array.from(first).slice(0, TITLE_WIDTH / 2 - 1).join('')}…`;
}
