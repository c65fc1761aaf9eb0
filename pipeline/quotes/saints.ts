// Saints keep "san", "santa", "sant’" as part of their name: a letter that quotes "il Calasanzio" after naming
// "san Giuseppe Calasanzio" quotes the saint, whom the text calls by that whole name.

/** "san Giuseppe Calasanzio", "santa Caterina Volpicelli": the saint's word, one or two capitalised names, the surname. */
const SAINT = (surname: string) => new RegExp(`(?<![\\p{L}])(?:[Ss]an|[Ss]anta|[Ss]anto|[Ss]ant[’'])\\s*(?:\\p{Lu}\\p{Ll}+\\s+){1,2}${surname}(?![\\p{L}])`, 'u');

/** The saint the text names with this surname, as written there, if any. */
export function saintNamed(text: string, surname: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) return undefined;
  return SAINT(surname).exec(text)?.[0].replace(/\s+/gu, ' ');
}
