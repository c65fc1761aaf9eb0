// A person brought in by an indefinite complement is taken up again with a definite one: "la madre di uno studente" …
// "la lettera della madre dello studente". The speaker keeps the designation the text first gave (one per speaker).

const DEFINITE_COMPLEMENT = /^(\p{L}+)\s+(?:(?:dello|della|del)\s+|dell[’']\s*)(\p{L}.*)$/u;
const INDEFINITE_ARTICLES = ['uno ', 'una ', 'un ', 'un’', "un'"];

/**
 * The earlier "N di un X" that a description "N del X" goes back to, as the text wrote it before `at`; nothing when the
 * text has no such introduction.
 */
export function indefiniteAntecedent(narration: string, at: number, description: string): string | undefined {
  const parts = DEFINITE_COMPLEMENT.exec(description);
  if (!parts) return undefined;
  const noun = parts[1]!.toLowerCase();
  const rest = parts[2]!.toLowerCase();
  const before = narration.slice(0, at).toLowerCase();
  for (const article of INDEFINITE_ARTICLES) {
    const phrase = `${noun} di ${article}${rest}`;
    const found = before.indexOf(phrase);
    // (A whole word: "madre", not "comadre".)
    if (found >= 0 && !/\p{L}/u.test(before[found - 1] ?? '') && !/\p{L}/u.test(before[found + phrase.length] ?? '')) return narration.slice(found, found + phrase.length);
  }
  return undefined;
}
