// "come osserva uno degli inquirenti, «…»": a speaker described in an aside opened by "come" and a verb of saying.
import { sayingLength } from './saying-verbs.ts';
import { descriptionAt, type Description } from './described.ts';
import type { Mention } from './mentions.ts';

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

/** Words between the verb and the name in "come dice il colonnello X", "come ha spiegato la sua presidente X". */
const BEFORE_NAME = /^\s*(?:(?:il|lo|la|l[’']|i|gli|le|suo|sua|loro|proprio|anche)\s*)*$/u;

/** A surname right after a title: " Santoro", " D’Orazio". */
const SURNAME = /^\s+(\p{Lu}[\p{Ll}’']+(?:\p{Lu}\p{Ll}+)?)/u;

/**
 * The person named after "come" and a verb of saying, right before the marks, the comma optional: "come dice il
 * colonnello X «…»", "come ha ricordato la presidente X, «…»". The comparative clause has its own subject, whatever
 * body the sentence hung a relative clause on before it ("lo sforzo dell’Arma, che andrà avanti perché come dice …").
 */
export function asideNamed(text: string, mentions: Mention[], inside: Mention[], from: number, end: number): Mention | undefined {
  const lead = text.slice(from, end).toLowerCase();
  const come = lead.lastIndexOf('come ');
  if (come < 0 || (come > 0 && !/[\s,]/u.test(lead[come - 1]!))) return undefined;
  const at = from + come + 5;
  const verb = sayingLength(text, at);
  if (verb < 0) return undefined;
  const found = inside.find((mention) => mention.start >= at + verb);
  if (!found || !BEFORE_NAME.test(text.slice(at + verb, found.start).toLowerCase())) return undefined;
  // A rank in capitals before a surname ("il Colonnello Santoro") may be read as the title alone: the surname with it.
  const surname = found.kind === 'title' ? SURNAME.exec(text.slice(found.nameEnd, end)) : null;
  // (Only a surname one person the text names in full bears: never a guess.)
  const bearers = surname ? new Set(mentions.filter((mention) => mention.kind === 'person' && mention.name.endsWith(` ${surname[1]}`)).map((mention) => mention.name)) : new Set<string>();
  const person = bearers.size === 1 ? [...bearers][0] : undefined;
  const named: Mention | undefined = found.kind !== 'title' ? found : surname && person ? { kind: 'surname', start: found.start, end: found.nameEnd + surname[0].length, nameStart: found.nameEnd + surname[0].length - surname[1]!.length, nameEnd: found.nameEnd + surname[0].length, name: surname[1]!, person, title: found.name } : undefined;
  return named && /^\s*,?\s*$/u.test(text.slice(named.end, end)) ? named : undefined;
}
