// Documents quoted as their own words: "Con questo Patto il «Comune intende … – si legge – …»", "Nel Patto si
// individuano «…»". A pact, a statute, a protocol the text names with a capital says what it sets down.
import { wordsOf } from './words.ts';

/** Documents a text names with a capital and quotes from. */
const DOCUMENT = '(?:Patto|Protocollo|Statuto|Regolamento|Accordo|Manifesto|Disciplinare)';

/** A sentence opening on the document: "Con questo Patto", "Con il Patto", "Nel Patto", "Nello Statuto". */
const OPENING = new RegExp(`^\\s*(?:(?:Con|Secondo)\\s+(?:questo|il|lo|quest[’'])\\s*|Nel\\s+|Nello\\s+)(${DOCUMENT})(?![\\p{L}])`, 'u');

/** The document's name as the text first gives it in full, with what it is for: "Patto per l’attuazione della sicurezza urbana". */
function fullDocument(text: string, document: string): string {
  // After an article, as running text names it (a headline's "Patto per la sicurezza a Carrara" is a title).
  const named = new RegExp(`(?<=(?:il|lo|del|dello|al|allo|nel|nello|dal|dallo|sul|sullo)[ \\t])${document}(?:[ \\t]+(?:per|di|del|della|dello|dei|delle|sulla|sul|sui)(?:[ \\t]+(?:\\p{Ll}+[’'])?\\p{Ll}+){1,5})`, 'u').exec(text);
  return named?.[0] ?? document;
}

/**
 * The document the sentence [from, open) opens on, when it is what the quoted words are read in: "Con questo Patto il
 * «…»", "Nel Patto si individuano «…»". Its name in full, as the text gives it.
 */
export function documentOpening(text: string, from: number, open: number): string | undefined {
  const opening = OPENING.exec(text.slice(from, open));
  if (!opening || wordsOf(text, from, open).length > 16) return undefined;
  return fullDocument(text, opening[1]!);
}
