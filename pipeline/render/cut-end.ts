// Where a text cut short for a page's <title> or description may end. Not on a word that opens what was cut away
// (`Domande dal…`, `con il…`, `of up to…`): a reader takes the last word for the start of a phrase that never comes.
// Not on a comma or a colon before the ellipsis, and not inside a quotation whose closing mark was cut.

/** Articles, prepositions (simple and articulated), conjunctions and the adverbs that open a phrase, it and en. */
const OPENERS = new Set([
  ...'il lo la i gli le un uno una di a da in con su per tra fra e ed o od né ma che se come non anche più fino'.split(' '),
  ...'del dello della dei degli delle dal dallo dalla dai dagli dalle al allo alla ai agli alle'.split(' '),
  ...'nel nello nella nei negli nelle col coi sul sullo sulla sui sugli sulle'.split(' '),
  ...'the a an of to from with for and or nor but in on at by as into onto than that up not'.split(' '),
]);

/** Punctuation that announces more (a comma, a colon, a dash), left bare before an ellipsis. */
const TRAILING = /[\s,;:–—-]+$/u;

/** The opening marks of a quotation, each with its closing one. */
const QUOTATIONS: [string, string][] = [['“', '”'], ['«', '»']];

/** `head` without an unclosed quotation of either kind: cut before the word that opens the first, if anything is left. */
function withoutOpenQuotation(head: string): string {
  const open = QUOTATIONS.map(([opening, closing]) => {
    const at = head.lastIndexOf(opening);
    return at > 0 && !head.includes(closing, at) ? at : Infinity;
  });
  const first = Math.min(...open);
  return first === Infinity ? head : head.slice(0, head.lastIndexOf(' ', first) + 1).trimEnd() || head;
}

/** `head` with the words that open a cut phrase, and the punctuation left before them, taken off its end. */
export function cutEnd(head: string): string {
  let text = withoutOpenQuotation(head).replace(TRAILING, '');
  for (let at = text.lastIndexOf(' '); at > 0 && OPENERS.has(text.slice(at + 1).toLowerCase()); at = text.lastIndexOf(' ')) {
    text = text.slice(0, at).replace(TRAILING, '');
  }
  return text || head;
}
