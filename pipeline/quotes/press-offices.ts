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
