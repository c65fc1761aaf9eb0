// Bodies speaking together through their members or offices, named after a plural noun for them: "le segreterie
// territoriali di Fim, Fiom e Uilm", "i capigruppo e i consiglieri comunali di Lodi di Azione, Italia Viva e Più
// Europa". A desk editor credits the words to the bodies, listed as the text prints them; the members are never
// named. One body alone is no such list ("i consiglieri comunali di Lodi" are councillors of a town).
import { namesOffice, organisationAfter } from './attribution.ts';
import { organisationList } from './organisation-lists.ts';

const WORD = '(?!(?:di|dei|degli|delle|e)[ \\t])\\p{Ll}+';
/** A plural noun for members or offices, maybe with its adjective: "i consiglieri comunali", "le segreterie territoriali". */
const MEMBERS = `(?:i|gli|le)[ \\t]+${WORD}(?:[ \\t]+${WORD})?`;
/**
 * After the verb: maybe the document ("in una nota congiunta"), the members (two kinds joined by "e"), maybe the town
 * of their council ("di Lodi", before the next "di"), then "di" and the bodies.
 */
const MEMBERS_OF = new RegExp(`^[ \\t]*(?:(?:in[ \\t]+una[ \\t]+nota|in[ \\t]+un[ \\t]+comunicato)(?:[ \\t]+(?:congiunt[oa]|unitari[oa]|stampa))?[ \\t]+|(?:congiuntamente|unitariamente)[ \\t]+)?${MEMBERS}(?:[ \\t]+e[ \\t]+${MEMBERS})?(?:[ \\t]+di[ \\t]+\\p{Lu}\\p{Ll}+(?=[ \\t]+di[ \\t]))?[ \\t]+(?:di|dei|degli|delle)[ \\t]+`, 'u');

/** Where a list ends: a stop, a comma, "che", a dash, the paragraph's end. */
const LIST_END = /^(?:[ \t]*(?:[.,;:!?)\u2013\u2014-]|$|\n)|[ \t]+che[ \t])/u;

/**
 * The bodies whose members the words after a verb of saying (at `verbEnd`) name as speaking, and where the list ends:
 * two names at least, up to the end of the phrase. Undefined when the phrase names no such list.
 */
export function memberBodies(text: string, verbEnd: number, limit: number): { bodies: string; end: number } | undefined {
  const members = MEMBERS_OF.exec(text.slice(verbEnd, limit));
  if (!members) return undefined;
  const at = verbEnd + members[0].length;
  const first = organisationAfter(text, at);
  if (!first || text.indexOf(first, at) !== at || !namesOffice(first)) return undefined;
  const bodies = organisationList(text, at, first, limit);
  const end = at + bodies.length;
  return bodies !== first && LIST_END.test(text.slice(end, limit)) ? { bodies, end } : undefined;
}
