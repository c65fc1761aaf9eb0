// What a character is, for scanning words by hand: regular expressions with Unicode classes are slow to run over
// whole texts, and the extractor reads every text's words.

/** Neither a letter, a mark nor a number. */
export const OTHER = 1;
/** \p{N}. */
export const NUMBER = 2;
/** \p{L} or \p{M}. */
export const LETTER = 3;

const LETTER_CLASS = /^[\p{L}\p{M}]$/u;
const NUMBER_CLASS = /^\p{N}$/u;

/** Classes of the UTF-16 code units outside the surrogates, found on first use (0: not yet). */
const classes = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classOf(char: string): number {
  return LETTER_CLASS.test(char) ? LETTER : NUMBER_CLASS.test(char) ? NUMBER : OTHER;
}

/** The class of the code point at `at` (OTHER past the end, and for a lone surrogate). */
export function charClass(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit !== unit) return OTHER;
  if (!isSurrogate(unit)) return unitClass(unit);
  const point = text.codePointAt(at)!;
  if (point < 0x10000) return OTHER;
  let found = astral.get(point);
  if (found === undefined) astral.set(point, (found = classOf(String.fromCodePoint(point))));
  return found;
}

/**
 * The class of a code unit that is no surrogate (a code point of its own): charClass without looking at the text,
 * for the loops that read every character of a text, where that look costs more than the class.
 */
export function unitClass(unit: number): number {
  let found = classes[unit]!;
  if (found === 0) classes[unit] = found = classOf(String.fromCharCode(unit));
  return found;
}

/** Whether a code unit is half of a surrogate pair (or a lone half): charClass and charWidth must look at the text. */
export const isSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdfff;

/** How many UTF-16 units the code point at `at` takes. */
export function charWidth(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}
