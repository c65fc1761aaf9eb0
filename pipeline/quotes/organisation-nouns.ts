// An organisation the text goes on calling by a common noun ("l’associazione", "la società", "il movimento"): the words
// a verb gives to that noun are the organisation's, never those of a person named beside it ("spiega l’associazione
// guidata da X", "– dice la società –").
import { BODIES, namesOffice, organisationAfter } from './attribution.ts';
import { DETERMINERS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { REGIONS } from './places.ts';
import { wordsOf } from './words.ts';

/** Common nouns a text refers back to an organisation by (a club by its management: "la dirigenza"). */
export const ORGANISATION_NOUNS = 'ente|associazione|sindacato|comitato|federazione|confederazione|consorzio|movimento|partito|organizzazione|cooperativa|coordinamento|fondazione|società|club|sigla|onlus|dirigenza';
export const ORGANISATION_NOUN = new RegExp(`^(?:${ORGANISATION_NOUNS})$`, 'u');

/**
 * "l’associazione", "la società" starting at `at` (spaces first), no name of its own after it ("l’associazione
 * Libera" is named, and read as such elsewhere) and no adjective making it something else ("la società civile").
 */
export function organisationNounAt(text: string, at: number, limit: number, bare = false): { noun: string; end: number } | undefined {
  // Bare: the article is already read, fused with a preposition ("il commento della società").
  const found = (bare ? /^\s*(\p{Ll}+)(?![\p{L}])/u : /^\s*(?:[Ii]l|[Ll]o|[Ll]a|[Ll][’'])\s*(\p{Ll}+)(?![\p{L}])/u).exec(text.slice(at, Math.min(limit, at + 40)));
  if (!found || !ORGANISATION_NOUN.test(found[1]!)) return undefined;
  const end = at + found[0].length;
  if (/^[ \t]+(?:\p{Lu}|civile|italiana\s+di|dei\s+consumatori)/u.test(text.slice(end, end + 20))) return undefined;
  return { noun: found[1]!, end };
}

/** Prepositions and adverbs a sentence may open on, capitalised there: "Secondo Confesercenti, …". */
const OPENERS = new Set(['secondo', 'dopo', 'prima', 'oltre', 'durante', 'verso', 'contro', 'senza', 'sempre', 'inoltre', 'tuttavia', 'nonostante', 'grazie', 'mentre', 'per', 'tra', 'fra']);

/** Words before which a capitalised name is a place, not an organisation: "a Firenze", "in via Roma". */
const PLACE_BEFORE = /^(?:a|ad|in|via|viale|piazza|corso|largo|vicolo|località|frazione)$/u;

/** Nouns whose complement is a place: "al largo di Lampedusa", "la provincia di Cuneo", "a sud di Roma". */
const PLACE_OF = /^(?:largo|sud|nord|est|ovest|provincia|comune|città|costa|golfo|isola|zona|territorio|frazione|paese|centro|abitanti|cittadini)$/u;

/** The lower-case words after the noun end on a preposition or an article: "Comitato per il ", "Associazione di ". */
const COMPLEMENT_BEFORE = /[ \t](?:per|di|del|della|dello|dei|degli|delle|contro|il|lo|la|i|gli|le)[ \t]+$/u;

/**
 * The organisation a common noun refers back to at `at`: the one the text introduced by that very noun ("il movimento
 * Cambiamo Rotta", "l’organizzazione non governativa Terre Solidali"), else one whose name says it is an organisation
 * ("… Onlus"), named more than any other such, else the one the text before names most often, twice at least and more
 * than any other (a body of another kind, as "il Comune" for "l’associazione", is not it; nor a place).
 * Nothing when the text leaves it open: a reader could not say which organisation speaks. `namedOnly`: not the one
 * named most, only one the text calls an organisation (as a note's issuer, which may be anyone the text mentions).
 */
export function organisationReferent(text: string, mentions: Mention[], noun: string, at: number, namedOnly = false): string | undefined {
  const named = (start: number) => {
    let name = organisationAfter(text, start);
    if (!name || !namesOffice(name) || text.indexOf(name, start) !== start) return undefined;
    // Up to a person named in it: "il movimento Quartiere Vivo di Paolo Neri" is "Quartiere Vivo".
    const person = mentions.find((mention) => mention.kind !== 'title' && mention.nameStart < start + name!.length && mention.nameEnd > start);
    if (person) name = text.slice(start, person.nameStart).replace(/[\s,]+(?:(?:di|del|della|dello|dei|degli|delle)\s+|dell[’']\s*)?$/u, '');
    if (!name) return undefined;
    // "«Salviamo gli ulivi», Coordinamento di rete …": an apposition to a name in marks, which is the organisation's.
    if (/_[^\p{L}\p{N}_,\s]?[ \t]*,?[ \t]*$/u.test(text.slice(Math.max(0, start - 6), start))) return undefined;
    const words = wordsOf(name);
    if (words.length === 0) return undefined;
    if (words.length === 1 && REGIONS.has(words[0]!.key)) return undefined;
    if (BODIES.has(words[0]!.key) && words[0]!.key !== noun && noun !== 'ente') return undefined;
    return name;
  };
  const capitalNoun = `[${noun[0]}${noun[0]!.toUpperCase()}]${noun.slice(1)}`;
  const introduced = new RegExp(`(?<![\\p{L}])${capitalNoun}(?:[ \\t]+\\p{Ll}+){0,2}?[ \\t]+(?=\\p{Lu})`, 'gu');
  let found: string | undefined;
  for (const match of text.slice(0, at).matchAll(introduced)) {
    const name = named(match.index + match[0].length);
    if (!name) continue;
    // "il Comitato per il No", "l’Associazione per la Difesa del Mare": a capital after a preposition or an article is
    // the noun's complement, the name only with the noun (capitalised, as a name is); in lower case it names nothing.
    const complement = COMPLEMENT_BEFORE.test(match[0]);
    if (complement && match[0].charCodeAt(0) === noun.charCodeAt(0)) continue;
    found = complement ? `${match[0]}${name}` : name;
  }
  if (found) return found;
  // The organisation the text is about: counted by its first word ("Confesercenti" and "Confesercenti Toscana"), at
  // the start of a sentence only if the text also names it inside one (a sentence's first word may be any word).
  const words = wordsOf(text, 0, at);
  const inside = new Set<string>();
  const seen: { key: string; name: string; opening: boolean }[] = [];
  let covered = 0;
  words.forEach((word, i) => {
    if (word.start < covered) return;
    const previous = words[i - 1];
    // The first capitalised word of a name, its article aside ("La Confesercenti").
    const article = previous && DETERMINERS.has(previous.key) ? previous : undefined;
    const within = previous?.capital && !article && !OPENERS.has(previous.key) && /^[ \t]+$/u.test(text.slice(previous.end, word.start));
    if (!word.capital || within || (previous && PLACE_BEFORE.test(previous.key))) return;
    // "al largo di Lampedusa", "la provincia di Cuneo": a place.
    if (previous?.key === 'di' && words[i - 2] && PLACE_OF.test(words[i - 2]!.key)) return;
    if (OPENERS.has(word.key)) return;
    const name = named(word.start);
    // A run that names nothing here still covers its words: "Coordinamento di rete … per la Rigenerazione …".
    if (!name) {
      covered = word.start + (organisationAfter(text, word.start)?.length ?? 0);
      return;
    }
    const before = article ? words[i - 2] : previous;
    const opening = !before || /[.!?:\n]/u.test(text.slice(before.end, (article ?? word).start));
    // A dateline ("Firenze, 1 dic.") names a place.
    if (/^,\s*\p{N}/u.test(text.slice(word.start + name.length, word.start + name.length + 4))) return;
    covered = word.start + name.length;
    if (!opening) inside.add(word.key);
    seen.push({ key: word.key, name, opening });
  });
  const shouted = (name: string) => name === name.toUpperCase();
  const counts = new Map<string, { count: number; name: string }>();
  for (const { key, name } of seen) {
    if (!inside.has(key)) continue;
    const entry = counts.get(key);
    // The longest spelling, and one in ordinary case before a heading's capitals ("SOCCORSO IN MARE ONLUS").
    const better = !entry || (shouted(entry.name) && !shouted(name)) || (shouted(entry.name) === shouted(name) && name.length > entry.name.length);
    counts.set(key, { count: (entry?.count ?? 0) + 1, name: better ? name : entry.name });
  }
  // A name that says it is an organisation ("Soccorso in Mare Onlus") goes before a bare one named as often ("Lampedusa").
  const says = (name: string) => wordsOf(name).some((word) => ORGANISATION_NOUN.test(word.key));
  const ranked = [...counts.values()].sort((a, b) => Number(says(b.name)) - Number(says(a.name)) || b.count - a.count);
  const [first, second] = ranked;
  if (first && says(first.name) && (!second || !says(second.name) || second.count < first.count)) return first.name;
  if (namedOnly) return undefined;
  return first && first.count >= 2 && (!second || second.count < first.count) ? first.name : undefined;
}
