// Bodies a text counts: "le otto sigle", "le tre associazioni", "i due sindacati". The count calls back (or ahead to)
// the one list of exactly that many bodies the text names, "A, B, … e Z"; a desk editor gives the words to them.
import { namesOffice, organisationAfter } from './attribution.ts';
import { isFirstName } from './names.ts';
import { JOINS, organisationList } from './organisation-lists.ts';
import { perText } from './per-text.ts';

/** The counts Italian writes in words before a collective noun. */
const COUNTS = new Map([['due', 2], ['tre', 3], ['quattro', 4], ['cinque', 5], ['sei', 6], ['sette', 7], ['otto', 8], ['nove', 9], ['dieci', 10]]);

/** How many bodies a list names: its commas and its "e" before the last. */
const MEMBER_JOINS = new RegExp(JOINS, 'u');
const members = (list: string) => list.split(MEMBER_JOINS).length;

/**
 * The lists of bodies the text names, each whole and once: "A, B, … e Z" closed by "e" as a list is, or, opening a
 * sentence before its plural verb, printed with commas alone ("A, B, C indicono un presidio"). Read once per text: it
 * walks every capital, and is asked for each quotation no one is named for.
 */
export const bodyLists = perText((text: string): readonly string[] => {
  const lists = new Set<string>();
  // Each list read whole from its first name: a capital inside a list read already starts no list of its own.
  let covered = 0;
  for (const capital of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
    const at = capital.index;
    if (at < covered) continue;
    const first = organisationAfter(text, at);
    if (!first || text.indexOf(first, at) !== at || !namesOffice(first) || isFirstName(first.split(/\s/u)[0]!)) continue;
    const paragraphEnd = text.indexOf('\n', at);
    const list = organisationList(text, at, first, paragraphEnd < 0 ? text.length : paragraphEnd);
    covered = at + list.length;
    if (list === first) continue;
    const opening = /(?:^|[.!?:]\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at)) && /^[ \t]+\p{Ll}{3,}(?:ano|ono)(?![\p{L}])/u.test(text.slice(covered, covered + 30));
    if (/[ \t](?:e|ed)[ \t]+\S+[^,]*$/u.test(list) || opening) lists.add(list);
  }
  return [...lists];
});

/** The one group of bodies the text lists, if it lists exactly one. */
export function soleBodyList(text: string): string | undefined {
  const lists = bodyLists(text);
  return lists.length === 1 ? lists[0] : undefined;
}

/**
 * The list of bodies the text names that a counted description ("otto sigle del settore vitivinicolo") stands for:
 * the only list of exactly that many. Undefined without a count, or with none or two such lists.
 */
export function countedBodies(text: string, description: string): string | undefined {
  const words = description.toLowerCase().split(/\s+/u);
  const count = COUNTS.get(words[0] === 'le' || words[0] === 'i' ? words[1]! : words[0]!);
  if (count === undefined) return undefined;
  const all = bodyLists(text).filter((list) => members(list) === count);
  // The same list again after a capitalised word opening its sentence ("Secondo Cisl Fp, …") is no second list.
  const lists = all.filter((list) => !all.some((other) => other !== list && list.endsWith(` ${other}`)));
  return lists.length === 1 ? lists[0] : undefined;
}

/** A sentence opening on a count and a collective noun, as the subject: "Otto sigle del settore chiedono …". */
const COUNTED_OPENING = new RegExp(`^\\s*((?:${[...COUNTS.keys()].join('|')})\\s+(?:sigle|sindacati|organizzazioni|associazioni|federazioni)(?![\\p{L}]))`, 'iu');

/** The bodies the sentence [from, to) opens on by their count, without an article: "Otto sigle … chiedono di «…»". */
export function countedOpening(text: string, from: number, to: number): string | undefined {
  const opening = COUNTED_OPENING.exec(text.slice(from, to));
  return opening ? countedBodies(text, opening[1]!) : undefined;
}

/**
 * A clause of the sentence [from, to) opening on counted bodies as its subject, after a comma or the sentence's start
 * and maybe an "e": "E proprio sul confronto, le quattro sigle mandano un segnale: «…»". A count calls back one list,
 * so it outweighs a person named in the sentence before.
 */
const COUNTED_SUBJECT = new RegExp(`(?:^|,)\\s*(?:(?:e|ed|ma|poi|ora|intanto)\\s+)?(?:(?:le|i)\\s+)((?:${[...COUNTS.keys()].join('|')})\\s+(?:sigle|sindacati|organizzazioni|associazioni|federazioni))\\s+\\p{Ll}`, 'iu');

export function countedSubject(text: string, from: number, to: number): string | undefined {
  const subject = COUNTED_SUBJECT.exec(text.slice(from, to));
  return subject ? countedBodies(text, subject[1]!) : undefined;
}
