// A lead before a colon that names the words by a noun and their owner after "di": "La replica della Cgil: «…»",
// "Ecco l’appello dei residenti: «…»", "L’affondo del sindaco: «…»". The owner says them, not whoever spoke last.
import type { Mention } from './mentions.ts';
import { descriptionAt, type Description } from './described.ts';
import { namesOffice, organisationAfter, sayings } from './attribution.ts';
import { DETERMINERS } from './lexicon.ts';
import { wordsOf, type Word } from './words.ts';
import { placeNamed } from './places.ts';

/** Nouns for something said aloud: whoever they belong to says the sentence after the colon. */
const SPOKEN = new Set([
  'replica', 'repliche', 'risposta', 'commento', 'commenti', 'appello', 'affondo', 'monito', 'testimonianza', 'racconto',
  'parole', 'pensiero', 'voce', 'sfogo', 'denuncia', 'grido', 'accusa', 'accuse', 'allarme', 'attacco', 'critica',
  'critiche', 'stoccata', 'invito', 'richiesta', 'proposta', 'messaggio', 'reazione', 'soddisfazione', 'amarezza',
  'rammarico', 'analisi', 'chiosa', 'battuta', 'promessa', 'annuncio', 'avvertimento', 'preoccupazione', 'dubbio',
  'dubbi', 'speranza', 'augurio', 'rabbia', 'delusione', 'ringraziamento', 'protesta', 'sollecito', 'plauso', 'timore',
  'versione', 'spiegazione', 'precisazione', 'rassicurazione', 'ammissione', 'provocazione', 'esortazione',
]);

/** A heading's nouns for what is printed below it: "Le dichiarazioni del presidente X dopo la partita". */
export const HEADING_SPOKEN = new Set([...SPOKEN, 'dichiarazione', 'dichiarazioni']);

/** "di", alone or fused with an article, between the noun (and an adjective or two) and its owner. */
const OF = /^((?:\s+\p{Ll}+){0,2}?)\s+(?:(?:di|del|dello|della|dei|degli|delle)(?![\p{L}])|dell[’'])\s*/u;

/** Articles fused with a preposition: "all’appello", "nella replica". */
const FUSED = /^(?:al|allo|alla|all|ai|agli|alle|nel|nello|nella|nell|del|dello|della|dell|dei|degli|delle)$/u;

/** Words that may open the lead before the noun: "Ecco", "E poi", "Infine". */
const LEADING = /^(?:ecco|e|poi|ma|quindi|infine|anche|ed|intanto|ora|adesso|però)$/u;

export type LeadOwner = { mention: Mention } | { organisation: string } | { described: Description };

/**
 * Whose the words are when the lead [from, end) before their colon calls them by a noun of speech and names its owner
 * with "di": a person mentioned there, an organisation, or people described ("dei residenti"). Not when the lead has
 * a verb of saying of its own ("la voce del governatore, quella del sindaco che ha detto:").
 */
export function leadOwner(text: string, mentions: Mention[], from: number, end: number, nouns: Set<string> = SPOKEN): LeadOwner | undefined {
  const words = wordsOf(text, from, end);
  // The last such noun that names its owner: "Il messaggio dei residenti, un appello scritto a mano:" is the residents'.
  for (let index = words.length - 1; index >= 0; index--) {
    if (!nouns.has(words[index]!.key)) continue;
    const owner = ownerAfter(text, mentions, words, index, from, end);
    if (owner) return owner;
  }
  return undefined;
}

function ownerAfter(text: string, mentions: Mention[], words: Word[], index: number, from: number, end: number): LeadOwner | undefined {
  const noun = words[index]!;
  // A noun, with its article and perhaps an adjective ("La dura replica"), or opening the lead ("Ecco l’appello",
  // "Replica della Cgil"): not the verb ("Il sindaco replica all’appello di X:"), nor after another verb of saying.
  const article = (at: number) => at >= 0 && (DETERMINERS.has(words[at]!.key) || FUSED.test(words[at]!.key));
  const opening = words.slice(0, index).every((word) => LEADING.test(word.key));
  if (!opening && !article(index - 1) && !(article(index - 2) && !words[index - 1]!.capital)) return undefined;
  // (The noun itself may read as a verb: "La dura replica".)
  if (sayings(text, from, end).some(([start]) => start !== noun.start)) return undefined;
  const of = OF.exec(text.slice(noun.end, end));
  if (!of) return undefined;
  const owner = noun.end + of[0].length;
  const mention = mentions.find((candidate) => candidate.start >= owner && candidate.start <= owner + 3 && candidate.end <= end);
  if (mention) return { mention };
  // Capitalised, an organisation's name ("della Cgil", "di Legambiente Lazio").
  if (/^\p{Lu}/u.test(text.slice(owner, owner + 1))) {
    const organisation = organisationAfter(text, owner);
    // Not a place the text names as one ("la protesta delle Vettovaglie" over "piazza delle Vettovaglie"): the
    // protest of the people who live there, whom the lead does not name.
    if (organisation && placeNamed(text, organisation)) return undefined;
    return organisation && namesOffice(organisation) && owner + organisation.length <= end ? { organisation } : undefined;
  }
  const fused = !/\sdi\s*$/u.test(of[0]);
  const described = descriptionAt(text, owner, end, fused);
  return described ? { described } : undefined;
}

/** Articles alone, not fused with a preposition: the noun after one is the sentence's subject, not its topic. */
const BARE_ARTICLES = new Set(['il', 'lo', 'la', 'l', 'i', 'gli', 'le']);

/**
 * A person whose words a topic's lead goes on to name as its subject: "Sull’accaduto il commento del presidente
 * della circoscrizione, X: «…»". Not the topic's own noun ("Sulla replica del sindaco: «…»" asks the one interviewed).
 */
export function ownerAfterTopic(text: string, mentions: Mention[], from: number, end: number): Mention | undefined {
  const words = wordsOf(text, from, end);
  const at = words.findLastIndex((word, index) => index > 0 && SPOKEN.has(word.key) && BARE_ARTICLES.has(words[index - 1]!.key));
  if (at < 0) return undefined;
  const owner = leadOwner(text, mentions, words[at - 1]!.start, end);
  return owner && 'mention' in owner ? owner.mention : undefined;
}

