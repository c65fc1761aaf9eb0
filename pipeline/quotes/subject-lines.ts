// A document's subject or title announced with a colon ("con oggetto: ¶ “Approvazione …”"): words in marks that name
// a document, as agendas and resolutions set them, never anyone's speech.

/** The nouns that announce a title: "oggetto:", "titolo:", "ordine del giorno:", "dicitura:", "scritta:". */
const SUBJECT_LINE = /(?:^|[^\p{L}])(?:oggetto|titolo|ordine del giorno|dicitura|scritta)[ \t]*:\s*$/u;

/** Does the text right before `open` (its own paragraph or the one above) end on a noun announcing a title? */
export function announcedAsSubject(text: string, open: number): boolean {
  return SUBJECT_LINE.test(text.slice(Math.max(0, open - 40), open).toLowerCase());
}
