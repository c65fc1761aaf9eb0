// Organisations as speakers: "Confartigianato Lombardia, che in una nota definisce il bando «…»", "La Sipt ha auspicato
// «…»", and the full name a shortened one stands for ("Coldiretti" for "Coldiretti Piemonte", "Sipt" for its expansion).
import { BODIES, LINKS, namesOffice, OFFICE_WORDS, organisationAfter, sayings, VERDICT } from './attribution.ts';
import { pastDocumentLocative } from './document-locatives.ts';
import { organisationsOpening } from './organisation-lists.ts';
import { DETERMINERS, isPlural } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { isFirstName } from './names.ts';
import { literal, wordsOf } from './words.ts';

/** Lower-case adjectives inside an organisation's name: "Società italiana di pediatria territoriale". */
const NAME_ADJECTIVE = /(?:ale|ali|ana|ane|ano|ani|ese|esi|ica|iche|ico|ici|iva|ive|ivo|ivi|aria|ario|ari|ista|isti|ente|enti)$/u;

/** Verbs that judge or describe what the quoted words are: "definisce il bando «…»", "giudica il piano «…»". */
const DESCRIBING = /^(?:defin|giudic|valut|consider|boll|critic)\p{L}*$/u;

/** The organisation whose name ends exactly at `end`: capitalised words, links, and lower-case words after a link. */
export function organisationEndingAt(text: string, from: number, end: number, mentions: Mention[]): string | undefined {
  const words = wordsOf(text, from, end);
  const last = words.at(-1);
  if (!last || !/^\s*$/u.test(text.slice(last.end, end))) return undefined;
  for (let i = Math.max(0, words.length - 9); i < words.length; i++) {
    const head = words[i]!;
    // A body written in lower case heads the name when a capitalised word follows: "il ministero delle Infrastrutture".
    const body = BODIES.has(head.key) && words.slice(i + 1).some((word) => word.capital);
    if ((!head.capital && !body) || LINKS.has(head.key) || DETERMINERS.has(head.key)) continue;
    // "Cauta Confindustria, che …": an adjective opening the sentence judges the office, it is not its name.
    if (i === 0 && VERDICT.test(head.key)) continue;
    const previous = words[i - 1];
    // The name opens the sentence or follows an article or a preposition ("dall’Associazione …", "della Filt Cgil").
    // Or opens a clause after a comma or a kicker's colon, as headlines frame a speaker: "Liste d’attesa, Patto
    // Civico: «…»", "Energia: Confindustria Veneto Est, '…'".
    // A kicker may hold a title in marks, blanked in the narration: "Arresti “Sila Viva”, Greenwatch Calabria: «…»".
    if (previous && !DETERMINERS.has(previous.key) && !/^\s*(?:[«“"‘'][_\s]*[»”"’']\s*)?[,:]\s*$/u.test(text.slice(previous.end, head.start)) && !(i === 1 && VERDICT.test(previous.key))) continue;
    // "gli agricoltori del Trasimeno": a name after a preposition completing a common noun of people is where they
    // are from, not who speaks.
    const owner = words[i - 2];
    if (previous && owner && /^(?:di|del|dello|della|dell|dei|degli|delle)$/u.test(previous.key) && !owner.capital && !BODIES.has(owner.key) && /^\p{L}{4,}i$/u.test(owner.key) && /^\s+$/u.test(text.slice(owner.end, previous.start))) continue;
    // "pronto soccorso della provincia di Agrigento": a body written in lower case after a common noun's preposition is
    // the territory the noun belongs to ("provincia", not the office "Provincia"), and so is the place it names.
    if (body && !head.capital && previous && owner && /^(?:di|del|dello|della|dell|dei|degli|delle)$/u.test(previous.key) && !owner.capital && !BODIES.has(owner.key)) break;
    const run = words.slice(i);
    // A list of organisations is one speaker too: "Filt Cgil, Fit Cisl e Uiltrasporti".
    const joined = run.every((word, k) => k === 0 || /^[ \t-]$/u.test(text.slice(run[k - 1]!.end, word.start)) || (word.capital && /^, $/u.test(text.slice(run[k - 1]!.end, word.start))));
    if (!joined) continue;
    const listed = text.slice(head.start, last.end);
    if (listed.includes(',') && !/,[^,]* e \p{Lu}[^,]*$/u.test(listed)) continue;
    const named = run.every((word, k) => k === 0 || word.capital || /^\p{N}/u.test(word.text) || LINKS.has(word.key) || OFFICE_WORDS.has(word.key) || NAME_ADJECTIVE.test(word.key) || LINKS.has(run[k - 1]!.key));
    if (!named || LINKS.has(last.key)) continue;
    // A person is a mention, not an organisation.
    if (isFirstName(head.text) && run[1]?.capital) continue;
    if (mentions.some((mention) => mention.kind !== 'title' && mention.nameStart >= head.start && mention.nameStart < end)) continue;
    return text.slice(head.start, last.end);
  }
  return undefined;
}

/**
 * The organisation a sentence makes say the quoted words opening at `open`: "X, che in una nota parla di «…»",
 * "X, in una nota, giudica il provvedimento «…»", "La Sipt ha auspicato «…»".
 */
export function organisationSubject(text: string, mentions: Mention[], from: number, open: number): string | undefined {
  const verbs = sayings(text, from, open);
  const describing = wordsOf(text, from, open).filter((word) => DESCRIBING.test(word.key)).map((word): [number, number] => [word.start, word.end]);
  const verb = [...verbs, ...describing].sort((a, b) => a[0] - b[0]).at(-1);
  const between = wordsOf(text, verb?.[1] ?? open, open);
  // The words are the organisation's own, not a clause it reports ("fanno sapere che gli organici sono «…»").
  if (!verb || between.length > 5 || between.some((word) => word.key === 'che') || /[,;:.!?]/u.test(text.slice(verb[1], open))) return undefined;
  // Past the document it speaks in: "Nel documento il Consiglio comunale si impegna a «…»".
  from = pastDocumentLocative(text, from, verb[0]) ?? from;
  // Bodies listed as the subject opening the sentence speak together: "Fim e Fiom chiedono all’azienda di «…»".
  if (isPlural(text.slice(verb[0], verb[1]))) return organisationsOpening(text, from, verb[0]);
  const before = text.slice(from, verb[0]);
  const relative = /,\s*che\s+(?:[^,;:.!?«»“”"_]{0,70}?\s)?$/u.exec(before) ?? /,\s*in\s+una\s+nota\s*,\s*$/u.exec(before);
  if (relative) return organisationEndingAt(text, from, from + relative.index, mentions);
  // The subject opening the sentence, right before the verb.
  const subject = /^\s*(?:(?:il|lo|la|l[’']|i|gli|le)\s*)?([^,;:.!?«»“”"_]{1,80}?)\s+(?:in\s+una\s+nota\s+)?$/iu.exec(before);
  if (!subject) return undefined;
  const start = from + before.indexOf(subject[1]!);
  const name = organisationEndingAt(text, start, start + subject[1]!.length, mentions);
  // The whole subject is the name ("La Sipt ha auspicato"), not its last words ("Dal ministero dell’Istruzione").
  // Nor a conjunction opening the sentence: "Ma promette «…»".
  return name && namesOffice(name) && wordsOf(text, start, text.indexOf(name, start)).every((word) => /^(?:il|lo|la|l|i|gli|le)$/u.test(word.key)) ? name : undefined;
}

const OFFICE_ALTERNATION = [...OFFICE_WORDS].join('|');

/** The patterns that look for a shortened name's full form, compiled once per name (few names recur across texts). */
interface NamePatterns {
  spelled?: RegExp;
  headed: RegExp;
  longer: RegExp;
  office: RegExp;
}
const PATTERNS = new Map<string, NamePatterns>();

function patternsOf(name: string): NamePatterns {
  let patterns = PATTERNS.get(name);
  if (patterns) return patterns;
  const escaped = literal(name);
  // "Rfi" for "Rete ferroviaria italiana": the words whose initials spell it.
  const acronym = /^\p{Lu}[\p{L}]{1,5}$/u.test(name) && !/[aeiou]{2}/u.test(name.slice(1));
  const initials = [...name.toLowerCase()].map((letter) => `${letter.replace(/[^\p{L}]/gu, '')}[\\p{L}’']*`).join('\\s+(?:(?:di|del|della|dei|degli|delle|per|e)\\s+)?');
  patterns = {
    ...(acronym ? { spelled: new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'iu') } : {}),
    // "Gruppo consiliare di FI" for "FI".
    headed: new RegExp(`\\p{Lu}\\p{Ll}+(?: (?:${OFFICE_ALTERNATION}))+(?: (?:di|del|della|dei|degli|delle))? ${escaped}(?![\\p{L}])`, 'u'),
    longer: new RegExp(`(?<![\\p{L}])${escaped}(?: (?:\\p{Lu}[\\p{L}-]*|\\p{N}+(?!\\p{N}|[/.-]\\p{N})))+`, 'u'),
    office: new RegExp(`(?<![\\p{L}])${escaped}(?: (?:${OFFICE_ALTERNATION}))+(?: \\p{Lu}[\\p{L}-]*)+`, 'u'),
  };
  if (PATTERNS.size < 2000) PATTERNS.set(name, patterns);
  return patterns;
}

/** The full name a shortened organisation stands for: "Coldiretti" for "Coldiretti Piemonte", "Sipt" for "… (Sipt)". */
export function fullOrganisation(text: string, name: string, mentions: Mention[]): string {
  const acronym = text.indexOf(`(${name})`);
  if (acronym > 0) {
    const expanded = organisationEndingAt(text, Math.max(0, acronym - 120), acronym, mentions);
    if (expanded) return expanded;
  }
  const patterns = patternsOf(name);
  // The first spelling in capitals: "Partito democratico", not "proposta di delibera" for "Pd".
  let spelled: { text: string; index: number } | undefined;
  for (let from = 0; patterns.spelled && from < text.length;) {
    const found = patterns.spelled.exec(text.slice(from));
    if (!found) break;
    if (/^\p{Lu}/u.test(found[0])) spelled = { text: found[0], index: from + found.index };
    if (spelled) break;
    from += found.index + found[0].length;
  }
  // "l’Usb (Unione sindacale di base)": introduced by the short name, the long one only glossing it.
  if (spelled && text.slice(Math.max(0, spelled.index - name.length - 2), spelled.index) === `${name} (`) return name;
  // With the place it is of, as the text first gives it in full: "Partito democratico di Follonica".
  if (spelled && spelled.text.split(/\s+/u).length >= name.length) return spelled.text + (/^(?:[ \t]+(?:di|del|della|dello|dei|degli|delle)[ \t]+\p{Lu}[\p{L}’'-]*(?:[ \t]\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(spelled.index + spelled.text.length, spelled.index + spelled.text.length + 80))?.[0] ?? '');
  // "Agricoltori Uniti Viterbo" for "Federazione provinciale Agricoltori Uniti Viterbo": the name's own head before it.
  const headed = patterns.headed.exec(text);
  // A press office signing the text ("Ufficio stampa Fp Cgil") is the office's voice, not a longer name for it.
  if (headed && !/^(?:Ufficio|Servizio)\s/u.test(headed[0])) return headed[0];
  const longer = patterns.longer.exec(text);
  // Not a person named after it: "il segretario Fp Cgil Marco Bellotti".
  if (longer && !mentions.some((mention) => mention.kind !== 'title' && mention.nameStart >= longer.index && mention.nameStart < longer.index + longer[0].length)) return longer[0];
  // "la Federazione" for "Federazione provinciale Agricoltori Uniti Viterbo": a name with office words in it.
  const office = patterns.office.exec(text);
  if (office) return office[0];
  // "la Camera Penale" for "la Camera Penale della Liguria": a name of two words or more, with the place it is of.
  // Or a public office of one word ("la Prefettura" for "la Prefettura di Bari"): it is named by its place.
  const placed = name.includes(' ') || BODIES.has(name.toLowerCase()) ? placedName(text, name) : undefined;
  // Not a person it is of: "il movimento Quartiere Vivo di Paolo Neri".
  const personal = placed !== undefined && mentions.some((mention) => mention.kind !== 'title' && text.slice(mention.nameStart, mention.nameEnd) !== '' && placed.endsWith(text.slice(mention.nameStart, mention.nameEnd)));
  return (!personal && placed) || describedName(text, name) || name;
}

/**
 * The name as the text first gives it with what the body is of, in lower case then capitals: "Autorità di sistema
 * portuale del Mar Tirreno" for "Autorità". Not a place alone ("Legambiente di Cremona"): that is placedName's.
 */
function describedName(text: string, name: string): string | undefined {
  const escaped = literal(name);
  for (const found of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped} (?:di|del|della|dello|dei|degli|delle) \\p{Ll}`, 'gu'))) {
    const full = organisationAfter(text, found.index);
    if (full && full.length > name.length + 12 && full.startsWith(name) && /\p{Lu}/u.test(full.slice(name.length))) return full;
  }
  return undefined;
}

/** The name followed by the place it is of, as the text gives it once: "Camera Penale della Liguria". */
function placedName(text: string, name: string): string | undefined {
  const escaped = literal(name);
  return new RegExp(`(?<![\\p{L}])${escaped} (?:di|del|della|dello|dei|degli|delle) \\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*)*`, 'u').exec(text)?.[0];
}

/** Nouns for bodies speaking together: "i sindacati", "le tre sigle", "le organizzazioni agricole", "le associazioni". */
export const COLLECTIVE_NOUNS = /^(?:sindacati|sigle|organizzazioni|associazioni|federazioni)$/u;

// A name may stand in marks: "le associazioni Lipu Trentino e “Boschi senza paura”" (masked in a narration: "“___”").
const COLLECTIVE_NAME = '(?:\\p{Lu}[\\p{L}-]*(?:[ \\t]\\p{Lu}[\\p{L}-]*)*|["“](?:\\p{Lu}|_)[^"“”\\n]{1,40}["”])';
/**
 * The bodies a text introduces as speaking together, by a collective noun and their names: "i sindacati di categoria
 * Filcams Cgil, Fisascat Cisl e Uiltucs", "le organizzazioni agricole Cia, Coldiretti e Copagri". Two names at least,
 * parted by commas, "e" or dashes, as unions print their joint signature ("Filt Cgil – Fit Cisl – Uiltrasporti").
 */
const COLLECTIVE = new RegExp(`(?<![\\p{L}])(?:sindacati|sigle|organizzazioni|associazioni|federazioni)(?<qualifier>[ \\t]+(?:sindacali|agricole|datoriali|confederali|di[ \\t]+categoria|(?:dei|degli|delle|del|della)[ \\t]+\\p{Ll}+))?[ \\t]+${COLLECTIVE_NAME}(?:(?:,[ \\t]+(?:e[ \\t]+)?(?:(?:dei|degli|delle|del|della)[ \\t]+\\p{Ll}+[ \\t]+)?|[ \\t]+e[ \\t]+|[ \\t]+[-\\u2013\\u2014][ \\t]+)${COLLECTIVE_NAME})+`, 'u');

/**
 * The first such group of bodies in the text, as the text designates it ("sindacati di categoria Filcams Cgil, Fisascat
 * Cisl e Uiltucs"). A bare noun only says what kind of bodies the names are: "i sindacati Fiom e Uilm" are "Fiom e Uilm".
 */
export function collectiveBody(text: string): string | undefined {
  const found = COLLECTIVE.exec(text);
  if (!found) return ledBodies(text);
  // Nor does "sindacali": "le sigle sindacali Uil e Cisl" are "Uil e Cisl".
  const bare = found.groups!.qualifier === undefined || found.groups!.qualifier.trim() === 'sindacali';
  return bare ? found[0].slice(found[0].search(/[ \t]["“]?[\p{Lu}_]/u) + 1) : found[0];
}

/**
 * "i segretari di Fillea, Filca e Feneal Mario Rossi, …", "le segreterie di Cgil, Cisl e Uil": the bodies whose leaders
 * or whose offices the text introduces together.
 */
const LEADERS_OF = new RegExp(`(?<![\\p{L}])(?:[Ss]egretari|[Ss]egreterie|[Cc]onfederazioni)(?:[ \\t]+(?:generali|regionali|provinciali|territoriali|nazionali|confederali))?[ \\t]+(?:di|dei|degli|delle)[ \\t]+(${COLLECTIVE_NAME}(?:(?:,[ \\t]+|[ \\t]+e[ \\t]+)${COLLECTIVE_NAME})+)`, 'u');

/**
 * The bodies a text names after their leaders' plural title, as one speaker: "Uil Edili, Cisl Costruzioni e Cgil
 * Edilizia" of "i Segretari di Uil Edili, Cisl Costruzioni e Cgil Edilizia Mario Stellato, …", up to the first
 * person's name. Three bodies or two, with "e" before the last.
 */
function ledBodies(text: string): string | undefined {
  const found = LEADERS_OF.exec(text);
  if (!found) return undefined;
  const words = found[1]!.split(/(?<=[ \t])/u);
  let end = found[1]!.length;
  let offset = 0;
  for (const [i, word] of words.entries()) {
    if (isFirstName(word.trim().replace(/,$/u, '')) && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      end = offset;
      break;
    }
    offset += word.length;
  }
  const bodies = found[1]!.slice(0, end).trim().replace(/,$/u, '');
  return / e \p{Lu}[^,]*$/u.test(bodies) ? bodies : undefined;
}
