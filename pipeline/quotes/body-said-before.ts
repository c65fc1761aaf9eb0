// A statement standing alone right after a sentence whose subject is a body with a verb of saying: "Al prefetto la
// Cisl ha poi spiegato le ragioni della raccolta di firme. «…»". The press reads the words as that body's, not as
// those of the last person quoted.
import { namesOffice, sayings } from './attribution.ts';
import type { Mention } from './mentions.ts';
import { organisationEndingAt } from './organisations.ts';

/** A sentence's end before the capital of the next. */
const SENTENCE_STOP = /[.!?…]\s+(?=\p{Lu})/gu;
/** The subject's article, ending what comes before its name. */
const ARTICLE = /(?:(?<![\p{L}’'])(?:il|lo|la|i|gli|le)\s+|(?<![\p{L}])l[’']\s*)$/iu;
/** A complement opening the sentence before the subject: "Al prefetto Cuccia", "Nel corso dell’incontro,". */
const FRONTED = /^(?:a|al|allo|alla|ai|agli|alle|all[’']|nel|nella|nello|nei|negli|nelle|nell[’']|durante|dopo|in|con|col|inoltre|poi|quindi)(?![\p{L}])[^.;:!?«»“”"_]{0,80}$/iu;
/** A preposition of belonging before the name: "il presidente della Regione" is the president's subject, not the body's. */
const OF = /(?<![\p{L}])(?:di|del|dello|della|dei|degli|delle|dell[’'])\s*$/iu;

/**
 * The body the sentence ending right before `to` (with a full stop) makes say something, as the subject of its first
 * verb of saying, its article before it and at most a complement opening the sentence; no person named after it.
 */
export function bodySaidBefore(text: string, mentions: Mention[], from: number, to: number): string | undefined {
  const lead = text.slice(from, to);
  if (!/\.\s*$/u.test(lead)) return undefined;
  const stops = [...lead.matchAll(SENTENCE_STOP)];
  const start = stops.length > 0 ? from + stops.at(-1)!.index + stops.at(-1)![0].length : from;
  const verb = sayings(text, start, to)[0];
  if (!verb) return undefined;
  const subjectEnd = start + text.slice(start, verb[0]).trimEnd().length;
  const name = organisationEndingAt(text, start, subjectEnd, mentions);
  if (!name || !namesOffice(name)) return undefined;
  const nameStart = subjectEnd - name.length;
  const opening = text.slice(start, nameStart);
  if (opening.trim() !== '') {
    const article = ARTICLE.exec(opening);
    const fronted = article ? opening.slice(0, article.index) : opening;
    if (fronted.trim() !== '' && (!article || !FRONTED.test(fronted.trim()) || OF.test(fronted))) return undefined;
  }
  // Nobody named after it: "la Cisl ha dato la parola al segretario X." gives the words to X's rules. Nor a person's
  // title written in capitals: "L’Assessora ha ribadito", "Il Comandante Generale della Guardia di Finanza ha detto".
  // (A person's span may run over the body after them, "prefetto Paolo Neri la Cisl": their name is what counts.)
  const named = (mention: Mention) => (mention.kind === 'title' ? [mention.start, mention.end] : [mention.nameStart, mention.nameEnd]);
  if (mentions.some((mention) => (mention.kind !== 'title' && mention.nameStart >= nameStart && mention.nameStart < to) || (named(mention)[0]! < subjectEnd && named(mention)[1]! > nameStart))) return undefined;
  return name;
}
