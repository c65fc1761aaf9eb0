// An aside set between dashes inside a sentence ("Il compito del colonnello – e quello dei colleghi, cioè il capo
// della mobile, X – sarà …"): whoever it names is spoken of, not the sentence's subject.
import { sayings } from './attribution.ts';

/** A spaced dash opening an aside, and nothing after it that ends the sentence or opens quoted words. */
const OPENED = /[ \t][\u2013\u2014-][ \t][^\u2013\u2014.!?«»“”"_\n]*$/u;
/** The spaced dash that closes it, before the sentence ends. */
const CLOSED = /^[^\u2013\u2014.!?«»“”"_\n]*?[ \t][\u2013\u2014-][ \t]/u;

/**
 * Is [start, end) inside an aside between dashes within its sentence, the aside holding no verb of saying (an
 * attribution set between dashes, "– dice X –", makes X speak)?
 */
export function inDashAside(text: string, start: number, end: number): boolean {
  const before = OPENED.exec(text.slice(Math.max(0, start - 200), start));
  const after = CLOSED.exec(text.slice(end, end + 200));
  if (!before || !after) return false;
  const from = start - before[0].length;
  return sayings(text, from, end + after[0].length).length === 0;
}
