// A body's statement framed by the note it is read in, before a colon: "Si legge in una nota della Coldiretti: «…»",
// "Si legge nel comunicato diffuso dal Comune:", "Nella nota di Legambiente si legge:". The press office's own prose:
// the issuer the frame names is the speaker, as a desk editor would credit it.
import { DOCUMENTS } from './documents.ts';
import { issuerAt, type Issuer } from './document-issuers.ts';
import { READING } from './lexicon.ts';
import type { Mention } from './mentions.ts';

/** "si legge", "come si legge", "è quanto si legge" (matched on lower case). */
const READ = new RegExp(`(?:^|[\\s,])${READING}`, 'u');
/** "in una nota della", "nel comunicato stampa diffuso dal": the document, a few words about it, and its issuer's preposition. */
const IN_DOCUMENT = new RegExp(`(?<![\\p{L}])(?:in|nel|nella|nell[’'])\\s*(?:una\\s+|un\\s+|un[’']\\s*)?(?:${DOCUMENTS})(?:\\s+\\p{Ll}+){0,3}?\\s+(?:(?:da|dal|dallo|dalla|dai|dagli|dalle|di|del|dello|della|dei|degli|delle)\\s+|(?:dall|dell)[’']\\s*)`, 'u');
/** A common noun after the preposition ("diffusa dalla parrocchia che la organizza"), named in full before: "parrocchia di Santa Rita". */
const COMMON = /^(\p{Ll}{4,})(?![\p{L}])/u;

/**
 * The issuer of the note a lead [from, open) ending on a colon says the words are read in; undefined where the lead
 * is no such frame or names no issuer (then "si legge" alone falls to the issuer the text introduced before).
 */
export function readNoteIssuer(text: string, mentions: Mention[], from: number, open: number): Issuer | undefined {
  // (Its last sentence: a paragraph before the marks may be read whole.)
  const stop = [...text.slice(from, open).matchAll(/[.!?…]\s+(?=\p{Lu})/gu)].at(-1);
  if (stop) from += stop.index + stop[0].length;
  const lead = text.slice(from, open);
  const colon = lead.lastIndexOf(':');
  if (colon < 0 || !/^:\s*$/u.test(lead.slice(colon))) return undefined;
  const lower = lead.toLowerCase();
  if (lower.length !== lead.length || !READ.test(lower)) return undefined;
  const document = IN_DOCUMENT.exec(lower);
  if (!document) return undefined;
  const at = from + document.index + document[0].length;
  const issuer = issuerAt(text, mentions, at, from + colon);
  if (issuer) return issuer;
  // A body called by its common noun: the one the text named in full with it before ("nella parrocchia di Santa Rita").
  const noun = COMMON.exec(text.slice(at, from + colon))?.[1];
  if (!noun) return undefined;
  const named = new RegExp(`(?<![\\p{L}])${noun}\\s+(?:di|del|della|dei|delle|dell[’']\\s*)\\s*\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?`, 'u').exec(text.slice(0, from + colon));
  return named ? { organisation: named[0] } : undefined;
}
