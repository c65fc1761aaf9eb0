// Places a headline sets before a colon as it would a surname ("Sanità, Piemonte: «…»"): the region speaks through
// someone the body names, or nobody. Italy's regions and the words for the country and Europe, in lower case.
import { literal } from './words.ts';

export const REGIONS = new Set([
  'abruzzo', 'basilicata', 'calabria', 'campania', 'emilia', 'romagna', 'friuli', 'lazio', 'liguria', 'lombardia', 'marche',
  'molise', 'piemonte', 'puglia', 'sardegna', 'sicilia', 'toscana', 'trentino', 'umbria', 'veneto', 'valdostana', 'italia', 'europa',
]);

/** Nouns naming a place after a person or a name: "corso Vittorio Emanuele", "lago Trasimeno", "lungolago Matteotti". */
export const PLACE_NOUNS = new Set(['lago', 'lungolago', 'lungomare', 'lungotevere', 'lungarno', 'vicolo', 'vico', 'contrada', 'località', 'frazione', 'strada', 'stradone', 'rione', 'quartiere', 'stazione', 'monte', 'valle', 'fiume', 'traversa', 'calle', 'fondamenta', 'banchina', 'molo', 'via', 'viale', 'piazza', 'piazzetta', 'piazzale', 'corso', 'largo', 'borgo', 'ponte', 'porto']);

/** Nouns of a place in town before its name: "piazza delle Erbe", "via Roma", "rione Monti". */
const PLACE_NOUN = '(?:piazza|piazzetta|piazzale|via|viale|vicolo|corso|largo|rione|quartiere|borgo|contrada|località|frazione|lungomare)';

/** Does the text write `name` after a noun of place ("piazza delle Vettovaglie"), as a place's name? */
export function placeNamed(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}])${PLACE_NOUN}\\s+(?:(?:di|del|dello|della|dei|degli|delle)\\s+|dell[’']\\s*)?${literal(name)}(?![\\p{L}])`, 'iu').test(text);
}
