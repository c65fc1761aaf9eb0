// A page's description (meta description, og:description, feed summaries): the subtitle or the opening of the text,
// cut to fit a search result's snippet. A whole sentence ends it when one fills half the room. Else the cut falls where
// the wrapper would break a line, moved back so that it never parts a figure from what it counts or dates
// (`Domande dal 15…`, `12…`): a reader must not take a cut figure for the whole one. Nor does it end on a word that
// opens what was cut (cut-end.ts).
import stringWidth from 'string-width';
import { cutEnd } from './cut-end.ts';
import { wrap } from './wrap.ts';

const DIGIT = /\p{Nd}/u;
/** A word that ends its phrase: what follows it is no unit of a figure in it (2.800, in crescita). */
const CLOSED = /[.,;:!?)\]»”’。、）」]$/u;
/** The end of a sentence: a stop after two letters, figures or closing marks (not `S.p.A.`), or a Japanese 。. */
const SENTENCE_END = /(?<=[\p{Ll}\p{Nd}%)”»’]{2})[.!?](?= )|。/gu;
/** Words written short with a stop that goes on with the sentence: `il dott. Rossi`, `art. 5`. */
const ABBREVIATIONS = new Set(['dott', 'dr', 'sig', 'sigg', 'prof', 'ing', 'avv', 'arch', 'geom', 'rag', 'on', 'sen', 'mons', 'gen', 'col', 'magg', 'cap', 'ten', 'art', 'artt', 'pag', 'pagg', 'ecc', 'ca', 'nr', 'mr', 'mrs', 'ms', 'st', 'no', 'vol', 'fig', 'approx', 'etc', 'vs']);
/** Is the stop at `at` after a word written short? */
const afterAbbreviation = (text: string, at: number) => ABBREVIATIONS.has(text.slice(text.lastIndexOf(' ', at - 1) + 1, at).toLowerCase());

/** A sign written before the amount it qualifies, apart from it (€ 250.000). */
const SIGN = /^[€$£¥]$/u;

/**
 * Would a cut between `head` and `next` part a figure from its unit, date or amount? A cut with no space there is
 * between Japanese phrases, which keep their figures whole (2026年1月15日から: see wrap.ts).
 */
function partsFigure(head: string, next: string, spaced: boolean): boolean {
  if (!spaced) return false;
  const [previous, last = ''] = head.split(' ').slice(-2);
  if (head.split(' ').length === 1) return (DIGIT.test(previous!) && !CLOSED.test(previous!)) || (SIGN.test(previous!) && DIGIT.test(next));
  if (DIGIT.test(last) && !CLOSED.test(last)) return true;
  // 15 gennaio | 2026, 12 milioni | 500 mila: the second figure belongs to the first.
  if (DIGIT.test(next) && DIGIT.test(previous!) && !CLOSED.test(previous!) && !CLOSED.test(last)) return true;
  return SIGN.test(last) && DIGIT.test(next);
}

/** Moves `head` back until it parts no figure from what follows it in `flat` and ends on no word opening a phrase. */
function cleanCut(flat: string, head: string): string {
  for (;;) {
    const rest = flat.slice(head.length);
    if (partsFigure(head, rest.trimStart(), rest.startsWith(' '))) head = head.slice(0, Math.max(head.lastIndexOf(' '), 0)).trimEnd();
    else {
      const cut = cutEnd(head);
      if (cut === head) return head;
      head = cut;
    }
  }
}

/** `text` if it fits `width` columns, else its first sentences if they fill half of it, else its opening cut at a word or phrase with `…`. */
export function cutDescription(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lines = wrap(flat, { width: width - 1 });
  if (lines.length <= 1) return flat;
  const stops = [...flat.slice(0, lines[0]!.length + 1).matchAll(SENTENCE_END)].filter((stop) => !afterAbbreviation(flat, stop.index));
  const sentences = flat.slice(0, (stops.at(-1)?.index ?? -1) + 1);
  if (stops.length > 0 && stringWidth(sentences) * 2 >= width) return sentences;
  // A text that opens with a figure longer than the line has nowhere better to be cut.
  return `${cleanCut(flat, lines[0]!) || lines[0]!}…`;
}
