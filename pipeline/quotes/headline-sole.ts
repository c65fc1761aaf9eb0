// A headline, subheadline or kicker quoting words nobody is given, over a body that quotes one person and nobody else
// ("«Serve una risposta seria»" over a piece where every quotation is the councillor's): a desk editor reads the
// headline's words as that person's too, the piece being theirs. Only when nothing leaves room for another voice.
import type { Quote, Speaker } from '../release.ts';

/** Quotations the body must give one person before a headline's words count as theirs too. */
const LEAST = 2;

/**
 * The one named person every quotation of `body` is given to, when there are two at the least and none is left to
 * nobody or to a description (someone else may be speaking there); undefined otherwise.
 */
export function soleQuoted(body: Quote[]): Speaker | undefined {
  if (body.length < LEAST) return undefined;
  const first = body[0]!.speaker;
  if (first === null) return undefined;
  for (const quote of body) {
    if (quote.speaker === null || quote.speakerDescription !== undefined) return undefined;
    if (quote.speaker.name !== first.name) return undefined;
  }
  return first;
}
