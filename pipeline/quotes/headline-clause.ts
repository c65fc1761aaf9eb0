// A headline closing on a sentence in marks set after its clause with no colon ("…presenta la giunta “Lo chiedono gli
// elettori”", "Ecco i sindaci anti spopolamento «Ora ci arrangiamo da soli»"): someone's words, not the name of a show.
import { wordsOf } from './words.ts';

/**
 * A verb the words hold: a first person ("ci arrangiamo", "abbiamo"), "è", "sono", "ha", or a third person plural
 * ("chiedono", "tornano"). Names of shows, schools and lists have none ("Tesori nascosti", "Insieme per Rovigo").
 */
const VERB = /(?<![\p{L}])(?:[èÈ]|[Ss]ono|[Hh]a|[Hh]anno|[Hh]o|[Ss]iamo|c[’']è|\p{Ll}{2,}iamo|\p{Ll}{3,}(?:ano|ono))(?![\p{L}])/u;
/** Nouns and adjectives with a verb's ending. */
const NOT_VERBS = new Set(['piano', 'umano', 'italiano', 'lontano', 'strano', 'sano', 'vicino', 'buono', 'suono', 'nuovo', 'uomo', 'abbandono', 'dono', 'trono', 'tono', 'autunno', 'anziano', 'mezzano', 'veterano', 'sovrano', 'cristiano', 'romano', 'toscano', 'siciliano', 'napoletano', 'milanese', 'padano', 'montano', 'urbano', 'arcano', 'ottano', 'oceano', 'vulcano', 'profano', 'persiano', 'soprano', 'tulipano', 'divano', 'capitano', 'guardiano', 'ortolano', 'scrivano', 'sacrestano', 'caravano']);

/** Do the words `said`, capitalised, three at least, read as a sentence with a verb, with only punctuation `after` them? */
export function closesOnClause(said: string, after: string): boolean {
  if (!/^[\s.!?…]*$/u.test(after) || !/^\p{Lu}\p{Ll}/u.test(said)) return false;
  const words = wordsOf(said);
  if (words.length < 3 || words.length > 15) return false;
  // The first word is capitalised as a sentence's: read in lower case ("Guadagniamo", "Servono"); later ones as
  // written, so that names ("Stefano", "Milano") are no verbs.
  return words.some((word, index) => !NOT_VERBS.has(word.key) && VERB.test(index === 0 ? word.key : word.text));
}

/** The people a headline's clause ends on, with a plural article, before the marks: "Ecco i sindaci anti spopolamento" -> "sindaci anti spopolamento". */
export function clauseSubject(lead: string): string | undefined {
  return /(?:^|\s)(?:i|gli|le)\s+(\p{Ll}[\p{L}’' -]{2,60}?)\s*$/u.exec(lead)?.[1];
}

/** The name a headline's label opens on before its topic: "Ferretti su Okafor:" -> "Ferretti", "Neri contro la giunta:". */
export function topicLabel(lead: string): string | undefined {
  return /^\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:su|sul|sulla|sullo|sull[’']|sui|sugli|sulle|contro)\s[^:]{1,60}:\s*$/u.exec(lead)?.[1];
}
