// A surname the headline sets as its label ("Ferrandi: «…»", "Primavera, Toninelli: …", "Castellani urla: «…»"), the
// body then calling the speaker only by a bare title ("il tecnico", "le parole dell’allenatore"): as sports and local
// pages write up a press conference. The label is that person, when nobody the text names holds the title.
import { describesPerson } from './described.ts';
import { CALENDAR_WORDS, DETERMINERS, FUNCTION_WORDS, HONORIFICS, INSTITUTIONS, ROLE_GROUP } from './lexicon.ts';
import { FIRST_PERSON } from './marks.ts';
import type { Mention } from './mentions.ts';
import { isFirstName } from './names.ts';
import { REGIONS } from './places.ts';
import { sayingLength } from './saying-verbs.ts';
import { withoutSection } from './sections.ts';

/**
 * "Topic, " (or "Topic – ", "VIDEO | ") before the label, the label (a surname, or two: "Ruggeri Mancarella"), and a verb before
 * the colon: "Castellani urla:"; then maybe the marks.
 */
const LABEL = /^[ \t]*((?:[^,:\n_«»“”"\u2013\u2014]{1,40}(?:,|[ \t][\u2013\u2014|-])[ \t]*)?)(\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?)(?:[ \t]+(\p{Ll}+))?(?:[ \t]+\([^()\n]{1,30}\))?[ \t]*:([ \t]*[«“"‘'_])?/du;

/** Words of a club's name: "Lumezzane Calcio", "Pavia Volley" are no double surname. */
export const CLUB_WORDS = new Set(['calcio', 'volley', 'pallavolo', 'basket', 'pallacanestro', 'rugby', 'hockey', 'futsal', 'club', 'team', 'sport', 'sporting', 'united', 'city', 'academy', 'nuoto', 'atletica', 'ciclismo', 'tennis', 'scherma', 'boxe']);

/** Articles (fused or not) before a plural title: "i tecnici", "dei dirigenti" speak for many. */
const PLURAL_ARTICLE = /^(?:i|gli|le|dei|degli|delle|ai|agli|alle|dai|dagli|dalle|nei|negli|nelle|sui|sugli|sulle)\s/iu;

/** A label before a colon: "Ferrandi: «…»", "Primavera, Toninelli: …", "Castellani urla: «…»". */
function colonLabel(narration: string, headline: { start: number; end: number }): { name: string; nameStart: number; marked: boolean } | undefined {
  const found = LABEL.exec(narration.slice(headline.start, headline.end));
  if (!found) return undefined;
  // The word before the colon a verb of saying, or any verb the quotation then opens on ("Castellani urla: «…»").
  if (found[3] !== undefined && found[4] === undefined && sayingLength(narration, headline.start + found.indices![3]![0]) !== found[3].length) return undefined;
  // A label alone before words in no marks is a page's furniture ("Tag: …", "Archivi: …"), unless a topic opens the line.
  if (found[1] === '' && found[3] === undefined && found[4] === undefined) return undefined;
  // A section printed before the label ("Politica Rossi:") is no part of the surname.
  const name = withoutSection(found[2]!);
  return { name, nameStart: headline.start + found.indices![2]![0] + found[2]!.length - name.length, marked: found[4] !== undefined };
}

/**
 * A headline closing on whose words the piece gives, a rank maybe before the surname (however spelt): "Sparatoria in
 * centro, le parole del colonnello Rossi", "…, l’intervista a Rossi".
 */
const WORDS_OF = /(?:^|[,:;.][ \t]*|[ \t])(?:le[ \t]+)?(?:parole|dichiarazioni|intervista)[ \t]+(?:di|del|dello|della|dell[’']|a|al|allo|alla|all[’'])[ \t]*(?:\p{Ll}+[ \t]+)?(\p{Lu}\p{Ll}{2,})[ \t]*[.!]?[ \t]*$/du;

function wordsOfLabel(narration: string, headline: { start: number; end: number }): { name: string; nameStart: number; marked: boolean } | undefined {
  const found = WORDS_OF.exec(narration.slice(headline.start, headline.end));
  return found ? { name: found[1]!, nameStart: headline.start + found.indices![1]![0], marked: false } : undefined;
}

/** A word that may be a surname: no title, institution, place, club word or first name. */
export function surnameLike(word: string): boolean {
  const key = word.toLowerCase();
  return !(ROLE_GROUP.has(key) || INSTITUTIONS.has(key) || FUNCTION_WORDS.has(key) || DETERMINERS.has(key) || CALENDAR_WORDS.has(key) || HONORIFICS.has(key) || REGIONS.has(key) || CLUB_WORDS.has(key) || isFirstName(word));
}

/**
 * The mention the headline's label stands for, given the title the body calls them by; undefined unless the headline
 * names nobody else, the body calls someone by bare titles of one kind only, and no person the text names holds it.
 */
export function headlineLabel(narration: string, headline: { start: number; end: number }, mentions: Mention[], text: string): Mention | undefined {
  const label = colonLabel(narration, headline) ?? wordsOfLabel(narration, headline);
  if (!label) return undefined;
  const { name, nameStart } = label;
  const key = name.toLowerCase();
  // Every word a surname: no title, institution, place or first name (a first name and a surname are a person the
  // text names, found as such).
  if (!name.split(' ').every(surnameLike)) return undefined;
  // A topic the text also writes as a common noun ("Sanità: «…»" over "la sanità territoriale") is nobody.
  if (new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, 'u').test(narration)) return undefined;
  const people = mentions.filter((mention) => mention.kind !== 'title');
  // Someone the text names in full or whose name holds the label, or anyone named in the headline itself.
  if (people.some((mention) => (mention.person ?? mention.name).split(/\s+/u).includes(name) || (mention.start < headline.end && mention.end > headline.start))) return undefined;
  // A name in a longer run elsewhere ("Castellani Group") or a place after a preposition ("in Valmadrera", "nel Lazio").
  const elsewhere = narration.slice(0, headline.start) + narration.slice(headline.end);
  if (new RegExp(`\\p{Lu}\\p{L}*[ \\t]+${name}(?![\\p{L}])|(?<![\\p{L}])${name}[ \\t]+\\p{Lu}|(?<![\\p{L}])(?:di|in|da|del|dello|nel|nello|dal|dallo|sul|sullo)[ \\t]+${name}(?![\\p{L}])`, 'u').test(elsewhere)) return undefined;
  const held = new Set(people.flatMap((mention) => `${mention.role ?? ''} ${mention.title ?? ''}`.toLowerCase().split(/[^\p{L}]+/u).map((word) => ROLE_GROUP.get(word)).filter((group): group is string => group !== undefined)));
  const titles = mentions.filter((mention) => mention.kind === 'title' && mention.start >= headline.end && mention.group !== undefined && !held.has(mention.group) && !PLURAL_ARTICLE.test(narration.slice(mention.start, mention.nameStart)));
  const groups = new Set(titles.map((mention) => mention.group));
  // "Ranieri (VIDEO): «Abbiamo vinto»" over a body naming nobody and giving no title: the label is the one person the
  // page quotes, when the headline's words speak in the first person (not a kicker's "Programma: «Una settimana …»").
  // A noun for people ("Residenti: «…»") is a group described, not a surname (bare-groups.ts).
  if (groups.size === 0 && people.length === 0 && label.marked && !describesPerson(key) && FIRST_PERSON.test(text.slice(headline.start, headline.end))) return { kind: 'person', start: nameStart, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, name };
  if (groups.size !== 1) return undefined;
  return { kind: 'person', start: nameStart, end: nameStart + name.length, nameStart, nameEnd: nameStart + name.length, name, title: titles[0]!.name.toLowerCase() };
}
