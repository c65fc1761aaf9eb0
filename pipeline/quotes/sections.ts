// A newspaper's sections, printed as a kicker glued before each headline of a listing ("Politica Rossi (Pd): «…»").

export const SECTIONS = new Set(['cronaca', 'cronache', 'politica', 'economia', 'cultura', 'cultura e spettacoli', 'spettacoli', 'sport', 'attualità', 'società', 'eventi', 'esteri', 'interni', 'salute', 'sanità', 'ambiente', 'lavoro', 'primo piano', 'opinioni', 'lettere', 'territorio']);

/** The label without the section opening it, when a capitalised name follows: "Politica Rossi" -> "Rossi". */
export function withoutSection(label: string): string {
  const words = label.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    if (SECTIONS.has(words.slice(0, n).join(' ').toLowerCase()) && /^\p{Lu}/u.test(words[n]!)) return words.slice(n).join(' ');
  }
  return label;
}
