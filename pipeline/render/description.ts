// A page's description (meta description, og:description, feed summaries): the subtitle or the opening of the text,
// cut to fit a search result's snippet. The cut falls where the wrapper would break a line, moved back so that it
// never parts a figure from what it counts or dates (`Domande dal 15…`, `12…`): a reader must not take a cut figure
// for the whole one.
import { wrap } from './wrap.ts';

const DIGIT = /\p{Nd}/u;
/** A word that ends its phrase: what follows it is no unit of a figure in it (2.800, in crescita). */
const CLOSED = /[.,;:!?)\]»”’。、）」]$/u;
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

/** `text` if it fits `width` columns, else its opening cut at a word or phrase with `…`, within the width. */
export function cutDescription(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lines = wrap(flat, { width: width - 1 });
  if (lines.length <= 1) return flat;
  let head = lines[0]!;
  while (head !== '') {
    const rest = flat.slice(head.length);
    const spaced = rest.startsWith(' ');
    if (!partsFigure(head, rest.trimStart(), spaced)) break;
    head = head.slice(0, Math.max(head.lastIndexOf(' '), 0)).trimEnd();
  }
  // A text that opens with a figure longer than the line has nowhere better to be cut.
  return `${head || lines[0]!}…`;
}
