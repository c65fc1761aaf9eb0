// The office a sentence opens on as its subject ("La Prefettura ha presentato una bozza che prevede «…»"): words woven
// further into that sentence are quoted from the office or its papers, not from whoever the text quoted before.
import { namesOffice, officeOpening, organisationAfter, PUBLIC_BODIES } from './attribution.ts';
import { pastDocumentLocative } from './document-locatives.ts';
import type { Mention } from './mentions.ts';
import { wordsOf } from './words.ts';

/** The office opening the sentence at `sentence` as the subject of a verb before `open`, if it is one; never a person. */
export function officeSubject(text: string, mentions: Mention[], sentence: number, open: number): string | undefined {
  // Past the document it speaks in: "Nel documento il Consiglio comunale si impegna a «…»".
  const past = pastDocumentLocative(text, sentence, open);
  const start = past ?? sentence + /^\s*/u.exec(text.slice(sentence, open))![0].length;
  // A public body by its own noun, after its article: "La Prefettura", "Il Comune di Bari", "L’Agenzia delle entrate".
  if (!(past === undefined ? /^(?:Il|Lo|La|L[’'])\s*\p{Lu}/u : /^(?:il|lo|la|l[’'])\s*\p{Lu}/u).test(text.slice(start, start + 6))) return undefined;
  const organisation = organisationAfter(text, start);
  const head = organisation === undefined ? undefined : wordsOf(organisation)[0]?.key;
  if (!organisation || !head || !PUBLIC_BODIES.has(head) || !namesOffice(organisation)) return undefined;
  const at = text.indexOf(organisation, start);
  const end = at + organisation.length;
  if (end > open || mentions.some((mention) => mention.kind !== 'title' && mention.nameStart < end && mention.nameEnd > at)) return undefined;
  // Its verb right after it, in the past or present ("ha presentato", "presenta"): a lower-case word, no link or clause.
  const verb = /^[ \t]+(?:(?:ha|hanno)[ \t]+)?(?=\p{Ll}+(?![\p{L}]))/u.exec(text.slice(end, open));
  return verb ? officeOpening(text, start, end + verb[0].length) : undefined;
}
