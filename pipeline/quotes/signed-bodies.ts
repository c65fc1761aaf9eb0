// A document signed by officials of several bodies, each with the body in brackets: "si legge nel volantino firmato da
// Anna Neri (Fiom), Luca Bruni (Fim) e Marco Rossi (Uilm)". The officials sign for their bodies: the words are the
// bodies' together, not the first signatory's.
import { DOCUMENTS } from './documents.ts';
import type { Speaker } from '../release.ts';

/** A document noun, then "firmato da" or "a firma di". */
const SIGNED = new RegExp(`(?:${DOCUMENTS})[^.;:!?«»“”"]{0,40}?(?:firmat[oa]\\s+(?:da|dai)|a\\s+firma\\s+(?:di|dei))\\s+`, 'iu');
/** A signatory (capitalised words, maybe two joined by "e") and the body in brackets after. */
const SIGNATORY = /^(?:\p{Lu}[\p{L}’'-]*[ \t]+)+(?:(?:e|ed)[ \t]+(?:\p{Lu}[\p{L}’'-]*[ \t]+)+)?\(([^()]{2,40})\)/u;

/** The bodies of the officials signing the document [start, end) names, when two bodies or more sign: "Fiom, Fim e Uilm". */
export function signedBodies(text: string, start: number, end: number): Speaker | undefined {
  const signed = SIGNED.exec(text.slice(start, end));
  if (!signed) return undefined;
  const bodies: string[] = [];
  let rest = text.slice(start + signed.index + signed[0].length, end);
  for (let found = SIGNATORY.exec(rest); found; found = SIGNATORY.exec(rest)) {
    const body = found[1]!.trim();
    if (!bodies.includes(body)) bodies.push(body);
    rest = rest.slice(found[0].length).replace(/^[ \t]*(?:,|e|ed)[ \t]*/u, '');
  }
  if (bodies.length < 2) return undefined;
  return { name: `${bodies.slice(0, -1).join(', ')} e ${bodies.at(-1)!}` };
}
