// "come osserva uno degli inquirenti, «…»": a speaker described in an aside opened by "come" and a verb of saying.
import { sayingLength } from './saying-verbs.ts';
import { descriptionAt, type Description } from './described.ts';

/** "come" and a word right before the marks' comma: "…, come spiega un residente, «…»". */
const ASIDE = /(?:^|[\s,])come\s+(?=\p{L})([^,;:.!?«»“”"]{3,100}?)\s*,\s*$/iu;

/**
 * The person described after "come" and a verb of saying, the aside closing on a comma right before the marks:
 * "come osserva uno degli inquirenti, «…»", "come racconta una residente, «…»". Nobody named, a description only.
 */
export function asideDescribed(text: string, from: number, end: number): Description | undefined {
  const found = ASIDE.exec(text.slice(from, end));
  if (!found) return undefined;
  const at = from + found.index + found[0].lastIndexOf(found[1]!);
  const verb = sayingLength(text, at);
  if (verb < 0) return undefined;
  const described = descriptionAt(text, at + verb, end);
  return described && /^\s*,\s*$/u.test(text.slice(described.end, end)) ? described : undefined;
}
