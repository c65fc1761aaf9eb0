// People in the narration: full names with the role around them, later mentions by surname or by bare title.
import { CALENDAR_WORDS, CLAUSE_OPENERS, CONJUNCTIONS, NEWSPAPER, DETERMINERS, FUNCTION_WORDS, HONORIFICS, INSTITUTIONS, LEXICAL_FIRST_NAMES, NAME_PARTICLES, ROLE_GROUP } from './lexicon.ts';
import { sayingLength } from './saying-verbs.ts';
import { COMPOUND_HEADS, isFirstName } from './names.ts';
import { SHORT_NAMES } from './short-names.ts';
import { wordsOf, type Word } from './words.ts';
import { speakingSurname } from './speaking-surnames.ts';
import { PLACE_NOUNS } from './places.ts';
import { firstAtLeast } from './per-text.ts';
import { titleAdjective, writtenInLowerCase } from './common-words.ts';
import { creditedPhotographer } from './photo-credits.ts';
import { ungluedWords } from './glued-words.ts';
import { gluedRoleAt } from './glued-roles.ts';
import { officerAfterSeat } from './office-seats.ts';
import { predicateInRole } from './role-ends.ts';

export interface Mention {
  kind: 'person' | 'surname' | 'title';
  /** The whole mention: title, name and role. */
  start: number;
  end: number;
  /** The name itself (the title word for a bare title). */
  nameStart: number;
  nameEnd: number;
  name: string;
  /** Role written before the name: "il presidente di Bioindustry Park Antonio Salvi". */
  title?: string;
  /** Role written after the name, up to the closing dash or punctuation. */
  role?: string;
  /** For a bare title, the kind of role it names (sindaco, allenatore, …). */
  group?: string;
  /** For a surname, the full name it was resolved to. */
  person?: string;
}

const SAINTS = new Set(['san', 'santa', 'santo', 'sant', 'ss']);

/** A place noun right before a name: the name is the place's, not a person's. */
function placeBefore(text: string, before: Word | undefined, word: Word): boolean {
  // "Sant’Agata Feltria", "Sant’Elpidio": a saint's name elided onto the next is a town.
  if (before !== undefined && SAINTS.has(before.key) && before.end === word.start && /[’']$/u.test(before.text)) return true;
  return before !== undefined && PLACE_NOUNS.has(before.key) && gapIsSpace(text, before, word);
}

const DELIMITER = /[.,;:!?…()[\]{}\u2013\u2014«»“”"„_]|\s-\s|\n/u;

/** Words a title phrase never runs back across: "… Sara Falvo e Alessandra Gelera". */
const STOPS = new Set(['e', 'ed', 'che', 'o', 'oppure', 'mentre', 'con']);

function gapIsSpace(text: string, left: Word, right: Word): boolean {
  return /^ $/u.test(text.slice(left.end, right.start));
}

/** A surname cut to its initial keeps its full stop, as the press writes it ("la 79enne Maria R."). */
function withInitialStop(text: string, nameStart: number, nameEnd: number): string {
  const name = text.slice(nameStart, nameEnd);
  return / \p{Lu}$/u.test(name) && text.charAt(nameEnd) === '.' ? `${name}.` : name;
}

/** Conjunctions that open sentences with a capital: never the first word of a name. */
const SENTENCE_CONJUNCTIONS = new Set(['e', 'ed', 'ma', 'però', 'poi', 'così', 'anche', 'quindi', 'infatti', 'mentre', 'oppure', 'né', 'dunque', 'allora']);

/**
 * Articles and determiners no Italian name holds capitalised inside it: one after a name opens the next sentence
 * (a name heading joined to the line under it: "Luca Morandi Ogni giorno …"). So do an elided article or preposition
 * ("coach Ferrario L’allenatore …"); "D’", "Dell’", "Dall’", "Lo", "La" open surnames and stay.
 */
const NEVER_IN_A_NAME = /^(?:Il|Gli|L[’']|Un[’']|All[’']|Nell[’']|Sull[’']|Quest[’']|Quell[’']|Ogni|Ciascun[oa]?|Nessun[oa]?|Quest[oaie]|Quel(?:l[oaie])?|Quei|Quegli)$/u;

/** Runs of capitalised words joined by single spaces (and surname particles): candidate names. */
function capitalRuns(text: string, words: Word[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    // "E Ferri risponde", "Ma Repetto insiste": a conjunction opening a sentence is no part of a name.
    if (!words[i]!.capital || (SENTENCE_CONJUNCTIONS.has(words[i]!.key) && i + 1 < words.length && words[i + 1]!.capital)) {
      i++;
      continue;
    }
    // "Il Sindaco Pisanò sottolinea …": an article opening the sentence before a title in capitals is neither the
    // title's nor the name's (no name holds "Il" or "Gli"); left in, the run read as a title alone and named nobody.
    if ((words[i]!.text === 'Il' || words[i]!.text === 'Gli') && i + 1 < words.length && words[i + 1]!.capital && ROLE_GROUP.has(words[i + 1]!.key) && gapIsSpace(text, words[i]!, words[i + 1]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && gapIsSpace(text, words[j]!, words[j + 1]!)) {
      const next = words[j + 1]!;
      // "il coach Gino Pavan Il tecnico esulta", "di PAOLO VERDI Il Premio…": no name holds the article "Il" or "Gli" (or "L’"),
      // so a capitalised one after a name opens the next sentence (a headline or a byline joined to the line under it).
      if (NEVER_IN_A_NAME.test(next.text)) break;
      if (next.capital) j++;
      // "Domenica la Paganese": after a day or a month an article is an article, not a surname's particle.
      else if (CALENDAR_WORDS.has(words[j]!.key)) break;
      else if (NAME_PARTICLES.has(next.key) && j + 2 < words.length && words[j + 2]!.capital && gapIsSpace(text, next, words[j + 2]!)) j += 2;
      // "Marco del Prete", "Anna della Rocca": a surname opened by a lower-case preposition, right after a first name alone.
      else if (j === i && /^(?:del|della|dal)$/u.test(next.text) && isFirstName(words[j]!.text) && !LEXICAL_FIRST_NAMES.has(words[j]!.key) && j + 2 < words.length && /^\p{Lu}\p{Ll}{2,}$/u.test(words[j + 2]!.text) && !isFirstName(words[j + 2]!.text) && !INSTITUTIONS.has(words[j + 2]!.key) && gapIsSpace(text, next, words[j + 2]!) && (j + 3 >= words.length || !words[j + 3]!.capital || !gapIsSpace(text, words[j + 2]!, words[j + 3]!))) j += 2;
      // "l’assessore Renzo di Paolo", later "ha detto Di Paolo": a lower-case "di" after a first name opens the
      // surname the text writes elsewhere as "Di Paolo"; otherwise "di" is the preposition it mostly is.
      else if (next.text === 'di' && isFirstName(words[j]!.text) && !LEXICAL_FIRST_NAMES.has(words[j]!.key) && j + 2 < words.length && /^\p{Lu}\p{Ll}{2,}$/u.test(words[j + 2]!.text) && gapIsSpace(text, next, words[j + 2]!) && new RegExp(`(?:^|[^\\p{L}])Di ${words[j + 2]!.text}(?![\\p{L}])`, 'u').test(text)) j += 2;
      else break;
    }
    runs.push([i, j + 1]);
    i = j + 1;
  }
  return runs;
}

/** "azzurro" and its forms: a national team's player, also the first name Azzurra. */
const NATIONAL_TEAM = /^azzurr[oaie]$/u;

/** Where a person's name starts inside a run of capitalised words, if it holds one. */
function personIn(text: string, words: Word[], from: number, to: number): number | undefined {
  const officer = officerAfterSeat(text, words, from, to);
  if (officer !== undefined) return officer;
  for (let f = from; f < to - 1; f++) {
    const word = words[f]!;
    if (HONORIFICS.has(word.key) || !isFirstName(word.text)) continue;
    // "la capitana azzurra Giulia Zanin": "azzurro" names a player of an Italian national team; before a first name
    // and a surname it is that adjective, not the first name Azzurra ("Azzurra Zanin" stays a name).
    if (NATIONAL_TEAM.test(word.key) && f + 2 < to && isFirstName(words[f + 1]!.text)) continue;
    // "Sabato Marco Lodi": a day or a month before a first name says when, not who ("Domenica Rossi" stays a name).
    if (CALENDAR_WORDS.has(word.key) && f + 2 < to && isFirstName(words[f + 1]!.text)) continue;
    // "Alla Pascoli non entra nessuno": opening a sentence, "Alla" is the preposition, not the rare first name.
    if (word.key === 'alla' && f === from && /(?:^|[.!?…:;»”"\n])\s*$/u.test(text.slice(Math.max(0, word.start - 4), word.start))) continue;
    const before = words[f - 1];
    if ((before && INSTITUTIONS.has(before.key) && gapIsSpace(text, before, word)) || placeBefore(text, before, word)) continue;
    // "Borgo San Lorenzo Nicola Baldacci": a saint's name is a place's or a feast's, not a person's first name.
    if (before && SAINTS.has(before.key) && gapIsSpace(text, before, word)) continue;
    // Italian puts no article before a bare name: "Al Regina Margherita", "del Vittorio Emanuele" are places.
    if (before && /^(?:al|allo|alla|del|dello|della|dal|dallo|dalla|nel|nello|nella|sul|sullo|sulla)$/u.test(before.key) && gapIsSpace(text, before, word)) continue;
    // "l’ospedale infantile Regina Margherita": an institution with an adjective before the name.
    const beforeThat = words[f - 2];
    // Not "in sala stampa Luca Mannucci": "stampa" is no adjective but the room's own noun, where people speak.
    // Nor "In sala anche Piero Bortolin", "la scuola e Marco Lodi": a conjunction or an adverb is no adjective.
    if (before && beforeThat && !before.capital && INSTITUTIONS.has(beforeThat.key) && gapIsSpace(text, beforeThat, before) && gapIsSpace(text, before, word) && !ROLE_GROUP.has(before.key) && before.key !== 'stampa' && !CONJUNCTIONS.has(before.key) && !FUNCTION_WORDS.has(before.key)) continue;
    // "Massimo" is a word too, but not in "il consigliere del Movimento 5 Stelle Massimo De Rossi".
    // So is a title written with a capital in the run itself: "l’Assessora Chiara Bertaccini".
    const titled = to - f >= 2 && to - f <= 3 && (words.slice(Math.max(0, from - 8), from).some((other) => ROLE_GROUP.has(other.key)) || (f > from && ROLE_GROUP.has(words[f - 1]!.key)));
    // After a preposition it is a place, title or no title: "il capogruppo di Fratelli d’Italia Mario Abbate".
    const placeAfter = before !== undefined && /^(?:d|di|del|dell|della|da|dal|dall|dalla|a|al|all|alla|in|nel|nell|nella)$/u.test(before.key);
    // "l’intervento di Chiara Maria Benetti": a word-name opening the run after a bare preposition, before a first name
    // and a surname that close it, opens a compound first name (a place or a thing would take an article: "della").
    const compound = f === from && to - f === 3 && before !== undefined && /^(?:di|a|da|con|per|tra|fra)$/u.test(before.key) && !SAINTS.has(word.key) && isFirstName(words[f + 1]!.text) && !LEXICAL_FIRST_NAMES.has(words[f + 1]!.key) && closesFullName(text, words, f + 2);
    if (compound) return f;
    if (LEXICAL_FIRST_NAMES.has(word.key) && (f > from || (before && DETERMINERS.has(before.key))) && (!titled || placeAfter)) continue;
    // "di Forza Italia Marta Bellotti": a word-name inside a run, before a first name and a surname, ends the party or place.
    if (LEXICAL_FIRST_NAMES.has(word.key) && f > from && f + 2 < to && isFirstName(words[f + 1]!.text) && !LEXICAL_FIRST_NAMES.has(words[f + 1]!.key)) continue;
    // A compound first name stays whole: "la ministra dell’Università Anna Maria Bernini" is not "Maria Bernini".
    if (f > from && before && isFirstName(before.text) && !NATIONAL_TEAM.test(before.key) && !SAINTS.has(words[f - 2]?.key ?? '') && !HONORIFICS.has(before.key) && !LEXICAL_FIRST_NAMES.has(before.key) && !CALENDAR_WORDS.has(before.key) && gapIsSpace(text, before, word)) return f - 1;
    return f;
  }
  return undefined;
}

/** Does word `k` close a first name and surname ("Marco Bellini")? */
function closesFullName(text: string, words: Word[], k: number): boolean {
  const surname = words[k]!;
  const given = words[k - 1];
  return given !== undefined && /^\p{Lu}\p{Ll}+$/u.test(surname.text) && /^\p{Lu}\p{Ll}+$/u.test(given.text) && isFirstName(given.text) && !isFirstName(surname.text) && !ROLE_GROUP.has(surname.key) && !INSTITUTIONS.has(surname.key) && gapIsSpace(text, given, surname);
}

/** "il pubblico ministero Chiara Lupo", "il primo cittadino, Gianni Rossi": a role in two words, neither a role alone. */
function prosecutorAt(words: Word[], k: number): boolean {
  return (/^pubblic[oa]$/u.test(words[k]!.key) && /^minister[oa]$/u.test(words[k + 1]?.key ?? '')) || (/^prim[oa]$/u.test(words[k]!.key) && /^cittadin[oa]$/u.test(words[k + 1]?.key ?? ''));
}

const AUXILIARY = /^(?:ha|hanno|aveva|avevano|è|sono|era|erano)$/u;

/** Words before a title that tell which holder of the office: "vice", "ex", "neo", "nuovo", "primo" allenatore. */
const TITLE_QUALIFIERS = /^(?:vice|pro|ex|neo|già|nuov[oa]|prim[oa])$/u;

const GERUND = /\p{L}{2}(?:ando|endo)(?:si|lo|la|li|le|ne|gli|ci|vi)?$/u;

/** A name in marks, blanked, between a title's complement and the person's name; group 1 the gap without it. */
const QUOTED_NAME_GAP = /^[ \t]+[«“"]_+[»”"]([ \t]*,?[ \t]*)$/u;

/** Role before a name: the title phrase from its role noun ("assessore alle Attività produttive …") up to the name. */
function titleBefore(text: string, words: Word[], nameAt: number, floor: number): { start: number; title: string } | undefined {
  let j = nameAt - 1;
  // Honorifics, with their article, stand between a title and a name: "…, il professor Giuseppe Ferraro".
  while (j >= floor && HONORIFICS.has(words[j]!.key)) j--;
  if (j < nameAt - 1 && j >= floor && DETERMINERS.has(words[j]!.key)) j--;
  // "Mister Almada e mister Ferreyra": a title never ends on a conjunction; the one before it is someone else's.
  if (j < floor || STOPS.has(words[j]!.key)) return undefined;
  const last = words[j]!;
  let gap = text.slice(last.end, words[j + 1]!.start);
  // The complement may end on a name in marks, the school's or the list's, blanked in the narration: "il dirigente
  // del liceo «Volta» Franco Belotti". The title reads on before the marks.
  const quoted = QUOTED_NAME_GAP.exec(gap);
  if (quoted) gap = quoted[1]!;
  let chunkFrom = j;
  // A title never runs over a line or paragraph break ("il nuovo tecnico\n\nSERIE C – …").
  if (/^[ \t]*,[ \t]*$/u.test(gap) || /^[ \t]+$/u.test(gap)) {
    // Walk back to the start of the chunk (punctuation), at most a dozen words.
    while (
      chunkFrom - 1 >= floor &&
      j - chunkFrom < 12 &&
      (gap.includes(',') || !STOPS.has(words[chunkFrom - 1]!.key)) &&
      // A gerund opens a clause of its own: "la pm rivolgendosi al collegio presieduto dal giudice X" is the judge.
      !GERUND.test(words[chunkFrom - 1]!.key) &&
      // So does an auxiliary, the subject before it: "il giudice ha accolto la richiesta del pm X" is the prosecutor.
      !AUXILIARY.test(words[chunkFrom - 1]!.key) &&
      // Nor across another person's name: in "del vescovo Marco Bellini durante la messa di don Paolo Neri" the
      // bishop's title is Bellini's, not Neri's.
      !closesFullName(text, words, chunkFrom - 1) &&
      !DELIMITER.test(text.slice(words[chunkFrom - 1]!.end, words[chunkFrom]!.start))
    ) chunkFrom--;
  } else return undefined;
  if (gap.includes(',') && chunkFrom > floor && !AUXILIARY.test(words[chunkFrom - 1]!.key) && !closesFullName(text, words, chunkFrom - 1) && !DELIMITER.test(text.slice(words[chunkFrom - 1]!.end, words[chunkFrom]!.start))) {
    // A long sentence running into the apposition: "… presentato oggi dall’assessore ai Trasporti e mobilità, X".
    return roleInLongChunk(text, words, chunkFrom, j);
  }
  let best: number | undefined;
  for (let k = j; k >= chunkFrom; k--) {
    if (!ROLE_GROUP.has(words[k]!.key) && !prosecutorAt(words, k)) continue;
    const prev = words[k - 1];
    const prevPrev = words[k - 2];
    // "scriveva ad Anna X": a lower-case "ad" right before a name is the preposition, the managing director only
    // after an article ("l’ad X").
    if (words[k]!.text === 'ad' && words[k + 1]?.capital && !(prev && DETERMINERS.has(prev.key))) continue;
    const opens = k === chunkFrom || (prev && (DETERMINERS.has(prev.key) || HONORIFICS.has(prev.key))) || (prevPrev && DETERMINERS.has(prevPrev.key) && k - 1 === chunkFrom + 1);
    if (opens || best === undefined) best = k;
  }
  // "il direttore sportivo di Zanardi" names Zanardi's director, not Zanardi's title.
  if (DETERMINERS.has(last.key)) return undefined;
  if (best === undefined && gap.includes(',')) best = roleAcrossCommas(text, words, chunkFrom, floor);
  if (best === undefined) return gap.includes(',') || quoted ? undefined : nounBefore(text, words, j, chunkFrom);
  if (purposeClause(words.slice(best, j + 1))) return undefined;
  // "del vescovo Luciano Brambati durante la messa di ingresso di don X": a title naming someone else in full before X
  // is that person's, not X's; X's own starts past that name, if a title follows it ("al sindaco Y il presidente X").
  // (A run after "di" is the office's seat, not a person: "il sindaco di Viola Alta Stefano Ruggini".)
  for (let k = j - 1; k > best; k--) {
    if (!words[k]!.capital || !isFirstName(words[k]!.text) || !words[k + 1]!.capital || !gapIsSpace(text, words[k]!, words[k + 1]!) || ROLE_GROUP.has(words[k + 1]!.key) || /^d(?:i|el(?:l[aoe]|l)?|ei|egli)$/u.test(words[k - 1]!.key)) continue;
    const own = words.slice(k + 2, j + 1).findIndex((word) => ROLE_GROUP.has(word.key));
    if (own < 0) return undefined;
    best = k + 2 + own;
    break;
  }
  // "il vice sindaco X", "l’ex presidente X", "il nuovo direttore X": the word before the title that says which holder
  // of the office this is belongs to the role as written ("ex sindaco" is not the mayor).
  let start = words[best]!.start;
  for (let k = best - 1; k >= floor && k >= best - 2 && TITLE_QUALIFIERS.test(words[k]!.key) && gapIsSpace(text, words[k]!, words[k + 1]!); k--) start = words[k]!.start;
  return { start, title: text.slice(start, last.end).replace(/\s+/gu, ' ').trim() };
}

/**
 * A role whose own words hold commas: "l’assessore al Bilancio, Programmazione e Patrimonio, Luca Rossi". Walks back
 * over at most two more chunks, each after a comma opening with a capital (the list of portfolios), to a role noun.
 */
function roleAcrossCommas(text: string, words: Word[], chunkFrom: number, floor: number): number | undefined {
  let from = chunkFrom;
  for (let hop = 0; hop < 2; hop++) {
    // The portfolios after a comma open with a capital or a preposition: "…, della sovranità alimentare e delle foreste,".
    const opensChunk = words[from]!.capital || /^(?:di|del|dello|della|dell|dei|degli|delle|alla|alle|al|allo|agli|ai|all)$/u.test(words[from]!.key);
    if (from - 1 < floor || !opensChunk || !/^\s*,\s*$/u.test(text.slice(words[from - 1]!.end, words[from]!.start))) return undefined;
    let start = from - 1;
    while (start - 1 >= floor && from - start < 8 && !DELIMITER.test(text.slice(words[start - 1]!.end, words[start]!.start))) start--;
    for (let k = start; k < from; k++) {
      if (!ROLE_GROUP.has(words[k]!.key)) continue;
      const prev = words[k - 1];
      if (k === start || (prev && (DETERMINERS.has(prev.key) || HONORIFICS.has(prev.key)))) return k;
    }
    from = start;
  }
  return undefined;
}

/** A purpose clause is no title: "con Prefetto e forze dell’ordine per adottare i provvedimenti, X". */
function purposeClause(phrase: Word[]): boolean {
  return phrase.some((word, n) => n > 0 && !word.capital && /\p{L}{2}(?:are|ere|ire)$/u.test(word.key) && /^(?:per|di|a|da)$/u.test(phrase[n - 1]!.key));
}

/** The role noun, after its article, nearest a comma apposition, with no verb between it and the name. */
function roleInLongChunk(text: string, words: Word[], from: number, last: number): { start: number; title: string } | undefined {
  for (let k = last; k >= Math.max(from, last - 9); k--) {
    const word = words[k]!;
    if (/^(?:ha|hanno|è|sono|era|erano|aveva|avevano)$/u.test(word.key) || (!ROLE_GROUP.has(word.key) && /(?:ato|ata|ati|ate|ito|ita|uto|uta)$/u.test(word.key) && !word.capital)) return undefined;
    if (!ROLE_GROUP.has(word.key) || !words[k - 1] || !DETERMINERS.has(words[k - 1]!.key)) continue;
    if (purposeClause(words.slice(k, last + 1))) return undefined;
    return { start: word.start, title: text.slice(word.start, words[last]!.end).replace(/\s+/gu, ' ').trim() };
  }
  return undefined;
}

const DEMONYM = /(?:ese|esi|ano|ana|ani|ane|olo|ola|ino|ina|ense|ensi|eno|ena)$/u;
const ARTICLES = new Set(['il', 'lo', 'la', 'l', 'i', 'gli', 'le']);

/**
 * A role noun the lexicon lacks, written between an article and the name: "il rappresentante Luca Bianchi",
 * "la neurologa Maria Cristina Ferrandi Poggi" (at most three lower-case words, no clause word among them).
 */
function nounBefore(text: string, words: Word[], last: number, floor: number): { start: number; title: string } | undefined {
  for (let k = last - 1; k >= Math.max(floor, last - 3); k--) {
    const word = words[k]!;
    if (!ARTICLES.has(word.key)) continue;
    const noun = words.slice(k + 1, last + 1);
    if (noun.some((other) => other.capital || CLAUSE_OPENERS.has(other.key) || STOPS.has(other.key) || /[^\p{L}]/u.test(other.text))) return undefined;
    if (DELIMITER.test(text.slice(word.end, words[last]!.end))) return undefined;
    // "Lo dichiarano congiuntamente X e Y": a pronoun before a verb of saying, not an article before a noun.
    if (sayingLength(text, noun[0]!.start) > 0) return undefined;
    // "lo spagnolo Javier Ortega", "il giovane Marco": a nationality or an age, not a role.
    if (noun.length === 1 && (DEMONYM.test(noun[0]!.key) || /^(?:giovane|piccolo|piccola|bravo|brava|povero|povera|caro|cara|stesso|stessa|medesimo|medesima)$/u.test(noun[0]!.key))) return undefined;
    const start = noun[0]!.start;
    return { start, title: text.slice(start, words[last]!.end).replace(/\s+/gu, ' ') };
  }
  return undefined;
}

/**
 * A role phrase in apposition before a rank or honorific that stands right before the name: "il comandante provinciale
 * dei carabinieri, colonnello Davide Scarano", "la rettrice, professoressa Marina Guidotti". The role phrase is the title.
 */
function appositiveTitle(text: string, words: Word[], nameAt: number): { start: number; title: string } | undefined {
  const rank = words[nameAt - 1];
  const comma = nameAt - 2;
  if (!rank || comma < 1 || !(ROLE_GROUP.has(rank.key) || HONORIFICS.has(rank.key)) || !gapIsSpace(text, rank, words[nameAt]!)) return undefined;
  if (!/^\s*,\s*$/u.test(text.slice(words[comma]!.end, rank.start))) return undefined;
  let from = comma;
  while (from - 1 >= 0 && comma - from < 8 && !DELIMITER.test(text.slice(words[from - 1]!.end, words[from]!.start))) from--;
  // The phrase opens with an article and a role noun, and names no one ("il presidente, Mario Rossi" has no rank).
  if (!ARTICLES.has(words[from]!.key) || from + 1 > comma || !ROLE_GROUP.has(words[from + 1]!.key)) return undefined;
  if (words.slice(from + 1, comma + 1).some((word) => word.capital && isFirstName(word.text))) return undefined;
  const start = words[from + 1]!.start;
  return { start, title: text.slice(start, words[comma]!.end).replace(/\s+/gu, ' ').trim() };
}

/** Role after a name: ", assessore regionale al Bilancio, Attività produttive e Internazionalizzazione". */
export function roleAfter(text: string, at: number, limit = text.length): { role: string; end: number } | undefined {
  // Past a party or an office in brackets: "Marisa X (presidente regione Molise), coordinatrice della Commissione …".
  const lead = /^\s*(?:\([^()\n]{1,60}\)\s*)?,\s*/u.exec(text.slice(at, limit));
  if (!lead) return undefined;
  // An age may come first in agency copy: "Marco Pellegrini, 34 anni, capitano del Cagliari".
  const age = /^\d{1,3}\s+anni\s*,\s*/u.exec(text.slice(at + lead[0].length, limit));
  const roleStart = at + lead[0].length + (age?.[0].length ?? 0);
  let from = roleStart;
  let end = from;
  for (let chunk = 0; ; chunk++) {
    const words = wordsOf(text, from, Math.min(limit, from + 300));
    const first = words[0];
    if (!first || first.start !== from) break;
    const accepted = chunk === 0 ? opensRole(text, words) && !startsWithSaying(text, from) : first.capital || ROLE_GROUP.has(first.key);
    if (!accepted) break;
    // The chunk runs to the next delimiter; a full stop counts only when a new sentence follows.
    let stop = from;
    while (stop < limit) {
      const char = text[stop]!;
      // "_" is quoted text blanked out of the narration.
      if (/[,;:!?()[\]{}\u2013\u2014«»“”"„\n_]/u.test(char)) break;
      if (char === '-' && /\s/u.test(text[stop - 1] ?? '') && /[\s_]/u.test(text[stop + 1] ?? ' ')) break;
      if (char === '.' && (stop + 1 >= limit || /[\s"”»_]/u.test(text[stop + 1]!))) break;
      stop++;
    }
    end = stop;
    // A relative clause that reports someone speaking is the story going on, not the role: "…, mamma dell’attaccante
    // X che come ha spiegato la Y «…»" (a clause that describes stays: "presidente del CdA che guida il club").
    const reporting = relativeReporting(text, from, end) ?? circumstanceAt(text, from, end) ?? predicateInRole(text, from, end);
    if (reporting !== undefined) end = reporting;
    // The dash closing a dashed attribution is no part of the role, glued to the stop after it ("…, sindaco di X -.")
    // or to the role's last word at a line's end ("capitana della X-").
    while (end > from && /[\s\-\u2013\u2014]/u.test(text[end - 1]!)) end--;
    if (reporting !== undefined || text[stop] !== ',') break;
    const next = /^,\s*/u.exec(text.slice(stop, limit))![0].length;
    const following = wordsOf(text, stop + next, Math.min(limit, stop + next + 80))[0];
    if (!following || following.start !== stop + next || !(following.capital || ROLE_GROUP.has(following.key))) break;
    // "È stato X, presidente di Y, ad aprire i lavori": "ad" before an infinitive is the preposition, not a managing director.
    if (following.key === 'ad' && /^[ \t]+\p{Ll}{2,}(?:are|ere|ire)(?![\p{L}])/u.test(text.slice(following.end, following.end + 40))) break;
    // A capitalised word opening a new clause is a name or a place, not more role: "…, Sara Falvo".
    if (following.capital && isFirstName(following.text)) break;
    from = stop + next;
  }
  if (end <= roleStart) return undefined;
  // "…, il papà di Matteo": the role without its article.
  const role = text.slice(roleStart, end).replace(/\s+/gu, ' ').trim().replace(/^(?:il|la|lo|un|uno|una)\s+|^l[’']\s*/u, '');
  return role ? { role, end } : undefined;
}

/** Where a relative clause with a verb of saying opens in [from, to): "che come ha spiegato", "che ha detto". */
function relativeReporting(text: string, from: number, to: number): number | undefined {
  const words = wordsOf(text, from, to);
  for (let k = 1; k < words.length; k++) {
    if (!/^(?:che|quale)$/u.test(words[k]!.key)) continue;
    if (words.slice(k + 1, k + 5).some((word) => sayingLength(text, word.start) >= 0)) return words[words[k]!.key === 'quale' ? k - 1 : k]!.start;
  }
  return undefined;
}

/**
 * Where the occasion of the words opens in [from, to), after the role: "presidente del consorzio nel corso della
 * conferenza stampa", "… a margine dell’incontro", "… in occasione della visita". The story goes on; the role ends.
 */
function circumstanceAt(text: string, from: number, to: number): number | undefined {
  const occasion = /[ \t](?:nel[ \t]+corso|in[ \t]+occasione|a[ \t]+margine)[ \t]+(?:(?:di|del|dello|della|dei|degli|delle)(?![\p{L}])|dell[’'])/u.exec(text.slice(from, to));
  return occasion ? from + occasion.index : undefined;
}

/** Kinship nouns, a role in local reports: "Luigi, il papà di Matteo". */
const KIN = new Set(['papà', 'padre', 'madre', 'mamma', 'nonno', 'nonna', 'zio', 'zia', 'fratello', 'sorella', 'figlio', 'figlia', 'marito', 'moglie']);

/**
 * Does an apposition after a name read as a role: a role noun ("assessora …", "ex sindaco …"), a capitalised
 * body ("Responsabile Cluster …"), or a noun with its complement ("anima del progetto") — not a clause
 * ("lancia l’allarme", "ricordando che …", "rientrato dopo …") and not another person ("…, Mauro Bettoni").
 */
function opensRole(text: string, words: Word[]): boolean {
  const [first, second, third] = words;
  // "…, il papà di Matteo", "…, la titolare del forno": an article, a noun and whose it is.
  if (first && second && third && /^(?:il|la|lo|l)$/u.test(first.key) && (ROLE_GROUP.has(second.key) || KIN.has(second.key)) && /^(?:di|del|della|dello|dell|dei|degli|delle)$/u.test(third.key)) return true;
  // "…, una residente esasperata", "…, un volontario dell’associazione": one of many holding the role, still a role.
  if (first && second && /^(?:un|uno|una)$/u.test(first.key) && !second.capital && (ROLE_GROUP.has(second.key) || KIN.has(second.key))) return true;
  if (!first || CLAUSE_OPENERS.has(first.key)) return false;
  if (first.capital) return !(isFirstName(first.text) && second?.capital && gapIsSpace(text, first, second));
  if (ROLE_GROUP.has(first.key)) return true;
  if (/^(?:ex|già|neo|vice|primo|prima|storico|storica|nuovo|nuova|attuale)$/u.test(first.key) && second && ROLE_GROUP.has(second.key)) return true;
  // A gerund opens a clause, its pronoun glued or not: "ricordando che …", "rivolgendosi alla platea".
  if (/(?:ando|endo)(?:si|lo|la|li|le|ne|ci|vi|mi|gli|gliene)?$/u.test(first.key)) return false;
  return second !== undefined && gapIsSpace(text, first, second) && /^(?:di|del|dello|della|dell|dei|degli|delle|al|allo|alla|all|ai|agli|alle|per|presso)$/u.test(second.key);
}

/** Church titles a first name alone follows, with or without an article; and forms of address, without one. */
const CLERGY = new Set(['vescovo', 'arcivescovo', 'papa', 'pontefice', 'cardinale', 'patriarca']);
const CLERGY_ADDRESS = new Set(['don', 'padre', 'suor', 'fra', 'frate']);

/**
 * Clergy go by title and first name: "il vescovo Ettore", "papa Francesco"; "don Luigi", "fra Cristoforo" without an
 * article ("il padre Luigi" is a father).
 */
function clergyNamed(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !gapIsSpace(text, before, words[i]!) || !isFirstName(words[i]!.text)) return false;
  return CLERGY.has(before.key) || (CLERGY_ADDRESS.has(before.key) && !DETERMINERS.has(words[i - 2]?.key ?? ''));
}

/** Honorifics set before a surname alone: "Mons. Bartolucci", "Prof. Ferraro", "Avv. Rossi", "il pres. Neri" (their full stops blanked). */
const SURNAME_HONORIFICS = new Set(['mons', 'monsignor', 'dott', 'dottor', 'prof', 'professor', 'avv', 'ing', 'arch', 'geom', 'pres']);

function honouredSurname(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1];
  const word = words[i]!;
  return before !== undefined && SURNAME_HONORIFICS.has(before.key) && /^ {1,2}$/u.test(text.slice(before.end, word.start)) && /^\p{Lu}\p{Ll}{2,}$/u.test(word.text) && !isFirstName(word.text) && !INSTITUTIONS.has(word.key) && !ROLE_GROUP.has(word.key) && !CALENDAR_WORDS.has(word.key) && !FUNCTION_WORDS.has(word.key);
}

/**
 * A first name standing alone as a person, as vox pops and local reports name people: in apposition with an age or
 * a role ("Luigi, 68 anni", "Monica, che gestisce il forno", "Matteo, studente di terza media") or the subject of a
 * verb of saying on either side ("racconta Luigi", "Carmela dice").
 */
function loneFirstName(text: string, words: Word[], i: number): boolean {
  const word = words[i]!;
  // "Alla domanda", "Natale, Confesercenti: …": words the name list shares with the language are no one alone.
  if (!isFirstName(word.text) || DETERMINERS.has(word.key) || /^(?:natale|pasqua|ai|agli|alle)$/u.test(word.key) || HONORIFICS.has(word.key) || SAINTS.has(word.key) || COMPOUND_HEADS.has(word.key)) return false;
  const before = words[i - 1];
  // "piazza S. Agostino", "il Quartiere di S. Martino": a first name after "S." (an initial stands for a first name, and
  // never comes before one) is a saint's, a place or a feast named after them.
  if (before && /^S{1,2}$/u.test(before.text) && /^\.[ \t]*$/u.test(text.slice(before.end, word.start))) return false;
  if (clergyNamed(text, words, i)) return true;
  // A name that is also a word ("Chiara", "Rosa") is a person only right after a verb of saying ("racconta Chiara").
  // Or as the subject of one inside a sentence ("alle 9.30 Chiara scriveva: «…»"): the adjective is never capitalised
  // there, and after an article or a preposition it would name a thing or a place ("la Chiara", "di Rosa").
  if (LEXICAL_FIRST_NAMES.has(word.key)) return before !== undefined && gapIsSpace(text, before, word) && (saidBy(text, words, i) || subjectSaying(text, before, word));
  // After an article, a preposition or a place noun it names a thing: "del Mario", "via Roma", "l’hotel Luigi".
  if (before && gapIsSpace(text, before, word) && (DETERMINERS.has(before.key) || INSTITUTIONS.has(before.key) || PLACE_NOUNS.has(before.key) || /^(?:di|da|a|in|su|per|tra|fra)$/u.test(before.key))) return false;
  if (/^\s*,\s*(?:\d{1,3}\s+anni\b|che\s)/u.test(text.slice(word.end, word.end + 20))) return true;
  // A kinship or a role with whose it is: "Luigi, il papà di Matteo", "Anna, la titolare del forno".
  if (/^\s*,\s*(?:il|la|lo|l[’'])\s*\p{Ll}{3,}\s+(?:(?:di|del|della|dello|dei|degli|delle)\s|dell[’'])/u.test(text.slice(word.end, word.end + 40))) return true;
  // A role alone between commas: "Rosanna, la responsabile, è esasperata".
  const role = /^\s*,\s*(?:il|la|lo|l[’'])\s*(\p{Ll}{3,})\s*,/u.exec(text.slice(word.end, word.end + 40));
  if (role && ROLE_GROUP.has(role[1]!)) return true;
  if (text[word.end] === ' ' && sayingLength(text, word.end + 1) >= 0) return true;
  if (saidBy(text, words, i)) return true;
  // A role in lower case: "Matteo, studente di terza media" (a capital after the comma is a list or a kicker).
  return roleAfter(text, word.end) !== undefined && /^\s*,\s*\p{Ll}/u.test(text.slice(word.end, word.end + 10));
}

/** A word inside a sentence after a lower-case word or a number, itself followed by a verb of saying. */
function subjectSaying(text: string, before: Word, word: Word): boolean {
  if (before.capital || DETERMINERS.has(before.key) || FUNCTION_WORDS.has(before.key) || /^(?:di|da|a|in|su|per|tra|fra|con)$/u.test(before.key)) return false;
  return text[word.end] === ' ' && sayingLength(text, word.end + 1) >= 0;
}

/** Words that go on with a role written with capitals: "Segretario Generale", "Procuratore Aggiunto", "Rettore Emerito". */
const ROLE_ADJECTIVES = /^(?:generale|provinciale|regionale|nazionale|comunale|territoriale|metropolitano|metropolitana|capo|vicario|vicaria|aggiunto|aggiunta|onorario|onoraria|emerito|emerita|delegato|delegata|uscente|designato|designata|facente|reggente|supplente|straordinario|straordinaria|unico|unica|tecnico|tecnica|sportivo|sportiva|artistico|artistica|scientifico|scientifica|sanitario|sanitaria|amministrativo|amministrativa|esecutivo|esecutiva|operativo|operativa|federale|magnifico|magnifica)$/u;

/** Prepositions before a title’s portfolio or team ("alla cultura", "dei granata"); not "del settore X", "del sindacato X", whose X is a body. */
const PORTFOLIO_OF = /^(?:al|alla|ai|agli|alle|allo|dei|degli|delle)$/u;

/**
 * Is the word at `i` a capitalised word, no first name, right after a role noun and its article or its portfolio ("il
 * premier Ferri", "il Rettore Carbonari", "l’ex ministro Salvini", "l’assessore alla cultura Neri")? A person the text
 * names by surname alone, unless a longer name ends with it (`nameEnds`).
 */
function titledSurname(text: string, words: Word[], i: number, nameEnds: Set<string>): boolean {
  const word = words[i]!;
  // The title may carry its portfolio or its team in lower case: "l’assessore alla cultura X", "l’allenatore dei granata X".
  const portfolio = words[i - 3] !== undefined && ROLE_GROUP.has(words[i - 3]!.key) && PORTFOLIO_OF.test(words[i - 2]!.key) && /^\p{Ll}{3,}$/u.test(words[i - 1]!.text) && !ROLE_GROUP.has(words[i - 1]!.key) && gapIsSpace(text, words[i - 3]!, words[i - 2]!) && gapIsSpace(text, words[i - 2]!, words[i - 1]!);
  // Or its adjective, when the surname goes on to speak: "l’assessore regionale Neri ricordava" (a place after the
  // adjective, "il segretario regionale Puglia", says nothing).
  const adjectived = !portfolio && words[i - 2] !== undefined && ROLE_GROUP.has(words[i - 2]!.key) && ROLE_ADJECTIVES.test(words[i - 1]!.key) && !PLACE_NOUNS.has(word.key) && gapIsSpace(text, words[i - 2]!, words[i - 1]!) && / $/u.test(text.slice(word.end, word.end + 1)) && sayingLength(text, word.end + 1) >= 0;
  const at = portfolio ? i - 3 : adjectived ? i - 2 : i - 1;
  const role = words[at];
  // Sports copy writes "coach X", "mister X" with no article, as a form of address.
  if (!role || !ROLE_GROUP.has(role.key) || !gapIsSpace(text, words[i - 1]!, word) || !DETERMINERS.has(words[at - 1]?.key ?? '') && !/^(?:ex|neo)$/u.test(words[at - 1]?.key ?? '') && (portfolio || !/^(?:coach|mister)$/u.test(role.key))) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || (isFirstName(word.text) && !officeSurname(text, words, at, i)) || nameEnds.has(word.key) || INSTITUTIONS.has(word.key) || LEXICAL_FIRST_NAMES.has(word.key)) return false;
  // "la Dirigente Scolastica", the text writing "scolastica" elsewhere: the title's adjective, no surname.
  if (writtenInLowerCase(text, word)) return false;
  // Nor, after a title written with a capital, a word shaped as an adjective: "il Coordinatore Infermieristico".
  if (role.capital && titleAdjective(word)) return false;
  // Not the role's own adjective ("il Comandante Provinciale dei Carabinieri", "il Segretario Generale"), nor a body or a
  // place after it ("il presidente Usa", "il governatore Lombardia").
  if (ROLE_ADJECTIVES.test(word.key) || (/(?:ale|ali|ile|ili)$/u.test(word.key) && /^\s+(?:di|del|della|dello|dei|degli|delle|dell[’'])(?![\p{L}])/u.test(text.slice(word.end, word.end + 8)))) return false;
  // "il capogruppo Lega e componente della commissione, Paolo Serafini": a party or body, the person named after a comma.
  if (/^\s+(?:e|ed)\s[^,;:.!?«»“”"()\u2013\u2014]{1,80},\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text.slice(word.end, word.end + 120))) return false;
  // "il presidente Coldiretti cremonese, Paolo Bassi": past the body's adjective too, a full name after the comma is the person.
  const apposed = /^[ \t]+\p{Ll}{3,}[ \t]*,[ \t]*(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}/u.exec(text.slice(word.end, word.end + 60));
  if (apposed && isFirstName(apposed[1]!)) return false;
  return !/^\s*,\s*\p{Lu}/u.test(text.slice(word.end, word.end + 4)) && !/(?:ia|ese)$/u.test(word.key);
}

/** Offices whose holders the press calls by surname alone after the title: never a first name there. */
const SURNAMED_OFFICES = new Set(['sindaco', 'assessore', 'presidente', 'ministro', 'politico', 'rettore']);

/**
 * "il sindaco Romeo", "l’assessore Marino": a word that is also a first name, alone after the article and a public
 * office, is the holder's surname; unless the text writes it before another name ("Romeo Bianchi") somewhere.
 */
function officeSurname(text: string, words: Word[], role: number, i: number): boolean {
  const word = words[i]!;
  const next = words[i + 1];
  if (!SURNAMED_OFFICES.has(ROLE_GROUP.get(words[role]!.key) ?? '') || !DETERMINERS.has(words[role - 1]?.key ?? '')) return false;
  if (next && next.capital && gapIsSpace(text, word, next)) return false;
  return !new RegExp(`(?<![\\p{L}])${word.text}[ \\t]+\\p{Lu}`, 'u').test(text);
}

/**
 * A name after a comma that opens a clause of its own, not an apposition to the title before: "letta in aula dalla
 * pm, Pirastu diceva …" (the title after a preposition, the name followed by its verb).
 */
function clauseSubject(text: string, words: Word[], from: number, to: number): boolean {
  const before = words[from - 1];
  const role = before && /^\s*,\s*$/u.test(text.slice(before.end, words[from]!.start)) ? before : undefined;
  const preposition = role && words[from - 2];
  if (!role || !preposition || !/^(?:dal|dallo|dalla|dall|del|dello|della|dell|al|allo|alla|all|nel|nello|nella|nell|sul|sullo|sulla|sull|col)$/u.test(preposition.key)) return false;
  const next = words[to];
  return next !== undefined && /^[ \t]+$/u.test(text.slice(words[to - 1]!.end, next.start)) && !next.capital && !/^(?:e|ed|di|del|della|dei|in|a|al|alla|per|con|che|da|dal|dalla|o)$/u.test(next.key);
}

/** What may stand before a label at the start of its line or sentence: a time ("21:17 –", "Ore 12.30 -") or a bullet. */
const LABEL_LEAD = /(?:\n|[.!?][ \t]+)[ \t]*(?:(?:[Oo]re[ \t]+)?\d{1,2}[:.]\d{2}[ \t]*)?(?:[-\u2013\u2014•*][ \t]*)?$/u;

/**
 * A capitalised word alone labelling the quotation after its colon ("21:17 – Bonetti: «…»", "Interviene Bonetti: «…»"):
 * a speaker's surname. Not a word the text also writes in lower case ("Sanità: «…»" over "la sanità").
 */
function labelledName(text: string, words: Word[], i: number): boolean {
  const word = words[i]!;
  // A dash may stand for the colon, as press-room pages set their speakers: "Cavallaro – “…”".
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || !/^(?:[ \t]*:|[ \t]+[-\u2013\u2014])[ \t]*[«“"‘'„]/u.test(text.slice(word.end, word.end + 5))) return false;
  if (FUNCTION_WORDS.has(word.key) || DETERMINERS.has(word.key) || CALENDAR_WORDS.has(word.key) || INSTITUTIONS.has(word.key) || ROLE_GROUP.has(word.key) || HONORIFICS.has(word.key)) return false;
  const said = saidBy(text, words, i);
  const lead = `${word.start <= 40 ? '\n' : ''}${text.slice(Math.max(0, word.start - 40), word.start)}`;
  if (!said && !LABEL_LEAD.test(lead)) return false;
  const written = text.match(new RegExp(`(?<![\\p{L}])${word.key}(?![\\p{L}])`, 'giu')) ?? [];
  // A dateline is set the same way ("Savona - “…”"): a place the text also writes after a preposition ("il Comune di Savona").
  if (!text.startsWith(':', word.end + /^[ \t]*/u.exec(text.slice(word.end))![0].length) && new RegExp(`(?<![\\p{L}])(?:di|a|da|in|per)\\s+${word.text}(?![\\p{L}])`, 'u').test(text)) return false;
  // A kicker's noun ("Programma: «…»") stands once: a name is written again, said after a verb of saying, or set after
  // a live blog's time.
  return written.every((other) => other !== word.key) && (said || written.length >= 2 || LABEL_TIME.test(lead) || LABEL_CHAIN.test(text.slice(Math.max(0, word.start - 260), word.start)));
}

/**
 * A label right after the words another label introduced: "Rossi: «…». Bianchi: «…»", as a digest of voices sets them
 * (a kicker's noun opens a headline, it does not follow someone's words).
 */
const LABEL_CHAIN = /\p{Lu}\p{Ll}{2,}[ \t]*:[ \t]*[«“"][^«»“”"\n]{1,120}(?:\n[^«»“”"\n]{1,120})?[»”"][ \t]*[.!?]?[ \t]*\n?[ \t]*$/u;

const LABEL_TIME = /\d[:.]\d{2}[ \t]*[-\u2013\u2014][ \t]*$/u;

/** Adjectives of a title that a territory follows: "il comandante provinciale Foggia", "il segretario regionale Puglia". */
const TERRITORIAL = new Set(['provinciale', 'regionale', 'comunale', 'nazionale', 'territoriale', 'interregionale', 'metropolitano', 'metropolitana', 'distrettuale']);

/** Corps and offices written with a capital after a title: "Comandante provinciale Foggia Carabinieri". */
const CORPS = new Set(['carabinieri', 'arma', 'polizia', 'finanza', 'esercito', 'marina', 'aeronautica', 'vigili', 'fuoco', 'questura', 'prefettura']);

/**
 * Do the capitalised words [head, to) after a title name its territory or its corps rather than a person? After a
 * territorial adjective ("il Comandante provinciale Foggia Carabinieri") the run is the place, unless a comma sets it
 * apart as the holder ("il presidente provinciale, Quirino Rossi"); a corps in it is the body.
 */
function officeNamed(text: string, words: Word[], head: number, to: number): boolean {
  const territorial = TERRITORIAL.has(words[head - 1]?.key ?? '') && gapIsSpace(text, words[head - 1]!, words[head]!);
  return territorial || words.slice(head, to).some((word) => CORPS.has(word.key));
}

/** Is word `i` a surname the text also writes alone, as a run of its own, elsewhere? */
function surnamedAlone(text: string, words: Word[], runs: [number, number][], i: number): boolean {
  const surname = words[i]!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname.text) || isFirstName(surname.text) || INSTITUTIONS.has(surname.key) || LEXICAL_FIRST_NAMES.has(surname.key)) return false;
  return runs.some(([from, to]) => to - from === 1 && from !== i && words[from]!.text === surname.text && (saidBy(text, words, from) || (text[words[from]!.end] === ' ' && sayingLength(text, words[from]!.end + 1) >= 0)));
}

/**
 * A surname set between commas after a bare title, its lower-case words only, and followed by a verb: "Il consigliere
 * comunale, Leonetti, ha replicato". (Not "il presidente della Provincia, Ravenna, …", where a place may follow an office.)
 */
function apposedSubject(text: string, words: Word[], i: number): boolean {
  const surname = words[i]!;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(surname.text) || isFirstName(surname.text) || INSTITUTIONS.has(surname.key) || LEXICAL_FIRST_NAMES.has(surname.key)) return false;
  const after = /^[ \t]*,[ \t]*/u.exec(text.slice(surname.end, surname.end + 4));
  if (!after || !(/^(?:ha|hanno|aveva|è|era)\s/u.test(text.slice(surname.end + after[0].length, surname.end + after[0].length + 8)) || sayingLength(text, surname.end + after[0].length) >= 0)) return false;
  // The title's phrase back to its article, in lower case: "Il consigliere comunale".
  let k = i - 1;
  while (k >= 0 && k >= i - 5 && !DETERMINERS.has(words[k]!.key)) {
    if (words[k]!.capital && !ROLE_GROUP.has(words[k]!.key)) return false;
    k--;
  }
  return k >= 0 && k >= i - 5;
}

/** Does a verb of saying end right before word `i` ("racconta Luigi", "ha detto Luigi")? */
function saidBy(text: string, words: Word[], i: number): boolean {
  const before = words[i - 1];
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (!gapIsSpace(text, words[k]!, words[k + 1]!)) break;
    if (sayingLength(text, words[k]!.start) === before!.end - words[k]!.start) return true;
  }
  return false;
}

function startsWithSaying(text: string, at: number): boolean {
  return sayingLength(text, at) >= 0;
}

/** Bodies the press names after their leader: "la giunta Sala", "il governo Meloni". */
const LED_BY = new Set(['giunta', 'governo', 'esecutivo', 'amministrazione', 'gabinetto', 'staff', 'segreteria', 'gruppo']);

/** The people named in `text`; a surname may also belong to someone named only in quoted words (`named`). */
export function findMentions(text: string, named: Mention[] = []): Mention[] {
  const words = ungluedWords(wordsOf(text));
  const runs = capitalRuns(text, words);
  const mentions: Mention[] = [];
  const taken = new Set<number>();
  /** Last words of runs of two or more capitalised words: surnames a lone first name may be. */
  const runEnds = new Set(runs.filter(([from, to]) => to - from >= 2).map(([, to]) => words[to - 1]!.key));
  /** The same, past the roles written with a capital that open a run ("Rettore Carbonari" names nobody longer). */
  const nameEnds = new Set(runs.filter(([from, to]) => to - from >= 2 && !words.slice(from, to - 1).every((word) => ROLE_GROUP.has(word.key) || HONORIFICS.has(word.key))).map(([, to]) => words[to - 1]!.key));
  /** Last words of runs that open with a first name ("Marco Bonetti"): a surname alone after them is that person's. */
  const personEnds = new Set(runs.filter(([from, to]) => to - from >= 2 && words.slice(from, to - 1).some((word) => isFirstName(word.text))).map(([, to]) => words[to - 1]!.key));
  const runStarts = new Set(runs.filter(([from, to]) => to - from >= 2).map(([from]) => words[from]!.key));
  /** Lone first names standing for someone named in full. */
  const firstNamed = new Set<number>();

  // "riporta Italia Oggi": a newspaper's name is nobody's, whatever first name it holds.
  const papers = [...text.matchAll(NEWSPAPER)].map((match) => [match.index, match.index + match[0].length] as const);
  for (const [runFrom, to] of runs) {
    // "all'Adnkronos Salute Edoardo Marchisio": the name starts past the paper's.
    const paper = papers.find(([start, end]) => words[runFrom]!.start < end && words[to - 1]!.end > start);
    let from = runFrom;
    while (paper && from < to && words[from]!.start < paper[1]) from++;
    if (from >= to) continue;
    // A name in capitals ("DE LUCA TAMAJO:" in a transcript) that the text also writes in ordinary case is that
    // person's surname, found below, not a new person ("Luca Tamajo").
    const shouted = words.slice(from, to).every((word) => word.text.length > 1 && word.text === word.text.toUpperCase());
    // A headline in capitals ("OSCAR GREEN PER INNOVATORI UNDER 30") holds prepositions and articles a name never does.
    if (to - from >= 3 && words.slice(from, to).every((word) => word.text === word.text.toUpperCase()) && words.slice(from, to).some((word) => (DETERMINERS.has(word.key) || CONJUNCTIONS.has(word.key)) && !NAME_PARTICLES.has(word.key))) continue;
    if (shouted && to - from >= 2 && text.includes(words.slice(from, to).map((word) => word.text.charAt(0) + word.text.slice(1).toLowerCase()).join(' '))) continue;
    let f = personIn(text, words, from, to);
    // A name the first-name list does not know is still a person right after a title: "il cancelliere tedesco Olaf Brenner".
    // Saints name churches and feasts, not speakers: "la patrona Santa Petronilla".
    if (f !== undefined && SAINTS.has(words[f]!.key)) continue;
    // "Papa Benedetto", "Vescovo Giovanni": a church title in capitals opens no name; the name is the first name after it.
    if (f !== undefined && f + 2 === to && CLERGY.has(words[f]!.key) && isFirstName(words[f + 1]!.text)) f++;
    // After a title and a comma the whole run is the name, whatever the word before it: "il ministro dell’Economia, Hichem Ben Salah".
    const apposed = from > 0 && /^\s*,\s*$/u.test(text.slice(words[from - 1]!.end, words[from]!.start));
    // A rank written in capitals before it is no part of the name: "il Comandante Provinciale, Colonnello Vittorio Amendola".
    let head = from;
    while (head < to && (ROLE_GROUP.has(words[head]!.key) || HONORIFICS.has(words[head]!.key))) head++;
    // Not an office between the title and the name set after a comma: "il presidente Pro Loco, Davide Mularoni".
    const officeOfNext = /^[ \t]*,[ \t]*$/u.test(text.slice(words[to - 1]!.end, words[to]?.start ?? text.length)) && words[to] !== undefined && words[to]!.capital && isFirstName(words[to]!.text) && words[to + 1] !== undefined && words[to + 1]!.capital && gapIsSpace(text, words[to]!, words[to + 1]!);
    if ((f === undefined || (apposed && f > head)) && to - head >= 2 && to - head <= 3 && from > 0 && (!words[from - 1]!.capital || apposed) && !officeOfNext && !placeBefore(text, words[from - 1], words[from]!) && !INSTITUTIONS.has(words[head]!.key) && !SAINTS.has(words[head]!.key) && !officeNamed(text, words, head, to) && titleBefore(text, words, from, Math.max(0, from - 6))) f = head;
    // "la generosità di Luigino Pegoraro", later "ha detto Pegoraro": a first name the list lacks, before a surname the
    // text has speak alone.
    // Inside a sentence ("Infine Fabbri", "Secondo X" open one), and shaped as Italian first names are, ending in a vowel
    // ("Asl Marzano", "Fim Cisl" are a body's).
    if (f === undefined && to - from === 2 && /^\p{Lu}\p{Ll}{2,}[aeiou]$/u.test(words[from]!.text) && from > 0 && !words[from - 1]!.capital && gapIsSpace(text, words[from - 1]!, words[from]!) && !isFirstName(words[from + 1]!.text) && !INSTITUTIONS.has(words[from]!.key) && !ROLE_GROUP.has(words[from]!.key) && !HONORIFICS.has(words[from]!.key) && !CALENDAR_WORDS.has(words[from]!.key) && !DETERMINERS.has(words[from]!.key) && !SAINTS.has(words[from]!.key) && !PLACE_NOUNS.has(words[from]!.key) && !placeBefore(text, words[from - 1], words[from]!) && !INSTITUTIONS.has(words[from - 1]?.key ?? '') && surnamedAlone(text, words, runs, from + 1)) f = from;
    // "è di Chiara Bendandi", later "ha aggiunto Bendandi": a first name that is also a word ("di Chiara" alone reads
    // as "of Chiara") is a person's when the text goes on to name her by the surname alone.
    // So is it with a role in apposition after the surname: "le parole di Chiara Bonomi, capitana della …".
    if (f === undefined && to - from === 2 && LEXICAL_FIRST_NAMES.has(words[from]!.key) && (surnamedAlone(text, words, runs, from + 1) || (!isFirstName(words[from + 1]!.text) && /^\s*,\s*\p{Ll}/u.test(text.slice(words[from + 1]!.end, words[from + 1]!.end + 6)) && roleAfter(text, words[from + 1]!.end) !== undefined)) && !placeBefore(text, words[from - 1], words[from]!) && !INSTITUTIONS.has(words[from - 1]?.key ?? '')) f = from;
    // A surname alone right after a title, the text naming nobody in full by it: "il premier Ferri", "del Rettore Carbonari".
    if (f === undefined && to - head === 1 && titledSurname(text, words, head, nameEnds) && !named.some((other) => other.name.endsWith(` ${words[head]!.text}`))) f = head;
    // A surname alone in apposition to a title, and said again as a speaker's: "il sindaco di Avellino, Ferrara che …".
    // Or between commas as the subject of the verb after it: "Il consigliere comunale, Leonetti, ha replicato …".
    if (f === undefined && to - from === 1 && apposed && titleBefore(text, words, from, Math.max(0, from - 14)) && (surnamedAlone(text, words, runs, from) || apposedSubject(text, words, from)) && !named.some((other) => other.name.endsWith(` ${words[from]!.text}`))) f = from;
    // "cioè Landi che ha detto: «…»", "è stata la volta di Ferrara, …: «…»": a surname alone the sentence makes speak.
    if (f === undefined && to - from === 1 && !runEnds.has(words[from]!.key) && speakingSurname(text, words, from)) f = from;
    // "Mons. Bartolucci", "il Prof. Ferraro": a surname alone after an honorific written short, a person.
    if (f === undefined && to - from === 1 && honouredSurname(text, words, from) && !personEnds.has(words[from]!.key)) f = from;
    if (f === undefined && to - from === 2 && honouredSurname(text, words, from + 1) && !personEnds.has(words[from + 1]!.key)) f = from + 1;
    // "del Vescovo Ettore", "Papa Francesco", "Don Luigi": a church title in capitals and a first name alone.
    if (f === undefined && to - head === 1 && head > from && clergyNamed(text, words, head)) f = head;
    if (f === undefined && to - from === 1 && loneFirstName(text, words, from)) {
      // The surname of someone named in full ("Mauro Neri" … "Neri spiega") is that person, found below.
      if (runEnds.has(words[from]!.key)) continue;
      // The first name of someone named in full ("Lisa Pichler" … "ha detto Lisa") is that person, found below.
      if (runStarts.has(words[from]!.key)) {
        firstNamed.add(from);
        continue;
      }
      f = from;
    }
    // "21:17 – Bonetti: «…»", "Interviene Bonetti: «…»": a surname alone as the label of the words after it, as live
    // blogs and digests name speakers (the surname of someone named in full is found below).
    // The verb may open the run: "Interviene Bonetti: «…»".
    const label = to - from === 1 ? from : to - from === 2 && sayingLength(text, words[from]!.start) === words[from]!.end - words[from]!.start ? from + 1 : undefined;
    if (f === undefined && label !== undefined && !personEnds.has(words[label]!.key) && labelledName(text, words, label)) {
      // The first name of someone named in full ("Rina: «…»", then "Rina Sbarbati") is that person, found below.
      if (runStarts.has(words[label]!.key) && isFirstName(words[label]!.text)) {
        firstNamed.add(label);
        continue;
      }
      f = label;
    }
    if (f === undefined || creditedPhotographer(text, words[f]!.start)) continue;
    // A Roman numeral ends the names of kings, popes and what is named after them ("Università Federico II"), no speaker.
    if (/^[IVX]+$/u.test(words[to - 1]!.text) && to - 1 > f) continue;
    const glued = gluedRoleAt(words, f, to);
    const end = Math.min(glued, f + 5);
    const nameStart = words[f]!.start;
    const nameEnd = words[end - 1]!.end;
    const title = appositiveTitle(text, words, f) ?? (clauseSubject(text, words, f, end) ? undefined : titleBefore(text, words, f, Math.max(0, f - 14)));
    const after = glued < to ? { role: text.slice(words[glued]!.start, words[to - 1]!.end), end: words[to - 1]!.end } : roleAfter(text, nameEnd);
    mentions.push({
      kind: 'person',
      start: title?.start ?? nameStart,
      end: after?.end ?? nameEnd,
      nameStart,
      nameEnd,
      name: withInitialStop(text, nameStart, nameEnd),
      title: title?.title,
      role: after?.role,
    });
    for (let k = f; k < end; k++) taken.add(k);
  }

  // A nickname in marks between first name and surname: "Giada “Lucky” Lucarelli" is Giada Lucarelli.
  for (const nick of text.matchAll(/ [“"«]_{2,20}[”"»] /g)) {
    const last = firstAtLeast(words.map((word) => word.start), nick.index + nick[0].length);
    const first = last - 1;
    if (first < 0 || last >= words.length || words[first]!.end !== nick.index || words[last]!.start !== nick.index + nick[0].length) continue;
    const [given, surname] = [words[first]!, words[last]!];
    if (taken.has(first) || taken.has(last) || !/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}+$/u.test(surname.text) || !isFirstName(given.text) || isFirstName(surname.text)) continue;
    const title = titleBefore(text, words, first, Math.max(0, first - 14));
    const after = roleAfter(text, surname.end);
    mentions.push({ kind: 'person', start: title?.start ?? given.start, end: after?.end ?? surname.end, nameStart: given.start, nameEnd: surname.end, name: `${given.text} ${surname.text}`, title: title?.title, role: after?.role });
    taken.add(first).add(last);
  }

  // A first name cut to its initial after a title, as council minutes write members: "La presidente M. Guidotti",
  // "il Consigliere T. Bertini". The initial and the surname are the name.
  for (let i = 1; i + 1 < words.length; i++) {
    const [initial, surname, role] = [words[i]!, words[i + 1]!, words[i - 1]!];
    if (!/^\p{Lu}$/u.test(initial.text) || text.slice(initial.end, surname.start) !== '. ' || !/^\p{Lu}\p{Ll}{2,}$/u.test(surname.text)) continue;
    if (taken.has(i) || taken.has(i + 1) || !ROLE_GROUP.has(role.key) || !gapIsSpace(text, role, initial) || !DETERMINERS.has(words[i - 2]?.key ?? '')) continue;
    if (isFirstName(surname.text) || INSTITUTIONS.has(surname.key) || (words[i + 2]?.capital && gapIsSpace(text, surname, words[i + 2]!))) continue;
    const title = titleBefore(text, words, i, Math.max(0, i - 14));
    const after = roleAfter(text, surname.end);
    mentions.push({ kind: 'person', start: title?.start ?? initial.start, end: after?.end ?? surname.end, nameStart: initial.start, nameEnd: surname.end, name: `${initial.text}. ${surname.text}`, title: title?.title, role: after?.role });
    taken.add(i).add(i + 1);
  }

  // A surname written after a title before the full name comes ("L’assessore Dal Prà: …", then "Giorgio Dal Prà"):
  // the person named in full, in the narration or only in quoted words ("un’idea di Ornella Morandi").
  for (const mention of mentions) {
    const full = [...mentions, ...named].find((other) => other !== mention && other.kind === 'person' && other.name.endsWith(` ${mention.name}`) && !isFirstName(mention.name.split(' ')[0]!));
    if (full) Object.assign(mention, { kind: 'surname' as const, person: full.name });
  }

  // "Vito Scarano, segretario generale Uilm", then "il leader Uilm": the word after the title is the body someone
  // named before holds a role in, not a surname; the title is that one holder's. Not a government named after its
  // leader ("assessore della giunta Sala", then "il sindaco Sala"): that word is the leader's surname.
  const roleWords = new Map(mentions.filter((other) => other.kind === 'person' && other.role !== undefined).map((other) => [other, other.role!.split(/[^\p{L}]+/u)]));
  for (const mention of mentions) {
    if (mention.kind !== 'person' || mention.title === undefined || mention.name.includes(' ')) continue;
    const holds = (words: string[]) => words.some((word, i) => word === mention.name && !LED_BY.has(words[i - 1]?.toLowerCase() ?? ''));
    const holders = new Set([...roleWords].filter(([other, words]) => other.start < mention.start && holds(words)).map(([other]) => other.name));
    if (holders.size === 1) Object.assign(mention, { kind: 'surname' as const, person: [...holders][0]! });
  }

  // A nickname before a surname ("il coach Pippo Bassani" in the headline, "Filippo Bassani" in the body): when its
  // first word is no first name, or a short one ("Pippo"), and one person alone has that surname with a first name,
  // it is that person.
  // (The people named so, by surname, found once: a roster names hundreds.)
  const fullBySurname = new Map<string, Set<string>>();
  const regular = (given: string) => isFirstName(given) && !SHORT_NAMES.has(given.toLowerCase());
  for (const other of [...mentions, ...named]) {
    const [given, surname, ...rest] = other.name.split(' ');
    if (other.kind === 'person' && rest.length === 0 && surname && regular(given!)) fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(other.name));
  }
  for (const mention of mentions) {
    const [given, surname, ...rest] = mention.name.split(' ');
    if (mention.kind !== 'person' || rest.length > 0 || !surname || regular(given!)) continue;
    const names = fullBySurname.get(surname);
    if (names?.size === 1) Object.assign(mention, { kind: 'surname' as const, person: [...names][0]! });
  }

  // Surnames: the tail of a capitalised run that ends a known person's name.
  const people = [...mentions, ...named].sort((a, b) => a.nameStart - b.nameStart);
  for (const [from, to] of runs) {
    for (let length = Math.min(3, to - from); length >= 1; length--) {
      const start = to - length;
      if ([...Array(length).keys()].some((k) => taken.has(start + k))) continue;
      // Italian puts no masculine article before a man's surname: "il Ricci", "del Verdi" name a theatre, a school.
      const article = words[start - 1];
      if (article && /^(?:il|lo|del|dello|al|allo|dal|dallo|nel|nello|sul|sullo)$/u.test(article.key) && gapIsSpace(text, article, words[start]!)) break;
      // "la famiglia Pintus" is the family, not the man of that name.
      if (article?.key === 'famiglia' && gapIsSpace(text, article, words[start]!)) break;
      const surname = words.slice(start, to).map((word) => word.text).join(' ');
      const person = closestPerson(people, surname, words[start]!.start, length === 1 && firstNamed.has(start));
      if (!person) continue;
      const nameStart = words[start]!.start;
      const nameEnd = words[to - 1]!.end;
      const title = clauseSubject(text, words, start, to) ? undefined : titleBefore(text, words, start, Math.max(0, start - 14));
      const after = roleAfter(text, nameEnd);
      mentions.push({ kind: 'surname', start: title?.start ?? nameStart, end: after?.end ?? nameEnd, nameStart, nameEnd, name: surname, person: person.name, title: title?.title, role: after?.role });
      for (let k = start; k < to; k++) taken.add(k);
      break;
    }
  }

  // A name written surname first, as sports and official copy do: "il mister del Catanzaro Pellicanò Dario".
  const fullNames = new Map(people.filter((person) => person.kind === 'person' && /^\S+ \S+$/u.test(person.name)).map((person) => [person.name, person]));
  for (const [from, to] of runs) {
    const start = to - 2;
    if (start < from || taken.has(start) || taken.has(start + 1)) continue;
    const person = fullNames.get(`${words[start + 1]!.text} ${words[start]!.text}`);
    if (!person || !isFirstName(words[start + 1]!.text)) continue;
    const nameStart = words[start]!.start;
    const nameEnd = words[start + 1]!.end;
    const after = roleAfter(text, nameEnd);
    mentions.push({ kind: 'surname', start: nameStart, end: after?.end ?? nameEnd, nameStart, nameEnd, name: text.slice(nameStart, nameEnd), person: person.name, role: after?.role });
    taken.add(start).add(start + 1);
  }

  // Bare titles: "l’allenatore ha aggiunto", "le parole del rettore".
  const covered = (at: number) => mentions.some((mention) => mention.start <= at && at < mention.nameStart);
  words.forEach((word, index) => {
    const prev = words[index - 1];
    // "il primo cittadino": the mayor.
    const group = /^cittadin[oa]$/u.test(word.key) && prev && /^prim[oa]$/u.test(prev.key) ? 'sindaco' : index > 0 && prosecutorAt(words, index - 1) ? 'giustizia' : ROLE_GROUP.get(word.key);
    if (!group || taken.has(index) || covered(word.start)) return;
    const prevPrev = words[index - 2];
    const determined = (prev && DETERMINERS.has(prev.key)) || (prevPrev && DETERMINERS.has(prevPrev.key) && !prev!.capital && !ROLE_GROUP.has(prev!.key));
    // "i suoi trascorsi da allenatore", "in veste di direttore": a capacity, with no article, names nobody.
    if (!determined || (prev && /^(?:da|di|in|come)$/u.test(prev.key) && gapIsSpace(text, prev, word))) return;
    // "il presunto responsabile": the one suspected of a deed, not someone in charge.
    if (prev && /^presunt[oaie]$/u.test(prev.key)) return;
    // "la prima, storica promozione": a role word that is an adjective too, before the noun it qualifies.
    const next = words[index + 1];
    if (/^storic[oaie]$/u.test(word.key) && next && !next.capital && gapIsSpace(text, word, next) && !CLAUSE_OPENERS.has(next.key) && sayingLength(text, next.start) < 0) return;
    // "la platea ufficiale", "il comunicato ufficiale": the adjective after the noun it qualifies, not an officer.
    if (word.key === 'ufficiale' && prev && !DETERMINERS.has(prev.key) && !prev.capital && !OFFICER_QUALIFIERS.test(prev.key)) return;
    const start = prev && DETERMINERS.has(prev.key) ? prev.start : prevPrev!.start;
    mentions.push({ kind: 'title', start, end: word.end, nameStart: word.start, nameEnd: word.end, name: word.text, group });
  });

  return mentions.sort((a, b) => a.start - b.start || a.nameStart - b.nameStart);
}

/** Adjectives set before "ufficiale" the officer: "il giovane ufficiale", "un alto ufficiale", "l’ex ufficiale". */
const OFFICER_QUALIFIERS = /^(?:nuov[oa]|giovane|alt[oa]|stess[oa]|prim[oa]|ex|vecchi[oa]|altr[oa]|ultim[oa])$/u;

/** The person a surname belongs to: the last one named before `at`, else the first named after it. */
export function closestPerson(people: Mention[], surname: string, at: number, firstName = false): Mention | undefined {
  const key = surname.toLowerCase();
  const matches = people.filter((person) => {
    if (person.kind !== 'person') return false;
    const name = person.name.toLowerCase();
    // A person named by first name alone is that name again later: "Luigi, 68 anni, …" then "aggiunge Luigi".
    if (firstName) return name.startsWith(`${key} `);
    return (name.endsWith(` ${key}`) && name !== key) || (name === key && !name.includes(' '));
  });
  // A full name wins over the surname alone that quoted words give ("ringrazio il rettore X" quoted, X named in full).
  const full = matches.filter((person) => person.name.includes(' '));
  const pool = full.length > 0 ? full : matches;
  const before = pool.filter((person) => person.nameStart < at);
  return before.at(-1) ?? pool[0];
}
