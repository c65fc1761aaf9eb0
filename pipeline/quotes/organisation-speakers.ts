// Organisations that say the words, where the sentence names them after its verb or refers back to them by a common
// noun: "Come spiega Filctem attraverso una nota: «…»", "Secondo il sindacato «…»".
import { organisationAfterVerb } from './attribution.ts';
import { REGIONS } from './places.ts';
import { wordsOf } from './words.ts';

/** Adverbs between a verb of saying and its subject: "spiega infatti Filctem", "ricorda ancora la Cgil". */
const BETWEEN = /^(?:\s+(?:infatti|anche|inoltre|ancora|invece|quindi|dunque|poi|pure|allora|però))*/iu;

/**
 * The organisation a lead before a colon names right after its verb of saying ("Come spiega infatti Filctem
 * attraverso una nota:", "Sottolinea la Cisl in un comunicato:"), where no person is named; not a place ("dice Roma").
 */
export function organisationAfterColonVerb(text: string, verbEnd: number, end: number, plural: boolean): string | undefined {
  const skip = BETWEEN.exec(text.slice(verbEnd, end))![0].length;
  const organisation = organisationAfterVerb(text, verbEnd + skip, end, plural);
  if (!organisation) return undefined;
  const words = wordsOf(organisation);
  if (words.length === 1 && REGIONS.has(words[0]!.key)) return undefined;
  // What follows it to the colon says how it spoke ("attraverso una nota", "in un comunicato"), not a clause of its own.
  const rest = text.slice(text.indexOf(organisation, verbEnd) + organisation.length, end);
  return /^\s*(?:,?\s*(?:in|con|attraverso|tramite|nel|nella|su|sul|sulla)\s+(?:una|un|il|la|l[’']|i|le|suo|sua|propri[oa])?\s*[\p{Ll}\s]{0,40})?,?\s*:?$/u.test(rest) ? organisation : undefined;
}
