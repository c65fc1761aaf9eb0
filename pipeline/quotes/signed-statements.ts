// A statement opened once at a paragraph's start and never closed, running over paragraphs with no marks to a line that
// signs it with a name the text gave before it ("Direttore artistico Renato Corsi ¶ “Prima di tutto un grazie … ¶ … ¶
// Renato Corsi"): as letters and a director's notes are printed, its words end at the signature, not with the first paragraph.
import type { Prose } from './prose.ts';

/** How many paragraphs such a statement may run over before its signature. */
const MAX_PARAGRAPHS = 8;
/** A line that is a name alone: two or three capitalised words, maybe a stop. */
const NAME_LINE = /^\p{Lu}[\p{Ll}’']+(?: (?:de |di |del |della |la |lo )?\p{Lu}[\p{Ll}’']+){1,2}\.?$/u;
const MARKS = /[«»“”„"]/u;

/** Does the statement left open at `open`, in paragraph `index`, run on to a signature line the text named before it? */
export function runsToSignature(prose: Prose, index: number, open: number): boolean {
  const { text, paragraphs } = prose;
  const paragraph = paragraphs[index]!;
  // The statement is the paragraph: opened at its start.
  if (paragraph.block || !/^\s*$/u.test(text.slice(paragraph.start, open))) return false;
  for (let next = index + 1; next < paragraphs.length && next <= index + MAX_PARAGRAPHS; next++) {
    const { start, end, block } = paragraphs[next]!;
    if (block) return false;
    const line = text.slice(start, end).trim();
    if (NAME_LINE.test(line)) {
      // The signature must name someone the text gave before the statement (its heading), or it is no signature.
      const name = line.replace(/\.$/u, '');
      return next > index + 1 && text.lastIndexOf(name, open) >= 0;
    }
    if (MARKS.test(line)) return false;
  }
  return false;
}
