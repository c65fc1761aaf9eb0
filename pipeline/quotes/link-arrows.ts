// A web page's "read more" link keeps its arrow when the page is copied as text: "… a causa dei conflitti… leggi »",
// "Leggi tutto »", "Continua a leggere »", "Scopri di più »". That "»" is a link's furniture, no closing quotation mark:
// read as one it makes the paragraph a statement whose opening mark was lost.

/** The link's words right before the arrow, a space apart (a closing mark is glued to its last word), the arrow ending its paragraph. */
const READ_MORE = /(?:^|[\s.…,;:])(?:leggi(?:\s+(?:tutto|di\s+più|l[’']articolo|la\s+notizia|ancora))?|continua(?:\s+a\s+leggere)?|approfondisci|scopri\s+di\s+più|vai\s+all[’']articolo|dettagli|read\s+more)\s+$/iu;

/** Is the "»" at `at` a "read more" link's arrow? */
export function isLinkArrow(text: string, at: number, start: number, end: number): boolean {
  if (text[at] !== '»' || !/^\s*$/u.test(text.slice(at + 1, end))) return false;
  return READ_MORE.test(text.slice(Math.max(start, at - 40), at));
}
