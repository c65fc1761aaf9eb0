// Words read in a joint document that signs with no names: "«…». È quanto si legge nella nota unitaria dei sindacati",
// "«…», – si legge nel comunicato sindacale", "«…». Si legge nel comunicato congiunto.". Bodies issue such papers
// together; when the text names one list of bodies, a desk editor credits the words to them.
import { soleBodyList } from './counted-bodies.ts';

/** Right after the marks: maybe "È quanto", then "si legge" in a document that says it is joint or a union's. */
const READ_IN_JOINT = /^[ \t]*[,.;:]?[ \t]*(?:[\u2013\u2014-][ \t]*)?(?:(?:è|e[’']|questo\s+è)\s+quanto\s+|come\s+)?si\s+legge\s+(?:(?:in|nel|nella)\s+(?:una\s+|un\s+)?|nell[’']\s*)(?:nota|comunicato|documento|volantino|lettera)\s+(?:congiunt[oa]|unitari[oa]|sindacale)(?![\p{L}])/iu;

/** The bodies whose joint document the words after `close` say the quotation is read in, if the text lists exactly one group of them. */
export function jointDocumentBodies(text: string, close: number): string | undefined {
  if (!READ_IN_JOINT.test(text.slice(close + 1, close + 120))) return undefined;
  return soleBodyList(text);
}
