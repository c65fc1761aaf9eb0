// "Dopo l’incontro con il sottosegretario X, che Filt Cgil, Fit Cisl e Uiltrasporti giudicano «deludente»": in a
// relative clause whose "che" is the verb's object, the subject comes after "che", and the words quoted right after
// the verb are the subject's, not the antecedent's (who is what they judge).
import { officeOpening } from './attribution.ts';
import { organisationsOpening } from './organisation-lists.ts';

/** A verb of judging or naming, present tense, right before the marks: "giudica", "definiscono", "bollano come". */
// A second quotation joined to the first by "e" is judged by the same subject: "giudicano «…», e «…»" (the narration
// blanks quoted words out).
const JUDGING = /(?<![\p{L}])((?:giudic|defin|consider|boll|chiam)\p{L}*|ritien\p{L}*|ritengono)(?:\s+come)?\s*(?:[«“"][_\s]*[»”"]\s*,?\s*(?:e|ed)\s+)?$/iu;

/** The organisation (or organisations, with a plural verb) between "…, che" and a verb of judging right before `open`. */
export function relativeSubject(text: string, from: number, open: number): string | undefined {
  const lead = text.slice(from, open);
  const relative = [...lead.matchAll(/,\s*che\s+/gu)].at(-1);
  const verb = JUDGING.exec(lead);
  if (!relative || !verb || verb.index < relative.index) return undefined;
  const at = from + relative.index + relative[0].length;
  const verbStart = from + verb.index;
  // (A list the organisation reader takes whole, "Fp-Cgil Cisl-Fp e Uil-Pa", is one office as far as it goes.)
  return (/no$/u.test(verb[1]!) ? organisationsOpening(text, at, verbStart) : undefined) ?? officeOpening(text, at, verbStart);
}
