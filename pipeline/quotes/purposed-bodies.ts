// A body the text first names with what it is for, then by its head alone: "il Comitato promotore per il referendum
// “Valle unita”" and later "scrive il Comitato". The later word is short for the first name, which says who speaks.
import { literal } from './words.ts';

/** Capitalised words, or a title in marks: where the body's purpose names its object. */
const OBJECT = `(?:\\p{Lu}[\\p{L}’'-]*(?:[ \\t]\\p{Lu}[\\p{L}’'-]*)*|[“"«‘][^”"»’\\n]{1,60}[”"»’])`;
/**
 * Lower-case words between the head and that object ("promotore per il referendum"): a preposition of purpose, then
 * the object straight away or a noun with its article ("per la riapertura dell’ospedale"), never a verb ("per
 * incoraggiarli").
 */
const PURPOSE = `(?:[ \\t]\\p{Ll}+){0,2}[ \\t](?:per|contro|pro|in[ \\t]+difesa[ \\t]+(?:di|del|della|dello|dei|degli|delle))(?:(?:[ \\t](?:il|lo|la|i|gli|le)[ \\t]\\p{Ll}+|[ \\t]l[’']\\p{Ll}+)(?:[ \\t](?:\\p{Ll}+|dell[’']\\p{Ll}+)){0,3}?)?`;

/**
 * The first name the text gives the body `name` (a capitalised head, "Comitato") with what it stands for, up to the
 * proper name or the title it ends on; read in `text` (the title in marks may be blanked in the narration).
 */
export function purposedName(text: string, name: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return undefined;
  const found = new RegExp(`(?<![\\p{L}])${literal(name)}${PURPOSE}[ \\t]${OBJECT}`, 'u').exec(text);
  return found?.[0];
}
