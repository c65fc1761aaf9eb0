// Who a capitalised word is: Italian first names from gender-detection-from-name's list, so "Bioindustry Park
// Antonio Salvi" splits into an organisation and a person.
import italianNames from 'gender-detection-from-name/names/it.js';

export function isFirstName(word: string): boolean {
  return italianNames.has(word.normalize('NFC').toLowerCase());
}
