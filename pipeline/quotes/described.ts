// Speakers the text only describes with a common noun ("spiega una residente", "A parlare è il conducente",
// "attacca l’opposizione"): nobody a reader could name, but a description worth carrying beside the null speaker.
import { CLAUSE_OPENERS, ROLE_GROUP } from './lexicon.ts';
import { sentenceStarts, wordsOf, type Word } from './words.ts';
import { sayingLength } from './saying-verbs.ts';
import { isFirstName } from './names.ts';

/**
 * Nouns for people and for groups of people the press leaves unnamed: who they are, not what office they hold (the
 * roles of ROLE_GROUP count too). Singular and plural, both genders.
 */
const PEOPLE = new Set([
  'residente', 'residenti', 'abitante', 'abitanti', 'conducente', 'conducenti', 'automobilista', 'automobilisti', 'autista',
  'autisti', 'passante', 'passanti', 'testimone', 'testimoni', 'vicino', 'vicina', 'vicini', 'vicine', 'donna', 'donne', 'uomo',
  'uomini', 'signora', 'signore', 'signori', 'ragazzo', 'ragazza', 'ragazzi', 'ragazze', 'giovane', 'giovani', 'anziano',
  'anziana', 'anziani', 'anziane', 'pensionato', 'pensionata', 'pensionati', 'madre', 'madri', 'padre', 'padri', 'mamma', 'mamme', 'papà', 'moglie',
  'marito', 'figlio', 'figlia', 'figli', 'amico', 'amica', 'amici', 'amiche', 'genitore', 'genitori', 'nonno', 'nonna', 'nonni', 'fratello', 'sorella', 'parente',
  'parenti', 'familiare', 'familiari', 'cliente', 'clienti', 'turista', 'turisti', 'visitatore', 'visitatrice', 'visitatori',
  'passeggero', 'passeggera', 'passeggeri', 'viaggiatore', 'viaggiatrice', 'viaggiatori', 'pendolare', 'pendolari', 'utente',
  'utenti', 'paziente', 'pazienti', 'cittadino', 'cittadina', 'cittadini', 'venditore', 'venditrice', 'venditori', 'commercianti',
  'negozianti', 'esercenti', 'ambulante', 'ambulanti', 'macellaio', 'macellai', 'barista', 'baristi', 'lavoratori', 'lavoratrici',
  'operai', 'dipendenti', 'volontari', 'volontarie', 'studenti', 'studentesse', 'escursionista', 'escursionisti', 'tifoso', 'tifosa',
  'tifosi', 'agente', 'agenti', 'poliziotto', 'poliziotta', 'poliziotti', 'carabiniere', 'carabinieri', 'finanziere', 'finanzieri',
  'soccorritore', 'soccorritori', 'pompiere', 'pompieri', 'vigile', 'vigili', 'inquirente', 'inquirenti', 'investigatori',
  'organizzatore', 'organizzatrice', 'organizzatori', 'promotore', 'promotori', 'firmatari', 'manifestante', 'manifestanti',
  'medici', 'infermieri', 'operatore', 'operatrice', 'operatori', 'titolari', 'gestore', 'gestrice', 'gestori', 'proprietari',
  'esperti', 'tecnici', 'consiglieri', 'sindacalisti', 'allevatori', 'agricoltori', 'produttori', 'imprenditori', 'ristoratori',
  'albergatori', 'attivista', 'attivisti', 'militante', 'militanti', 'volontario', 'volontaria', 'dipendente', 'lavoratore',
  'lavoratrice', 'operaio', 'operaia', 'studente', 'studentessa', 'collega', 'colleghi', 'colleghe', 'compagno', 'compagna',
  'compagni', 'conoscente', 'conoscenti', 'opposizione', 'opposizioni', 'maggioranza', 'minoranza', 'sindacati', 'sigle', 'organizzazioni',
  'fonti', 'persona', 'persone',
  // The people of a shop, a bar or a trade, as crime and local pages quote them: "racconta la cassiera del bar".
  'cassiere', 'cassiera', 'cassieri', 'commesso', 'commessa', 'commessi', 'commesse', 'cameriere', 'cameriera',
  'camerieri', 'benzinaio', 'benzinai', 'fornaio', 'fornai', 'panettiere', 'panettieri', 'edicolante',
  'edicolanti', 'tabaccaio', 'tabaccai', 'parrucchiere', 'parrucchiera', 'parrucchieri', 'custode', 'custodi', 'bagnino',
  'bagnini', 'idraulico', 'muratore', 'muratori', 'contadino', 'contadini', 'pescatore', 'pescatori',
]);

/** Words before the noun that belong to the description: "il primo cittadino", "un altro residente", "l’attuale sindaco". */
const BEFORE_NOUN = /^(?:primo|prima|ex|neo|attuale|allora|altro|altra|altri|altre|giovane|anziano|anziana|nuovo|nuova|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)$/u;

/** Adjectives after the noun that belong to it: where the person is from ("un 31enne pesarese"), or of the office. */
const AFTER_NOUN = /^(?:\p{L}{3,}(?:ese|esi|ense|ensi|ano|ana|ani|ane|ino|ina|ini|ine|ale|ali|ile|ili|ico|ica|ici|iche|ivo|iva|ivi|ive|ario|aria|ari|arie)|uscente|unico|unica|intern[ie]|autorevoli)$/u;

/**
 * Prepositions that open a complement of the noun: "il farmacista del centro di Treviso", "i delegati del terminal",
 * elided too: "la presidente del consiglio d’istituto", "un consigliere d’amministrazione".
 */
const OF = /^(?:di|d|del|dello|della|dell|dei|degli|delle)$/u;

/** What follows an elided "d’" as an adverb, not a complement: "un residente d’accordo con …", "d’altra parte". */
const ELIDED_ADVERBS = /^(?:accordo|altra|altro|altronde|ora|intesa|urgenza|improvviso|esempio|oggi|estate|inverno)$/u;

const PORTFOLIO = /^(?:a|al|allo|alla|all|ai|agli|alle)$/u;

/** Streets and districts, named after them: "di via Dante", "del quartiere San Paolo". */
const STREETS = /^(?:via|viale|piazza|piazzale|corso|largo|vicolo|quartiere|rione|frazione|contrada|località|borgo)$/u;

/** Past participles, plural and singular, and the prepositions of a bare complement after them ("rimaste a piedi"). */
const PARTICIPLE_PLURAL = /^\p{Ll}{2,}(?:at|it|ut|ast|ost)[ie]$/u;
const PARTICIPLE_ONE = /^\p{Ll}{2,}(?:at|it|ut|ast|ost)[oa]$/u;
const BARE = /^(?:a|in|senza)$/u;

/** Articles and numbers a description opens with; an indefinite one says the person is new to the text. */
const DEFINITE = /^(?:il|lo|la|l|i|gli|le)$/u;
const INDEFINITE = /^(?:un|uno|una|qualche|alcuni|alcune|due|tre|quattro|cinque|diversi|diverse|molti|molte|tanti|tante)$/u;
const PARTITIVE = /^(?:dei|degli|delle)$/u;

export interface Description {
  /** The noun phrase without its article: "residente", "primo cittadino sambenedettese", "31enne pesarese". */
  text: string;
  /** Opened by "un", "una", "alcuni": someone the text has not spoken of before. */
  indefinite: boolean;
  /** Many people ("i residenti", "alcuni clienti"): never the one person quoted before. */
  plural: boolean;
  start: number;
  end: number;
}

/** Is this word a noun for a person: a role, a people noun, an age ("il 31enne")? */
export function describesPerson(key: string): boolean {
  // Plurals of roles too: "i consiglieri", "i delegati", "le sindache".
  const role = ROLE_GROUP.has(key) || (key.length > 4 && (/i$/u.test(key) ? ROLE_GROUP.has(`${key.slice(0, -1)}o`) || ROLE_GROUP.has(`${key.slice(0, -1)}e`) : /he$/u.test(key) ? ROLE_GROUP.has(`${key.slice(0, -2)}a`) : /e$/u.test(key) && ROLE_GROUP.has(`${key.slice(0, -1)}a`)));
  return role || PEOPLE.has(key) || /^\d{1,3}enn[ei]$/u.test(key);
}

/** Is this a noun for an office one person holds ("sindaco", "preside"), not for whoever people are ("venditore")? */
export function isOfficeNoun(key: string): boolean {
  return !PEOPLE.has(key) && ROLE_GROUP.has(key);
}

/** Adverbs between a verb of saying and who speaks: "dicono ancora gli avvocati". */
const AFTER_VERB = /^\s+(?:ancora|poi|anche|infine|inoltre|invece|sempre)(?=\s+\p{Ll})/u;

/**
 * The description of a person or group starting at `at` (spaces first): an article, a noun for people, the
 * adjectives that go with it. "una residente" -> "residente"; "il primo cittadino sambenedettese" -> that, less "il".
 */
export function descriptionAt(text: string, at: number, limit = text.length, bare = false): Description | undefined {
  // "dicono ancora gli avvocati", "spiega poi il tecnico": an adverb may stand between the verb and who speaks.
  if (!bare) at += AFTER_VERB.exec(text.slice(at, limit))?.[0].length ?? 0;
  // Bare: the article is already read, fused with a preposition ("le parole del comandante").
  const words = wordsOf(text, at, Math.min(limit, at + 120));
  if (bare) words.unshift({ start: at, end: at, text: '', key: 'il', capital: false });
  // "sottolineano fonti dell’Arma", "Fonti interne riferiscono": sources go without an article, whoever they are.
  const sources = !bare && words[0]?.key === 'fonti' && /^\s*$/u.test(text.slice(at, words[0].start));
  if (sources) words.unshift({ start: words[0]!.start, end: words[0]!.start, text: '', key: 'le', capital: false });
  const article = words[0];
  if (!article || !/^\s*$/u.test(text.slice(at, article.start))) return undefined;
  // A number opening a sentence counts bodies the text lists (counted-bodies.ts): "Cinque sigle chiedono".
  if (article.capital && /^(?:due|tre|quattro|cinque)$/u.test(article.key)) return undefined;
  // A partitive opening a sentence is an indefinite plural ("Delle mamme raccontano"); after a verb it is "of the".
  const partitive = article.capital && PARTITIVE.test(article.key);
  const definite = DEFINITE.test(article.key);
  if (!definite && !INDEFINITE.test(article.key) && !partitive) return undefined;
  // "uno degli inquirenti", "una delle residenti": one person of the group.
  if (!bare && /^un[oa]$/u.test(article.key)) {
    const one = oneOf(text, words, limit);
    if (one) return { ...one, start: article.start };
  }
  let k = 1;
  const spaced = (i: number) => words[i] !== undefined && !/[^\s]|\n/u.test(text.slice(words[i - 1]!.end, words[i]!.start));
  if (!spaced(1)) return undefined;
  // "un’altra" alone: another of those just quoted, the noun left out.
  if (BEFORE_NOUN.test(words[1]!.key) && !describesPerson(words[1]!.key) && spaced(2) && describesPerson(words[2]!.key)) k = 2;
  const noun = words[k];
  // A headline in capitals ("I RESIDENTI: …") shouts its nouns.
  const shouted = (word: { text: string }) => word.text === word.text.toUpperCase();
  // A role may be capitalised, as local pages write offices ("la Dirigente scolastica", "il Sindaco"); a people noun may not.
  const office = (word: Word) => !PEOPLE.has(word.key) && describesPerson(word.key) && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !(spaced(k + 1) && words[k + 1]!.capital);
  if (!noun || noun.capital && !/^\d/u.test(noun.text) && !(shouted(noun) && shouted(article)) && !office(noun) && !sources || !(describesPerson(noun.key) || (k === 1 && /^(?:altro|altra|altri|altre)$/u.test(noun.key)) || collectiveOfPeople(words, k, spaced))) return undefined;
  // "il primo cittadino": the first word is part of the role.
  if (k === 1 && /^prim[oa]$/u.test(noun.key) && spaced(2) && /^cittadin[oa]$/u.test(words[2]!.key)) k = 2;
  const plural = partitive || /^(?:i|gli|le|alcuni|alcune|due|tre|quattro|cinque|diversi|diverse|molti|molte|tanti|tante)$/u.test(article.key) || (article.key === 'l' && /[ie]$/u.test(words[k]!.key) && !/(?:ente|ione|ale|ile|ore)$/u.test(words[k]!.key));
  // Adjectives, not the verb that follows ("i residenti denunciano", "il cliente termina"): plural with a plural noun.
  const adjective = (word: Word) => !word.capital && !CLAUSE_OPENERS.has(word.key) && !/(?:mattina|sera|notte)$/u.test(word.key) && AFTER_NOUN.test(word.key) && (plural ? /[ie]$/u : /[oae]$/u).test(word.key) && sayingLength(text, word.start) < 0;
  let end = k;
  while (end + 1 < words.length && end - k < 2 && spaced(end + 1) && adjective(words[end + 1]!)) end++;
  // An officer (a role, not a people noun such as "conducente") belongs to a body the complement may name.
  // So do a firm's workers: "i lavoratori della Ceramica X", "i dipendenti della Coop Y".
  const officer = (!PEOPLE.has(words[k]!.key) || WORKFORCE.test(words[k]!.key)) && describesPerson(words[k]!.key) && !/^\d/u.test(words[k]!.key);
  // What befell them, a participle of their number and a bare complement: "le persone rimaste a piedi".
  const befell = words[end + 3] && spaced(end + 1) && spaced(end + 2) && spaced(end + 3) && (plural ? PARTICIPLE_PLURAL : PARTICIPLE_ONE).test(words[end + 1]!.key) && BARE.test(words[end + 2]!.key) && !words[end + 3]!.capital && !DEFINITE.test(words[end + 3]!.key) && !INDEFINITE.test(words[end + 3]!.key);
  if (befell) end += 3;
  // Their state after "in": "i lavoratori in cassa integrazione", "i medici in servizio", "gli operai in sciopero".
  const state = words[end + 1]?.key === 'in' && spaced(end + 1) ? inState(words, end + 2, spaced) : undefined;
  if (state !== undefined) end = state;
  // Complements of the noun, as the text gives them: "del centro di Treviso", "del pronto soccorso", "di Gricignano".
  // Not what follows an indefinite ("di un banco") nor a name after an article ("della Audi Q3": a thing, not the person).
  // An assessore's or a delegate's portfolio follows "a": "l’assessore ai lavori pubblici", "il delegato allo sport".
  const portfolio = /^(?:assessor|delegat)/u.test(words[k]!.key);
  for (let complements = 0; complements < 2; complements++) {
    const of = words[end + 1];
    if (!of || !spaced(end + 1) || !(OF.test(of.key) || (portfolio && complements === 0 && PORTFOLIO.test(of.key))) || of.capital) break;
    let next = end + 2;
    const articled = of.key !== 'di' && of.key !== 'd';
    if (!articled && words[next] && /^(?:il|lo|la|l|i|gli|le)$/u.test(words[next]!.key)) break;
    const head = words[next];
    if (!head || !spaced(next) || CLAUSE_OPENERS.has(head.key) || sayingLength(text, head.start) >= 0 || (of.key === 'd' && ELIDED_ADVERBS.test(head.key))) break;
    // An officer's body, named after an article ("un delegato della Fiom"): the body's name, up to three capitalised words.
    if (head.capital && articled && officer) {
      // (Up to the holder's own name: "l’assessore al Porto Elena X" is the assessore for the port.)
      while (next + 1 < words.length && next - end < 4 && words[next + 1]!.capital && spaced(next + 1) && !isFirstName(words[next + 1]!.text)) next++;
      // And the town the body is in: "della Ceramica Liri di Pontecorvo".
      if (words[next + 1]?.key === 'di' && spaced(next + 1) && spaced(next + 2) && /^\p{Lu}\p{Ll}+$/u.test(words[next + 2]?.text ?? '') && !isFirstName(words[next + 2]!.text) && !(words[next + 3]?.capital && spaced(next + 3))) next += 2;
      end = next;
      break;
    }
    if (head.capital ? articled || !/^\p{Lu}\p{Ll}+$/u.test(head.text) : !/^\p{Ll}{3,}$/u.test(head.text)) break;
    // A street or a district goes with its name: "una residente di via Dante", "i negozianti di Corso Cavour".
    if (STREETS.test(head.key) && words[next + 1]?.capital && spaced(next + 1)) {
      next++;
      // The street's name ("via Dante"), not a person named after it ("del quartiere Borgovilla Nicola Rossi").
      while (next + 1 < words.length && next - end < 4 && words[next + 1]!.capital && spaced(next + 1) && !isFirstName(words[next + 1]!.text)) next++;
      end = next;
      continue;
    }
    // The body's own name after its noun, for an officer: "il dirigente del sindacato Osapp".
    if (!head.capital && officer && words[next + 1]?.capital && spaced(next + 1) && !isFirstName(words[next + 1]!.text)) {
      next++;
      while (next + 1 < words.length && next - end < 5 && words[next + 1]!.capital && spaced(next + 1)) next++;
      end = next;
      break;
    }
    // One more word of the noun's own ("pronto soccorso"), not a verb or a clause.
    if (!head.capital && words[next + 1] && spaced(next + 1) && !words[next + 1]!.capital && !OF.test(words[next + 1]!.key) && !CLAUSE_OPENERS.has(words[next + 1]!.key) && /^\p{Ll}{4,}$/u.test(words[next + 1]!.text) && sayingLength(text, words[next + 1]!.start) < 0 && !/(?:ano|ono|ava|eva|iva|ò|rà|ato|ito|uto)$/u.test(words[next + 1]!.key)) next++;
    end = next;
  }
  const from = words[1]!.start;
  // (Capitalised only as a sentence opens: "Fonti interne riferiscono".)
  const described = text.slice(from, words[end]!.end).replace(/\s+/gu, ' ');
  return { text: sources ? described.charAt(0).toLowerCase() + described.slice(1) : described, indefinite: !definite, plural, start: article.start, end: words[end]!.end };
}

/** Nouns for a number of people acting as one, who are only described by the people they are made of. */
const COLLECTIVE = /^(?:delegazione|delegazioni|gruppo|gruppi|gruppetto|rappresentanza|drappello|folla|comitato)$/u;

/** "una delegazione dei genitori", "un gruppo di residenti": a collective noun, "di" (an article maybe) and people. */
function collectiveOfPeople(words: Word[], k: number, spaced: (i: number) => boolean): boolean {
  if (!COLLECTIVE.test(words[k]!.key) || !spaced(k + 1) || !OF.test(words[k + 1]!.key) || !spaced(k + 2)) return false;
  const people = words[k + 1]!.key === 'di' && DEFINITE.test(words[k + 2]!.key) && spaced(k + 3) ? words[k + 3]! : words[k + 2]!;
  return !people.capital && describesPerson(people.key);
}

/** "uno dei residenti": the group after "dei", "degli", "delle", its noun made singular where the lexicon knows it. */
function oneOf(text: string, words: Word[], limit: number): Description | undefined {
  const of = words[1];
  if (!of || !/^(?:dei|degli|delle)$/u.test(of.key) || !/^\s+$/u.test(text.slice(words[0]!.end, of.start))) return undefined;
  // (Read bare, as after a fused article: the group is plural whatever its article says.)
  const group = descriptionAt(text, of.end, limit, true);
  if (!group) return undefined;
  const [noun, ...rest] = group.text.split(' ');
  const one = singularOf(noun!.toLowerCase());
  return { ...group, text: [one ?? noun, ...rest].join(' '), indefinite: true, plural: false };
}

/** The singular of a plural noun for people, if the lexicon has it: "inquirenti" -> "inquirente", "operai" -> "operaio". */
function singularOf(plural: string): string | undefined {
  const stem = plural.slice(0, -1);
  const hard = stem.replace(/(?<=[cg])h$/u, '');
  const candidates = /i$/u.test(plural) ? [`${stem}e`, `${stem}o`, `${stem}a`, `${hard}a`, `${hard}o`, `${plural}o`] : /e$/u.test(plural) ? [`${stem}a`, `${stem}e`] : [];
  return candidates.find((word) => word !== plural && (PEOPLE.has(word) || ROLE_GROUP.has(word)));
}

/** People known by where they work, and sources by where they speak from: the body follows as an officer's does. */
const WORKFORCE = /^(?:lavorator[ei]|lavoratric[ei]|dipendent[ei]|operai|operai[oa]|operaie|fonti)$/u;

/** A state after "in", one or two lower-case words and no verb: "cassa integrazione", "servizio", "sciopero". */
const STATES = /^(?:cassa|servizio|sciopero|pensione|mobilità|presidio|agitazione|protesta|attesa|quarantena|ferie|malattia|turno|borghese|divisa|prima)$/u;

function inState(words: Word[], at: number, spaced: (i: number) => boolean): number | undefined {
  if (!words[at] || !spaced(at) || !STATES.test(words[at]!.key) || words[at]!.capital) return undefined;
  // "cassa integrazione", "prima linea": the noun's second word.
  return words[at + 1] && spaced(at + 1) && /^(?:integrazione|linea)$/u.test(words[at + 1]!.key) ? at + 1 : at;
}

/** The description a title mention gives, its article maybe fused with a preposition: "dall’assessore ai lavori pubblici". */
export function titleDescription(text: string, at: number, limit: number): Description | undefined {
  const first = wordsOf(text, at, Math.min(limit, at + 12))[0];
  return first && FUSED_ANY.test(first.key) ? descriptionAt(text, first.end, limit, true) : descriptionAt(text, at, limit);
}

/** Prepositions fused with the definite article, elided too ("dall’", "all’"). */
const FUSED_ANY = /^(?:del|dello|della|dell|dei|degli|delle|al|allo|alla|all|ai|agli|alle|dal|dallo|dalla|dall|dai|dagli|dalle|nel|nello|nella|nell|sul|sullo|sulla|sull)$/u;

/** A description opening the sentence at `from` as the subject of the verb at `verb`: "Una residente racconta: «…»". */
export function describedSubject(text: string, from: number, verb: number): Description | undefined {
  const among = amongWhom(text, from, verb);
  if (among) return among;
  // Or opening the sentence's last clause, after a comma: "…, qualche genitore aggiunge «…»".
  const comma = text.lastIndexOf(',', verb);
  const clause = comma >= from ? descriptionAt(text, comma + 1, verb) : undefined;
  const described = descriptionAt(text, from, verb) ?? (clause && /^\s*$/u.test(text.slice(clause.end, verb)) ? clause : undefined);
  if (!described || described.end > verb) return undefined;
  const between = text.slice(described.end, verb);
  // An aside between commas may come first: "Una farmacista del centro, interpellata, racconta".
  // A verb the verb of saying hangs on may too: "Fonti interne si limitano a parlare di", "I genitori tornano a chiedere".
  return /^\s*(?:,[^,;:.!?«»“”"_]{1,40},\s*)?(?:(?:invece|poi|anche|ancora|infine|però|inoltre|ha|hanno|è|sono)\s+)*(?:(?:si\s+)?\p{Ll}+(?:a|ano)\s+(?:a|di)\s+)?$/iu.test(between) ? described : undefined;
}

/** "Tra gli abitanti c’è chi parla di …": some of the people after "tra", unnamed, speak. */
const AMONG_WHOM = /(?:^|[\s,])(?:tra|fra)(?=\s+(?:i|gli|le)\s)([^,;:.!?«»“”"]{1,80}?)\s+(?:c[’']è|ci\s+sono)\s+(?:anche\s+|pure\s+)?chi\s*$/iu;

function amongWhom(text: string, from: number, verb: number): Description | undefined {
  const found = AMONG_WHOM.exec(text.slice(from, verb));
  if (!found) return undefined;
  const described = descriptionAt(text, from + found.index + found[0].lastIndexOf(found[1]!), verb);
  return described && /^\s+(?:c[’']è|ci\s)/iu.test(text.slice(described.end, verb)) ? described : undefined;
}

/**
 * A description the relative clause of the verb at `verb` hangs on: "le frasi della preside che ai genitori avrebbe
 * detto «…»", "un residente che, esasperato, racconta". The clause a few words long, no stop inside it.
 */
export function relativeDescribed(text: string, from: number, verb: number): Description | undefined {
  const words = wordsOf(text, from, verb);
  const che = words.findLastIndex((word) => word.key === 'che');
  if (che < 1 || words.length - che > 6 || /[.;:!?«»“”"]/u.test(text.slice(words[che]!.end, verb))) return undefined;
  for (let i = che - 1; i >= 0 && che - i <= 6; i--) {
    const word = words[i]!;
    const described = DEFINITE.test(word.key) || INDEFINITE.test(word.key) ? descriptionAt(text, word.start, words[che]!.start) : FUSED_ANY.test(word.key) ? descriptionAt(text, word.end, words[che]!.start, true) : undefined;
    if (described && /^\s*,?\s*$/u.test(text.slice(described.end, words[che]!.start))) return described;
  }
  return undefined;
}

/** The noun a description is about: "cittadino" in "primo cittadino sambenedettese". */
export function headNoun(description: string): string {
  const words = description.toLowerCase().split(/\s+/u);
  return words.find((word) => describesPerson(word) && !BEFORE_NOUN.test(word)) ?? words.find(describesPerson) ?? words.at(-1)!;
}

/**
 * The group a plural verb with no subject goes on from: a plural description opening a sentence of [from, to) as the
 * subject of its verb ("I residenti denunciano … «…», raccontano").
 */
export function pluralSubjectBefore(text: string, from: number, to: number): Description | undefined {
  // (Or a clause's after "e": "L’impianto non va e gli studenti restano fuori.")
  const clauses = wordsOf(text, from, to).flatMap((word, i, words) => (word.key === 'e' || word.key === 'ed') && words[i + 1] ? [words[i + 1]!.start] : []);
  for (const start of [...sentenceStarts(text, from, to), ...clauses].sort((a, b) => a - b).reverse()) {
    const described = descriptionAt(text, start, to);
    if (!described?.plural) continue;
    // (Past the name its complement ends on: "gli studenti dell’istituto Rosa Ghezzi restano".)
    const after = wordsOf(text, described.end, Math.min(to, described.end + 60));
    const named = after.findIndex((word) => !word.capital);
    const verb = named >= 0 && named <= 3 ? after[named] : undefined;
    // (A complement cut from its name, "studenti dell’istituto", says no more than its noun.)
    if (verb && /^[\s\p{L}’']+$/u.test(text.slice(described.end, verb.start)) && !verb.capital && /(?:ano|ono|anno)$/u.test(verb.key)) return named > 0 ? { ...described, text: headNoun(described.text) } : described;
  }
  return undefined;
}
