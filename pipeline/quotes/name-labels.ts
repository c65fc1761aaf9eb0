// Sports and press pages set each voice under its speaker's name on a line of its own, no colon, no verb ("Lujan" ¶
// "“…”" ¶ "Ferlito" ¶ "“…”"), as interviews after a match are transcribed. The name line is the speaker, where the
// page shows it is a label: a series of them, a person the text names, or a colon before the first introducing them.
import { isPageLabel } from './page-labels.ts';

/** One to three words in title case ("Lujan", "Marco Ferlito", "D’Amico"): a name's shape, not capitals or a sentence. */
const NAME_LINE = /^\p{Lu}\p{Ll}+(?:[’'-]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:[’'-]\p{Lu}?\p{Ll}+)?){0,2}$/u;

/** The name a paragraph is made of, when it is shaped as a label and is no page's heading ("Video", "Condividi"). */
export function nameLine(paragraph: string): string | undefined {
  const line = paragraph.trim();
  return NAME_LINE.test(line) && !isPageLabel(line) ? line : undefined;
}

/**
 * Is `name`, on the line above a statement, its speaker's label? `labels`: how many such name lines stand over a
 * quotation alone in the text; `introduced`: the paragraph above ends with a colon; `named`: the text names the person.
 */
export function labelsSpeaker(labels: number, introduced: boolean, named: boolean): boolean {
  return labels >= 2 || introduced || named;
}
