// Who a capitalised word is: Italian first names from gender-detection-from-name's list, so "Bioindustry Park
// Antonio Salvi" splits into an organisation and a person.
import italianNames from 'gender-detection-from-name/names/it.js';
import { SHORT_NAMES } from './short-names.ts';

/** Heads of compound first names that the list lacks because they never stand alone: Gian Luca, Giovan Battista. */
export const COMPOUND_HEADS = new Set(['gian', 'giovan', 'pier']);

export function isFirstName(word: string): boolean {
  const key = word.normalize('NFC').toLowerCase();
  return italianNames.has(key) || COMPOUND_HEADS.has(key) || SHORT_NAMES.has(key);
}

/** 'male' or 'female' for a first name the list knows. */
export function genderOf(word: string): 'male' | 'female' | undefined {
  const key = word.normalize('NFC').toLowerCase();
  const gender = (italianNames as Map<string, string>).get(key) ?? SHORT_NAMES.get(key);
  return gender === 'male' || gender === 'female' ? gender : undefined;
}

/** People speaking together, as Italian lists them: "A, B e C", "A ed Enrico B" before a vowel e (the euphonic d). */
export function namesTogether(names: readonly string[]): string {
  const last = names.at(-1)!;
  return names.length < 2 ? last : `${names.slice(0, -1).join(', ')} ${/^[EeÈÉ]/u.test(last) ? 'ed' : 'e'} ${last}`;
}
