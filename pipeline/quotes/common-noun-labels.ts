// A headline sets a label before its colon with a capital, as it would a body's name: "Ambulanti: «…»",
// "Pendolari: «…»". When the text writes the same word as a common noun, after an article ("gli ambulanti",
// "dei pendolari"), the label describes the people who speak; it names no organisation.

import { BODIES } from './attribution.ts';
import { INSTITUTIONS } from './lexicon.ts';

/** Articles and articulated prepositions a common noun takes. */
const ARTICLE = '(?:il|lo|la|i|gli|le|l[’\']|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|dal|dallo|dalla|dai|dagli|dalle|nel|nei|negli|nelle|sul|sui|sugli|sulle|tra|fra)';

/**
 * The label in lower case, when it is one word the narration also writes in lower case after an article; never an
 * institution's noun ("Regione: «…»" over "della regione" is the Region speaking).
 */
export function commonNounLabel(narration: string, label: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(label)) return undefined;
  const noun = label.toLowerCase();
  if (BODIES.has(noun) || INSTITUTIONS.has(noun)) return undefined;
  return new RegExp(`(?<![\\p{L}])${ARTICLE}\\s*${noun}(?![\\p{L}])`, 'u').test(narration) ? noun : undefined;
}
