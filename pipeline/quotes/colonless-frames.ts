// Sports copy often runs its frame straight into the marks, leaving out the colon: "Ferracuti esprime soddisfazione
// “…”". A whole statement there is introduced as after a colon; words finishing the sentence, or a title after the
// noun it names ("il libro “…”"), are not.
import { attributionBefore, TITLED } from './attribution.ts';
import type { Attribution } from './attribution.ts';
import type { Mention } from './mentions.ts';
import { FIRST_PERSON } from './marks.ts';
import { wordsOf } from './words.ts';

/** A speaker's own person beyond the common forms: "al posto vostro", "eravamo", "volevamo". */
const OWN_PERSON = /(?<![\p{L}])(?:vostr[oaie]|\p{L}+[aei]vamo)(?![\p{L}])/iu;

/** Words a complement or a title hangs on: the quoted words finish their phrase, not a frame. */
const LINKING = new Set([
  'che', 'come', 'se', 'di', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'a', 'al', 'allo', 'alla', 'ai',
  'agli', 'alle', 'all', 'da', 'dal', 'dalla', 'dai', 'dall', 'in', 'nel', 'nella', 'nei', 'nell', 'con', 'per', 'su',
  'sul', 'sulla', 'tra', 'fra', 'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'un’', 'e', 'ed', 'o', 'ma',
  'cui', 'quale', 'tipo', 'detto', 'detta', 'chiamato', 'chiamata', 'intitolato', 'intitolata',
]);

/**
 * The attribution of the frame before `open` (in the narration; `quoted`, the words between the marks) read as if
 * it closed on a colon, when the marks hold a whole statement (six words or more, a capital first, a sentence's end
 * at the close, a speaker's first or second person in it: a title or a motto has none) and the frame ends on a
 * content word.
 */
export function colonlessFrame(text: string, mentions: Mention[], open: number, from: number, close: number, quoted: string, quotedWords: number, quotedFirst?: string): Attribution | undefined {
  if (quotedWords < 6 || quotedFirst === undefined || !/^\p{Lu}/u.test(quotedFirst)) return undefined;
  if (!FIRST_PERSON.test(quoted) && !OWN_PERSON.test(quoted)) return undefined;
  const lead = text.slice(from, open);
  // Not a byline the import joined to the paragraph under it ("… del suo mandato di Martina Zanella «…»").
  if (/(?:^|\s)di\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+\s*$/u.test(lead)) return undefined;
  const at = from + lead.trimEnd().length;
  // A letter, then blanks on the same line, then the marks.
  if (at === open || !/\p{L}$/u.test(lead.slice(0, at - from)) || !/^[ \t\u00a0]+$/u.test(text.slice(at, open))) return undefined;
  const last = wordsOf(text, Math.max(from, at - 30), at).at(-1);
  if (!last || last.end !== at || LINKING.has(last.key) || TITLED.has(last.key) || wordsOf(text, from, at).length < 2) return undefined;
  // The statement ends a sentence: a stop inside the close, or one (or the paragraph's end) right after it.
  if (!/[.!?…]\s*$/u.test(quoted) && !/^[ \t]*(?:[.!?…]|\n|$)/u.test(text.slice(close + 1, close + 4))) return undefined;
  // Not the few words between two pieces of one statement ("«È inutile» ammette il tecnico «Noi …»"): its aside.
  const closed = Math.max(lead.lastIndexOf('»'), lead.lastIndexOf('”'), lead.lastIndexOf('"'));
  if (closed >= 0 && wordsOf(text, from + closed + 1, at).length <= 4) return undefined;
  // The same offsets, the blank before the marks read as a colon.
  const colon = `${text.slice(0, at)}:${text.slice(at + 1)}`;
  return attributionBefore(colon, mentions, open, from, quotedWords, quotedFirst);
}
