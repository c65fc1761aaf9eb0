// Organisations that say the words, where the sentence names them after its verb or refers back to them by a common
// noun: "Come spiega Filctem attraverso una nota: «…»", "Secondo il sindacato «…»".
import { BODIES, namesOffice, organisationAfter, organisationAfterVerb } from './attribution.ts';
import type { Mention } from './mentions.ts';
import { ORGANISATION_NOUN, organisationReferent } from './organisation-nouns.ts';
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

/** "Secondo il sindacato «…»", and with a short clause of the writer's before the marks: "Secondo l’ente camerale si tratta di «…»". */
const ACCORDING_TO = /(?:^\s*(?:secondo|per)|[\s,(]secondo)\s+(?:il|lo|la|l[’'])\s*(\p{Ll}+)(?:\s*,?\s+[^,;:.!?«»“”"_]{1,60}?)?\s*,?\s*$/iu;
/** An article or an articulated preposition, as a name of an organisation follows in running text. */
const ARTICLE = /(?:^|[\s(])(?:il|lo|la|i|gli|le|del|dello|della|dei|degli|delle|dal|dallo|dalla|dai|dagli|dalle|al|allo|alla|ai|agli|alle|nel|nello|nella|l[’']|dell[’']|dall[’']|all[’']|nell[’'])\s*$/iu;

/**
 * "Secondo il sindacato «…»": the organisation the paragraph named last before the sentence, [from, sentence), when
 * it is no body of another kind ("l’Azienda ospedaliera" is no union) and nobody is named after it; with none there,
 * the one the text refers back to by that noun (organisationReferent).
 */
export function organisationReferredTo(text: string, mentions: Mention[], from: number, sentence: number, open: number): string | undefined {
  const according = ACCORDING_TO.exec(text.slice(sentence, open));
  if (!according || !ORGANISATION_NOUN.test(according[1]!.toLowerCase())) return undefined;
  let found: { name: string; end: number } | undefined;
  for (const word of wordsOf(text, from, sentence)) {
    if (found && word.start < found.end) continue;
    if (!word.capital || !ARTICLE.test(text.slice(Math.max(from, word.start - 8), word.start))) continue;
    const name = organisationAfter(text, word.start);
    if (!name || !namesOffice(name) || text.indexOf(name, word.start) !== word.start) continue;
    const end = word.start + name.length;
    if (end > sentence) continue;
    // "rispetto al Nord", "nel Mezzogiorno": one word after a preposition of place is where, not who.
    if (!name.includes(' ') && /(?:^|\s)(?:al|allo|alla|ai|agli|alle|nel|nello|nella|nei|negli|nelle|all[’']|nell[’'])\s*$/iu.test(text.slice(Math.max(from, word.start - 8), word.start))) continue;
    found = { name, end };
  }
  // Named in a paragraph before: the organisation the text refers back to by that noun, if it makes it plain.
  if (!found) return organisationReferent(text, mentions, according[1]!.toLowerCase(), sentence);
  const head = wordsOf(found.name)[0]!.key;
  // "l’ente" is any body: "Secondo l’ente camerale" after "la Camera di commercio".
  if (BODIES.has(head) && head !== according[1]!.toLowerCase() && according[1]!.toLowerCase() !== 'ente') return undefined;
  if (mentions.some((mention) => mention.kind !== 'title' && mention.start >= found.end - found.name.length && mention.start < open)) return undefined;
  return found.name;
}
