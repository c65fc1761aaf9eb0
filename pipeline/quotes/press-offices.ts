// "spiegano dall’ufficio stampa di X", "fanno sapere dal servizio comunicazione della Y": words that come *from* a
// press office are the organisation's own, the office only the channel. (Where the office is the subject, "precisa
// l’ufficio stampa di X", it is the office that speaks, and is left so.)

/** A press or communication office and the organisation it serves, the organisation capitalised. */
const PRESS_OFFICE = /^(?:ufficio|servizio|area)\s+(?:stampa|comunicazione|comunicazioni|relazioni\s+esterne)\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell[’']\s*)(?=\p{Lu})/iu;

/** The organisation an office reached through "da" speaks for: "ufficio stampa di ReteLuce" -> "ReteLuce". */
export function spokenThrough(office: string): string {
  const press = PRESS_OFFICE.exec(office);
  return press ? office.slice(press[0].length) : office;
}

/**
 * A press office's byline heading an item of its listing, right before the date and topic line and the statement:
 * "Ufficio Stampa UIL ¶ 14/02/2025 - Sindacato ¶ “…”". The office signs the statement for its organisation, whose
 * position it is; no person is named. Only with nothing but a date, a topic and separators between the byline and the
 * marks, so that a byline in a contact block above ("Ufficio stampa Tel. …") or a sentence naming the office is not one.
 */
const BYLINE = /(?:^|\s)(?:[Uu]fficio|[Ss]ervizio)\s+[Ss]tampa\s+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell[’']\s*)?(\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[\s\-\u2013\u2014|]*(?:\p{L}+(?:[\s\-\u2013\u2014|]+|$)){0,3}$/u;

/** The organisation whose press office signs the item the lead `lead` (the narration before the marks) heads. */
export function bylineOrganisation(lead: string): string | undefined {
  const byline = BYLINE.exec(lead.trimEnd());
  return byline?.[1];
}
