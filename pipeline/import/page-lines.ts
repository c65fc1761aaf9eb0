// Lines of a web page copied as text that stand alone although nothing ends them: a section tag, a byline or a
// heading above a quotation ("Opposizione" ⏎ "«L’ipotesi di giunta …»"), a credit ("© …").

/** At most this long, a line without a full stop is a tag, a byline or a heading; wrapped prose runs longer. */
const SHORT_LINE = 64;

/** Words a wrapped line may end on, the sentence going on in the next one: articles, prepositions, conjunctions. */
const CONTINUING = /(?:^|[\s'’])(?:il|lo|la|l|i|gli|le|un|uno|una|un[’']|di|a|da|in|con|su|per|tra|fra|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|dal|dallo|dalla|dai|dagli|dalle|nel|nello|nella|nei|negli|nelle|sul|sullo|sulla|sui|sugli|sulle|e|ed|o|ma|che|come|se)$/iu;

/** A page's credit or pointer, never part of the sentence before: "© Testata", "Leggi anche: …". */
const FURNITURE = /^[ \t]*(?:©|(?:leggi|guarda)[ \t]+anche(?![\p{L}]))/iu;

/**
 * Are the words a line opens with, in marks, what someone said rather than a title? Four words at least, capitals
 * rare after the first ("«L’ipotesi di giunta sembra il risultato …»"), where a title capitalises its nouns
 * ("“Terre d’acqua. Ceramiche della Serenissima”").
 */
function opensOnSpeech(line: string): boolean {
  const opened = /^[ \t]*[«“"„]([^«»“”"„\n]*)/u.exec(line);
  if (!opened) return false;
  const words = opened[1]!.match(/\p{L}+/gu) ?? [];
  if (words.length < 4) return false;
  const capitals = words.slice(1).filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitals * 4 <= words.length - 1;
}

/** Does the line stand alone before the next: a short line that is no wrapped sentence, above a quotation? */
function standsAboveSpeech(line: string, next: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= SHORT_LINE && !/[:,;(\-\u2013\u2014]$/u.test(trimmed) && !CONTINUING.test(trimmed) && opensOnSpeech(next);
}

/**
 * The lines of a chunk the importer would join, split where a line stands alone: above a quotation it does not
 * introduce, or as a credit or a pointer to another article.
 */
export function pageLines(chunk: string): string[] {
  const lines = chunk.split('\n');
  const pieces: string[] = [];
  let current = lines[0]!;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (standsAboveSpeech(lines[index - 1]!, line) || FURNITURE.test(line)) {
      pieces.push(current);
      current = line;
    } else current = `${current}\n${line}`;
  }
  pieces.push(current);
  return pieces;
}
