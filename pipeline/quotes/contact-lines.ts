// A press office's contacts closing a release: "Info: Ufficio stampa …, tel. …, e-mail: …".

/**
 * A sentence opening on "Info:", "Per informazioni:", "Contatti:" or "Ufficio stampa" with a telephone number, an
 * e-mail or a web address after it lists whom to call: nobody's words. Where it starts in [from, end), after a
 * sentence's end, if it does: a statement left open stops before it.
 */
export function contactsStart(text: string, from: number, end: number): number | undefined {
  const slice = text.slice(from, end);
  const lead = /(?<=[.!?…][ \t]+|^)(?:Info|Per\s+info(?:rmazioni)?|Informazioni|Contatti|Ufficio\s+stampa)(?:[ \t]*:|[ \t]+(?=\p{Lu}))/giu;
  for (const match of slice.matchAll(lead)) {
    const rest = slice.slice(match.index, match.index + 200);
    if (/(?<![\p{L}])(?:tel|telefono|cell|fax)\.?[ \t:]*[+\d]|[\w.-]+@[\w-]+\.\w|(?<![\p{L}])www\./iu.test(rest)) return from + match.index;
  }
  return undefined;
}
