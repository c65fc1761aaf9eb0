// Joint notes often sign with a roll of names after a colon, each with its group in brackets: "… dei consiglieri di
// opposizione: Rossi Anna (Lista Civica), Bianchi Luca (Gruppo Misto), Verdi Marco (Pd), che così prosegue". Whoever
// of them the attribution lands on, the words are the whole roll's.

/** One entry: a name of two or three capitalised words (either order), its group in brackets. */
const ENTRY = /(\p{Lu}[\p{Ll}’']+(?:[ \t]+\p{Lu}[\p{Ll}’']+){1,2})[ \t]*\([^()\n]{1,60}\)/uy;
const SEPARATOR = /[ \t]*(?:,|[ \t]e)[ \t]*/uy;

/**
 * The names of the roll, after a colon, that holds the name starting at `at`, in order; at least three entries. The
 * roll goes on by commas (or "e") until the first thing that is not an entry.
 */
export function rollAround(text: string, at: number): string[] | undefined {
  const colon = text.lastIndexOf(':', at);
  if (colon < 0 || at - colon > 2000 || /[.;!?«»“”"\n]/u.test(text.slice(colon, at))) return undefined;
  const names: string[] = [];
  let position = colon + 1 + (/^\s*/u.exec(text.slice(colon + 1))![0].length);
  let holds = false;
  for (;;) {
    ENTRY.lastIndex = position;
    const entry = ENTRY.exec(text);
    if (!entry) break;
    names.push(entry[1]!.replace(/\s+/gu, ' '));
    if (entry.index <= at && at < entry.index + entry[1]!.length) holds = true;
    position = entry.index + entry[0].length;
    SEPARATOR.lastIndex = position;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    position += separator[0].length;
  }
  return holds && names.length >= 3 ? names : undefined;
}
