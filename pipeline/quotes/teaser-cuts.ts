// A listing's teaser (a press office's statements, a periodical's articles) prints the first lines of a statement and
// cuts it with "..." or "[…]", its closing mark never printed: "14/02 - Sindacato “La scelta della Corte va
// rispettata. Ora la parola passa al Parlamento, che dovrà...". A title or a name in marks is printed whole and closed,
// so words left open and cut so are someone's statement, whatever noun stands before them; the cut is no word of theirs.
import type { QuotedSpan } from './marks.ts';
import type { Range } from './attribution.ts';
import { isPageLabel } from './page-labels.ts';
import { writtenAgainAsName } from './common-words.ts';

/** The listing's cut at the end of the quoted words: "...", "…", "[…]", "[...]", "(…)". */
const CUT = /\s*(?:\.{3,}|…|[[(](?:…|\.{3})[\])])\s*$/u;

/** Words fewer than this are a phrase cut short, not a statement ("il Vescovo chiede di «gustare la […]»"). */
const LEAST_WORDS = 6;

/** Is `span` a statement left open and cut by a listing's teaser? */
export function cutByTeaser(text: string, span: QuotedSpan): boolean {
  if (span.close !== undefined) return false;
  const last = span.pieces.at(-1);
  if (!last) return false;
  return endsOnCut(text.slice(last.start, last.end));
}

/**
 * Do the words of a quotation left open end on a teaser's cut ("… possano contare su...")? The site cut the statement
 * there: it does not run on into the next paragraph, whose marks open the next teaser's words, not its sequel.
 */
export function endsOnCut(words: string): boolean {
  return CUT.test(words) && words.replace(CUT, '').split(/\s+/u).filter(Boolean).length >= LEAST_WORDS;
}

/** The span's pieces without the teaser's cut at the end. */
export function withoutCut(text: string, pieces: Range[]): Range[] {
  const last = pieces.at(-1)!;
  const cut = CUT.exec(text.slice(last.start, last.end));
  return cut ? [...pieces.slice(0, -1), { start: last.start, end: last.start + cut.index }] : pieces;
}

/**
 * The name a listing's headline sets before its colon, over the teaser it heads: "Il Polo Civico: declassare il parco
 * è stato un errore" ¶ "“La riqualificazione del parco ha …". Capitalised words only (an organisation or a surname,
 * as headlines shorten them), after an article at most; one word only when written in capitals or again elsewhere in
 * capitals, so that a section's or a topic's label ("Politica:", "Sanità:") is no one.
 */
export function headlineLabelOver(narration: string, headline: Range): string | undefined {
  const label = /^\s*(?:(?:[Ii]l|[Ll]o|[Ll]a|[Ii]|[Gg]li|[Ll]e)\s+|[Ll][’']\s*)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})\s*:\s+\S/u.exec(narration.slice(headline.start, headline.end))?.[1];
  if (!label || isPageLabel(label)) return undefined;
  if (label.includes(' ') || /^\p{Lu}{2,}$/u.test(label)) return label;
  return writtenAgainAsName(narration, label) ? label : undefined;
}
