// A statement closed one sentence early: “Ho pianto all’arrivo”. Gli ultimi metri sono stati durissimi”. The page
// closed it, went on with the speaker's words and closed again with nothing open.
import { sayings } from './attribution.ts';

/**
 * Where the words go on that a closing mark at `at`, closing nothing, ends: right after the quotation closed at
 * `close` in the same paragraph, when only a stop stands between that mark and a new sentence (`”. Gli …”`, `».Domani
 * …»`) and no mark, no verb of saying and no line break comes before `at`. Undefined otherwise: words in lower case
 * after the close go on with the writer's sentence (`chiede “un piano” e la città attende”`), and a verb of saying
 * makes the words after it the writer's (`”, ha detto X. La squadra …”`).
 */
export function wordsGoingOn(text: string, close: number, at: number): number | undefined {
  const between = text.slice(close + 1, at);
  const lead = NEW_SENTENCE.exec(between);
  if (!lead || /[«»“”"„\n]/u.test(between)) return undefined;
  const start = close + 1 + lead[0].length;
  if (text.slice(start, at).split(/\s+/u).length < 4 || sayings(text, start, at).length > 0) return undefined;
  return start;
}

/** A stop ending the quoted sentence and the next one's capital, spaced or glued ("”. Gli", "».Domani"). */
const NEW_SENTENCE = /^[.!?][ \t]*(?=\p{Lu}\p{Ll})/u;
