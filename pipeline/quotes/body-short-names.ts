// A headline label the body writes only at the end of a body's name: "Dora Baltea: «…»" over "il Consorzio Irriguo
// Dora Baltea". Headlines shorten a consortium, a foundation or a park to the proper name it carries; read alone that
// name may look like a person's, but the text never names such a person.
import { BODIES } from './attribution.ts';
import { INSTITUTIONS } from './lexicon.ts';

/** The capitalised words a name closes, up to where the text is: "… del Consorzio Irriguo ". */
const RUN_BEFORE = /(?:\p{Lu}[\p{L}’'-]*[ \t]+)+$/u;

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:il|lo|la|i|gli|le|(?:a|da|de|ne|su)(?:l|llo|lla|i|gli|lle))[ \t]+$/iu;

/** The full name of the body the text writes `name` inside, when every mention after `from` lies in one. */
export function bodyShortName(narration: string, name: string, from: number): string | undefined {
  // The headline writes the name in full: a surname there resolved to a full name is a person.
  if (!/^\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)+$/u.test(name) || !narration.slice(0, from).includes(name)) return undefined;
  let full: string | undefined;
  for (let at = narration.indexOf(name, from); at >= 0; at = narration.indexOf(name, at + name.length)) {
    const before = narration.slice(Math.max(0, at - 80), at);
    // Italian puts no article before a bare name: "dal Dora Baltea" is a thing (a river), no person either.
    if (ARTICLE_BEFORE.test(before)) continue;
    const run = RUN_BEFORE.exec(before)?.[0];
    const words = run?.trim().split(/[ \t]+/u) ?? [];
    const head = words.findIndex((word) => BODIES.has(word.toLowerCase()) || INSTITUTIONS.has(word.toLowerCase()));
    // Once alone ("ha detto Anna Ferri"), the name is a person's.
    if (head < 0) return undefined;
    full ??= `${words.slice(head).join(' ')} ${name}`;
  }
  return full;
}
