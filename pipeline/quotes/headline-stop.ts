// A headline's words in marks set after a full stop, as a sentence of their own: "Legambiente boccia il piano cave.
// «Una scelta miope»". Headlines write the stop where the body would write a colon: the organisation the sentence
// before opens on says the words, as in "Legambiente boccia il piano cave: «…»".
import { attributionBefore, sentenceBefore } from './attribution.ts';
import type { Mention } from './mentions.ts';

/** The organisation the headline's sentence before the marks at `open` makes speak, read as if it closed on a colon. */
export function organisationBeforeStop(text: string, mentions: Mention[], open: number, floor: number, quotedWords: number, quotedFirst?: string): string | undefined {
  const stop = /\.[ \t]*$/u.exec(text.slice(floor, open));
  if (!stop) return undefined;
  const at = floor + stop.index;
  const from = sentenceBefore(text, at, floor);
  // The same offsets, the stop read as a colon.
  const colon = `${text.slice(0, at)}:${text.slice(at + 1)}`;
  const found = attributionBefore(colon, mentions, open, from, quotedWords, quotedFirst);
  return found && !found.speaker ? found.organisation : undefined;
}
