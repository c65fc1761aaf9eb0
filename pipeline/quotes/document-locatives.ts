// A sentence opening on the document a body speaks in, before the body as its subject: "Nel documento il Consiglio
// comunale si impegna a «…»", "In una nota diffusa ieri la Coldiretti parla di «…»". The subject follows the locative.
import { DOCUMENTS } from './documents.ts';

/** "Nel documento", "In una nota diffusa ieri sera,", "Nell’ordine del giorno": up to the article or capital of the subject. */
const LOCATIVE = new RegExp(`^\\s*(?:[Nn]el|[Nn]ella|[Nn]ello|[Nn]ell[’']|[Ii]n[ \\t]+una|[Ii]n[ \\t]+un|[Ii]n[ \\t]+un[’']|[Cc]on[ \\t]+una|[Cc]on[ \\t]+un|[Cc]on[ \\t]+un[’']|[Aa]ttraverso[ \\t]+una|[Aa]ttraverso[ \\t]+un)[ \\t]*(?:stess[oa][ \\t]+)?(?:${DOCUMENTS})(?:[ \\t]+\\p{Ll}+){0,5}?[ \\t]*,?[ \\t]+(?=(?:il|lo|la|i|gli|le)[ \\t]|l[’']|\\p{Lu})`, 'u');

/** Where the subject starts past a document locative opening [from, to), or undefined with none. */
export function pastDocumentLocative(text: string, from: number, to: number): number | undefined {
  // (Case kept: the subject's capital ends the locative.)
  const locative = LOCATIVE.exec(text.slice(from, to));
  return locative ? from + locative[0].length : undefined;
}
